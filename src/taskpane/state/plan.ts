// What the wizard's inputs mean: the merge plan (built by the core) and the views of it the steps show. Pure.
import {
  decideTemplateAttachments,
  indexFiles,
  splitFileNames,
  type TemplateAttachment,
  type TemplateAttachmentUse as CoreTemplateAttachmentUse,
} from "../../core/attachments";
import { buildPlan, type MergePlan, type PlanOptions, type PlannedDraft, type TemplateSource } from "../../core/plan";
import { findEmailColumn } from "../../core/recipients";
import { compileTemplate, normaliseFieldName, renderTemplate } from "../../core/template";
import type { GivenFile, Issue, Table } from "../../core/types";
import type { Lang } from "../../i18n";
import type { ItemAttachment } from "../../office/mailboxHost";
import { editedTable, splitExcluded } from "./rowEdits";
import { templateFileId } from "./templateFiles";
import { isRunActive, type RecipientsOrigin, type StepId, type WizardState } from "./wizard";


export interface TemplateAttachmentUse {
  readonly attachment: ItemAttachment;
  /**
   * "recipients": it is the recipient list and is never sent; "everyone": on every draft; "rows": only on the drafts
   * of rows that name it (none, when no row does); "held-back": a table file nobody ticked, sent to nobody.
   */
  readonly use: CoreTemplateAttachmentUse;
  /** The rows that name it through the attachment column or pattern: their spreadsheet numbers, in order (step 3 names them). */
  readonly namingRows: readonly number[];
}

export interface DerivedPlan {
  readonly plan: MergePlan;
  /** The rows the plan was built from: the list with the user's corrections, without the rows left out. */
  readonly table: Table;
  /** Every row of the list as the user sees it: with the user's corrections, the rows left out included. */
  readonly shownTable: Table;
  /**
   * The rows the user left out, by spreadsheet row number, each with its problems as the same checks find them
   * (empty when the row had none): they make no draft, block nothing, and the report lists them as excluded.
   */
  readonly excludedRows: ReadonlyMap<number, readonly Issue[]>;
  /** Problems of a row, by spreadsheet row number. */
  readonly issuesByRow: ReadonlyMap<number, readonly Issue[]>;
  /** Problems of the whole table, template or file set. */
  readonly generalIssues: readonly Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly draftByRow: ReadonlyMap<number, PlannedDraft>;
  /** Files every draft gets. */
  readonly everyoneFiles: readonly GivenFile[];
  /** The template's attachments and what becomes of each (inline images are part of the body and not listed). */
  readonly templateAttachments: readonly TemplateAttachmentUse[];
  /** Indexes into the table's rows that have at least one problem, ascending. */
  readonly problemRowIndexes: readonly number[];
}

/**
 * The template's own attachments as the core's rule sees them (decideTemplateAttachments, shared with the command
 * line): the recipient list never goes anywhere; a table file goes to everyone only when ticked; a file that rows name
 * goes to those rows; any other file goes to everyone unless unticked.
 */
function templateAttachmentInputs(state: WizardState): { files: ItemAttachment[]; inputs: TemplateAttachment[]; namedBy: ReadonlyMap<string, readonly number[]> } {
  const loaded = state.template.loaded;
  if (loaded === null) return { files: [], inputs: [], namedBy: new Map() };
  const files = loaded.attachments.filter((a) => !a.isInline);
  const table = state.recipients?.result.table;
  const namedBy = table === undefined ? new Map<string, number[]>() : rowsNaming(table, state, files.map(asGivenFile));
  const origin = state.recipients?.origin;
  const inputs = files.map((attachment): TemplateAttachment => {
    const choice = state.everyoneChoices[attachment.id];
    return {
      file: asGivenFile(attachment),
      isRecipientList: isTheRecipientList(attachment, origin),
      chosenAsList: origin?.kind === "attachment" && origin.id === attachment.id,
      ...(choice === undefined ? {} : { choice: choice ? "everyone" : "rows" }),
      namedByRows: namedBy.get(templateFileId(attachment.id))?.length ?? 0,
    };
  });
  return { files, inputs, namedBy };
}

/**
 * Whether a template attachment is the recipient list. The pane reads an attachment's bytes only when a draft needs
 * them, so a list chosen from disk is matched by name or by size: erring towards "it is the list" only keeps a file
 * back that could have been everyone's address list.
 */
function isTheRecipientList(attachment: ItemAttachment, origin: RecipientsOrigin | undefined): boolean {
  if (origin === undefined || origin.kind === "paste") return false;
  if (origin.kind === "attachment") return attachment.id === origin.id;
  const sameName = attachment.name.trim().toLowerCase() === origin.name.trim().toLowerCase();
  return sameName || (origin.size !== undefined && attachment.size === origin.size);
}

export function templateAttachmentUses(state: WizardState): TemplateAttachmentUse[] {
  const { files, inputs, namedBy } = templateAttachmentInputs(state);
  const { decisions } = decideTemplateAttachments(inputs);
  return files.map((attachment, i) => ({
    attachment,
    use: decisions[i]?.use ?? "held-back",
    namingRows: namedBy.get(templateFileId(attachment.id)) ?? [],
  }));
}

