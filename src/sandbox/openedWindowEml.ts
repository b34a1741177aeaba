// An opened compose window as an .eml draft (X-Unsent: 1), so that what the add-in opened can be looked at in a real
// mail program. A window that breaks the privacy rule is not offered: the sandbox shows the breach instead.
import { privacyBreach, type PrivacyBreach } from "../core/privacy/privacy";
import { htmlToText } from "../core/template/htmlText";
import { composeEml } from "../gateways/eml/composeEml";
import type { OpenedMessageWindow } from "./simulatedMailbox";

export type OpenedWindowEml = { readonly fileName: string; readonly eml: string } | { readonly breach: PrivacyBreach };

export function openedWindowEml(window: OpenedMessageWindow, date: Date = new Date(window.openedAt)): OpenedWindowEml {
  const breach = privacyBreach({ to: window.to, cc: window.cc, bcc: window.bcc });
  const to = window.to[0];
  if (breach !== null || to === undefined) return { breach: breach ?? "to-not-one" };
  const eml = composeEml({
    to,
    cc: window.cc,
    bcc: window.bcc,
    subject: window.subject,
    html: window.htmlBody,
    text: htmlToText(window.htmlBody),
    attachments: [],
    date,
    unsent: true,
    bccHeader: true,
  });
  const safeName = `${window.id}-${to}`.replace(/[^A-Za-z0-9@._-]+/g, "_");
  return { fileName: `${safeName}.eml`, eml };
}
