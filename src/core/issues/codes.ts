// The one table of issue codes: each code and its severity. Each code's text, in every language, is in
// issueTexts.<lang>.ts; messages say what is wrong and what to do. The row number is added in front by `toIssue`,
// written the user's way (10.000 in German), as the grid shows it.
import { formatNumber, type Lang } from "../../i18n";
import type { Finding, Issue, Severity } from "../types";
import { ISSUE_TEXTS } from "./issueTexts";

export const ISSUE_SEVERITY = {
  // ---- reading the table (src/core/table) ----
  "file-empty": "error",
  "file-binary": "error",
  "table-no-rows": "error",
  "table-unclosed-quote": "error",
  "table-header-empty": "warning",
  "table-header-duplicate": "warning",
  "row-extra-cells": "warning",
  // ---- workbooks (src/core/table/workbook): .xlsx, .xls, .ods ----
  /** params: size, limit (bytes). */
  "workbook-too-large": "error",
  /** The ZIP declares more unpacked bytes (or parts) than a list needs, params size and limit; or, without params,
   * an entry inflates past its declared size: a ZIP bomb either way. */
  "workbook-unpacks-too-large": "error",
  "workbook-unknown-format": "error",
  "workbook-damaged": "error",
  "workbook-encrypted": "error",
  /** params: name (as given), sheets (comma-separated). */
  "workbook-sheet-unknown": "error",
  /** Values only on hidden sheets. params: sheets. */
  "workbook-no-table": "error",
  /** params: limit (data rows), sheet. */
  "workbook-too-many-rows": "error",
  /** params: column ("Betrag (C)"), format (the number format code). */
  "workbook-format-unsupported": "warning",
  /** params: range ("A5:B5"). */
  "workbook-merged-cells": "warning",
  "workbook-hidden-row": "warning",

  // ---- recipients (src/core/recipients) ----
  "email-column-missing": "error",
  "column-unknown": "error",
  "email-empty": "error",
  "email-invalid": "error",
  "email-multiple": "error",
  "email-name-dropped": "warning",
  "email-duplicate": "warning",
  "cc-invalid": "error",
  "cc-multiple": "error",
  "cc-conflict": "error",

  // ---- template (src/core/template) ----
  "template-unknown-field": "error",
  "template-unclosed-field": "error",
  "template-empty-field": "error",
  "template-unclosed-section": "error",
  "template-unexpected-close": "error",
  // Merge fields in markup (src/core/template/scanMarkup.ts, urlValue.ts): a field where nothing can be filled in
  // is an error, not a warning — sent, "{{X}}" would reach every recipient (Outlook shows its <!--[if mso]> blocks).
  "template-field-misplaced": "error",
  "template-section-misplaced": "error",
  "template-field-in-url-scheme": "error",
  "template-fallback-not-a-link": "error",
  "field-not-a-link": "error",
  "template-bcc-multiple": "error",
  "template-address-invalid": "error",
  "subject-empty": "warning",
  "field-empty": "warning",
  "subject-line-break": "warning",

  // ---- attachments (src/core/attachments) ----
  "attachment-missing": "error",
  "attachment-ambiguous": "error",
  "attachment-unused": "warning",
  "attachment-too-large": "error",
  "attachments-large": "warning",
  "attachments-over-exchange-limit": "warning",
  "attachment-name-empty": "error",
  "attachment-is-recipient-list": "warning",
  "attachment-held-back": "warning",

  // ---- run (src/core/run) and gateways (src/gateways): why a row's draft was not created ----
  // The run puts these into RowOutcome.message without the "Row N:" prefix (the UI and report.csv show the row).
  "privacy-rule": "error",
  /** Not a problem: a resumed run met a draft an earlier run created. A warning so that it fits the table. */
  "run-already-created": "warning",
  "run-maybe-created": "error",
  "run-no-answer": "error",
  "run-gave-up": "error",
  "run-render-failed": "error",
  "run-ledger-failed": "error",
  "run-duplicate": "error",
  "run-cancelled": "warning",
  "run-cancelled-maybe-created": "warning",
  "run-attachment-unreadable": "error",
  "run-finish-failed": "error",
  // ---- graph (src/gateways/graph): Microsoft Graph's answers, in the user's words ----
  "graph-no-token": "error",
  "graph-busy": "error",
  "graph-refused": "error",
  "graph-incomplete-draft": "error",
  "graph-timeout": "error",
  "graph-send-failed": "error",
  "graph-send-no-answer": "error",
  "graph-send-started": "error",
  "graph-draft-changed": "error",
  "graph-no-message-id": "error",
  "graph-attachment-too-large": "error",
  "graph-message-too-large": "error",
  "graph-send-quota": "error",
  /** Before a send run: params sent (recipients in the last 24 h), limit, fit (messages sent now), rest, at (ms). */
  /** A row held back by the daily limit (param at: ms since 1970). */
  "compose-no-attachments": "error",
  "compose-no-bcc": "error",
  "compose-subject-too-long": "error",
  "compose-body-too-large": "error",
  "compose-too-many-recipients": "error",
  "compose-failed": "error",
  "eml-compose-failed": "error",
  "eml-finished": "error",
  // ---- imap (src/gateways/imap): the mailbox's answers to `rundmail drafts --imap`, in the user's words ----
  // params: server ("host:port"), user, folder, folders (the listed ones, comma-separated), reason (scrubbed).
  "imap-login": "error",
  "imap-tls": "error",
  "imap-certificate": "error",
  "imap-connect": "error",
  "imap-folder-missing": "error",
  "imap-no-drafts-folder": "error",
  "imap-no-sent-folder": "error",
  "imap-over-quota": "error",
  /** params: size, limit (bytes) when the server announced APPENDLIMIT; else reason. */
  "imap-too-big": "error",
  "imap-refused": "error",
  "imap-throttled": "warning",
  "imap-lost": "error",
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;

export function severityOf(code: IssueCode): Severity {
  return ISSUE_SEVERITY[code];
}

/** Puts a finding into the user's words. Unknown codes cannot occur: the type forbids them. */
export function toIssue(finding: Finding<IssueCode>, lang: Lang): Issue {
  const texts = ISSUE_TEXTS[lang];
  const text = texts.codes[finding.code](finding.params ?? {});
  const message = finding.row === null ? text : `${texts.row} ${formatNumber(finding.row, lang)}: ${text}`;
  return { row: finding.row, column: finding.column, severity: ISSUE_SEVERITY[finding.code], code: finding.code, message };
}
