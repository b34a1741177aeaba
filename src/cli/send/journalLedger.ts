// The send journal as the run's ledger (core's RunLedger), so that `rundmail send` resumes by the same rules as the
// pane: "attempted" is on disk (fsync'd by Journal.append) before the first byte of a message leaves, "created" after
// the server accepted it. Keys are the journal's own — a hash of what the person receives (messageKey.ts) — and each
// record also carries the server's words from the gateway's answer, so that a later run can report earlier ones.
import type { RunLedger } from "../../core/run/types";
import type { SmtpAnswer } from "../../gateways/smtp/smtpDraftGateway";
import type { JournalRecord, KnownMessage } from "./journal";

export interface JournalLedgerOptions {
  readonly journal: { readonly known: ReadonlyMap<string, KnownMessage>; append(record: JournalRecord): void };
  /** Which row and address each key of this run stands for. */
  readonly rows: ReadonlyMap<string, { readonly row: number; readonly to: string }>;
  /** The gateway's latest answer for a key (smtpDraftGateway.ts). */
  readonly answerOf: (key: string) => SmtpAnswer | undefined;
  /** --resend-unknown: the user accepted the risk, so a message handed over without an answer counts as never tried. */
  readonly resendUnknown: boolean;
  readonly now?: () => number;
}

export function journalLedger(options: JournalLedgerOptions): Required<RunLedger> {
  const { journal, rows, answerOf } = options;
  const now = options.now ?? Date.now;
  const tries = new Map<string, number>();
  /** The answer each key's last record came from: a retry's forget must not repeat an older answer. */
  const recorded = new Map<string, SmtpAnswer>();
  const base = (key: string) => {
    const row = rows.get(key);
    if (row === undefined) throw new Error(`no row for journal key ${key}`);
    return { key, row: row.row, to: row.to, at: new Date(now()).toISOString() };
  };

  return {
    get: async (key) => {
      const known = journal.known.get(key);
      if (known?.status === "sent" || known?.status === "partial") return "created";
      if (known?.status === "unknown") return options.resendUnknown ? undefined : "attempted";
      return undefined;
    },
    set: async (key, state) => {
      if (state === "attempted") {
        const attempt = (tries.get(key) ?? 0) + 1;
        tries.set(key, attempt);
        journal.append({ t: "attempt", ...base(key), try: attempt });
        return;
      }
      const answer = answerOf(key);
      const sent = answer?.result.kind === "sent" ? answer.result : null;
      if (answer) recorded.set(key, answer);
      journal.append({
        t: "sent",
        ...base(key),
        ...(answer ? { at: answer.at } : {}),
        response: sent?.response ?? "",
        ...(sent !== null && sent.refused.length > 0 ? { refused: sent.refused } : {}),
      });
    },
    // The server said no (or no connection): what it said goes on record; the row may be tried again later.
    forget: async (key) => {
      const answer = answerOf(key);
      if (answer === undefined || recorded.get(key) === answer) return; // stopped before anything was said
      recorded.set(key, answer);
      const { result } = answer;
      if (result.kind !== "transient" && result.kind !== "permanent") return;
      const deliveredTo = result.kind === "permanent" ? result.deliveredTo : [];
      journal.append({
        t: "failed",
        ...base(key),
        at: answer.at,
        kind: result.kind,
        code: result.code,
        reason: result.reason,
        ...(deliveredTo.length > 0 ? { deliveredTo } : {}),
      });
    },
  };
}
