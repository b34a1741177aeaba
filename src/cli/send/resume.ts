// What a run does with each row, given what the journal remembers from earlier runs.
import type { KnownMessage } from "./journal";
import { sameMailbox } from "./messageKey";

export interface KeyedRow {
  readonly row: number;
  readonly to: string;
  readonly key: string;
}

export type Decision =
  | { readonly kind: "send" }
  /** Sent before: skipped. */
  | { readonly kind: "already-sent"; readonly at: string }
  /** Handed over before without an answer: not sent again unless --resend-unknown. */
  | { readonly kind: "unknown"; readonly at: string; readonly resend: boolean }
  /** Its To was refused before but a copy went to the Cc or archive: sending again would repeat that copy. */
  | { readonly kind: "partial"; readonly at: string; readonly detail: string; readonly deliveredTo: readonly string[] }
  /**
   * The journal holds a message to this address that no row of the list produces any more (the list or template
   * changed after it was sent): this row is held back, so that nobody gets a second, different message by accident.
   */
  | { readonly kind: "changed"; readonly at: string; readonly earlierRow: number };

export function decide(rows: readonly KeyedRow[], known: ReadonlyMap<string, KnownMessage>, resendUnknown: boolean): Decision[] {
  const current = new Set(rows.map((r) => r.key));
  // Messages that went out (or may have) but that no row produces now.
  const orphans = [...known.values()].filter((k) => k.status !== "failed" && !current.has(k.key));
  return rows.map((row): Decision => {
    const mine = known.get(row.key);
    if (mine?.status === "sent") return { kind: "already-sent", at: mine.at };
    if (mine?.status === "unknown") return { kind: "unknown", at: mine.at, resend: resendUnknown };
    if (mine?.status === "partial") return { kind: "partial", at: mine.at, detail: mine.detail, deliveredTo: mine.deliveredTo };
    const earlier = orphans.find((k) => sameMailbox(k.to, row.to));
    if (earlier) return { kind: "changed", at: earlier.at, earlierRow: earlier.row };
    return { kind: "send" };
  });
}

export const willSend = (d: Decision): boolean => d.kind === "send" || (d.kind === "unknown" && d.resend);
