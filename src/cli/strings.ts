// Every sentence the `rundmail` command says, in English and German. Issue texts live in core/issues/codes.ts.
import { makeVisible } from "../core/recipients/displayValue";
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
    outNameTaken: (p) =>
      `'${p["name"]}' in '${p["path"]}' was not written by Rundmail, so it is not replaced. Move it away or choose another folder with --out. Nothing was written.`,
    saveSentTaken: (p) =>
      `'${p["path"]}' already holds '${p["name"]}', which a copy of this run would replace. Choose another folder with --save-sent, or add --force to replace such copies. Nothing was sent.`,
    keptForeignFiles: (p) => `${p["count"]} other files in ${p["dir"]} were not written by Rundmail and were left as they are.`,
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
    // ---- rundmail send ----
    badCount: (p) => `--${p["option"]} must be a whole number of ${p["min"]} or more, not '${p["value"]}'.`,
    smtpNotUrl: () => "--smtp must look like smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS).",
    smtpPasswordInUrl: () =>
      "Do not put the password into --smtp: command lines are visible to other programs and stay in the shell history. Remove it and set RUNDMAIL_SMTP_PASSWORD, or type it when asked.",
    smtpExtraParts: () => "--smtp takes a user, a host and a port only, e.g. smtp://user@host:587.",
    passwordNoTerminal: (p) =>
      `The server wants a password for ${p["user"]}, but RUNDMAIL_SMTP_PASSWORD is not set and there is no terminal to ask on. Set RUNDMAIL_SMTP_PASSWORD.`,
    passwordPrompt: (p) => `Password for ${p["user"]} at ${p["server"]}: `,
    passwordEmpty: () => "No password was given; nothing was sent.",
    fromMissing: (p) => `Give the sender with --from ADDRESS (the login '${p["user"]}' is not an e-mail address).`,
    fromMissingNoUser: () => "Give the sender with --from ADDRESS.",
    fromInvalid: (p) => `--from '${p["value"]}' is not one e-mail address.`,
    archiveInvalid: (p) => `--archive-bcc '${p["value"]}' is not one e-mail address. Give your own archive address.`,
    caWord: () => "the certificate file",
    caNotPem: (p) => `'${p["path"]}' holds no certificate. --ca wants a PEM file beginning with -----BEGIN CERTIFICATE-----.`,
    journalBusy: (p) => `Another rundmail (process ${p["pid"]}) is sending with '${p["dir"]}'. Wait for it to finish or stop it.`,
    journalDamaged: (p) =>
      `The journal '${p["file"]}' is damaged at line ${p["line"]}. Rundmail will not guess what was sent: restore the file, or check what arrived and start afresh with a new --out folder.`,
    cannotWrite: (p) => `Cannot write to '${p["path"]}': ${p["reason"]}`,
    sendRead: (p) => `Recipients: ${p["file"]} (${p["rows"]} rows)   Template: ${p["template"]}   Subject: ${p["subject"]}`,
    sendWarnings: (p) => `${p["count"]} warnings; 'rundmail check' or a run without --yes lists them.`,
    dryRunHeading: () => "Dry run: nothing is sent. Add --yes to send.",
    dryWouldSend: (p) => `Would send ${p["count"]} messages from ${p["from"]} over ${p["server"]} (${p["security"]}${p["login"]}), ${p["pace"]}.`,
    securityStartTls: () => "STARTTLS",
    securityTls: () => "TLS",
    securityNone: () => "STARTTLS if offered, else unencrypted",
    loginAs: (p) => `, login as ${p["user"]}`,
    paceLimited: (p) => `at most ${p["rate"]} per minute (about ${p["duration"]})`,
    paceNone: () => "without a rate limit",
    dryRecipients: (p) => `To: ${p["list"]}`,
    andMore: (p) => ` and ${p["count"]} more`,
    dryArchive: (p) => `Each message also goes to your archive address ${p["address"]} (in the envelope only, no Bcc header).`,
    dryAlreadySent: (p) => `${p["count"]} rows were sent in an earlier run and are skipped (journal: ${p["file"]}).`,
    dryUnknown: (p) => `${p["count"]} rows may or may not have arrived in an earlier run; they are not sent again unless you add --resend-unknown.`,
    dryUnknownResend: (p) => `${p["count"]} rows that may or may not have arrived in an earlier run are sent again (--resend-unknown).`,
    dryHeld: (p) => `${p["count"]} rows are held back: an earlier version of their message already went to the same address.`,
    dryPartial: (p) => `${p["count"]} rows are not sent again: their address was refused earlier, but a copy went to the Cc or archive.`,
    dryRowErrors: (p) => `${p["count"]} rows have errors: nothing is sent until they are corrected, or add --skip-invalid to send the other rows.`,
    dryRowErrorsSkipped: (p) => `${p["count"]} rows with errors are not sent (--skip-invalid).`,
    nothingToSend: () => "Nothing to send.",
    sendPreviewHeading: (p) => `First message (row ${p["row"]}):`,
    archiveLine: (p) => `Archive copy (envelope only): ${p["address"]}`,
    blockedByRowErrors: (p) =>
      `Nothing was sent: ${p["count"]} rows have errors (listed above). Correct them, or add --skip-invalid to send the other ${p["valid"]} rows and report the rest.`,
    blockedWholeTable: () => "Nothing was sent: the errors above affect every message. Correct them and run again.",
    interrupting: () => "\nStopping after the message in flight … (Ctrl-C again quits at once; that message is then 'unknown')",
    progressLine: (p) => `${p["done"]}/${p["total"]} done, ${p["sent"]} sent${p["failed"]} · ${p["rate"]}/min${p["left"]}`,
    progressFailed: (p) => `, ${p["count"]} not sent`,
    timeLeft: (p) => `about ${p["duration"]} left`,
    summarySent: (p) => `Sent ${p["now"]} messages in this run over ${p["server"]}; ${p["all"]} of ${p["total"]} rows are sent.`,
    summaryAllSent: () => "Every message is sent.",
    summaryFailed: (p) => `${p["count"]} rows failed; running the same command again tries them again:`,
    summaryUnknown: (p) =>
      `${p["count"]} rows are unknown — the message was handed over but no answer came. Check your Sent folder or archive copy; they are sent again only with --resend-unknown:`,
    summaryPartial: (p) => `${p["count"]} rows were refused for their To address, but a copy reached their Cc or archive:`,
    summaryHeld: (p) =>
      `${p["count"]} rows were held back: an earlier version of their message already went to the same address. To send the new version anyway, use a new --out folder.`,
    summarySkipped: (p) => `${p["count"]} rows with errors were not sent (see the report).`,
    summaryLimit: (p) => `${p["count"]} rows were left for a later run (--limit). Run the same command again to send them.`,
    summaryInterrupted: (p) => `Interrupted: ${p["count"]} rows were not sent. Run the same command again to send them.`,
    summaryStopped: (p) => `Stopped: ${p["why"]}`,
    summaryNotTried: (p) => `${p["count"]} rows were not tried; run the same command again once this is solved.`,
    summaryRowLine: (p) => `  Row ${p["row"]} (${p["address"]}): ${p["detail"]}`,
    summaryJournal: (p) => `Journal: ${p["file"]}`,
    summarySavedSent: (p) => `Copies of the sent messages: ${p["dir"]}`,
    problemLogin: (p) => `the server refused the login for ${p["user"]} (${p["reason"]}). Check the user in --smtp and the password.`,
    problemLoginNoUser: (p) => `the server wants a login (${p["reason"]}). Give the user in --smtp, e.g. smtp://user@host:587.`,
    problemTlsRequired: (p) =>
      `the server does not offer encryption (STARTTLS) (${p["reason"]}). Use smtps:// if it supports that, or --insecure to send unencrypted.`,
    problemCertificate: (p) =>
      `the server's certificate is not trusted (${p["reason"]}). If your provider uses its own certificate authority, give its certificate with --ca FILE.`,
    problemTls: (p) => `the encrypted connection could not be set up (${p["reason"]}). Check the port: smtps:// usually uses 465, smtp:// 587.`,
    problemConnect: (p) => `${p["server"]} could not be reached (${p["reason"]}). Check host and port, then run the same command again.`,
    statusSent: () => "sent",
    statusFailed: () => "failed",
    statusUnknown: () => "unknown — check your Sent folder",
    statusNotSent: () => "not sent",
    statusHeld: () => "held back",
    detailSentEarlier: (p) => `sent ${p["at"]} in an earlier run`,
    detailRefused: (p) => ` The server refused ${p["list"]}.`,
    detailRetry: (p) => `${p["reason"]} (tried again on the next run)`,
    detailUnknown: (p) => `${p["reason"]}. Check your Sent folder or archive copy; --resend-unknown sends it again.`,
    detailUnknownEarlier: (p) => `handed over ${p["at"]} in an earlier run, no answer. Check your Sent folder or archive copy; --resend-unknown sends it again.`,
    detailPartial: (p) => `${p["reason"]}. A copy went to ${p["list"]}; not sent again. Correct the address to send it.`,
    detailHeld: (p) =>
      `an earlier version went to this address ${p["at"]} (row ${p["row"]} then); not sent again. Use a new --out folder to send this version anyway.`,
    detailLimit: () => "left for a later run (--limit)",
    detailInterrupted: () => "not sent: interrupted",
    detailStopped: () => "not tried: the run stopped (see the summary)",
    reportDetail: () => "details",
    attachmentFileWord: () => "the attachment",
    attachToEveryoneUnknown: (p) =>
      `--attach-to-everyone '${p["name"]}': the template has no attachment of that name. Its attachments: ${p["names"]}.`,
    attachmentReplaced: (p) =>
      `'${p["name"]}' is no longer the file that was checked (it was replaced, or is now a link to somewhere else), so it is not sent. Check the attachments folder and run the same command again.`,
    attachmentGone: (p) => `'${p["name"]}' is no longer in the attachments folder, so it is not sent. Put it back and run the same command again.`,
    attachmentGrewTooLarge: (p) => `'${p["name"]}' has grown beyond 150 MB since it was checked, so it is not sent.`,
    attachmentSizeChanged: (p) =>
      `'${p["name"]}' changed since it was checked (its size is different), so it is not sent: nobody should get a half-written file. Run the same command again once it is complete.`,
    moreInReport: (p) => `  … and ${p["count"]} more (see the report)`,
    durationSeconds: (p) => `${p["n"]} s`,
    durationMinutes: (p) => `${p["n"]} min`,
    durationHours: (p) => `${p["h"]} h ${p["m"]} min`,
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
    outNameTaken: (p) =>
      `'${p["name"]}' in '${p["path"]}' stammt nicht von Rundmail und wird deshalb nicht ersetzt. Verschieben Sie die Datei oder wählen Sie mit --out einen anderen Ordner. Es wurde nichts geschrieben.`,
    saveSentTaken: (p) =>
      `'${p["path"]}' enthält schon '${p["name"]}', das eine Kopie dieses Laufs ersetzen würde. Wählen Sie mit --save-sent einen anderen Ordner oder ersetzen Sie solche Kopien mit --force. Es wurde nichts gesendet.`,
    keptForeignFiles: (p) => `${p["count"]} weitere Dateien in ${p["dir"]} stammen nicht von Rundmail und bleiben unverändert.`,
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
    dryAlreadySent: (p) => `${p["count"]} Zeilen wurden schon in einem früheren Lauf gesendet und werden übersprungen (Protokoll: ${p["file"]}).`,
    dryUnknown: (p) =>
      `Bei ${p["count"]} Zeilen ist offen, ob die Nachricht in einem früheren Lauf angekommen ist; sie werden nur mit --resend-unknown erneut gesendet.`,
    dryUnknownResend: (p) => `${p["count"]} Zeilen, bei denen offen ist, ob sie früher angekommen sind, werden erneut gesendet (--resend-unknown).`,
    dryHeld: (p) => `${p["count"]} Zeilen werden zurückgehalten: Eine frühere Fassung ihrer Nachricht ging schon an dieselbe Adresse.`,
    dryPartial: (p) => `${p["count"]} Zeilen werden nicht erneut gesendet: Ihre Adresse wurde abgelehnt, aber eine Kopie ging an Cc oder Archiv.`,
    dryRowErrors: (p) =>
      `${p["count"]} Zeilen haben Fehler: Es wird nichts gesendet, bis sie behoben sind, oder senden Sie mit --skip-invalid die übrigen Zeilen.`,
    dryRowErrorsSkipped: (p) => `${p["count"]} Zeilen mit Fehlern werden nicht gesendet (--skip-invalid).`,
    nothingToSend: () => "Nichts zu senden.",
    sendPreviewHeading: (p) => `Erste Nachricht (Zeile ${p["row"]}):`,
    archiveLine: (p) => `Archivkopie (nur im Umschlag): ${p["address"]}`,
    blockedByRowErrors: (p) =>
      `Nichts wurde gesendet: ${p["count"]} Zeilen haben Fehler (siehe oben). Beheben Sie sie, oder senden Sie mit --skip-invalid die übrigen ${p["valid"]} Zeilen und erhalten Sie einen Bericht über den Rest.`,
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
    summarySkipped: (p) => `${p["count"]} Zeilen mit Fehlern wurden nicht gesendet (siehe Bericht).`,
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
    statusSent: () => "gesendet",
    statusFailed: () => "fehlgeschlagen",
    statusUnknown: () => "unbekannt — Gesendet-Ordner prüfen",
    statusNotSent: () => "nicht gesendet",
    statusHeld: () => "zurückgehalten",
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
    reportDetail: () => "Einzelheiten",
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
  },
);

