// report.csv for `rundmail drafts`: one line per table row — the draft file it became, or why it was skipped.
// Written by the one report writer (core/report), as the add-in's .eml ZIP and `rundmail send` write theirs.
import { fileReportCsv } from "../core/report";
import type { Lang } from "../i18n";

export interface ReportLine {
  readonly row: number;
  readonly address: string;
  readonly created: boolean;
  readonly fileOrReason: string;
}

export function reportCsv(lines: readonly ReportLine[], lang: Lang): string {
  return fileReportCsv(
    lines.map((l) => ({ row: l.row, address: l.address, status: l.created ? "created" : "skipped", detail: l.fileOrReason })),
    "fileOrReason",
    lang,
  );
}
