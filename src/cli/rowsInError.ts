// The one rule for rows with errors in every command that creates or sends (drafts, drafts --imap, send; issue 12):
// a row in error blocks the whole command until it is corrected or explicitly excluded with --skip-invalid. Before,
// `drafts` said "Not ready" and then wrote the valid rows anyway; a list is now either refused whole or its rows in
// error are left out on the user's word and each is reported as "excluded" with its reason.
import type { Lang } from "../i18n";
import type { Output } from "./output";
import type { Prepared } from "./preparePlan";
import { say, type TextKey } from "./strings";

/**
 * Exit status when a command refuses to create or send anything on purpose: the list has errors (and no
 * --skip-invalid), or `send` finds the list already sent completely (and no --again). Distinct from 1 ("some row
 * was not created or sent"), so that a script can tell "nothing happened" from "part of it happened".
 */
export const EXIT_REFUSED = 4;

/** Row numbers named in one sentence at most; the full list with reasons is printed above it. */
const NAMED_AT_MOST = 20;

/** What the refusal says was not done, per command. */
export type RefusingCommand = "drafts" | "imap" | "send";

/** The three refusals for rows in error take the same values. */
type RowsRefusal = "draftsBlockedByRowErrors" | "imapBlockedByRowErrors" | "blockedByRowErrors";

const REFUSAL: Readonly<Record<RefusingCommand, { readonly rows: RowsRefusal; readonly table: TextKey }>> = {
  drafts: { rows: "draftsBlockedByRowErrors", table: "noDraftsWritten" },
  imap: { rows: "imapBlockedByRowErrors", table: "imapBlockedWholeTable" },
  send: { rows: "blockedByRowErrors", table: "blockedWholeTable" },
};

/**
 * Whether the command must stop before creating anything; if so, says why (the rows and their reasons are the
 * errors the summary listed just above, in the user's language). Errors about the whole table or template block
 * even with --skip-invalid: they would be wrong in every message.
 */
export async function refusedForErrors(prepared: Prepared, skipInvalid: boolean, command: RefusingCommand, lang: Lang, out: Output): Promise<boolean> {
  const { plan } = prepared;
  const texts = REFUSAL[command];
  if (plan.issues.some((i) => i.severity === "error" && i.row === null)) {
    await out.write(say(lang, texts.table) + "\n");
    await out.flush();
    return true;
  }
  if (plan.skippedRows.length === 0 || skipInvalid) return false;
  const rows = rowList(plan.skippedRows, lang);
  await out.write(say(lang, texts.rows, { count: plan.skippedRows.length, rows, valid: plan.drafts.length }) + "\n");
  await out.flush();
  return true;
}

/** "3, 5" or "3, 5, … and 12 more": the row numbers, so that the refusal names each row without scrolling. */
export function rowList(rows: readonly number[], lang: Lang): string {
  const named = rows.slice(0, NAMED_AT_MOST).join(", ");
  return rows.length > NAMED_AT_MOST ? named + say(lang, "andMore", { count: rows.length - NAMED_AT_MOST }) : named;
}
