import type { Feature, OfficeStrings } from "./strings";

const FEATURE_DE: Readonly<Record<Feature, string>> = {
  readTemplate: "den Text der Nachricht zu lesen",
  attachmentContent: "die Anlagen der Nachricht zu lesen",
  insertIntoBody: "Felder in den Nachrichtentext einzufügen",
  insertIntoSubject: "Felder in den Betreff einzufügen",
  newMessageForm: "neue Nachrichtenfenster zu öffnen",
};

export const officeStringsDe: OfficeStrings = {
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
};
