// The part every command shares: read the inputs, build the plan with the core.
import { buildPlan, type MergePlan, type PlanOptions } from "../core/plan";
import type { TableResult } from "../core/table";
import type { GivenFile } from "../core/types";
import { fileContents, listAttachments, readRecipients, readTemplate, type FileContents } from "./inputs";
import type { CommonOptions } from "./options";
import type { TemplateSource } from "../core/plan";

export interface Prepared {
  readonly plan: MergePlan;
  readonly table: TableResult;
  readonly template: TemplateSource;
  readonly files: readonly GivenFile[];
  readonly contents: FileContents;
}

export async function preparePlan(options: CommonOptions): Promise<Prepared> {
  const { lang } = options;
  const recipients = readRecipients(options.recipients, lang);
  const template = await readTemplate(options.template, options.subject, lang);
  // The recipient list itself is never an attachment, even when it lies in the attachments folder.
  const files = options.attachments ? listAttachments(options.attachments, [options.recipients], lang) : [];
  const planOptions: { -readonly [K in keyof PlanOptions]: PlanOptions[K] } = { lang };
  if (options.emailColumn !== undefined) planOptions.emailColumn = options.emailColumn;
  if (options.ccColumn !== undefined) planOptions.ccColumn = options.ccColumn;
  if (options.attachmentColumn !== undefined) planOptions.attachmentColumn = options.attachmentColumn;
  if (options.attachmentPattern !== undefined) planOptions.attachmentPattern = options.attachmentPattern;
  const plan = buildPlan({
    table: recipients.result.table,
    tableFindings: recipients.result.findings,
    template: template.source,
    files,
    options: planOptions,
  });
  return { plan, table: recipients.result, template: template.source, files, contents: fileContents(template.ownFiles) };
}
