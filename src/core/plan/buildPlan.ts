// table + template + files -> { drafts, issues }. Drafts are planned here and rendered one at a time on demand
// (`renderDraft`), so checking 100,000 rows never holds 100,000 rendered bodies.
import { attachmentsForRow, decideTemplateAttachments, indexFiles, messageSizeFinding, splitFileNames, unusedFiles, type TemplateAttachment } from "../attachments";
import { severityOf, toIssue, type IssueCode } from "../issues/codes";
import { refuseUnlessPrivate } from "../privacy/privacy";
import { recipientsFromTable, parseAddressCell } from "../recipients";
import {
  checkRow,
  compileTemplate,
  htmlToText,
  normaliseFieldName,
  renderTemplate,
  textToHtml,
  unknownFields,
  type CompiledTemplate,
  type Lookup,
} from "../template";
import type { EmailAddress, Finding, GivenFile, Issue, Table, TableRow } from "../types";
import type { Lang } from "../../i18n";

/** The message every draft is made from. */
export interface TemplateSource {
  readonly subject: string;
  readonly body: string;
  readonly bodyType: "html" | "text";
  /** One address that gets a copy of every message (from a template's `Cc:` line), unless a row has its own Cc. */
  readonly cc?: string | null;
  /** The user's own archive address (from a template's `Bcc:` line). */
  readonly bcc?: string | null;
  /**
   * The template message's own attachments. What becomes of each is decided by one rule (decideTemplateAttachments):
   * most go to everyone; the recipient list and other table files are held back, with a warning, unless named.
   */
  readonly attachments?: readonly TemplateAttachment[];
}

export interface PlanOptions {
  readonly lang: Lang;
  readonly emailColumn?: string;
  readonly ccColumn?: string;
  /** A column naming each row's files, separated by ";". */
  readonly attachmentColumn?: string;
  /** A file-name pattern built from fields, e.g. "Rechnung_{{Nr}}.pdf". */
  readonly attachmentPattern?: string;
}

export interface PlanInput {
  readonly table: Table;
  /** Findings from reading the table (readTable), so that one list holds every problem. */
  readonly tableFindings?: readonly Finding<IssueCode>[];
  readonly template: TemplateSource;
  /** The files rows may name. */
  readonly files?: readonly GivenFile[];
  readonly options: PlanOptions;
}

/** A draft as planned: who gets it and which files. Subject and body are rendered by `renderDraft`. */
export interface PlannedDraft {
  readonly row: number;
  readonly to: EmailAddress;
  readonly toName: string | null;
  readonly cc: readonly EmailAddress[];
  readonly bcc: readonly EmailAddress[];
  readonly attachments: readonly GivenFile[];
  /** Index into table.rows. */
  readonly rowIndex: number;
}

