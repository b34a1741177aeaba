// report.csv of a send run: one line per table row — sent (now or in an earlier run), failed, unknown, not sent,
// held back, or excluded for its errors (--skip-invalid) — written by the one report writer (core/report), as the drafts report.
import { fileReportCsv, type ReportStatus } from "../../core/report";
import type { Lang } from "../../i18n";

export type SendStatus = "sent" | "failed" | "unknown" | "not-sent" | "held" | "excluded";

export interface SendReportLine {
  readonly row: number;
  readonly address: string;
  readonly status: SendStatus;
  readonly detail: string;
}

const REPORT_STATUS: Readonly<Record<SendStatus, ReportStatus>> = {
  sent: "sent",
  failed: "failed",
  unknown: "unknown",
  "not-sent": "notSent",
  held: "held",
  excluded: "excluded",
};

/** In row order, in the language's CSV convention; formula-like cells are neutralised. */
export function sendReportCsv(lines: readonly SendReportLine[], lang: Lang): string {
  return fileReportCsv(
    lines.map((l) => ({ ...l, status: REPORT_STATUS[l.status] })),
    "details",
    lang,
  );
}
