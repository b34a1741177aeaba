// Hints that name their rows: a hint such as "1 row has an empty field" is only useful when it says which row and
// which field. Pure, so the choice of rows (and what each row of step 3 says) is tested without React.
import type { PlannedDraft } from "../../core/plan";
import type { GivenFile, Issue } from "../../core/types";
import { stepOfIssue } from "./plan";

/** How many rows a hint names before it says "and N more": at 320 px three fit on two lines. */
export const NAMED_ROWS = 3;

/** A row a hint names, with what it is about (the fields left empty). */
export interface NamedRow {
  readonly row: number;
  readonly fields: readonly string[];
}

/** The first `shown` of `rows` (lowest row first) and how many are left unnamed. */
export function firstRows(rows: readonly NamedRow[], shown = NAMED_ROWS): { readonly named: readonly NamedRow[]; readonly more: number } {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  return { named: sorted.slice(0, shown), more: Math.max(0, sorted.length - shown) };
}

/** The rows with an empty field their message uses, each with those fields (in the order the issues name them). */
export function emptyFieldRows(issuesByRow: ReadonlyMap<number, readonly Issue[]>): NamedRow[] {
  const rows: NamedRow[] = [];
  for (const [row, issues] of issuesByRow) {
    const fields = [...new Set(issues.filter((i) => i.code === "field-empty").map((i) => i.column ?? ""))].filter((f) => f !== "");
    if (fields.length > 0) rows.push({ row, fields });
  }
  return rows;
}

/** What step 3 says for one row: the files it will get, or that it gets none because of its problem. */
export type RowFilesView =
  /** No message for this row (an error in any step), so no files either; `issue` says why. */
  | { readonly kind: "no-message"; readonly issue: Issue | null }
  /** A warning about the row's files; its message is still made. */
  | { readonly kind: "warning"; readonly issue: Issue }
  /** Its own files (maybe none) besides the files for everyone. */
  | { readonly kind: "files"; readonly own: readonly GivenFile[]; readonly everyone: boolean };

export function rowFilesView(
  draft: PlannedDraft | undefined,
  issues: readonly Issue[] | undefined,
  everyone: readonly GivenFile[],
): RowFilesView {
  const all = issues ?? [];
  // An error about the files is the nearest reason here; any other error stops the message just as well.
  const errors = all.filter((i) => i.severity === "error");
  const error = errors.find((i) => stepOfIssue(i.code) === "attachments") ?? errors[0];
  if (error !== undefined) return { kind: "no-message", issue: error };
  // No draft without an error (a row left out on purpose): it still gets nothing, and says so plainly.
  if (draft === undefined) return { kind: "no-message", issue: null };
  const warning = all.find((i) => i.severity === "warning" && stepOfIssue(i.code) === "attachments");
  if (warning !== undefined) return { kind: "warning", issue: warning };
  const everyoneIds = new Set(everyone.map((f) => f.id));
  return { kind: "files", own: (draft?.attachments ?? []).filter((f) => !everyoneIds.has(f.id)), everyone: everyone.length > 0 };
}
