// report.csv of a send run: one line per table row — sent (now or in an earlier run), failed, unknown, not sent,
// held back, or skipped because of an error — in the conventions of the drafts report (report.ts).
import Papa from "papaparse";
import type { Lang } from "../../core/types";
import { neutraliseFormula } from "../report";
import { say } from "../strings";

export type SendStatus = "sent" | "failed" | "unknown" | "not-sent" | "held" | "skipped";

export interface SendReportLine {
  readonly row: number;
  readonly address: string;
  readonly status: SendStatus;
  readonly detail: string;
}

const STATUS_TEXT = {
  sent: "statusSent",
  failed: "statusFailed",
  unknown: "statusUnknown",
  "not-sent": "statusNotSent",
  held: "statusHeld",
  skipped: "statusSkipped",
} as const;

/** German Excel expects ";" and English ","; the BOM makes Excel read UTF-8. Formula-like cells are neutralised. */
export function sendReportCsv(lines: readonly SendReportLine[], lang: Lang): string {
  const header = [say(lang, "reportRow"), say(lang, "reportAddress"), say(lang, "reportStatus"), say(lang, "reportDetail")];
  const rows = [...lines]
    .sort((a, b) => a.row - b.row)
    .map((l) => [String(l.row), neutraliseFormula(l.address), say(lang, STATUS_TEXT[l.status]), neutraliseFormula(l.detail)]);
  return "\uFEFF" + Papa.unparse([header, ...rows], { delimiter: lang === "de" ? ";" : ",", newline: "\r\n", quotes: false }) + "\r\n";
}
