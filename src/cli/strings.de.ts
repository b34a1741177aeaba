// Every sentence the `rundmail` command says, in German. The shape is CliTexts (strings.ts): the compiler checks
// that every key is here and that each text uses only the values its key is given.
import type { CliTexts } from "./strings";

export const cliTextsDe: CliTexts = {
  usage: () => USAGE_DE,
  unknownCommand: (p) => `Unbekannter Befehl '${p["command"]}'. Verwenden Sie 'check', 'drafts' oder 'send'.`,
  badOption: (p) => `${p["detail"]}\n'rundmail --help' zeigt die Optionen.`,
  missingOption: (p) => `Die Option --${p["option"]} fehlt.`,
  bothAttachmentOptions: () => "Geben Sie entweder --attachment-column oder --attachment-pattern an, nicht beides.",
  attachmentsNeedDir: () =>
    "--attachment-column und --attachment-pattern brauchen --attachments ORDNER (den Ordner mit den Dateien).",
  cannotRead: (p) => `${p["what"]} '${p["path"]}' kann nicht gelesen werden: ${p["reason"]}`,
  recipientsWord: () => "Die Empfängerliste",
  templateWord: () => "Die Vorlage",
  attachmentsWord: () => "Der Anhangsordner",
  notAFolder: () => "das ist kein Ordner",
  notFound: () => "Datei oder Ordner gibt es nicht",
  notAllowed: () => "keine Berechtigung",
  templateType: (p) => `Die Vorlage '${p["path"]}' muss eine .html-, .htm-, .txt- oder .eml-Datei sein.`,
  unreadableTable: (p) => `'${p["path"]}' kann nicht als Empfängerliste dienen: ${p["message"]}`,
  outExists: (p) =>
    `Der Ordner '${p["path"]}' enthält schon frühere Ausgaben. Wählen Sie mit --out einen anderen Ordner oder ersetzen Sie sie mit --force.`,
  outIsFile: (p) => `'${p["path"]}' ist eine Datei, kein Ordner.`,
  outNameTaken: (p) =>
    `'${p["name"]}' in '${p["path"]}' stammt nicht von Rundmail und wird deshalb nicht ersetzt. Verschieben Sie die Datei oder wählen Sie mit --out einen anderen Ordner. Es wurde nichts geschrieben.`,
  saveSentTaken: (p) =>
    `'${p["path"]}' enthält schon '${p["name"]}', das eine Kopie dieses Laufs ersetzen würde. Wählen Sie mit --save-sent einen anderen Ordner oder ersetzen Sie solche Kopien mit --force. Es wurde nichts gesendet.`,
  keptForeignFiles: (p) => `${p["count"]} weitere Dateien in ${p["dir"]} stammen nicht von Rundmail und bleiben unverändert.`,
  sheetLabel: (p) => `Blatt '${p["name"]}'`,
  sheetNeedsWorkbook: (p) => `--sheet gilt für Arbeitsmappen (.xlsx, .xls, .ods), aber '${p["path"]}' ist eine Texttabelle. Lassen Sie --sheet weg oder wählen Sie die Arbeitsmappe.`,
  summaryRead: (p) => `Empfänger: ${p["file"]} (${p["rows"]} Zeilen, ${p["columns"]} Spalten, ${p["encoding"]}${p["delimiter"]})`,
  summaryColumns: (p) => `E-Mail-Spalte: ${p["email"]}   Cc-Spalte: ${p["cc"]}`,
  summaryTemplate: (p) => `Vorlage: ${p["file"]}   Betreff: ${p["subject"]}`,
  summaryFiles: (p) => `Anhänge: ${p["count"]} Dateien angegeben${p["rule"]}`,
  summaryCounts: (p) =>
    `${p["drafts"]} von ${p["rows"]} Zeilen werden Entwürfe, ${p["inError"]} Zeilen haben Fehler; ${p["errors"]} Fehler, ${p["warnings"]} Warnungen.`,
  readyYes: () => "Bereit: Jede Zeile wird ein Entwurf.",
  readyNo: () => "Nicht bereit: Beheben Sie die Fehler oben und prüfen Sie erneut.",
  readyExcluding: (p) => `Die Zeilen ${p["rows"]} haben Fehler und werden ausgelassen (--skip-invalid); jede andere Zeile wird ein Entwurf.`,
  excludedListed: (p) => `${p["count"]} Zeilen mit Fehlern wurden ausgelassen (--skip-invalid); die Fehler oben nennen jeweils den Grund.`,
  excludedInReport: (p) => `${p["count"]} Zeilen mit Fehlern wurden ausgelassen (--skip-invalid); der Bericht nennt jede mit ihrem Grund.`,
  errorsHeading: () => "Fehler",
  warningsHeading: () => "Warnungen",
  previewHeading: (p) => `Erster Entwurf (Zeile ${p["row"]}):`,
  none: () => "—",
  wroteDrafts: (p) =>
    `${p["count"]} Entwürfe in ${p["dir"]} geschrieben. Öffnen Sie eine .eml-Datei in Outlook, um sie zu prüfen und zu senden.`,
  wroteReport: (p) => `Bericht: ${p["file"]}`,
  noDraftsWritten: () => "Nichts geschrieben: Die Fehler oben betreffen jede Nachricht. Beheben Sie sie und starten Sie erneut.",
  draftsBlockedByRowErrors: (p) =>
    `Nichts geschrieben: ${p["count"]} Zeilen haben Fehler (Zeilen ${p["rows"]}, oben aufgeführt). Beheben Sie sie, oder schreiben Sie mit --skip-invalid die übrigen ${p["valid"]} Entwürfe und lassen diese Zeilen aus (der Bericht nennt sie mit ihren Gründen).`,
  internalError: (p) => `Rundmail wurde wegen eines unerwarteten Problems beendet: ${p["message"]}`,
  fieldFrom: () => "Von",
  fieldTo: () => "An",
  fieldSubject: () => "Betreff",
  attachmentsLine: (p) => `Anhänge: ${p["list"]}`,
  // ---- rundmail send ----
  badCount: (p) => `--${p["option"]} muss eine ganze Zahl ab ${p["min"]} sein, nicht '${p["value"]}'.`,
  smtpNotUrl: () => "--smtp muss die Form smtp://benutzer@host:587 (STARTTLS) oder smtps://benutzer@host:465 (TLS) haben.",
  smtpPasswordInUrl: () =>
    "Schreiben Sie das Passwort nicht in --smtp: Befehlszeilen sind für andere Programme sichtbar und bleiben im Verlauf der Shell. Entfernen Sie es und setzen Sie RUNDMAIL_SMTP_PASSWORD oder geben Sie es ein, wenn danach gefragt wird.",
  smtpExtraParts: () => "--smtp enthält nur Benutzer, Host und Port, z. B. smtp://benutzer@host:587.",
  passwordNoTerminal: (p) =>
    `Der Server verlangt ein Passwort für ${p["user"]}, aber RUNDMAIL_SMTP_PASSWORD ist nicht gesetzt und es gibt kein Terminal, um danach zu fragen. Setzen Sie RUNDMAIL_SMTP_PASSWORD.`,
  passwordPrompt: (p) => `Passwort für ${p["user"]} bei ${p["server"]}: `,
  passwordEmpty: () => "Kein Passwort eingegeben; nichts wurde gesendet.",
  fromMissing: (p) => `Geben Sie den Absender mit --from ADRESSE an (die Anmeldung '${p["user"]}' ist keine E-Mail-Adresse).`,
  fromMissingNoUser: () => "Geben Sie den Absender mit --from ADRESSE an.",
  fromInvalid: (p) => `--from '${p["value"]}' ist keine einzelne E-Mail-Adresse.`,
  archiveInvalid: (p) => `--archive-bcc '${p["value"]}' ist keine einzelne E-Mail-Adresse. Geben Sie Ihre eigene Archivadresse an.`,
  caWord: () => "Die Zertifikatsdatei",
  caNotPem: (p) => `'${p["path"]}' enthält kein Zertifikat. --ca erwartet eine PEM-Datei, die mit -----BEGIN CERTIFICATE----- beginnt.`,
  journalBusy: (p) => `Ein anderes rundmail (Prozess ${p["pid"]}) sendet gerade mit '${p["dir"]}'. Warten Sie, bis es fertig ist, oder beenden Sie es.`,
  journalDamaged: (p) =>
    `Das Protokoll '${p["file"]}' ist in Zeile ${p["line"]} beschädigt. Rundmail rät nicht, was gesendet wurde: Stellen Sie die Datei wieder her, oder prüfen Sie, was angekommen ist, und beginnen Sie mit einem neuen --out-Ordner.`,
  cannotWrite: (p) => `'${p["path"]}' kann nicht geschrieben werden: ${p["reason"]}`,
  sendRead: (p) => `Empfänger: ${p["file"]} (${p["rows"]} Zeilen)   Vorlage: ${p["template"]}   Betreff: ${p["subject"]}`,
  sendWarnings: (p) => `${p["count"]} Warnungen; 'rundmail check' oder ein Aufruf ohne --yes zeigt sie.`,
  dryRunHeading: () => "Probelauf: Es wird nichts gesendet. Mit --yes wird gesendet.",
  dryWouldSend: (p) => `Würde ${p["count"]} Nachrichten von ${p["from"]} über ${p["server"]} senden (${p["security"]}${p["login"]}), ${p["pace"]}.`,
  securityStartTls: () => "STARTTLS",
  securityTls: () => "TLS",
  securityNone: () => "STARTTLS, falls angeboten, sonst unverschlüsselt",
  loginAs: (p) => `, Anmeldung als ${p["user"]}`,
  paceLimited: (p) => `höchstens ${p["rate"]} pro Minute (etwa ${p["duration"]})`,
  paceNone: () => "ohne Begrenzung der Rate",
  dryRecipients: (p) => `An: ${p["list"]}`,
  andMore: (p) => ` und ${p["count"]} weitere`,
  dryArchive: (p) => `Jede Nachricht geht auch an Ihre Archivadresse ${p["address"]} (nur im Umschlag, ohne Bcc-Kopfzeile).`,
  dryAlreadySent: (p) => `${p["count"]} Zeilen wurden schon in einem früheren Lauf gesendet und werden nicht noch einmal gesendet (Protokoll: ${p["file"]}).`,
  dryUnknown: (p) =>
    `Bei ${p["count"]} Zeilen ist offen, ob die Nachricht in einem früheren Lauf angekommen ist; sie werden nur mit --resend-unknown erneut gesendet.`,
  dryUnknownResend: (p) => `${p["count"]} Zeilen, bei denen offen ist, ob sie früher angekommen sind, werden erneut gesendet (--resend-unknown).`,
  dryHeld: (p) => `${p["count"]} Zeilen werden zurückgehalten: Eine frühere Fassung ihrer Nachricht ging schon an dieselbe Adresse.`,
  dryPartial: (p) => `${p["count"]} Zeilen werden nicht erneut gesendet: Ihre Adresse wurde abgelehnt, aber eine Kopie ging an Cc oder Archiv.`,
  dryRowErrors: (p) =>
    `${p["count"]} Zeilen haben Fehler: Es wird nichts gesendet, bis sie behoben sind, oder lassen Sie sie mit --skip-invalid aus und senden die übrigen Zeilen.`,
  dryRowErrorsExcluded: (p) => `${p["count"]} Zeilen mit Fehlern werden ausgelassen und nicht gesendet (--skip-invalid).`,
  nothingToSend: () => "Nichts zu senden.",
  sendPreviewHeading: (p) => `Erste Nachricht (Zeile ${p["row"]}):`,
  archiveLine: (p) => `Archivkopie (nur im Umschlag): ${p["address"]}`,
  blockedByRowErrors: (p) =>
    `Nichts wurde gesendet: ${p["count"]} Zeilen haben Fehler (Zeilen ${p["rows"]}, oben aufgeführt). Beheben Sie sie, oder senden Sie mit --skip-invalid die übrigen ${p["valid"]} Zeilen und lassen diese aus (der Bericht nennt sie mit ihren Gründen).`,
  alreadySentRefused: (p) =>
    `Diese ${p["count"]} Nachrichten wurden schon gesendet (die letzte am ${p["at"]}; Protokoll: ${p["file"]}). Es wurde nichts gesendet. Um sie alle noch einmal zu senden, ergänzen Sie --again.`,
  dryAlreadySentAll: (p) =>
    `Diese ${p["count"]} Nachrichten wurden schon gesendet (die letzte am ${p["at"]}). Mit --yes wird nichts gesendet, außer Sie ergänzen --again.`,
  sendingAgain: (p) =>
    `--again: Diese ${p["count"]} Nachrichten, schon gesendet (die letzte am ${p["at"]}), werden als neuer Lauf noch einmal gesendet.`,
  againNotNeeded: (p) =>
    `--again wirkt hier nicht: ${p["count"]} Nachrichten dieser Liste sind noch nicht gesendet, und nur sie werden gesendet (nichts doppelt).`,
  blockedWholeTable: () => "Nichts wurde gesendet: Die Fehler oben betreffen jede Nachricht. Beheben Sie sie und starten Sie erneut.",
  interrupting: () => "\nHalte nach der Nachricht an, die gerade gesendet wird … (erneutes Strg+C beendet sofort; diese Nachricht ist dann 'unbekannt')",
  progressLine: (p) => `${p["done"]}/${p["total"]} erledigt, ${p["sent"]} gesendet${p["failed"]} · ${p["rate"]}/min${p["left"]}`,
  progressFailed: (p) => `, ${p["count"]} nicht gesendet`,
  timeLeft: (p) => `noch etwa ${p["duration"]}`,
  summarySent: (p) => `${p["now"]} Nachrichten in diesem Lauf über ${p["server"]} gesendet; ${p["all"]} von ${p["total"]} Zeilen sind gesendet.`,
  summaryAllSent: () => "Alle Nachrichten sind gesendet.",
  summaryFailed: (p) => `${p["count"]} Zeilen sind fehlgeschlagen; derselbe Befehl versucht sie erneut:`,
  summaryUnknown: (p) =>
    `Bei ${p["count"]} Zeilen ist offen, ob die Nachricht angekommen ist — sie wurde übergeben, aber es kam keine Antwort. Prüfen Sie Ihren Gesendet-Ordner oder die Archivkopie; erneut gesendet werden sie nur mit --resend-unknown:`,
  summaryPartial: (p) => `${p["count"]} Zeilen wurden für ihre An-Adresse abgelehnt, aber eine Kopie erreichte Cc oder Archiv:`,
  summaryHeld: (p) =>
    `${p["count"]} Zeilen wurden zurückgehalten: Eine frühere Fassung ihrer Nachricht ging schon an dieselbe Adresse. Um die neue Fassung trotzdem zu senden, nehmen Sie einen neuen --out-Ordner.`,
  summaryExcluded: (p) =>
    `${p["count"]} Zeilen mit Fehlern wurden ausgelassen und nicht gesendet (--skip-invalid); der Bericht nennt jede mit ihrem Grund.`,
  summaryLimit: (p) => `${p["count"]} Zeilen bleiben für einen späteren Lauf (--limit). Derselbe Befehl sendet sie.`,
  summaryInterrupted: (p) => `Abgebrochen: ${p["count"]} Zeilen wurden nicht gesendet. Derselbe Befehl sendet sie.`,
  summaryStopped: (p) => `Angehalten: ${p["why"]}`,
  summaryNotTried: (p) => `${p["count"]} Zeilen wurden nicht versucht; starten Sie denselben Befehl erneut, wenn das behoben ist.`,
  summaryRowLine: (p) => `  Zeile ${p["row"]} (${p["address"]}): ${p["detail"]}`,
  summaryJournal: (p) => `Protokoll: ${p["file"]}`,
  summarySavedSent: (p) => `Kopien der gesendeten Nachrichten: ${p["dir"]}`,
  problemLogin: (p) => `Der Server hat die Anmeldung für ${p["user"]} abgelehnt (${p["reason"]}). Prüfen Sie den Benutzer in --smtp und das Passwort.`,
  problemLoginNoUser: (p) => `Der Server verlangt eine Anmeldung (${p["reason"]}). Geben Sie den Benutzer in --smtp an, z. B. smtp://benutzer@host:587.`,
  problemTlsRequired: (p) =>
    `Der Server bietet keine Verschlüsselung (STARTTLS) an (${p["reason"]}). Nehmen Sie smtps://, falls er das kann, oder --insecure, um unverschlüsselt zu senden.`,
  problemCertificate: (p) =>
    `Dem Zertifikat des Servers wird nicht vertraut (${p["reason"]}). Hat Ihr Anbieter eine eigene Zertifizierungsstelle, geben Sie deren Zertifikat mit --ca DATEI an.`,
  problemTls: (p) =>
    `Die verschlüsselte Verbindung kam nicht zustande (${p["reason"]}). Prüfen Sie den Port: smtps:// nutzt meist 465, smtp:// 587.`,
  problemConnect: (p) => `${p["server"]} ist nicht erreichbar (${p["reason"]}). Prüfen Sie Host und Port und starten Sie denselben Befehl erneut.`,
  detailSentEarlier: (p) => `gesendet ${p["at"]} in einem früheren Lauf`,
  detailRefused: (p) => ` Der Server hat ${p["list"]} abgelehnt.`,
  detailRetry: (p) => `${p["reason"]} (wird beim nächsten Lauf erneut versucht)`,
  detailUnknown: (p) => `${p["reason"]}. Prüfen Sie Ihren Gesendet-Ordner oder die Archivkopie; --resend-unknown sendet erneut.`,
  detailUnknownEarlier: (p) =>
    `übergeben ${p["at"]} in einem früheren Lauf, ohne Antwort. Prüfen Sie Ihren Gesendet-Ordner oder die Archivkopie; --resend-unknown sendet erneut.`,
  detailPartial: (p) => `${p["reason"]}. Eine Kopie ging an ${p["list"]}; wird nicht erneut gesendet. Korrigieren Sie die Adresse, um sie zu senden.`,
  detailHeld: (p) =>
    `eine frühere Fassung ging ${p["at"]} an diese Adresse (damals Zeile ${p["row"]}); wird nicht erneut gesendet. Mit einem neuen --out-Ordner wird diese Fassung trotzdem gesendet.`,
  detailLimit: () => "bleibt für einen späteren Lauf (--limit)",
  detailInterrupted: () => "nicht gesendet: abgebrochen",
  detailStopped: () => "nicht versucht: der Lauf wurde angehalten (siehe Zusammenfassung)",
  attachmentFileWord: () => "Der Anhang",
  attachToEveryoneUnknown: (p) =>
    `--attach-to-everyone '${p["name"]}': Die Vorlage hat keinen Anhang dieses Namens. Ihre Anhänge: ${p["names"]}.`,
  attachmentReplaced: (p) =>
    `'${p["name"]}' ist nicht mehr die geprüfte Datei (sie wurde ersetzt oder ist jetzt ein Verweis auf etwas anderes) und wird deshalb nicht gesendet. Prüfen Sie den Anhangsordner und starten Sie denselben Befehl erneut.`,
  attachmentGone: (p) =>
    `'${p["name"]}' ist nicht mehr im Anhangsordner und wird deshalb nicht gesendet. Legen Sie die Datei zurück und starten Sie denselben Befehl erneut.`,
  attachmentGrewTooLarge: (p) => `'${p["name"]}' ist seit der Prüfung über 150 MB gewachsen und wird deshalb nicht gesendet.`,
  attachmentSizeChanged: (p) =>
    `'${p["name"]}' hat sich seit der Prüfung geändert (die Größe ist anders) und wird deshalb nicht gesendet: Niemand soll eine halb geschriebene Datei bekommen. Starten Sie denselben Befehl erneut, wenn sie fertig ist.`,
  moreInReport: (p) => `  … und ${p["count"]} weitere (siehe Bericht)`,
  durationSeconds: (p) => `${p["n"]} s`,
  durationMinutes: (p) => `${p["n"]} Min.`,
  durationHours: (p) => `${p["h"]} Std. ${p["m"]} Min.`,
  // ---- rundmail drafts --imap ----
  imapNotUrl: () => "--imap muss die Form imaps://benutzer@host:993 (TLS) oder imap://benutzer@host:143 (STARTTLS) haben.",
  imapPasswordInUrl: () =>
    "Schreiben Sie das Passwort nicht in --imap: Befehlszeilen sind für andere Programme sichtbar und bleiben im Verlauf der Shell. Entfernen Sie es und setzen Sie RUNDMAIL_IMAP_PASSWORD oder geben Sie es ein, wenn danach gefragt wird.",
  imapNoUser: () => "--imap braucht den Anmeldenamen des Postfachs, z. B. imaps://anna@imap.example.de.",
  imapExtraParts: () => "--imap enthält nur Benutzer, Host und Port, z. B. imaps://benutzer@host:993. Den Ordner nennen Sie mit --folder.",
  imapOptionsNeedImap: () => "--folder, --ca und --insecure gehören zu --imap.",
  imapBlockedByRowErrors: (p) =>
    `Nichts wurde ins Postfach gelegt: ${p["count"]} Zeilen haben Fehler (Zeilen ${p["rows"]}, oben aufgeführt). Beheben Sie sie, oder legen Sie mit --skip-invalid die übrigen ${p["valid"]} Entwürfe ab und lassen diese Zeilen aus (mit --out nennt der Bericht sie mit ihren Gründen).`,
  imapBlockedWholeTable: () => "Nichts wurde ins Postfach gelegt: Die Fehler oben betreffen jede Nachricht. Beheben Sie sie und starten Sie erneut.",
  imapPasswordNoTerminal: (p) =>
    `Das Postfach verlangt ein Passwort für ${p["user"]}, aber RUNDMAIL_IMAP_PASSWORD ist nicht gesetzt und es gibt kein Terminal, um danach zu fragen. Setzen Sie RUNDMAIL_IMAP_PASSWORD.`,
  imapPasswordEmpty: () => "Kein Passwort eingegeben; nichts wurde gespeichert.",
  imapOpened: (p) => `Lege ${p["count"]} Entwürfe im Ordner „${p["folder"]}“ von ${p["user"]} bei ${p["server"]} ab …`,
  imapNoBcc: () => "Hinweis: Die Bcc-Zeile der Vorlage kommt nicht in die Entwürfe (ein Entwurf im Postfach trägt kein Bcc). Fügen Sie sie beim Senden hinzu.",
  imapRowFailed: (p) => `  Zeile ${p["row"]} (${p["address"]}): ${p["reason"]}`,
  imapDone: (p) =>
    `${p["created"]} Entwürfe in „${p["folder"]}“ abgelegt; ${p["earlier"]} lagen schon von einem früheren Durchlauf dort. Öffnen Sie sie in Ihrem Mailprogramm, um sie zu prüfen und zu senden.`,
  imapNotCreated: (p) =>
    `${p["count"]} Entwürfe wurden nicht angelegt (siehe oben). Starten Sie denselben Befehl noch einmal, um das Fehlende zu ergänzen: Nichts wird doppelt abgelegt.`,
  imapStopped: (p) => `Abgebrochen: ${p["reason"]}`,
  imapProgress: (p) => `${p["done"]}/${p["total"]} erledigt, ${p["created"]} im Ordner${p["left"]}`,
  imapInterrupting: () => "\nHalte nach dem Entwurf an, der gerade abgelegt wird …",
  imapInterrupted: () => "Unterbrochen. Starten Sie denselben Befehl noch einmal, um die fehlenden Entwürfe zu ergänzen: Nichts wird doppelt abgelegt.",
  sentCopies: (p) => `Kopien in „${p["folder"]}“: ${p["stored"]} jetzt abgelegt, ${p["there"]} lagen schon dort.`,
  sentCopyFailed: (p) =>
    `  Zeile ${p["row"]} (${p["address"]}): gesendet, aber die Kopie konnte nicht in „${p["folder"]}“ abgelegt werden (${p["reason"]}). Starten Sie denselben Befehl noch einmal, um sie zu ergänzen.`,
};