/** For each of `files`, by id, the spreadsheet rows that name it (each row once), in the table's order. */
function rowsNaming(table: Table, state: WizardState, files: readonly GivenFile[]): Map<string, number[]> {
  const naming = new Map<string, number[]>();
  const rule = state.attachmentRule;
  if (files.length === 0 || rule.kind === "none") return naming;
  const index = indexFiles(files);
  let current = 0; // the row whose names are being looked up
  const named = (name: string): void => {
    for (const file of index.find(name)) {
      const rows = naming.get(file.id) ?? [];
      if (rows.at(-1) !== current) rows.push(current);
      naming.set(file.id, rows);
    }
  };
  if (rule.kind === "column") {
    const column = rule.column === null ? -1 : table.columns.indexOf(rule.column);
    if (column < 0) return naming;
    for (const row of table.rows) {
      current = row.row;
      splitFileNames(row.cells[column] ?? "").forEach(named);
    }
    return naming;
  }
  if (rule.pattern.trim() === "") return naming;
  const pattern = compileTemplate(rule.pattern.trim(), "subject", "pattern").template;
  const columnByKey = new Map<string, number>();
  table.columns.forEach((name, i) => {
    const key = normaliseFieldName(name);
    if (!columnByKey.has(key)) columnByKey.set(key, i); // as the plan does: the first of equal names
  });
  for (const row of table.rows) {
    current = row.row;
    const name = renderTemplate(pattern, (key) => {
      const i = columnByKey.get(key);
      return i === undefined ? undefined : (row.cells[i] ?? "");
    }).trim();
    if (name !== "") named(name);
  }
  return naming;
}

const asGivenFile = (a: ItemAttachment): GivenFile => ({ id: templateFileId(a.id), name: a.name, size: a.size });

/** The core's plan options for the user's choices. */
export function planOptions(state: WizardState, lang: Lang): PlanOptions {
  const table = state.recipients?.result.table;
  const options: { -readonly [K in keyof PlanOptions]: PlanOptions[K] } = { lang };
  if (state.emailColumn.kind === "column") options.emailColumn = state.emailColumn.column;
  if (state.ccColumn.kind === "column") options.ccColumn = state.ccColumn.column;
  else if (state.ccColumn.kind === "none" && table !== undefined) {
    // The core drops a Cc column that is the e-mail column itself; naming it is how "no Cc" is said.
    const detected = findEmailColumn(table);
    const email = options.emailColumn ?? (detected === null ? undefined : table.columns[detected]);
    if (email !== undefined) options.ccColumn = email;
  }
  const rule = state.attachmentRule;
  if (rule.kind === "column" && rule.column !== null) options.attachmentColumn = rule.column;
  if (rule.kind === "pattern" && rule.pattern.trim() !== "") options.attachmentPattern = rule.pattern.trim();
  return options;
}

/** Builds the plan for the wizard's current inputs, or null while there is no table. */
export function derivePlan(state: WizardState, lang: Lang): DerivedPlan | null {
  const recipients = state.recipients;
  if (recipients === null) return null;
  const uses = templateAttachmentUses(state);
  const everyoneFiles = uses.filter((u) => u.use === "everyone").map((u) => asGivenFile(u.attachment));
  // A file held back from everyone that no row names is simply not sent (the Attachments step says so beside it).
  const rowFiles = [...state.files, ...uses.filter((u) => u.use === "rows" && u.namingRows.length > 0).map((u) => asGivenFile(u.attachment))];
  const loaded = state.template.loaded;
  const template: TemplateSource = {
    subject: loaded?.subject ?? "",
    body: loaded?.html ?? "",
    bodyType: "html",
    attachments: templateAttachmentInputs(state).inputs,
  };
  // The user's corrections go through the same checks as the list itself: the plan is simply built again.
  const shownTable = editedTable(recipients.result.table, state.rowEdits);
  const parts = splitExcluded(shownTable, state.rowEdits.excluded);
  const left = new Set(state.rowEdits.excluded);
  const findings = recipients.result.findings;
  const options = planOptions(state, lang);
  const plan = buildPlan({
    table: parts.included,
    tableFindings: left.size === 0 ? findings : findings.filter((f) => f.row === null || !left.has(f.row)),
    template,
    files: rowFiles,
    options,
  });
  // The rows left out are checked on their own (with the columns the whole list was read with), only for the reason
  // the report gives beside "excluded by you".
  const excludedRows = new Map<number, Issue[]>(parts.excluded.rows.map((r) => [r.row, []]));
  if (parts.excluded.rows.length > 0) {
    const { emailColumn, ccColumn } = plan;
    const apart = buildPlan({
      table: parts.excluded,
      tableFindings: findings.filter((f) => f.row !== null && left.has(f.row)),
      template,
      files: rowFiles,
      options: {
        ...options,
        ...(emailColumn === null ? {} : { emailColumn }),
        ...(ccColumn === null ? (emailColumn === null ? {} : { ccColumn: emailColumn }) : { ccColumn }),
      },
    });
    for (const issue of apart.issues) {
      if (issue.row !== null) excludedRows.get(issue.row)?.push(issue);
    }
  }
  // Until the message is read there is no subject to complain about: the pane says "read the message" instead.
  const issues = loaded === null ? plan.issues.filter((i) => i.code !== "subject-empty") : plan.issues;

  const issuesByRow = new Map<number, Issue[]>();
  const generalIssues: Issue[] = [];
  let errorCount = 0;
  for (const issue of issues) {
    if (issue.severity === "error") errorCount += 1;
    if (issue.row === null) generalIssues.push(issue);
    else {
      const list = issuesByRow.get(issue.row);
      if (list) list.push(issue);
      else issuesByRow.set(issue.row, [issue]);
    }
  }
  const problemRowIndexes: number[] = [];
  recipients.result.table.rows.forEach((row, index) => {
    if (issuesByRow.has(row.row)) problemRowIndexes.push(index);
  });

  return {
    plan: issues === plan.issues ? plan : { ...plan, issues, renderDraft: plan.renderDraft },
    table: parts.included,
    shownTable,
    excludedRows,
    issuesByRow,
    generalIssues,
    errorCount,
    warningCount: issues.length - errorCount,
    draftByRow: new Map(plan.drafts.map((d) => [d.row, d])),
    everyoneFiles,
    templateAttachments: uses,
    problemRowIndexes,
  };
}

