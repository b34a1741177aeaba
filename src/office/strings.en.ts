import type { Feature, OfficeStrings } from "./strings";

const FEATURE_EN: Readonly<Record<Feature, string>> = {
  readTemplate: "read the message's text",
  attachmentContent: "read the message's attachments",
  insertIntoBody: "insert fields into the message text",
  insertIntoSubject: "insert fields into the subject",
  newMessageForm: "open new message windows",
};

export const officeStringsEn: OfficeStrings = {
  notInOutlook:
    "Rundmail is not running inside Outlook, so it cannot read or create messages here. Open it from Outlook (or try the sandbox).",
  noItem: "No message is open. Open or start writing a message, then open Rundmail again.",
  appointment: "Rundmail works with e-mail messages, not with appointments. Write a new message and open Rundmail there.",
  insertOnlyWhileWriting: "Fields can only be inserted while you write a message.",
  composeWindowsOnlyWhileReading:
    "Outlook opens new message windows for add-ins only from a message you are reading, not while you write one. " +
    "To get one window per recipient: send this message to yourself, open it in Sent Items (or in your Inbox) and start Rundmail there.",
  // Minimum versions from Microsoft's "Nested app auth requirement sets" table.
  nestedAppAuthMissing:
    "This Outlook cannot sign Rundmail in to Microsoft 365 (nested app authentication), so drafts cannot be saved straight into your mailbox. " +
    "That needs Outlook on the web, the new Outlook for Windows, classic Outlook for Windows Version 2409 or later, or Outlook for Mac 16.89 or later, " +
    "in a Microsoft 365 work or school mailbox (not Outlook.com or Gmail). Update Outlook, or choose another way to create the drafts.",
  tooOld: (feature, version) =>
    `This Outlook is too old to ${FEATURE_EN[feature]}: that needs Mailbox API ${version}. Update Outlook, or use Outlook on the web.`,
};