export type TextKey = keyof typeof texts.en;

/**
 * A sentence in the user's language. Every value put into it is one line without control characters (made visible),
 * because values are user data — a column name, a file name, a server's reply — and sentences reach the terminal.
 */
export function say(lang: Lang, key: TextKey, params: P = {}): string {
  const safe: P = {};
  for (const [name, value] of Object.entries(params)) safe[name] = typeof value === "string" ? makeVisible(value) : value;
  return texts[lang][key](safe);
}

const USAGE_EN = `rundmail — personalised circular e-mail, one private message per recipient

Usage:
  rundmail check  --recipients FILE --template FILE [options]   check the list and preview
  rundmail drafts --recipients FILE --template FILE --out DIR [options]   write one .eml draft per row
  rundmail send   --recipients FILE --template FILE --smtp URL [options] [--yes]   send one message per row

Options:
  --recipients FILE          CSV/TSV/TXT table (UTF-8, UTF-16 or Windows-1252; , ; tab or | separated)
  --template FILE            .html/.htm or .txt (may begin with Subject:/Cc:/Bcc: lines), or .eml
  --subject TEXT             subject, overriding the template's
  --attachments DIR          folder with the files rows may name
  --attachment-column NAME   column naming each row's files (several separated by ;)
  --attachment-pattern TEXT  file name built from fields, e.g. "Rechnung_{{Nr}}.pdf"
  --attach-to-everyone NAME  send this attachment of an .eml template to everyone although it is a table
                             file (.csv, .xlsx, …); without it such files are held back (repeatable)
  --email-column NAME        column holding the addresses (found by itself otherwise)
  --cc-column NAME           column holding one Cc address per row
  --json                     (check) print one JSON object instead of text
  --out DIR                  (drafts) folder for the .eml files and report.csv
  --force                    replace earlier Rundmail output in --out (and, for send, copies in --save-sent);
                             files Rundmail did not write are never removed or replaced
  --lang de|en               language of messages (default: from LANG)

Sending (rundmail send; without --yes it is a dry run that sends nothing):
  --smtp URL                 smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS); the password
                             comes from RUNDMAIL_SMTP_PASSWORD or is asked for, never from the command line
  --from ADDRESS             sender (default: the login, if it is an address)
  --archive-bcc ADDRESS      your own archive address: a copy of every message, in the envelope only
  --rate N                   messages per minute (default 30, as Exchange Online allows; 0: no limit)
  --limit N                  send at most N messages in this run
  --yes                      really send
  --skip-invalid             send the valid rows even if others have errors
  --resend-unknown           send again the rows whose earlier outcome is unknown
  --out DIR                  folder for journal.jsonl and report.csv (default: next to the list, LIST.rundmail)
  --save-sent DIR            keep every sent message as .eml (SMTP leaves no copy in your Sent folder)
  --ca FILE                  trust this certificate authority (PEM) besides the system's
  --insecure                 allow smtp:// without STARTTLS

Exit status: 0 ready (send: every row is sent), 1 some row has an error or was not sent,
2 usage error or unreadable input, 3 (send) the server could not be used: unreachable, login or TLS refused,
130 (send) interrupted by Ctrl-C. Running the same send command again sends only what is missing.`;

