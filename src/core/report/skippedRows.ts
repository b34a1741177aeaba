// The rows a plan left out, for the reports: each with its address cell as written and its errors.
import type { MergePlan } from "../plan";
import type { Table } from "../types";

/** A row the plan left out: its address cell as written, and its errors in the user's language. */
export interface SkippedRow {
  readonly row: number;
  readonly address: string;
  readonly reason: string;
  /** Left out on the user's word (the pane's "leave out this row"), not for its errors alone: reported as excluded. */
  readonly excluded?: boolean;
}

/** Every row the plan skipped, with the reasons (its errors, joined), in row order. */
export function skippedRows(plan: Pick<MergePlan, "emailColumn" | "issues" | "skippedRows">, table: Table): SkippedRow[] {
  const emailIndex = plan.emailColumn === null ? -1 : table.columns.indexOf(plan.emailColumn);
  const reasons = new Map<number, string[]>();
  for (const issue of plan.issues) {
    if (issue.row !== null && issue.severity === "error") reasons.set(issue.row, [...(reasons.get(issue.row) ?? []), issue.message]);
  }
  const skipped = new Set(plan.skippedRows);
  return table.rows
    .filter((r) => skipped.has(r.row))
    .map((r) => ({
      row: r.row,
      address: emailIndex < 0 ? "" : (r.cells[emailIndex] ?? "").trim(),
      reason: (reasons.get(r.row) ?? []).join(" "),
    }));
}
