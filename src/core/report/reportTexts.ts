// The words of report.csv as the .eml ZIP and the CLI write it: the shape here, one file per language
// (reportTexts.en.ts, reportTexts.de.ts). The task pane's own report uses the pane's words (its status column).
import type { Lang } from "../../i18n";
import { reportTextsDe } from "./reportTexts.de";
import { reportTextsEn } from "./reportTexts.en";

export interface ReportTexts {
  readonly columns: {
    readonly row: string;
    readonly address: string;
    readonly status: string;
    readonly fileOrReason: string;
    readonly details: string;
  };
  readonly status: {
    readonly created: string;
    readonly failed: string;
    readonly cancelled: string;
    readonly skipped: string;
    /**
     * A row in error that the user chose to leave out (the CLI's --skip-invalid): the one word for it wherever the
     * CLI reports it (issue 12), instead of "skipped", which meant three things.
     */
    readonly excluded: string;
    readonly sent: string;
    /** The message was handed over, no answer came: it may have arrived. */
    readonly unknown: string;
    readonly notSent: string;
    /** An earlier version of the message already went to the same address. */
    readonly held: string;
  };
}

export type ReportStatus = keyof ReportTexts["status"];

export const REPORT_TEXTS: Readonly<Record<Lang, ReportTexts>> = { en: reportTextsEn, de: reportTextsDe };