const USAGE_DE = `rundmail — persönliche Rundmail, eine eigene Nachricht pro Empfänger

Aufruf:
  rundmail check  --recipients DATEI --template DATEI [Optionen]   Liste prüfen und Vorschau zeigen
  rundmail drafts --recipients DATEI --template DATEI --out ORDNER [Optionen]   einen .eml-Entwurf pro Zeile schreiben
  rundmail drafts --recipients DATEI --template DATEI --imap URL [Optionen]   einen Entwurf pro Zeile ins Postfach legen
  rundmail send   --recipients DATEI --template DATEI --smtp URL [Optionen] [--yes]   eine Nachricht pro Zeile senden

Optionen:
  --recipients DATEI         CSV/TSV/TXT-Tabelle (UTF-8, UTF-16 oder Windows-1252; mit , ; Tab oder | getrennt)
                             oder eine Excel-/LibreOffice-Arbeitsmappe (.xlsx, .xls, .ods), Werte wie in Excel angezeigt
  --sheet NAME               das Blatt der Arbeitsmappe mit den Empfängern (sonst das erste sichtbare mit einer Tabelle)
  --template DATEI           .html/.htm oder .txt (darf mit Subject:/Cc:/Bcc:-Zeilen beginnen) oder .eml
  --subject TEXT             Betreff, ersetzt den der Vorlage
  --attachments ORDNER       Ordner mit den Dateien, die Zeilen nennen können
  --attachment-column NAME   Spalte mit den Dateien jeder Zeile (mehrere mit ; getrennt)
  --attachment-pattern TEXT  Dateiname aus Feldern, z. B. "Rechnung_{{Nr}}.pdf"
  --attach-to-everyone NAME  diesen Anhang einer .eml-Vorlage an alle senden, obwohl er eine Tabellendatei
                             ist (.csv, .xlsx, …); ohne die Option werden solche Dateien zurückgehalten (wiederholbar)
  --email-column NAME        Spalte mit den Adressen (sonst automatisch erkannt)
  --cc-column NAME           Spalte mit einer Cc-Adresse pro Zeile
  --json                     (check) ein JSON-Objekt statt Text ausgeben
  --out ORDNER               (drafts) Ordner für die .eml-Dateien und report.csv
  --force                    frühere Rundmail-Ausgaben in --out ersetzen (bei send auch Kopien in --save-sent);
                             Dateien, die nicht von Rundmail stammen, werden nie gelöscht oder ersetzt
  --skip-invalid             (drafts, send) die Zeilen mit Fehlern auslassen und die übrigen anlegen oder senden;
                             jede ausgelassene Zeile steht mit ihrem Grund im Bericht. Ohne die Option legt eine
                             Liste mit einer fehlerhaften Zeile nichts an und sendet nichts
  --lang de|en               Sprache der Meldungen (Standard: aus LANG)

Senden (rundmail send; ohne --yes ein Probelauf, der nichts sendet):
  --smtp URL                 smtp://benutzer@host:587 (STARTTLS) oder smtps://benutzer@host:465 (TLS); das Passwort
                             kommt aus RUNDMAIL_SMTP_PASSWORD oder wird abgefragt, nie aus der Befehlszeile
  --from ADRESSE             Absender (Standard: die Anmeldung, wenn sie eine Adresse ist)
  --archive-bcc ADRESSE      Ihre eigene Archivadresse: eine Kopie jeder Nachricht, nur im Umschlag
  --rate N                   Nachrichten pro Minute (Standard 30, wie Exchange Online erlaubt; 0: unbegrenzt)
  --limit N                  in diesem Lauf höchstens N Nachrichten senden
  --yes                      wirklich senden
  --resend-unknown           Zeilen erneut senden, deren früherer Ausgang unbekannt ist
  --again                    eine Liste, die schon vollständig gesendet wurde, noch einmal senden (ein neuer Lauf);
                             ohne die Option wird sie abgelehnt. Ein unterbrochener Lauf wird ohne sie fortgesetzt
  --out ORDNER               Ordner für journal.jsonl und report.csv (Standard: neben der Liste, LISTE.rundmail)
  --save-sent ORDNER         jede gesendete Nachricht als .eml aufbewahren (SMTP legt keine Kopie in „Gesendet“ ab)
  --save-sent-imap URL       eine Kopie jeder gesendeten Nachricht in den Ordner „Gesendet“ des Postfachs legen
                             (\\Seen), je einmal: imaps://benutzer@host (Passwort aus RUNDMAIL_IMAP_PASSWORD oder abgefragt)
  --sent-folder NAME         dieser Ordner statt des als Gesendet markierten (oder so benannten)
  --ca DATEI                 dieser Zertifizierungsstelle (PEM) zusätzlich vertrauen
  --insecure                 smtp:// ohne STARTTLS erlauben

Entwürfe ins Postfach (rundmail drafts --imap):
  --imap URL                 imaps://benutzer@host:993 (TLS) oder imap://benutzer@host:143 (STARTTLS); das Passwort
                             kommt aus RUNDMAIL_IMAP_PASSWORD oder wird abgefragt, nie aus der Befehlszeile
  --folder NAME              dieser Ordner statt des Entwürfe-Ordners (sonst: SPECIAL-USE \\Drafts oder ein üblicher Name)
  --out ORDNER               (mit --imap freiwillig) Ordner für report.csv
  --ca DATEI, --insecure     wie bei send (--insecure: imap:// ohne STARTTLS erlauben)
  Derselbe Befehl legt beim nächsten Mal nur ab, was im Ordner noch fehlt.

Rückgabewert: 0 bereit (drafts, send: jede Zeile ist angelegt oder gesendet), 1 eine Zeile hat einen Fehler oder
wurde nicht angelegt oder gesendet (mit --skip-invalid ausgelassen, fehlgeschlagen, unbekannt, zurückgehalten, --limit),
2 Aufruf- oder Lesefehler, 3 (send, drafts --imap) der Server war nicht nutzbar: nicht erreichbar, Anmeldung oder TLS
abgelehnt, 4 (drafts, send) abgelehnt, nichts angelegt oder gesendet: die Liste hat Fehler (siehe --skip-invalid) oder
wurde schon vollständig gesendet (siehe --again), 130 (send, drafts --imap) mit Strg+C abgebrochen. Derselbe
send-Befehl sendet beim nächsten Mal nur, was noch fehlt.`;