export interface Draft extends PlannedDraft {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export interface MergePlan {
  readonly columns: readonly string[];
  readonly emailColumn: string | null;
  readonly ccColumn: string | null;
  readonly drafts: readonly PlannedDraft[];
  /** Whole-table problems first, then by row. */
  readonly issues: readonly Issue[];
  /** True when nothing blocks: no error anywhere. */
  readonly ready: boolean;
  /** Rows that yield no draft because of an error, with their spreadsheet row number. */
  readonly skippedRows: readonly number[];
  renderDraft(draft: PlannedDraft): Draft;
}

interface Compiled {
  subject: CompiledTemplate;
  body: CompiledTemplate;
  pattern: CompiledTemplate | null;
}

export function buildPlan(input: PlanInput): MergePlan {
  const { table, template, options } = input;
  const findings: Finding<IssueCode>[] = [...(input.tableFindings ?? [])];
  const columns = table.columns;

  // Field keys -> column index, so a lookup per row is one map access.
  const columnByKey = new Map<string, number>();
  columns.forEach((name, index) => {
    const key = normaliseFieldName(name);
    if (!columnByKey.has(key)) columnByKey.set(key, index);
  });
  const lookupFor = (row: TableRow): Lookup => (key) => {
    const index = columnByKey.get(key);
    return index === undefined ? undefined : (row.cells[index] ?? "");
  };

  const compiled = compileAll(template, options, findings);
  if (table.columns.length > 0) {
    addAll(findings, unknownFields(compiled.subject, columns, "subject"));
    addAll(findings, unknownFields(compiled.body, columns, "body"));
    if (compiled.pattern) addAll(findings, unknownFields(compiled.pattern, columns, "pattern"));
  }
  if (template.subject.trim() === "") findings.push({ row: null, column: null, code: "subject-empty" });

  const fixedCc = templateAddress(template.cc, "Cc", findings, false);
  const fixedBcc = templateAddress(template.bcc, "Bcc", findings, true);

  const recipients = recipientsFromTable(table, optional({ emailColumn: options.emailColumn, ccColumn: options.ccColumn }));
  addAll(findings, recipients.findings);
  // A row the table reader or the recipients check found broken yields no draft.
  const recipientErrorRows = rowsWithErrors([...recipients.findings, ...(input.tableFindings ?? [])]);

  const attachmentColumnIndex = resolveColumn(columns, options.attachmentColumn, findings);
  const fileIndex = indexFiles(input.files ?? []);
  const usedFileIds = new Set<string>();
  const templateFiles = decideTemplateAttachments(input.template.attachments ?? []);
  findings.push(...templateFiles.findings);
  const everyoneFiles = templateFiles.everyone;
  const textBytes = template.subject.length + template.body.length;

  const planned: PlannedDraft[] = [];
  const rowsWithError = new Set<number>();
  const rowFindings: Finding<IssueCode>[] = [];

  table.rows.forEach((row, rowIndex) => {
    const lookup = lookupFor(row);
    const own: Finding<IssueCode>[] = [];

    const subjectCheck = checkRow(compiled.subject, lookup);
    const bodyCheck = checkRow(compiled.body, lookup);
    if (subjectCheck.emptyFields.length > 0 || bodyCheck.emptyFields.length > 0) {
      for (const field of uniq([...subjectCheck.emptyFields, ...bodyCheck.emptyFields])) {
        own.push({ row: row.row, column: field, code: "field-empty", params: { field } });
      }
    }
    for (const field of subjectCheck.lineBreakFields) {
      own.push({ row: row.row, column: field, code: "subject-line-break", params: { field } });
    }
    for (const { field, value } of bodyCheck.notLinks) {
      own.push({ row: row.row, column: field, code: "field-not-a-link", params: { field, value } });
    }

    let files: GivenFile[] = [];
    const names = attachmentNames(row, lookup, attachmentColumnIndex, compiled.pattern);
    if (names !== null) {
      const column = attachmentColumnIndex === null ? null : (columns[attachmentColumnIndex] ?? null);
      const matched = attachmentsForRow(row.row, column, names, fileIndex);
      files = matched.files;
      own.push(...matched.findings);
      for (const file of files) usedFileIds.add(file.id);
    }

    // The whole message counts toward Exchange's limit: the files for everyone too, and the text (as written in the
    // template; merged values add little).
    const attachments = dedupeFiles([...everyoneFiles, ...files]);
    const sizeColumn = attachmentColumnIndex === null ? null : (columns[attachmentColumnIndex] ?? null);
    const sizeFinding = messageSizeFinding(row.row, sizeColumn, attachments.map((f) => f.size), textBytes);
    if (sizeFinding !== null) own.push(sizeFinding);

    const who = recipients.perRow[rowIndex] ?? null;
    let cc: EmailAddress[] = [];
    if (who?.cc) cc = [who.cc];
    if (fixedCc) {
      if (who?.cc && who.cc.toLowerCase() !== fixedCc.toLowerCase()) {
        own.push({ row: row.row, column: recipients.ccColumn, code: "cc-conflict", params: { address: who.cc } });
      } else cc = [fixedCc];
    }

    rowFindings.push(...own);
    const hasError = who === null || recipientErrorRows.has(row.row) || own.some(isError);
    if (hasError) {
      rowsWithError.add(row.row);
      return;
    }
    const draft: PlannedDraft = {
      row: row.row,
      to: who.to,
      toName: who.toName,
      cc,
      bcc: fixedBcc ? [fixedBcc] : [],
      attachments,
      rowIndex,
    };
    refuseUnlessPrivate(draft); // defence in depth: the plan itself never hands out a draft that breaks the rule
    planned.push(draft);
  });

  addAll(findings, rowFindings);
  if (compiled.pattern !== null || attachmentColumnIndex !== null) {
    addAll(findings, unusedFiles(input.files ?? [], usedFileIds));
  }

  const issues = sortIssues(findings.map((f) => toIssue(f, options.lang)));
  const ready = planned.length > 0 && !issues.some((issue) => issue.severity === "error");

  return {
    columns,
    emailColumn: recipients.emailColumn,
    ccColumn: recipients.ccColumn,
    drafts: planned,
    issues,
    ready,
    skippedRows: [...rowsWithError].sort((a, b) => a - b),
    renderDraft(draft) {
      const row = table.rows[draft.rowIndex];
      if (!row) throw new RangeError(`No table row at index ${draft.rowIndex}`);
      const lookup = lookupFor(row);
      const subject = renderTemplate(compiled.subject, lookup);
      const body = renderTemplate(compiled.body, lookup);
      const html = template.bodyType === "html" ? body : textToHtml(body);
      const text = template.bodyType === "html" ? htmlToText(body) : body;
      return { ...draft, subject, html, text };
    },
  };
}

function compileAll(template: TemplateSource, options: PlanOptions, findings: Finding<IssueCode>[]): Compiled {
  const subject = compileTemplate(template.subject, "subject", "subject");
  const body = compileTemplate(template.body, template.bodyType === "html" ? "html" : "text", "body");
  addAll(findings, subject.findings);
  addAll(findings, body.findings);
  let pattern: CompiledTemplate | null = null;
  if (options.attachmentPattern !== undefined && options.attachmentColumn === undefined) {
    const compiled = compileTemplate(options.attachmentPattern, "subject", "pattern");
    addAll(findings, compiled.findings);
    pattern = compiled.template;
  }
  return { subject: subject.template, body: body.template, pattern };
}

/** The names a row gives for its files, or null when the plan has no per-row attachments. */
function attachmentNames(
  row: TableRow,
  lookup: Lookup,
  columnIndex: number | null,
  pattern: CompiledTemplate | null,
): string[] | null {
  if (columnIndex !== null) return splitFileNames(row.cells[columnIndex] ?? "");
  if (pattern !== null) {
    const name = renderTemplate(pattern, lookup).trim();
    return name === "" ? [] : [name];
  }
  return null;
}

function resolveColumn(columns: readonly string[], wanted: string | undefined, findings: Finding<IssueCode>[]): number | null {
  if (wanted === undefined) return null;
  const key = normaliseFieldName(wanted);
  const index = columns.findIndex((c) => normaliseFieldName(c) === key);
  if (index < 0) {
    findings.push({ row: null, column: null, code: "column-unknown", params: { name: wanted, columns: columns.join(", ") } });
    return null;
  }
  return index;
}

/** A template's Cc or Bcc line: one valid address, or a whole-template error. */
function templateAddress(
  value: string | null | undefined,
  header: "Cc" | "Bcc",
  findings: Finding<IssueCode>[],
  isBcc: boolean,
): EmailAddress | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const cell = parseAddressCell(value);
  if (cell.kind === "one") return cell.address;
  if (cell.kind === "many" && isBcc) findings.push({ row: null, column: null, code: "template-bcc-multiple" });
  else findings.push({ row: null, column: null, code: "template-address-invalid", params: { header, value } });
  return null;
}

const isError = (f: Finding<IssueCode>): boolean => severityOf(f.code) === "error";

function rowsWithErrors(findings: readonly Finding<IssueCode>[]): Set<number> {
  const rows = new Set<number>();
  for (const f of findings) if (f.row !== null && isError(f)) rows.add(f.row);
  return rows;
}

function sortIssues(issues: Issue[]): Issue[] {
  // Stable: whole-table problems first, then rows in order; within a row, the order they were found.
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.order - b.order)
    .map(({ issue }) => issue);
}

/** `target.push(...items)` without passing every item as an argument: a template or table with some 120,000
 * findings overflowed the call stack that way. */
function addAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function uniq<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function dedupeFiles(files: readonly GivenFile[]): GivenFile[] {
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

/** Drops undefined values, for exactOptionalPropertyTypes. */
function optional<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
