// report.csv for `rundmail drafts`: one line per table row — the draft file it became, or why it was skipped.
// The CSV itself is written by the browser-safe src/gateways/eml/reportCsv.ts, which the add-in's ZIP uses too.
import type { Lang } from "../core/types";
import { neutraliseFormula, reportCsv as csvOf } from "../gateways/eml/reportCsv";
import { say } from "./strings";

export { neutraliseFormula };

export interface ReportLine {
  readonly row: number;
  readonly address: string;
  readonly created: boolean;
  readonly fileOrReason: string;
}

/**
 * CSV in the user's convention: German Excel expects ";" and English ",". A BOM makes Excel read UTF-8 (umlauts).
 */
export function reportCsv(lines: readonly ReportLine[], lang: Lang): string {
  const words = { row: say(lang, "reportRow"), address: say(lang, "reportAddress"), status: say(lang, "reportStatus"), fileOrReason: say(lang, "reportFileOrReason") };
  return csvOf(
    lines.map((l) => ({ row: l.row, address: l.address, status: say(lang, l.created ? "statusCreated" : "statusSkipped"), fileOrReason: l.fileOrReason })),
    words,
    lang,
  );
}
