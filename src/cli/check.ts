// `rundmail check`: validate and preview. Human text by default, one JSON object with --json.
import type { Draft, MergePlan, PlannedDraft } from "../core/plan";
import type { Issue } from "../core/types";
import type { Lang } from "../i18n";
import { INVISIBLE_BEYOND_C0 } from "../core/recipients/displayValue";
import { displayName } from "./inputs";
import type { CommonOptions } from "./options";
import { terminalLine, type Output } from "./output";
import type { Prepared } from "./preparePlan";
import { rowList } from "./rowsInError";
import { say } from "./strings";

export const exitCodeFor = (plan: MergePlan): 0 | 1 => (plan.issues.some((i) => i.severity === "error") ? 1 : 0);

export async function printJson(prepared: Prepared, out: Output): Promise<void> {
  const { plan } = prepared;
  await out.writeVerbatim(`{"ready":${plan.ready},"columns":${jsonText(plan.columns)},"drafts":[`);
  let first = true;
  for (const planned of plan.drafts) {
    // One draft rendered at a time: 100,000 rows never hold 100,000 bodies in memory.
    await out.writeVerbatim((first ? "" : ",") + jsonText(draftJson(plan.renderDraft(planned))));
    first = false;
  }
  await out.writeVerbatim(`],"issues":[`);
  first = true;
  for (const issue of plan.issues) {
    await out.writeVerbatim((first ? "" : ",") + jsonText(issueJson(issue)));
    first = false;
  }
  await out.writeVerbatim("]}\n");
  await out.flush();
}

/**
 * JSON whose strings hold no raw control, bidi or invisible character: JSON.stringify escapes only those below
 * U+0020, so the rest is escaped here (\uXXXX means the same to any JSON reader, and nothing to a terminal).
 */
export const jsonText = (value: unknown): string =>
  JSON.stringify(value).replace(INVISIBLE_BEYOND_C0, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

function draftJson(d: Draft): object {
  return {
    row: d.row,
    to: d.to,
    cc: d.cc,
    bcc: d.bcc,
    subject: d.subject,
    html: d.html,
    text: d.text,
    attachments: d.attachments.map((f) => ({ name: baseName(f.name), size: f.size })),
  };
}

const issueJson = (i: Issue): object => ({ row: i.row, column: i.column, severity: i.severity, code: i.code, message: i.message });

export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

export async function printSummary(prepared: Prepared, options: CommonOptions, out: Output): Promise<void> {
  const { plan, table, template, files } = prepared;
  const lang = options.lang;
  const none = say(lang, "none");
  const errors = plan.issues.filter((i) => i.severity === "error");
  const warnings = plan.issues.filter((i) => i.severity === "warning");
  const line = (text: string): Promise<void> => out.write(text + "\n");

  await line(
    say(lang, "summaryRead", {
      file: displayName(options.recipients),
      rows: table.table.rows.length,
      columns: plan.columns.length,
      encoding: prepared.sheet !== null ? say(lang, "sheetLabel", { name: prepared.sheet }) : (table.encoding ?? "?"),
      delimiter: table.delimiter ? `, "${table.delimiter === "\t" ? "\\t" : table.delimiter}"` : "",
    }),
  );
  await line(say(lang, "summaryColumns", { email: plan.emailColumn ?? none, cc: plan.ccColumn ?? none }));
  await line(say(lang, "summaryTemplate", { file: displayName(options.template), subject: template.subject || none }));
  if (options.attachments !== undefined) {
    const rule = options.attachmentColumn
      ? ` (${options.attachmentColumn})`
      : options.attachmentPattern
        ? ` (${options.attachmentPattern})`
        : "";
    await line(say(lang, "summaryFiles", { count: files.length, rule }));
  }
  await line("");
  await printIssues(say(lang, "errorsHeading"), errors, out);
  await printIssues(say(lang, "warningsHeading"), warnings, out);
  const first = plan.drafts[0];
  if (first) await printPreview(plan, first, lang, out);
  await line(
    say(lang, "summaryCounts", {
      drafts: plan.drafts.length,
      rows: table.table.rows.length,
      inError: plan.skippedRows.length,
      errors: errors.length,
      warnings: warnings.length,
    }),
  );
  await line(closingLine(plan, options));
  await out.flush();
}

/** Ready, not ready, or — when the user excluded the rows in error (--skip-invalid) — which rows are left out. */
function closingLine(plan: MergePlan, options: CommonOptions): string {
  const { lang } = options;
  const errors = plan.issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return say(lang, "readyYes");
  const onlyRows = errors.every((i) => i.row !== null);
  if (options.skipInvalid && onlyRows) return say(lang, "readyExcluding", { count: plan.skippedRows.length, rows: rowList(plan.skippedRows, lang) });
  return say(lang, "readyNo");
}

async function printIssues(heading: string, issues: readonly Issue[], out: Output): Promise<void> {
  if (issues.length === 0) return;
  await out.write(`${heading} (${issues.length}):\n`);
  for (const issue of issues) await out.write(`  ${terminalLine(issue.message)}\n`);
  await out.write("\n");
}

async function printPreview(plan: MergePlan, planned: PlannedDraft, lang: Lang, out: Output): Promise<void> {
  const draft = plan.renderDraft(planned);
  const lines = [
    say(lang, "previewHeading", { row: draft.row }),
    ...previewAddressLines(draft, lang),
    ...(draft.bcc.length ? [`  Bcc: ${terminalLine(draft.bcc.join(", "))}`] : []),
    ...previewMessageLines(draft, lang),
  ];
  await out.write(lines.join("\n") + "\n");
}

/** To and Cc of a previewed draft, as `check` and `send` show them. */
export function previewAddressLines(draft: Draft, lang: Lang): string[] {
  return [
    `  ${say(lang, "fieldTo")}: ${terminalLine(draft.toName ? `${draft.toName} <${draft.to}>` : draft.to)}`,
    ...(draft.cc.length ? [`  Cc: ${terminalLine(draft.cc.join(", "))}`] : []),
  ];
}

/** Subject, attachments and the first 20 lines of the text of a previewed draft. */
export function previewMessageLines(draft: Draft, lang: Lang): string[] {
  return [
    `  ${say(lang, "fieldSubject")}: ${terminalLine(draft.subject)}`,
    ...(draft.attachments.length ? [`  ${say(lang, "attachmentsLine", { list: draft.attachments.map((f) => baseName(f.name)).join(", ") })}`] : []),
    "",
    ...draft.text
      .split("\n")
      .slice(0, 20)
      .map((l) => `  | ${terminalLine(l)}`),
    "",
  ];
}