/**
 * derivePlan, remembered: the plan is rebuilt only when one of its inputs changes (the reducer keeps unchanged
 * parts of the state identical), so moving between steps or rows of the review costs nothing.
 */
export function memoisedDerivePlan(): (state: WizardState, lang: Lang) => DerivedPlan | null {
  let last: { inputs: readonly unknown[]; result: DerivedPlan | null } | null = null;
  return (state, lang) => {
    const inputs = [
      state.recipients,
      state.rowEdits,
      state.emailColumn,
      state.ccColumn,
      state.template.loaded,
      state.attachmentRule,
      state.files,
      state.everyoneChoices,
      lang,
    ];
    if (last !== null && inputs.every((value, i) => Object.is(value, last?.inputs[i]))) return last.result;
    last = { inputs, result: derivePlan(state, lang) };
    return last.result;
  };
}

/** The step where a problem is put right. */
export function stepOfIssue(code: string): Extract<StepId, "recipients" | "message" | "attachments"> {
  if (code.startsWith("attachment")) return "attachments";
  if (code.startsWith("template-") || code.startsWith("subject-") || code === "field-empty") return "message";
  return "recipients";
}

export type CreateBlocker = "no-table" | "no-template" | "errors" | "no-drafts" | "no-gateway" | "running";

/** Why drafts cannot be created now, most fundamental first; empty when they can. */
export function createBlockers(state: WizardState, derived: DerivedPlan | null, gatewayAvailable: boolean): CreateBlocker[] {
  const blockers: CreateBlocker[] = [];
  if (derived === null) blockers.push("no-table");
  if (state.template.loaded === null) blockers.push("no-template");
  if (derived !== null && derived.errorCount > 0) blockers.push("errors");
  if (derived !== null && derived.errorCount === 0 && derived.plan.drafts.length === 0) blockers.push("no-drafts");
  if (!gatewayAvailable) blockers.push("no-gateway");
  if (isRunActive(state.run)) blockers.push("running");
  return blockers;
}

export type TestDraftBlocker = "no-user-address" | "no-template" | "no-drafts" | "no-gateway" | "sending" | "run-active";

/** Why "send a test draft to me" cannot be used now; empty when it can. */
export function testDraftBlockers(
  state: WizardState,
  derived: DerivedPlan | null,
  userAddress: string | null,
  gatewayAvailable: boolean,
): TestDraftBlocker[] {
  const blockers: TestDraftBlocker[] = [];
  if (userAddress === null || userAddress.trim() === "") blockers.push("no-user-address");
  if (state.template.loaded === null) blockers.push("no-template");
  if (derived === null || derived.plan.drafts.length === 0) blockers.push("no-drafts");
  if (!gatewayAvailable) blockers.push("no-gateway");
  if (state.testDraft.phase === "sending") blockers.push("sending");
  // A run already has every request Graph allows in flight (4 per mailbox): a test draft would be a fifth.
  const phase = state.run.state.phase;
  if (phase === "running" || phase === "paused" || phase === "cancelling") blockers.push("run-active");
  return blockers;
}

/** The next (or previous) row with a problem after `from`, wrapping around; null when no row has one. */
export function nextProblemRow(problemRows: readonly number[], from: number, direction: 1 | -1): number | null {
  if (problemRows.length === 0) return null;
  if (direction === 1) return problemRows.find((i) => i > from) ?? problemRows[0] ?? null;
  for (let k = problemRows.length - 1; k >= 0; k--) {
    const i = problemRows[k];
    if (i !== undefined && i < from) return i;
  }
  return problemRows[problemRows.length - 1] ?? null;
}
