// report.csv as the files Rundmail leaves behind write it (the .eml ZIP, `rundmail drafts`, `rundmail send`): the
// words from the report's text table, by status.
import type { Lang } from "../../i18n";
import { reportCsv, type ReportColumns } from "./reportCsv";
import { REPORT_TEXTS, type ReportStatus, type ReportTexts } from "./reportTexts";

export interface FileReportLine {
  readonly row: number;
  readonly address: string;
  readonly status: ReportStatus;
  readonly detail: string;
}

/** The last column: the drafts' reports name a file or a reason, the send report the server's details. */
export type LastColumn = keyof Pick<ReportTexts["columns"], "fileOrReason" | "details">;

export function fileReportColumns(lang: Lang, last: LastColumn): ReportColumns {
  const { columns } = REPORT_TEXTS[lang];
  return [columns.row, columns.address, columns.status, columns[last]];
}

export function fileReportCsv(lines: readonly FileReportLine[], last: LastColumn, lang: Lang): string {
  const { status } = REPORT_TEXTS[lang];
  return reportCsv(
    lines.map((l) => ({ ...l, status: status[l.status] })),
    fileReportColumns(lang, last),
    lang,
  );
}
