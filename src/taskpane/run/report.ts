// report.csv from the task pane: one line per table row — the draft it became, or why not — written by the one
// report writer (core/report), so that no row is ever lost silently. Its words are the pane's (its status column).
import type { PlannedDraft } from "../../core/plan";
import type { RowOutcome } from "../../core/run/types";
import type { Issue, TableRow } from "../../core/types";
import type { Lang } from "../../i18n";
import { reportCsv as formatReport, type ReportLine } from "../../core/report";
import { STRINGS } from "../strings";

export interface ReportInput {
  readonly rows: readonly TableRow[];
  /** Index of the e-mail column, so that a skipped row shows its address cell as written; -1 when none. */
  readonly emailColumnIndex: number;
  readonly draftByRow: ReadonlyMap<number, PlannedDraft>;
  readonly issuesByRow: ReadonlyMap<number, readonly Issue[]>;
  /** Rows the user left out (issue 12), each with its own problems: "excluded", "excluded by you" and its errors. */
  readonly excludedRows?: ReadonlyMap<number, readonly Issue[]>;
  /**
   * The gateway's reference is a file name (the .eml ZIP's): worth a line. Any other reference (Graph's message id)
   * means nothing to the user and is never written: the address says whose draft it is.
   */
  readonly refIsFileName: boolean;
  /** Every outcome of the run (its summary); rows without one were never reached. */
  readonly outcomes: readonly RowOutcome[];
  readonly lang: Lang;
}

export function reportCsv(input: ReportInput): string {
  const t = STRINGS[input.lang];
  const outcomeByRow = new Map(input.outcomes.map((o) => [o.row, o]));
  const lines = input.rows.map(({ row, cells }): ReportLine => {
    const draft = input.draftByRow.get(row);
    const outcome = outcomeByRow.get(row);
    const excluded = input.excludedRows?.get(row);
    if (excluded !== undefined) {
      const errors = excluded.filter((i) => i.severity === "error").map((i) => i.message);
      const address = (cells[input.emailColumnIndex] ?? "").trim();
      return { row, address, status: t.status.excluded, detail: [t.excludedByYou, ...errors].join(" — ") };
    }
    if (draft === undefined) {
      const errors = (input.issuesByRow.get(row) ?? []).filter((i) => i.severity === "error").map((i) => i.message);
      const address = (cells[input.emailColumnIndex] ?? "").trim();
      return { row, address, status: t.status.skipped, detail: errors.join(" ") };
    }
    if (outcome === undefined) return { row, address: draft.to, status: t.status.notCreated, detail: "" };
    return { row, address: draft.to, status: t.status[outcome.status], detail: outcome.message ?? (input.refIsFileName ? (outcome.ref ?? "") : "") };
  });
  return formatReport(lines, t.reportHeaders, input.lang);
}
