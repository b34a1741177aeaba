// A row's reason in the user's words, from the one table of codes (without the "Row N:" prefix: the row is shown
// beside it).
import type { IssueCode } from "../issues/codes";
import { ISSUE_TEXTS } from "../issues/issueTexts";
import type { FindingParams } from "../types";
import type { Lang } from "../../i18n";

export function rowMessage(code: IssueCode, lang: Lang, params: FindingParams = {}): string {
  return ISSUE_TEXTS[lang].codes[code](params);
}

const MAX_REASON = 300;

/** An error's own text, for the "(reason)" in a message: never empty, never a stack, never a page long. */
export function reasonOf(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = error.message.trim() || error.name;
  else if (typeof error === "string" && error.trim() !== "") text = error.trim();
  else {
    try {
      text = JSON.stringify(error) ?? String(error);
    } catch {
      text = String(error);
    }
  }
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}
