// The shape of the issue texts: one text per issue code, in one file per language (issueTexts.en.ts, …). A code
// added to codes.ts without its text in every language, or a language without its file, is a compile error.
import type { Lang } from "../../i18n";
import type { FindingParams } from "../types";
import type { IssueCode } from "./codes";
import { issueTextsDe } from "./issueTexts.de";
import { issueTextsEn } from "./issueTexts.en";

/** A finding's message without the row: the row is put in front by toIssue. */
export type IssueText = (p: FindingParams) => string;

export interface IssueTexts {
  /** The word before a row number: "Row 14: …". */
  readonly row: string;
  readonly codes: { readonly [C in IssueCode]: IssueText };
}

export const ISSUE_TEXTS: Readonly<Record<Lang, IssueTexts>> = { en: issueTextsEn, de: issueTextsDe };
