// Why a capability is missing, in the user's language (English and German). Shown by the task pane beside what it
// does not offer, so each text says what the user can do about it.
import type { Lang } from "../core/types";

/** What each capability lets the user do, as the end of "This Outlook is too old to …". */
type Feature = "readTemplate" | "attachmentContent" | "insertIntoBody" | "insertIntoSubject" | "newMessageForm";

export interface OfficeStrings {
  readonly notInOutlook: string;
  readonly noItem: string;
  readonly appointment: string;
  readonly insertOnlyWhileWriting: string;
  /** Writing a message: Outlook opens new message windows only from a message being read; how to get there. */
  readonly composeWindowsOnlyWhileReading: string;
  /** The Outlook lacks nested app authentication (NestedAppAuth 1.1), so no Microsoft Graph token. */
  readonly nestedAppAuthMissing: string;
  /** The Outlook lacks the Mailbox requirement set `version` that `feature` needs. */
  tooOld(feature: Feature, version: string): string;
}

const FEATURE_EN: Readonly<Record<Feature, string>> = {
  readTemplate: "read the message's text",
  attachmentContent: "read the message's attachments",
  insertIntoBody: "insert fields into the message text",
  insertIntoSubject: "insert fields into the subject",
  newMessageForm: "open new message windows",
};

const FEATURE_DE: Readonly<Record<Feature, string>> = {
  readTemplate: "den Text der Nachricht zu lesen",
  attachmentContent: "die Anlagen der Nachricht zu lesen",
  insertIntoBody: "Felder in den Nachrichtentext einzufügen",
  insertIntoSubject: "Felder in den Betreff einzufügen",
  newMessageForm: "neue Nachrichtenfenster zu öffnen",
};

export const OFFICE_STRINGS: Readonly<Record<Lang, OfficeStrings>> = {
  en: {
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
  },
  de: {
    notInOutlook:
      "Rundmail läuft nicht in Outlook und kann hier keine Nachrichten lesen oder erstellen. Öffnen Sie es in Outlook (oder probieren Sie die Sandbox aus).",
    noItem: "Es ist keine Nachricht geöffnet. Öffnen oder beginnen Sie eine Nachricht und öffnen Sie Rundmail dann erneut.",
    appointment: "Rundmail arbeitet mit E-Mail-Nachrichten, nicht mit Terminen. Schreiben Sie eine neue Nachricht und öffnen Sie Rundmail dort.",
    insertOnlyWhileWriting: "Felder lassen sich nur einfügen, während Sie eine Nachricht schreiben.",
    composeWindowsOnlyWhileReading:
      "Outlook öffnet neue Nachrichtenfenster für Add-ins nur aus einer Nachricht, die Sie lesen, nicht während Sie eine schreiben. " +
      "Für ein Fenster je Empfänger: Senden Sie diese Nachricht an sich selbst, öffnen Sie sie unter „Gesendete Elemente“ (oder im Posteingang) und starten Sie Rundmail dort.",
    nestedAppAuthMissing:
      "Diese Outlook-Version kann Rundmail nicht bei Microsoft 365 anmelden (geschachtelte App-Authentifizierung), daher können Entwürfe nicht direkt in Ihrem Postfach gespeichert werden. " +
      "Dafür ist Outlook im Web, das neue Outlook für Windows, das klassische Outlook für Windows ab Version 2409 oder Outlook für Mac ab 16.89 nötig, " +
      "in einem Microsoft-365-Postfach einer Organisation (nicht Outlook.com oder Gmail). Aktualisieren Sie Outlook oder wählen Sie einen anderen Weg für die Entwürfe.",
    tooOld: (feature, version) =>
      `Diese Outlook-Version ist zu alt, um ${FEATURE_DE[feature]}: Dafür ist die Mailbox-API ${version} nötig. Aktualisieren Sie Outlook oder verwenden Sie Outlook im Web.`,
  },
};
