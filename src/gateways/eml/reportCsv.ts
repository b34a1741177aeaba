// report.csv: one line per table row — the draft it became, or why not. Browser-safe (the add-in puts it into the
// ZIP; the CLI writes it beside the .eml files), so the words come in already translated.
import Papa from "papaparse";
import type { MergePlan } from "../../core/plan";
import type { Lang, Table } from "../../core/types";

export interface ReportCsvWords {
  readonly row: string;
  readonly address: string;
  readonly status: string;
  readonly fileOrReason: string;
}

export interface ReportCsvLine {
  readonly row: number;
  readonly address: string;
  /** Already in the user's words ("draft created", "übersprungen"). */
  readonly status: string;
  readonly fileOrReason: string;
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, or a tab/CR first) is prefixed with an apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV in the user's convention: German Excel expects ";" and English ",". A BOM makes Excel read UTF-8 (umlauts).
 */
export function reportCsv(lines: readonly ReportCsvLine[], words: ReportCsvWords, lang: Lang): string {
  const header = [words.row, words.address, words.status, words.fileOrReason];
  const rows = lines.map((l) => [String(l.row), neutraliseFormula(l.address), l.status, neutraliseFormula(l.fileOrReason)]);
  return "\uFEFF" + Papa.unparse([header, ...rows], { delimiter: lang === "de" ? ";" : ",", newline: "\r\n", quotes: false }) + "\r\n";
}

/** A row the plan left out: its address cell as written, and its errors in the user's language. */
export interface SkippedRow {
  readonly row: number;
  readonly address: string;
  readonly reason: string;
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
