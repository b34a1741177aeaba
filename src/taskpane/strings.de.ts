// The task pane's texts in German. Every key of TaskpaneStrings (strings.ts) must be here: the compiler checks.
import { clockTime, dateTime, dayMonth, duration, formatNumber, plural, sendTime } from "../i18n";
import type { TaskpaneStrings } from "./strings";

export const paneStringsDe: TaskpaneStrings = {
  title: "Rundmail",
  stepsLabel: "Schritte",
  steps: { recipients: "Empfänger", message: "Nachricht", attachments: "Anhänge", review: "Prüfen", create: "Erstellen" },
  stepOf: (index, total) => `Schritt ${formatNumber(index, "de")} von ${formatNumber(total, "de")}`,
  stepButton: (index, step) => `Schritt ${formatNumber(index, "de")}: ${step}`,
  back: "Zurück",
  next: (step) => `Weiter: ${step}`,
  working: "Einen Moment…",

  recipientsIntro:
    "Wer bekommt eine Nachricht? Fügen Sie eine Tabelle ein, wählen Sie eine Datei oder nehmen Sie die Liste, die an dieser Nachricht hängt.",
  pasteLabel: "Tabelle einfügen",
  pasteHint: "Kopieren Sie die Zeilen samt Kopfzeile aus Excel, Word oder Sheets und fügen Sie sie hier ein.",
  pastePlaceholder: "E-Mail\tVorname\nanna@example.de\tAnna",
  chooseFile: "Datei auswählen",
  useAttachedCsv: "Angehängte Liste verwenden",
  attachedCsvNone:
    "Diese Nachricht hat keinen .csv-, .tsv-, .txt-, .xlsx-, .xls- oder .ods-Anhang. Hängen Sie die Liste an die Nachricht oder wählen Sie die Datei aus.",
  useAttachment: (name, size) => `${name} verwenden (${size})`,
  attachmentsListLabel: "An dieser Nachricht hängende Listen",
  tableFrom: {
    paste: () => "Aus der eingefügten Tabelle",
    file: (name) => `Aus ${name}`,
    attachment: (name) => `Aus ${name}, angehängt an diese Nachricht`,
  },
  tableSize: (rows, columns) => `${plural(rows, "Zeile", "Zeilen", "de")}, ${plural(columns, "Spalte", "Spalten", "de")}`,
  emailColumnLabel: "E-Mail-Spalte",
  ccColumnLabel: "Cc-Spalte",
  columnFound: "Automatisch gefunden. Wählen Sie eine andere Spalte, wenn diese nicht stimmt.",
  noEmailColumn: "Spalte auswählen",
  noCc: "Kein Cc",
  readyCount: (n) => `${plural(n, "Entwurf", "Entwürfe", "de")} bereit`,
  errorRowCount: (n) => `${plural(n, "Zeile", "Zeilen", "de")} mit Fehlern`,
  warningCount: (n) => plural(n, "Warnung", "Warnungen", "de"),
  errorCount: (n) => plural(n, "Fehler", "Fehler", "de"),
  gridLabel: "Empfängertabelle",
  rowHeader: "Zeile",
  rowOk: "Bereit",
  rowError: "Fehler",
  rowWarning: "Warnung",
  moreProblems: (n) => `und ${plural(n, "weiteres Problem", "weitere Probleme", "de")}`,
  readFailed: (reason) => `Die Liste konnte nicht gelesen werden: ${reason}`,

  messageIntro:
    "Die Nachricht, die Sie in Outlook schreiben, ist die Vorlage. Schreiben Sie Felder wie {{Vorname}} dorthin, wo der eigene Wert jedes Empfängers stehen soll.",
  messageIntroRead:
    "Die in Outlook geöffnete Nachricht ist die Vorlage: ihr Betreff, ihr Text und ihre Anlagen. Um sie zu ändern, schreiben Sie sie neu (Felder wie {{Vorname}} dorthin, wo der eigene Wert jedes Empfängers stehen soll), senden Sie sie an sich selbst und öffnen Sie Rundmail erneut darauf.",
  readMessage: "Nachricht lesen",
  readAgain: "Nachricht erneut lesen",
  reading: "Die Nachricht wird gelesen…",
  notRead: "Lesen Sie zuerst die Nachricht, damit Rundmail Betreff und Text kennt.",
  subjectLabel: "Betreff",
  noSubject: "(kein Betreff)",
  previewLabel: "Nachrichtentext",
  fieldsLabel: "Feld einfügen",
  fieldsHint: "Setzen Sie den Cursor an die Stelle, wo der Wert stehen soll, und wählen Sie dann die Spalte.",
  fieldsNeedTable: "Die Felder sind die Spalten Ihrer Tabelle: Wählen Sie zuerst die Empfänger.",
  insertInto: "Einfügen in",
  insertBody: "Nachrichtentext",
  insertSubject: "Betreff",
  insertField: (field) => `{{${field}}} einfügen`,
  inserted: (field) => `{{${field}}} eingefügt.`,
  insertFailed: (reason) => `Das Feld konnte nicht eingefügt werden: ${reason}`,
  insertSalutation: "Anrede einfügen",
  salutationInserted: (formal) => (formal ? "Anrede eingefügt: förmlich, wo die Spalte Anrede „Frau“ oder „Herr“ sagt, für alle anderen neutral." : "Anrede eingefügt."),
  templateOk: "Jedes Feld der Nachricht ist eine Spalte der Tabelle.",

  attachmentsIntro:
    "Geben Sie jedem Empfänger seine eigene Datei, genannt in einer Spalte oder durch ein Muster, und wählen Sie, welche Anhänge der Nachricht alle bekommen.",
  ruleLabel: "Dateien je Empfänger",
  ruleNone: "Keine eigenen Dateien",
  ruleColumn: "Eine Spalte nennt die Dateien jeder Zeile",
  rulePattern: "Ein Dateinamen-Muster",
  attachmentColumnLabel: "Spalte mit Dateinamen",
  chooseColumn: "Spalte auswählen",
  patternLabel: "Dateinamen-Muster",
  patternHint: "Aus Feldern gebildet, zum Beispiel Rechnung_{{Mitgliedsnummer}}.pdf",
  filesLabel: "Dateien zur Auswahl",
  chooseFiles: "Dateien auswählen",
  chooseFolder: "Ordner auswählen",
  chooseZip: "ZIP auswählen",
  clearFiles: "Alle Dateien entfernen",
  filesCount: (n, size) => `${plural(n, "Datei", "Dateien", "de")}, ${size}`,
  noFiles: "Noch keine Dateien ausgewählt.",
  zipFailed: (name) => `${name} konnte nicht als ZIP-Archiv geöffnet werden.`,

  zipNotZipHint: "Es ist kein ZIP-Archiv, oder es ist beschädigt oder in mehrere Teile zerlegt.",
  zipTooLarge: (zip, from, limit) =>
    `Rundmail hat nichts aus ${zip} übernommen: Entpackt ${from === null ? "ergibt es" : `ergeben seine Dateien (ab „${from}“)`} mehr als ${limit}, und Rundmail hält die Dateien eines ZIP-Archivs im Speicher. Entpacken Sie es und wählen Sie stattdessen den Ordner.`,
  zipRefusedTitle: (zip, n) => `${plural(n, "Datei", "Dateien", "de")} aus ${zip} nicht übernommen`,
  zipRefused: {
    "too-large": (name, limit) => `„${name}“ ist entpackt größer als ${limit}; mehr darf ein Anhang nicht haben.`,
    encrypted: (name) => `„${name}“ ist verschlüsselt (mit einem Kennwort geschützt); Rundmail kann die Datei nicht öffnen.`,
    "unsafe-path": (name) => `„${name}“ hat einen Pfad, der aus dem Archiv hinausführt („..“ oder ab dem Stammverzeichnis); so etwas schreiben ZIP-Programme nie.`,
    duplicate: (name) => `„${name}“ ist mehrmals im ZIP-Archiv; Rundmail kann nicht wissen, welche Datei gemeint ist.`,
    unsupported: (name) => `„${name}“ ist auf eine Weise komprimiert, die Rundmail nicht lesen kann. Speichern Sie das ZIP-Archiv mit gewöhnlicher Komprimierung neu.`,
    damaged: (name) => `„${name}“ ist beschädigt: ihr Inhalt passt nicht zum Verzeichnis des ZIP-Archivs.`,
  },
  zipMoreRefused: (n) => `… und ${formatNumber(n, "de")} weitere.`,
  templateAttachmentsLabel: "Anhänge dieser Nachricht",
  templateAttachmentsHint: "Angehakte Dateien bekommen alle, die übrigen nur die Zeilen, die sie nennen.",
  noTemplateAttachments: "Diese Nachricht hat keine Anhänge.",
  toEveryone: (name) => `${name} an alle`,
  recipientListNeverSent: (name) => `${name} ist die Empfängerliste und wird nie verschickt.`,
  namedByRows: (rows, more) => {
    const named = rows.map((row) => formatNumber(row, "de"));
    const list = more > 0 ? `${named.join(", ")} und ${formatNumber(more, "de")} weitere` : listDe(named);
    return rows.length + more === 1 ? `Nur für Zeile ${list}, die sie nennt` : `Nur für die Zeilen ${list}, die sie nennen`;
  },
  namedByNoRow: "Keine Zeile nennt sie, daher wird sie nicht verschickt",
  heldBackTableFile: "Eine Tabellendatei kann eine Personenliste sein: Sie geht an niemanden, außer Sie haken sie an",
  rowFilesLabel: "Dateien je Zeile",
  everyoneGets: (names) => `Alle bekommen: ${names}`,
  noRowFiles: "Keine Dateien",

  reviewIntro: "Prüfen Sie jeden Entwurf so, wie er erstellt wird. Erstellt wird erst, wenn Sie „Erstellen“ wählen.",
  reviewSummary: "Übersicht",
  draftsReady: (n) => `${plural(n, "Entwurf", "Entwürfe", "de")} bereit`,
  rowsInError: (n) => `${plural(n, "Zeile", "Zeilen", "de")} mit Fehlern`,
  previous: "Vorige",
  nextRow: "Nächste",
  nextProblem: "Nächstes Problem",
  rowPosition: (row, index, total) => `Zeile ${formatNumber(row, "de")} (${formatNumber(index, "de")} von ${formatNumber(total, "de")})`,
  noDraftForRow: "Diese Zeile bekommt keinen Entwurf, bis ihre Fehler behoben sind.",
  toLabel: "An",
  ccLabel: "Cc",
  bccLabel: "Bcc",
  attachmentsLabel: "Anhänge",
  none: "Keine",
  draftPreviewLabel: (row) => `Nachrichtentext für Zeile ${formatNumber(row, "de")}`,
  problemRowsLabel: "Zeilen mit Problemen",
  goToRow: (row) => `Zeile ${formatNumber(row, "de")}`,
  allGood: "Keine Probleme gefunden.",
  testDraft: "Testentwurf an mich",
  testDraftHint: (row, address, via) => `Der Entwurf von Zeile ${formatNumber(row, "de")}, nur an ${address} adressiert (${via}).`,
  testDraftSending: "Der Testentwurf wird erstellt…",
  testDraftSent: (address) => `Der Testentwurf für ${address} wurde erstellt.`,
  testDraftFailed: (reason) => `Der Testentwurf konnte nicht erstellt werden: ${reason}`,
  testDraftBlocked: {
    "no-user-address": "Outlook nennt Rundmail Ihre Adresse nicht, daher kann kein Test an Sie gehen.",
    "no-template": "Lesen Sie zuerst die Nachricht.",
    "no-drafts": "Es gibt noch keinen Entwurf zum Testen.",
    "no-gateway": "Hier ist keine Art verfügbar, Entwürfe zu erstellen.",
    sending: "Der Testentwurf wird gerade erstellt.",
    "run-active": "Gerade werden Entwürfe erstellt: Testen Sie wieder, wenn der Lauf fertig ist.",
  },

  createIntro: "Wählen Sie, wie die Entwürfe entstehen, und erstellen Sie dann einen je Empfänger.",
  gatewayLabel: "Wie die Entwürfe erstellt werden",
  gatewayNames: {
    graph: "Entwürfe im Ordner Entwürfe erstellen",
    compose: "Ein Fenster je Empfänger öffnen",
    eml: "Entwürfe als ZIP herunterladen (.eml)",
  },
  resumeRun: "Fehlende Entwürfe erstellen",
  runElsewhere: "Diese Liste wird gerade in einem anderen Outlook-Fenster abgearbeitet. Lassen Sie es fertig werden oder schließen Sie es, dann setzen Sie hier fort.",
  finishFailed: (reason) => `Die Entwürfe konnten am Ende nicht übergeben werden: ${reason}`,
  noGateways: "Hier ist keine Art verfügbar, Entwürfe zu erstellen.",
  createButton: (n) => `${plural(n, "Entwurf", "Entwürfe", "de")} erstellen`,
  zipButton: (n) => `${plural(n, "Entwurf", "Entwürfe", "de")} als ZIP herunterladen`,
  composeButton: (n) => `${plural(n, "Nachrichtenfenster", "Nachrichtenfenster", "de")} öffnen`,
  createBlockedTitle: "Noch kann nichts erstellt werden",
  createBlocked: {
    "no-table": "Wählen Sie zuerst die Empfänger.",
    "no-template": "Lesen Sie zuerst die Nachricht.",
    errors: "Beheben Sie zuerst die Fehler unten.",
    "no-drafts": "Keine Zeile ergibt einen Entwurf.",
    "no-gateway": "Wählen Sie eine verfügbare Art, Entwürfe zu erstellen.",
    running: "Die Entwürfe werden gerade erstellt.",
  },
  errorsToFix: (n) => `${plural(n, "Fehler", "Fehler", "de")} zu beheben`,
  progressLabel: "Entwürfe werden erstellt",
  runOverLabel: {
    drafts: "Entwürfe erstellt",
    send: "Nachrichten gesendet",
    scheduled: "Senden geplant",
    zip: "Entwürfe als ZIP heruntergeladen",
    compose: "Nachrichtenfenster geöffnet",
    cancelled: "Lauf abgebrochen",
    stopped: "Lauf angehalten",
  },
  progressCount: (done, total) => `${formatNumber(done, "de")} von ${formatNumber(total, "de")} erledigt`,
  timeLeft: (seconds) => `noch etwa ${duration(seconds, "de")}`,
  estimating: "die Restzeit wird geschätzt",
  pause: "Anhalten",
  resume: "Fortsetzen",
  cancel: "Abbrechen",
  paused: "Angehalten",
  cancelling: "Wird abgebrochen…",
  throttleWaiting: (until) => `Limit von Microsoft erreicht — es geht um ${clockTime(until, "de")} Uhr weiter. Nichts geht verloren: Rundmail macht von selbst weiter.`,
  throttleCancel: "Lauf abbrechen",
  runDone: (created, failed) =>
    failed === 0
      ? `Fertig: ${plural(created, "Entwurf", "Entwürfe", "de")} erstellt.`
      : `Fertig: ${plural(created, "Entwurf", "Entwürfe", "de")} erstellt, ${formatNumber(failed, "de")} fehlgeschlagen. Der Bericht nennt die Gründe.`,
  runCancelled: (created) => `Abgebrochen nach ${plural(created, "Entwurf", "Entwürfen", "de")}.`,
  runFailed: (reason) => `Der Lauf wurde angehalten: ${reason}`,
  resultsLabel: "Ergebnis je Zeile",
  downloadReport: "Bericht herunterladen (CSV)",
  startOver: "Neuen Lauf beginnen",
  status: {
    created: "Erstellt",
    failed: "Fehlgeschlagen",
    cancelled: "Abgebrochen",
    skipped: "Übersprungen",
    notCreated: "Nicht erstellt",
    excluded: "Ausgelassen",
  },

  runModeLabel: "Was mit den Nachrichten geschieht",
  runModeDrafts: "Als Entwürfe speichern (empfohlen)",
  runModeSend: "Jetzt senden — gleichmäßig, 30 pro Minute",
  runModeSendHint: "Gesendete Nachrichten lassen sich nicht zurückholen. Braucht die Berechtigung, E-Mails zu senden (Mail.Send).",
  sendButton: (n) => `${plural(n, "Nachricht", "Nachrichten", "de")} senden`,
  confirmSendTitle: "Jetzt senden?",
  confirmSend: (n) => `Damit ${n === 1 ? "wird" : "werden"} jetzt ${plural(n, "Nachricht", "Nachrichten", "de")} gesendet; sie lassen sich nicht zurückholen.`,
  confirmSendLater: (later, from) =>
    `Exchange Online lässt ein Postfach an 10.000 Empfänger am Tag senden, daher warten die übrigen ${formatNumber(later, "de")}${
      from === null ? "" : ` bis nach ${dateTime(from, "de")}`
    }.`,
  confirmSendButton: "Jetzt senden",
  sendNothingToday: (from) =>
    `Exchange Online lässt ein Postfach an 10.000 Empfänger am Tag senden, und dieses Postfach hat das erreicht. Versuchen Sie es ${
      from === null ? "morgen" : `nach ${dateTime(from, "de")}`
    } wieder, oder speichern Sie die Nachrichten als Entwürfe.`,
  sendingLabel: "Nachrichten werden gesendet",
  sendDone: (sent, failed) =>
    failed === 0
      ? `Fertig: ${plural(sent, "Nachricht", "Nachrichten", "de")} gesendet.`
      : `Fertig: ${plural(sent, "Nachricht", "Nachrichten", "de")} gesendet, ${formatNumber(failed, "de")} fehlgeschlagen. Der Bericht nennt die Gründe.`,
  sendCancelled: (n) => `Abgebrochen nach ${plural(n, "Nachricht", "Nachrichten", "de")}.`,
  resumeSend: "Fehlende Nachrichten senden",
  sendWhenLabel: "Wann sie abgehen",
  sendWhenNow: "Sofort",
  sendWhenLater: "Zu einem späteren Zeitpunkt",
  sendDateLabel: "Datum",
  sendTimeLabel: "Uhrzeit",
  sendAtLeaves: (at) => `Sie gehen am ${sendTime(at, "de")} ab (Ihre Zeit), auch wenn dieser Computer aus ist.`,
  sendAtProblem: {
    incomplete: "Geben Sie ein Datum und eine Uhrzeit ein.",
    "skipped-by-clock-change": "Diese Uhrzeit gibt es an dem Tag nicht: Die Uhren werden vorgestellt. Wählen Sie eine andere.",
    past: "Dieser Zeitpunkt ist vorbei. Wählen Sie einen in der Zukunft.",
    "too-far": "Wählen Sie einen Zeitpunkt innerhalb des nächsten Jahres.",
  },
  scheduleButton: (n) => `${plural(n, "Nachricht", "Nachrichten", "de")} planen`,
  confirmScheduleTitle: "Senden planen?",
  confirmSchedule: (n, at) =>
    `${plural(n, "Nachricht", "Nachrichten", "de")} ${n === 1 ? "geht" : "gehen"} am ${sendTime(at, "de")} ab. Bis dahin ${n === 1 ? "wartet sie" : "warten sie"} in Ihrem Ordner Entwürfe, wo Sie sie noch ändern oder löschen können; gesendet lassen sie sich nicht zurückholen.`,
  confirmScheduleButton: "Planen",
  schedulingLabel: "Nachrichten werden geplant",
  scheduleDone: (n, failed, at) =>
    `Fertig: ${plural(n, "Nachricht", "Nachrichten", "de")} für ${sendTime(at, "de")} geplant. Bis dahin warten sie in den Entwürfen${
      failed === 0 ? "." : `; ${formatNumber(failed, "de")} fehlgeschlagen. Der Bericht nennt die Gründe.`
    }`,
  scheduleCancelled: (n, at) =>
    `Abgebrochen nach ${plural(n, "Nachricht", "Nachrichten", "de")}; diese gehen am ${sendTime(at, "de")} ab, wenn Sie sie nicht aus den Entwürfen löschen.`,
  dailyLimitReached: (sent, rest, from) =>
    `Exchange Online lässt ein Postfach an 10.000 Empfänger am Tag senden. ${plural(sent, "Nachricht", "Nachrichten", "de")} ${
      sent === 1 ? "ist" : "sind"
    } hinausgegangen; öffnen Sie Rundmail ${from === null ? "morgen" : `nach ${dateTime(from, "de")}`} wieder und wählen Sie „Fortsetzen“, um die übrigen ${formatNumber(rest, "de")} zu senden.`,
  sendStatus: "Gesendet",
  scheduledStatus: "Geplant",

  earlierRunTitle: "Diese Liste wurde schon einmal begonnen",
  earlierRun: (done, total, at, mode) =>
    `Am ${dateTime(at, "de")} hat ein früherer Lauf ${formatNumber(done, "de")} von ${plural(total, mode === "send" ? "Nachricht" : "Entwurf", mode === "send" ? "Nachrichten" : "Entwürfen", "de")} ${mode === "send" ? "gesendet" : "erstellt"}.`,
  earlierRunLeaves: (at) => `Sie gehen am ${sendTime(at, "de")} ab und warten bis dahin in den Entwürfen.`,
  continueRun: (missing, mode) => `Fortsetzen — nur die fehlenden ${formatNumber(missing, "de")} ${mode === "send" ? "senden" : "erstellen"}`,
  startOverRun: (mode) => (mode === "send" ? "Neu beginnen — erneut an alle senden" : "Neu beginnen — neue Entwürfe für alle"),
  startOverResends: (n) => `Neu beginnen sendet die Nachricht ein zweites Mal an ${n === 1 ? "die Person, die" : `die ${formatNumber(n, "de")} Personen, die`} sie schon erhalten ${n === 1 ? "hat" : "haben"}.`,
  earlierRunElsewhere: (gateway) => `Er hat „${gateway}“ verwendet, was hier nicht verfügbar ist: Öffnen Sie Rundmail dort, wo es verfügbar ist, um fortzusetzen.`,
  memoryOnly: "Der Fortschritt bleibt nur erhalten, solange dieser Bereich geöffnet ist.",

  forgetList: "Diese Liste vergessen",
  forgetListHint: (mode) =>
    `Rundmail weiß dann nicht mehr, ${mode === "send" ? "an wen es diese Nachricht schon gesendet hat" : "welche Entwürfe es für diese Liste schon erstellt hat"}. Abgeschlossene Listen werden 30 Tage nach dem letzten Lauf von selbst vergessen.`,
  listForgotten: "Rundmail hat diese Liste vergessen: In diesem Browser ist nichts mehr von ihr gespeichert.",
  forgetListFailed: (reason) => `Die Liste konnte nicht vergessen werden: ${reason}`,

  clientIdLabel: "Anwendungs-ID (Client-ID)",
  clientIdHint: "Von Ihrer Administration, zum Beispiel 0f0e0d0c-0b0a-4909-8807-060504030201.",
  clientIdInvalid: "Das ist keine Anwendungs-ID (Client-ID). Sie hat 32 Buchstaben und Ziffern in fünf Gruppen, etwa 0f0e0d0c-0b0a-4909-8807-060504030201.",
  clientIdSave: "Speichern",
  clientIdSaved: "Gespeichert: Rundmail erstellt die Entwürfe jetzt in Ihrem Ordner Entwürfe.",
  clientIdSaveFailed: (reason) => `Die ID konnte nicht gespeichert werden: ${reason}`,
  clientIdMissing: "Für Microsoft Graph ist keine Anwendungs-ID (Client-ID) eingerichtet. Fragen Sie Ihre Administration danach.",

  reportFileName: "rundmail-bericht.csv",
  reportHeaders: ["Zeile", "An", "Status", "Datei oder Grund"],

  noOutlook: "Rundmail ist hier nicht mit Outlook verbunden und kann die Nachricht nicht lesen.",

  sheetLabel: "Blatt",
  sheetHint: (n) => `${plural(n, "Blatt", "Blätter", "de")} dieser Arbeitsmappe enthalten Tabellen. Ohne Ihre Wahl wird das erste sichtbare genommen.`,
  sheetPlaceholder: "Blatt auswählen",
  sheetHidden: (name) => `${name} (ausgeblendet)`,
  sheetOnly: (name) => `Blatt: ${name}`,
  sheetReading: "Das Blatt wird gelesen…",
  dropHint: "Sie können die Datei auch hierher ziehen.",
  dropHere: "Datei hier ablegen, um sie als Liste zu verwenden",
  dropOneFile: "Ziehen Sie nur eine Datei hierher: die Empfängerliste.",
  emptyFieldRows: (rows, more) => {
    const named = rows.map((r) => `${formatNumber(r.row, "de")} (${r.fields.join(", ")})`);
    const list = more > 0 ? `${named.join(", ")} und ${formatNumber(more, "de")} weitere` : listDe(named);
    const several = rows.length + more > 1;
    return `${several ? "Zeilen" : "Zeile"} ${list} ${several ? "haben" : "hat"} ein leeres Feld; siehe Prüfen.`;
  },
  rowGetsNoMessage: (problem) =>
    problem === null ? "Keine Nachricht, also keine Dateien." : `Keine Nachricht, also keine Dateien: ${problem}`,
  onlyEveryoneFiles: "Nur die Dateien für alle",
  gridEditHint: "Wählen Sie eine Zeilennummer, um die Zeile zu korrigieren oder auszulassen. Ihre Datei selbst bleibt, wie sie ist.",
  rowActionsLabel: (row) => `Zeile ${formatNumber(row, "de")}: korrigieren oder auslassen`,
  editRowTitle: (row) => `Zeile ${formatNumber(row, "de")}`,
  editRowIntro: "Korrigieren Sie die Zellen hier; die Zeile wird sofort neu geprüft. Ihre Datei selbst wird nicht geändert.",
  editRowSave: "Prüfen und übernehmen",
  editRowCancel: "Abbrechen",
  undoRowEdits: "Meine Korrekturen zurücknehmen",
  excludeRow: "Diese Zeile auslassen",
  includeRow: "Diese Zeile wieder aufnehmen",
  excludedByYou: "von Ihnen ausgelassen",
  cellCorrected: "korrigiert",
  excludedCount: (n) => `${plural(n, "Zeile", "Zeilen", "de")} ausgelassen`,

  createAgainTitle: (mode) => (mode === "send" ? "Schon gesendet" : "Schon erstellt"),
  createAgainQuestion: (count, at, mode) => {
    const what = mode === "send" ? ["Nachricht", "Nachrichten", "gesendet", "senden"] : ["Entwurf", "Entwürfe", "erstellt", "erstellen"];
    const these = count === 1 ? `${mode === "send" ? "Diese" : "Dieser"} ${what[0]} wurde` : `Diese ${plural(count, what[0] ?? "", what[1] ?? "", "de")} wurden`;
    return `${these} am ${dayMonth(at, "de")} um ${clockTime(at, "de")} ${what[2]} — noch einmal ${what[3]}?`;
  },
  createAgainNo: (mode) => (mode === "send" ? "Nein, nicht noch einmal senden" : "Nein, nicht noch einmal erstellen"),
  createAgainYes: (mode) => (mode === "send" ? "Noch einmal senden" : "Noch einmal erstellen"),
  fallbackLabel: "Wo eine Zelle leer ist, schreiben",
  fallbackHint: "Optional. Die Felder unten fügen dann {{Feld|diesen Text}} ein.",
  fallbackInvalid: "Dieser Text darf weder { noch } noch einen Zeilenumbruch enthalten.",
};

/** „a“, „a und b“, „a, b und c“. */
function listDe(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} und ${items[items.length - 1] ?? ""}`;
}
