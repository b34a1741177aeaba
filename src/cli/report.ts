// report.csv: one line per table row — the draft file it became, or why it was skipped.
import Papa from "papaparse";
import type { Lang } from "../core/types";
import { say } from "./strings";

export interface ReportLine {
  readonly row: number;
  readonly address: string;
  readonly created: boolean;
  readonly fileOrReason: string;
}

/** A cell a spreadsheet would run as a formula (=, +, -, @, or a tab/CR first) is prefixed with an apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * CSV in the user's convention: German Excel expects ";" and English ",". A BOM makes Excel read UTF-8 (umlauts).
 */
export function reportCsv(lines: readonly ReportLine[], lang: Lang): string {
  const header = [say(lang, "reportRow"), say(lang, "reportAddress"), say(lang, "reportStatus"), say(lang, "reportFileOrReason")];
  const rows = lines.map((l) => [
    String(l.row),
    neutraliseFormula(l.address),
    say(lang, l.created ? "statusCreated" : "statusSkipped"),
    neutraliseFormula(l.fileOrReason),
  ]);
  return "\uFEFF" + Papa.unparse([header, ...rows], { delimiter: lang === "de" ? ";" : ",", newline: "\r\n", quotes: false }) + "\r\n";
}
