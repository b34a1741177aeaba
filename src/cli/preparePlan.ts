// The part every command shares: read the inputs, build the plan with the core.
import { buildPlan, type MergePlan, type PlanOptions } from "../core/plan";
import type { TableResult } from "../core/table";
import type { GivenFile } from "../core/types";
import { fileContents, listAttachments, type FileContents } from "./attachmentsFolder";
import { readRecipients, readTemplate, templateAttachments } from "./inputs";
import type { CommonOptions } from "./options";
import type { TemplateSource } from "../core/plan";

export interface Prepared {
  readonly plan: MergePlan;
  readonly table: TableResult;
  /** The workbook sheet the recipients came from; null for a text table. */
  readonly sheet: string | null;
  readonly template: TemplateSource;
  readonly files: readonly GivenFile[];
  readonly contents: FileContents;
}

export async function preparePlan(options: CommonOptions): Promise<Prepared> {
  const { lang } = options;
  const recipients = await readRecipients(options.recipients, lang, options.sheet);
  const template = await readTemplate(options.template, options.subject, lang);
  // The recipient list itself is never an attachment: not from the folder (by real path or content), not from the
  // template (by content); other table files on the template only when named (the core's rule, as in the pane).
  const folder = options.attachments ? listAttachments(options.attachments, recipients, lang) : null;
  const files = folder?.files ?? [];
  const source: TemplateSource = {
    ...template.source,
    attachments: templateAttachments(template, recipients.bytes, options.attachToEveryone, lang),
  };
  const planOptions: { -readonly [K in keyof PlanOptions]: PlanOptions[K] } = { lang };
  if (options.emailColumn !== undefined) planOptions.emailColumn = options.emailColumn;
  if (options.ccColumn !== undefined) planOptions.ccColumn = options.ccColumn;
  if (options.attachmentColumn !== undefined) planOptions.attachmentColumn = options.attachmentColumn;
  if (options.attachmentPattern !== undefined) planOptions.attachmentPattern = options.attachmentPattern;
  const plan = buildPlan({
    table: recipients.result.table,
    tableFindings: recipients.result.findings,
    template: source,
    files,
    options: planOptions,
  });
  return { plan, table: recipients.result, sheet: recipients.sheet, template: source, files, contents: fileContents(template.ownFiles, folder, lang) };
}
