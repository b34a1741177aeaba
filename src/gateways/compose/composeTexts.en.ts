import type { ComposeTexts } from "./composeTexts";

export const composeTextsEn: ComposeTexts = {
  empty: "There are no drafts to create.",
  tooMany: (n, max) => `Opens one window per recipient, so it is offered for up to ${max} recipients; this list has ${n}.`,
  attachments: "A compose window cannot take files from your computer, and these messages have attachments.",
  bcc: "A compose window opened by Rundmail cannot carry your archive Bcc address.",
};