const USAGE_DE = `rundmail — persönliche Rundmail, eine eigene Nachricht pro Empfänger

Aufruf:
  rundmail check  --recipients DATEI --template DATEI [Optionen]   Liste prüfen und Vorschau zeigen
  rundmail drafts --recipients DATEI --template DATEI --out ORDNER [Optionen]   einen .eml-Entwurf pro Zeile schreiben
  rundmail send   --recipients DATEI --template DATEI --smtp URL [Optionen] [--yes]   eine Nachricht pro Zeile senden

Optionen:
  --recipients DATEI         CSV/TSV/TXT-Tabelle (UTF-8, UTF-16 oder Windows-1252; mit , ; Tab oder | getrennt)
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
  --lang de|en               Sprache der Meldungen (Standard: aus LANG)

Senden (rundmail send; ohne --yes ein Probelauf, der nichts sendet):
  --smtp URL                 smtp://benutzer@host:587 (STARTTLS) oder smtps://benutzer@host:465 (TLS); das Passwort
                             kommt aus RUNDMAIL_SMTP_PASSWORD oder wird abgefragt, nie aus der Befehlszeile
  --from ADRESSE             Absender (Standard: die Anmeldung, wenn sie eine Adresse ist)
  --archive-bcc ADRESSE      Ihre eigene Archivadresse: eine Kopie jeder Nachricht, nur im Umschlag
  --rate N                   Nachrichten pro Minute (Standard 30, wie Exchange Online erlaubt; 0: unbegrenzt)
  --limit N                  in diesem Lauf höchstens N Nachrichten senden
  --yes                      wirklich senden
  --skip-invalid             die gültigen Zeilen senden, auch wenn andere Fehler haben
  --resend-unknown           Zeilen erneut senden, deren früherer Ausgang unbekannt ist
  --out ORDNER               Ordner für journal.jsonl und report.csv (Standard: neben der Liste, LISTE.rundmail)
  --save-sent ORDNER         jede gesendete Nachricht als .eml aufbewahren (SMTP legt keine Kopie in „Gesendet“ ab)
  --ca DATEI                 dieser Zertifizierungsstelle (PEM) zusätzlich vertrauen
  --insecure                 smtp:// ohne STARTTLS erlauben

Rückgabewert: 0 bereit (send: jede Zeile ist gesendet), 1 eine Zeile hat einen Fehler oder wurde nicht gesendet,
2 Aufruf- oder Lesefehler, 3 (send) der Server war nicht nutzbar: nicht erreichbar, Anmeldung oder TLS abgelehnt,
130 (send) mit Strg+C abgebrochen. Derselbe send-Befehl sendet beim nächsten Mal nur, was noch fehlt.`;
