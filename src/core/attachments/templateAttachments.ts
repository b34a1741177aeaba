// What becomes of the template message's own attachments — one rule for the task pane and the command line.
// A file on the template goes to every recipient unless it could be a list of people: the recipient list itself is
// never sent, and any table file (a CSV, a workbook) is held back unless the user names it for everyone.
import type { IssueCode } from "../issues/codes";
import type { Finding, GivenFile } from "../types";

/** Files that hold tables: a member list saved from Excel, LibreOffice or Numbers looks like one of these. */
const TABLE_FILE = /\.(csv|tsv|tab|txt|xlsx|xlsm|xlsb|xls|ods|fods|numbers)$/i;

/** True for a file name that may hold a table of people (`.csv`, `.tsv`, `.txt`, `.xlsx`, `.xls`, `.ods`, …). */
export function isTableFileName(name: string): boolean {
  return TABLE_FILE.test(name.trim());
}

export interface TemplateAttachment {
  readonly file: GivenFile;
  /** It is the recipient list: the list's own attachment, or the same bytes as the list. */
  readonly isRecipientList: boolean;
  /**
   * The user chose this very attachment as the list (the pane's "use the attached list"): that it goes to nobody is
   * then no news, and said only if the user also ticked it for everyone.
   */
  readonly chosenAsList?: boolean;
  /** The user's explicit choice: "everyone" (named or ticked for everyone), "rows" (not for everyone). */
  readonly choice?: "everyone" | "rows";
  /** How many rows name it through the attachment column or pattern (the pane offers them as row files). */
  readonly namedByRows?: number;
}

/**
 * "recipients": the recipient list, sent to nobody. "everyone": on every draft. "rows": only on the drafts of rows
 * that name it. "held-back": a table file nobody named for everyone: sent to nobody, with a warning.
 */
export type TemplateAttachmentUse = "recipients" | "everyone" | "rows" | "held-back";

export interface TemplateAttachmentDecision {
  readonly file: GivenFile;
  readonly use: TemplateAttachmentUse;
}

export interface TemplateAttachmentDecisions {
  readonly decisions: readonly TemplateAttachmentDecision[];
  /** The files every draft gets. */
  readonly everyone: readonly GivenFile[];
  /** A warning for each file held back, naming it. */
  readonly findings: readonly Finding<IssueCode>[];
}

export function decideTemplateAttachments(attachments: readonly TemplateAttachment[]): TemplateAttachmentDecisions {
  const findings: Finding<IssueCode>[] = [];
  const decisions = attachments.map(({ file, isRecipientList, chosenAsList, choice, namedByRows = 0 }): TemplateAttachmentDecision => {
    if (isRecipientList) {
      // Even when named: the list of everyone's addresses must never reach any one of them.
      if (chosenAsList !== true || choice === "everyone") {
        findings.push({ row: null, column: null, code: "attachment-is-recipient-list", params: { name: file.name } });
      }
      return { file, use: "recipients" };
    }
    if (choice === "everyone") return { file, use: "everyone" };
    if (choice === "rows" || namedByRows > 0) return { file, use: "rows" };
    if (isTableFileName(file.name)) {
      findings.push({ row: null, column: null, code: "attachment-held-back", params: { name: file.name } });
      return { file, use: "held-back" };
    }
    return { file, use: "everyone" };
  });
  return { decisions, everyone: decisions.filter((d) => d.use === "everyone").map((d) => d.file), findings };
}

/** Byte-for-byte equality, for "is this attachment the recipient list?" (names can differ, contents cannot). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
