// Every sentence the `rundmail` command says, in English and German. Issue texts live in core/issues/codes.ts.
import type { Lang } from "../core/types";

type P = Record<string, string | number>;
const entry = <T extends Record<string, (p: P) => string>>(en: T, de: { [K in keyof T]: (p: P) => string }) => ({ en, de });

const texts = entry(
  {
    usage: () => USAGE_EN,
    unknownCommand: (p) => `Unknown command '${p["command"]}'. Use 'check', 'drafts' or 'send'.`,
    badOption: (p) => `${p["detail"]}\nRun 'rundmail --help' for the options.`,
    missingOption: (p) => `The option --${p["option"]} is required.`,
    bothAttachmentOptions: () => "Give either --attachment-column or --attachment-pattern, not both.",
    attachmentsNeedDir: () => "--attachment-column and --attachment-pattern need --attachments DIR (the folder holding the files).",
    cannotRead: (p) => `Cannot read ${p["what"]} '${p["path"]}': ${p["reason"]}`,
    recipientsWord: () => "the recipient list",
    templateWord: () => "the template",
    attachmentsWord: () => "the attachments folder",
    notAFolder: () => "it is not a folder",
    notFound: () => "no such file or folder",
    notAllowed: () => "permission denied",
    templateType: (p) => `The template '${p["path"]}' must be an .html, .htm, .txt or .eml file.`,
    unreadableTable: (p) => `Cannot use '${p["path"]}' as a recipient list: ${p["message"]}`,
    outExists: (p) =>
      `The folder '${p["path"]}' already holds earlier output. Choose another folder with --out, or add --force to replace it.`,
    outIsFile: (p) => `'${p["path"]}' is a file, not a folder.`,
    summaryRead: (p) => `Recipients: ${p["file"]} (${p["rows"]} rows, ${p["columns"]} columns, ${p["encoding"]}${p["delimiter"]})`,
    summaryColumns: (p) => `E-mail column: ${p["email"]}   Cc column: ${p["cc"]}`,
    summaryTemplate: (p) => `Template: ${p["file"]}   Subject: ${p["subject"]}`,
    summaryFiles: (p) => `Attachments: ${p["count"]} files given${p["rule"]}`,
    summaryCounts: (p) => `${p["drafts"]} of ${p["rows"]} rows ready as drafts, ${p["skipped"]} rows skipped; ${p["errors"]} errors, ${p["warnings"]} warnings.`,
    readyYes: () => "Ready: every row becomes a draft.",
    readyNo: () => "Not ready: correct the errors above, then check again.",
    errorsHeading: () => "Errors",
    warningsHeading: () => "Warnings",
    previewHeading: (p) => `First draft (row ${p["row"]}):`,
    none: () => "—",
    wroteDrafts: (p) => `Wrote ${p["count"]} drafts to ${p["dir"]}. Open a .eml file in Outlook to review and send it.`,
    wroteReport: (p) => `Report: ${p["file"]}`,
    noDraftsWritten: () => "Nothing was written: the errors above affect every message. Correct them and run again.",
    reportRow: () => "row",
    reportAddress: () => "address",
    reportStatus: () => "status",
    reportFileOrReason: () => "file or reason",
    statusCreated: () => "draft created",
    statusSkipped: () => "skipped",
    internalError: (p) => `Rundmail stopped because of an unexpected problem: ${p["message"]}`,
    fieldFrom: () => "From",
    attachmentsLine: (p) => `Attachments: ${p["list"]}`,
  },
  {
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
    summaryRead: (p) => `Empfänger: ${p["file"]} (${p["rows"]} Zeilen, ${p["columns"]} Spalten, ${p["encoding"]}${p["delimiter"]})`,
    summaryColumns: (p) => `E-Mail-Spalte: ${p["email"]}   Cc-Spalte: ${p["cc"]}`,
    summaryTemplate: (p) => `Vorlage: ${p["file"]}   Betreff: ${p["subject"]}`,
    summaryFiles: (p) => `Anhänge: ${p["count"]} Dateien angegeben${p["rule"]}`,
    summaryCounts: (p) =>
      `${p["drafts"]} von ${p["rows"]} Zeilen werden Entwürfe, ${p["skipped"]} Zeilen übersprungen; ${p["errors"]} Fehler, ${p["warnings"]} Warnungen.`,
    readyYes: () => "Bereit: Jede Zeile wird ein Entwurf.",
    readyNo: () => "Nicht bereit: Beheben Sie die Fehler oben und prüfen Sie erneut.",
    errorsHeading: () => "Fehler",
    warningsHeading: () => "Warnungen",
    previewHeading: (p) => `Erster Entwurf (Zeile ${p["row"]}):`,
    none: () => "—",
    wroteDrafts: (p) =>
      `${p["count"]} Entwürfe in ${p["dir"]} geschrieben. Öffnen Sie eine .eml-Datei in Outlook, um sie zu prüfen und zu senden.`,
    wroteReport: (p) => `Bericht: ${p["file"]}`,
    noDraftsWritten: () => "Nichts geschrieben: Die Fehler oben betreffen jede Nachricht. Beheben Sie sie und starten Sie erneut.",
    reportRow: () => "Zeile",
    reportAddress: () => "Adresse",
    reportStatus: () => "Status",
    reportFileOrReason: () => "Datei oder Grund",
    statusCreated: () => "Entwurf erstellt",
    statusSkipped: () => "übersprungen",
    internalError: (p) => `Rundmail wurde wegen eines unerwarteten Problems beendet: ${p["message"]}`,
    fieldFrom: () => "Von",
    attachmentsLine: (p) => `Anhänge: ${p["list"]}`,
  },
);

