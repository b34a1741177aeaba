// The one writer of report.csv — the .eml ZIP's, the task pane's, `rundmail drafts`' and `rundmail send`'s: one line
// per table row, in row order. Pure: the caller writes the bytes wherever they go.
import Papa from "papaparse";
import { csvDelimiterOf, type Lang } from "../../i18n";

/** One row of the table and what became of it, in the user's words. */
export interface ReportLine {
  readonly row: number;
  /** The address the draft went to, or the address cell as written for a skipped row. */
  readonly address: string;
  /** Already in the user's words ("draft created", "übersprungen"). */
  readonly status: string;
  /** The file it became, or why not, or what the server said. */
  readonly detail: string;
}

/** The four column headers, in the user's words. */
export type ReportColumns = readonly [row: string, address: string, status: string, detail: string];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab/CR first) is prefixed with an apostrophe:
 * addresses and reasons are other people's data, and report.csv is opened in Excel.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV in the user's convention (the language's delimiter: German Excel expects ";"), CRLF, quotes only where a cell
 * needs them (a delimiter, a quote, a line break inside it). A BOM makes Excel read UTF-8 (umlauts).
 */
export function reportCsv(lines: readonly ReportLine[], columns: ReportColumns, lang: Lang): string {
  // A stable sort: lines that came in row order stay as they are.
  const rows = [...lines]
    .sort((a, b) => a.row - b.row)
    .map((l) => [String(l.row), neutraliseFormula(l.address), l.status, neutraliseFormula(l.detail)]);
  return "\uFEFF" + Papa.unparse([[...columns], ...rows], { delimiter: csvDelimiterOf(lang), newline: "\r\n", quotes: false }) + "\r\n";
}
