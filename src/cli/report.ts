// report.csv for `rundmail drafts` (.eml and --imap): one line per table row — the draft it became, why it was not
// created, or that it was excluded (a row in error left out with --skip-invalid). Written by the one report writer
// (core/report), as the add-in's .eml ZIP and `rundmail send` write theirs.
import { fileReportCsv } from "../core/report";
import type { Lang } from "../i18n";

export interface ReportLine {
  readonly row: number;
  readonly address: string;
  readonly status: "created" | "failed" | "cancelled" | "excluded";
  readonly fileOrReason: string;
}

export function reportCsv(lines: readonly ReportLine[], lang: Lang): string {
  return fileReportCsv(
    lines.map((l) => ({ row: l.row, address: l.address, status: l.status, detail: l.fileOrReason })),
    "fileOrReason",
    lang,
  );
}
