import { formatNumber } from "../../i18n";
import type { ComposeTexts } from "./composeTexts";

export const composeTextsEn: ComposeTexts = {
  empty: "There are no drafts to create.",
  tooMany: (n, max) => `Opens one window per recipient, so it is offered for up to ${formatNumber(max, "en")} recipients; this list has ${formatNumber(n, "en")}.`,
  attachments: "A compose window cannot take files from your computer, and these messages have attachments.",
  bcc: "A compose window opened by Rundmail cannot carry your archive Bcc address.",
};
