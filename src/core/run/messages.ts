// A row's reason in the user's words, from the one table of codes (without the "Row N:" prefix: the row is shown
// beside it).
import type { IssueCode } from "../issues/codes";
import { ISSUE_TEXTS } from "../issues/issueTexts";
import type { FindingParams } from "../types";
import type { Lang } from "../../i18n";

export function rowMessage(code: IssueCode, lang: Lang, params: FindingParams = {}): string {
  return ISSUE_TEXTS[lang].codes[code](params);
}