export type TextKey = keyof typeof texts.en;

export function say(lang: Lang, key: TextKey, params: P = {}): string {
  return texts[lang][key](params);
}

/** German when the environment asks for it (RUNDMAIL_LANG, LC_ALL, LC_MESSAGES, LANG), else English. */
export function languageFromEnv(env: Record<string, string | undefined>): Lang {
  const value = env["RUNDMAIL_LANG"] || env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"] || "";
  return value.toLowerCase().startsWith("de") ? "de" : "en";
}

const USAGE_EN = `rundmail — personalised circular e-mail, one private message per recipient

Usage:
  rundmail check  --recipients FILE --template FILE [options]   check the list and preview
  rundmail drafts --recipients FILE --template FILE --out DIR [options]   write one .eml draft per row

Options:
  --recipients FILE          CSV/TSV/TXT table (UTF-8, UTF-16 or Windows-1252; , ; tab or | separated)
  --template FILE            .html/.htm or .txt (may begin with Subject:/Cc:/Bcc: lines), or .eml
  --subject TEXT             subject, overriding the template's
  --attachments DIR          folder with the files rows may name
  --attachment-column NAME   column naming each row's files (several separated by ;)
  --attachment-pattern TEXT  file name built from fields, e.g. "Rechnung_{{Nr}}.pdf"
  --email-column NAME        column holding the addresses (found by itself otherwise)
  --cc-column NAME           column holding one Cc address per row
  --json                     (check) print one JSON object instead of text
  --out DIR                  (drafts) folder for the .eml files and report.csv
  --force                    (drafts) replace earlier output in --out
  --lang de|en               language of messages (default: from LANG)

Exit status: 0 ready, 1 some row has an error, 2 usage error or unreadable input.`;

const USAGE_DE = `rundmail — persönliche Rundmail, eine eigene Nachricht pro Empfänger

Aufruf:
  rundmail check  --recipients DATEI --template DATEI [Optionen]   Liste prüfen und Vorschau zeigen
  rundmail drafts --recipients DATEI --template DATEI --out ORDNER [Optionen]   einen .eml-Entwurf pro Zeile schreiben

Optionen:
  --recipients DATEI         CSV/TSV/TXT-Tabelle (UTF-8, UTF-16 oder Windows-1252; mit , ; Tab oder | getrennt)
  --template DATEI           .html/.htm oder .txt (darf mit Subject:/Cc:/Bcc:-Zeilen beginnen) oder .eml
  --subject TEXT             Betreff, ersetzt den der Vorlage
  --attachments ORDNER       Ordner mit den Dateien, die Zeilen nennen können
  --attachment-column NAME   Spalte mit den Dateien jeder Zeile (mehrere mit ; getrennt)
  --attachment-pattern TEXT  Dateiname aus Feldern, z. B. "Rechnung_{{Nr}}.pdf"
  --email-column NAME        Spalte mit den Adressen (sonst automatisch erkannt)
  --cc-column NAME           Spalte mit einer Cc-Adresse pro Zeile
  --json                     (check) ein JSON-Objekt statt Text ausgeben
  --out ORDNER               (drafts) Ordner für die .eml-Dateien und report.csv
  --force                    (drafts) frühere Ausgaben in --out ersetzen
  --lang de|en               Sprache der Meldungen (Standard: aus LANG)

Rückgabewert: 0 bereit, 1 eine Zeile hat einen Fehler, 2 Aufruf- oder Lesefehler.`;
