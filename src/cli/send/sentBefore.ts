// Never twice by accident (issue 12): a list whose every message the journal records as sent is not sent again by
// running the same command — it is refused, and sent once more only with --again. A list sent in part (an
// interrupted run, --limit, failures) is not "sent before": the same command resumes it, sending only what is missing.
import { dateTime, type Lang } from "../../i18n";
import type { Output } from "../output";
import { say } from "../strings";
import type { SendItem } from "./sendItems";

export interface SentBefore {
  readonly count: number;
  /** When the last of them was accepted (ISO), as the journal recorded it. */
  readonly lastAt: string;
}

/**
 * Every message the list makes now is in the journal as sent: how many and when the last went out; otherwise null.
 * A list with a row deleted since counts too (each message it makes went out already); a changed message does not.
 */
export function sentCompletely(items: readonly SendItem[]): SentBefore | null {
  if (items.length === 0) return null;
  let lastAt = "";
  for (const item of items) {
    if (item.decision.kind !== "already-sent") return null;
    if (item.decision.at > lastAt) lastAt = item.decision.at; // ISO 8601 in UTC: text order is time order
  }
  return { count: items.length, lastAt };
}

export type RepeatNote = "refused" | "dry-run" | "again" | "again-not-needed";

/** The sentence for each case, with the time in the user's locale (and time zone). */
export async function sayRepeat(note: RepeatNote, before: SentBefore | null, facts: { readonly toSend: number; readonly journalFile: string }, lang: Lang, out: Output): Promise<void> {
  const at = before === null ? "" : dateTime(Date.parse(before.lastAt), lang);
  const count = before?.count ?? 0;
  const text =
    note === "refused"
      ? say(lang, "alreadySentRefused", { count, at, file: facts.journalFile })
      : note === "dry-run"
        ? say(lang, "dryAlreadySentAll", { count, at })
        : note === "again"
          ? say(lang, "sendingAgain", { count, at })
          : say(lang, "againNotNeeded", { count: facts.toSend });
  await out.write(text + "\n");
  await out.flush();
}
