// Every text the task pane shows, in English and German. Sentence case, in the user's words. Texts that take
// values are functions; numbers are written the way each language writes them.
import type { Lang } from "../core/types";
import type { StepId } from "./state/wizard";
import type { CreateBlocker, TestDraftBlocker } from "./state/plan";
import type { ZipRefusalKind } from "./files/zip";

type Count = (n: number) => string;

export interface TaskpaneStrings {
  readonly title: string;
  readonly stepsLabel: string;
  readonly steps: Readonly<Record<StepId, string>>;
  /** "Step 2 of 5" */
  readonly stepOf: (index: number, total: number) => string;
  readonly back: string;
  readonly next: (step: string) => string;
  readonly working: string;

  // ---- step 1: recipients ----
  readonly recipientsIntro: string;
  readonly pasteLabel: string;
  readonly pasteHint: string;
  readonly pastePlaceholder: string;
  readonly chooseFile: string;
  readonly useAttachedCsv: string;
  readonly attachedCsvNone: string;
  readonly useAttachment: (name: string, size: string) => string;
  readonly attachmentsListLabel: string;
  readonly tableFrom: Readonly<Record<"paste" | "file" | "attachment", (name: string) => string>>;
  readonly tableSize: (rows: number, columns: number) => string;
  readonly emailColumnLabel: string;
  readonly ccColumnLabel: string;
  readonly columnFound: string;
  readonly noEmailColumn: string;
  readonly noCc: string;
  readonly readyCount: Count;
  readonly errorRowCount: Count;
  readonly warningCount: Count;
  readonly errorCount: Count;
  readonly gridLabel: string;
  readonly rowHeader: string;
  readonly rowOk: string;
  readonly rowError: string;
  readonly rowWarning: string;
  readonly moreProblems: Count;
  readonly readFailed: (reason: string) => string;

  // ---- step 2: message ----
  readonly messageIntro: string;
  /** Read mode: the message open in Outlook (the template sent to oneself) is the template. */
  readonly messageIntroRead: string;
  readonly readMessage: string;
  readonly readAgain: string;
  readonly reading: string;
  readonly notRead: string;
  readonly subjectLabel: string;
  readonly noSubject: string;
  readonly previewLabel: string;
  readonly fieldsLabel: string;
  readonly fieldsHint: string;
  readonly fieldsNeedTable: string;
  readonly insertInto: string;
  readonly insertBody: string;
  readonly insertSubject: string;
  readonly insertField: (field: string) => string;
  readonly inserted: (field: string) => string;
  readonly insertFailed: (reason: string) => string;
  readonly templateOk: string;
  readonly rowsWithEmptyFields: Count;

  // ---- step 3: attachments ----
  readonly attachmentsIntro: string;
  readonly ruleLabel: string;
  readonly ruleNone: string;
  readonly ruleColumn: string;
  readonly rulePattern: string;
  readonly attachmentColumnLabel: string;
  readonly chooseColumn: string;
  readonly patternLabel: string;
  readonly patternHint: string;
  readonly filesLabel: string;
  readonly chooseFiles: string;
  readonly chooseFolder: string;
  readonly chooseZip: string;
  readonly clearFiles: string;
  readonly filesCount: (n: number, size: string) => string;
  readonly noFiles: string;
  readonly zipFailed: (name: string) => string;

  // ---- step 3: what a ZIP held that was not taken (files/zip.ts) ----
  /** After zipFailed: why a file may not open as a ZIP. */
  readonly zipNotZipHint: string;
  /** Nothing taken: unpacked, more than `limit`; `from`: the file from which on (null: the archive itself). */
  readonly zipTooLarge: (zip: string, from: string | null, limit: string) => string;
  readonly zipRefusedTitle: (zip: string, n: number) => string;
  readonly zipRefused: Readonly<Record<ZipRefusalKind, (name: string, limit: string) => string>>;
  readonly zipMoreRefused: (n: number) => string;
  readonly templateAttachmentsLabel: string;
  readonly templateAttachmentsHint: string;
  readonly noTemplateAttachments: string;
  readonly toEveryone: (name: string) => string;
  readonly recipientListNeverSent: (name: string) => string;
  readonly namedByRows: Count;
  readonly namedByNoRow: string;
  /** Beside a table file on the message that nobody ticked: why it is not sent. */
  readonly heldBackTableFile: string;
  readonly rowFilesLabel: string;
  readonly everyoneGets: (names: string) => string;
  readonly noRowFiles: string;

  // ---- step 4: review ----
  readonly reviewIntro: string;
  readonly reviewSummary: string;
  readonly draftsReady: Count;
  readonly rowsSkipped: Count;
  readonly previous: string;
  readonly nextRow: string;
  readonly nextProblem: string;
  readonly rowPosition: (row: number, index: number, total: number) => string;
  readonly noDraftForRow: string;
  readonly toLabel: string;
  readonly ccLabel: string;
  readonly bccLabel: string;
  readonly attachmentsLabel: string;
  readonly none: string;
  readonly draftPreviewLabel: (row: number) => string;
  readonly problemRowsLabel: string;
  readonly goToRow: (row: number) => string;
  readonly allGood: string;
  readonly testDraft: string;
  readonly testDraftHint: (address: string, via: string) => string;
  readonly testDraftSending: string;
  readonly testDraftSent: (address: string) => string;
  readonly testDraftFailed: (reason: string) => string;
  readonly testDraftBlocked: Readonly<Record<TestDraftBlocker, string>>;

  // ---- step 5: create ----
  readonly createIntro: string;
  readonly gatewayLabel: string;
  readonly gatewayNames: Readonly<Record<"graph" | "compose" | "eml", string>>;
  readonly resumeRun: string;
  /** Another Outlook window or pane is already working through this same list. */
  readonly runElsewhere: string;
  readonly finishFailed: (reason: string) => string;
  readonly noGateways: string;
  readonly createButton: Count;
  readonly createBlockedTitle: string;
  readonly createBlocked: Readonly<Record<CreateBlocker, string>>;
  readonly errorsToFix: Count;
  readonly progressLabel: string;
  readonly progressCount: (done: number, total: number) => string;
  readonly timeLeft: (seconds: number) => string;
  readonly estimating: string;
  readonly pause: string;
  readonly resume: string;
  readonly cancel: string;
  readonly paused: string;
  readonly cancelling: string;
  /** Graph (or the mail server) throttled: the whole run waits until `until` (epoch ms), then goes on by itself. */
  readonly throttleWaiting: (until: number) => string;
  /** The waiting message's own button: a name of its own beside the run's Cancel. */
  readonly throttleCancel: string;
  readonly runDone: (created: number, failed: number) => string;
  readonly runCancelled: (created: number) => string;
  readonly runFailed: (reason: string) => string;
  readonly resultsLabel: string;
  readonly downloadReport: string;
  readonly startOver: string;
  readonly status: Readonly<Record<"created" | "failed" | "cancelled" | "skipped" | "notCreated", string>>;

  // ---- step 5: drafts or send now (Graph) ----
  readonly runModeLabel: string;
  readonly runModeDrafts: string;
  readonly runModeSend: string;
  readonly runModeSendHint: string;
  readonly sendButton: Count;
  readonly confirmSendTitle: string;
  readonly confirmSend: Count;
  /** The daily limit holds back `later` messages until `from` (ms; null: unknown). */
  readonly confirmSendLater: (later: number, from: number | null) => string;
  readonly confirmSendButton: string;
  /** Nothing fits in today's limit. */
  readonly sendNothingToday: (from: number | null) => string;
  readonly sendingLabel: string;
  readonly sendDone: (sent: number, failed: number) => string;
  readonly sendCancelled: Count;
  readonly resumeSend: string;
  /** After a send run that the daily limit cut short. */
  readonly dailyLimitReached: (sent: number, rest: number, from: number | null) => string;
  readonly sendStatus: string;

  // ---- step 5: an earlier run of the same plan ----
  readonly earlierRunTitle: string;
  readonly earlierRun: (done: number, total: number, at: number, mode: "drafts" | "send") => string;
  readonly continueRun: (missing: number, mode: "drafts" | "send") => string;
  readonly startOverRun: (mode: "drafts" | "send") => string;
  /** Under "start over" of a send run: who would get the message a second time. */
  readonly startOverResends: (alreadySent: number) => string;
  readonly earlierRunElsewhere: (gateway: string) => string;
  readonly memoryOnly: string;

  // ---- step 5: forgetting a list (the run store keeps no list for ever) ----
  readonly forgetList: string;
  /** Under "forget this list": what is lost, and that lists are forgotten by themselves. */
  readonly forgetListHint: (mode: "drafts" | "send") => string;
  readonly listForgotten: string;
  readonly forgetListFailed: (reason: string) => string;

  // ---- step 5: the Graph app registration ----
  readonly clientIdLabel: string;
  readonly clientIdHint: string;
  readonly clientIdInvalid: string;
  readonly clientIdSave: string;
  readonly clientIdSaved: string;
  readonly clientIdSaveFailed: (reason: string) => string;
  readonly clientIdMissing: string;

  // ---- report.csv ----
  readonly reportFileName: string;
  readonly reportHeaders: readonly [string, string, string, string];

  // ---- Outlook ----
  readonly noOutlook: string;
}

const en: TaskpaneStrings = {
  title: "Rundmail",
  stepsLabel: "Steps",
  steps: { recipients: "Recipients", message: "Message", attachments: "Attachments", review: "Review", create: "Create" },
  stepOf: (index, total) => `Step ${index} of ${total}`,
  back: "Back",
  next: (step) => `Next: ${step}`,
  working: "Working…",

  recipientsIntro: "Who gets a message? Paste a table, choose a file, or use the list attached to this message.",
  pasteLabel: "Paste a table",
  pasteHint: "Copy the rows from Excel, Word or Sheets, with the header row, and paste them here.",
  pastePlaceholder: "E-Mail\tVorname\nanna@example.de\tAnna",
  chooseFile: "Choose a file",
  useAttachedCsv: "Use a list attached to this message",
  attachedCsvNone: "This message has no .csv, .tsv or .txt attachment. Attach the list to the message, or choose the file.",
  useAttachment: (name, size) => `Use ${name} (${size})`,
  attachmentsListLabel: "Lists attached to this message",
  tableFrom: {
    paste: () => "From the pasted table",
    file: (name) => `From ${name}`,
    attachment: (name) => `From ${name}, attached to this message`,
  },
  tableSize: (rows, columns) => `${plural(rows, "row", "rows", "en")}, ${plural(columns, "column", "columns", "en")}`,
  emailColumnLabel: "E-mail column",
  ccColumnLabel: "Cc column",
  columnFound: "Found automatically. Choose another column if this is not the right one.",
  noEmailColumn: "Choose the column",
  noCc: "No Cc",
  readyCount: (n) => `${plural(n, "draft", "drafts", "en")} ready`,
  errorRowCount: (n) => `${plural(n, "row", "rows", "en")} with errors`,
  warningCount: (n) => plural(n, "warning", "warnings", "en"),
  errorCount: (n) => plural(n, "error", "errors", "en"),
  gridLabel: "Recipient table",
  rowHeader: "Row",
  rowOk: "Ready",
  rowError: "Error",
  rowWarning: "Warning",
  moreProblems: (n) => `and ${plural(n, "more problem", "more problems", "en")}`,
  readFailed: (reason) => `The list could not be read: ${reason}`,

  messageIntro:
    "The message you are writing in Outlook is the template. Write fields such as {{Vorname}} where each recipient's own value belongs.",
  messageIntroRead:
    "The message open in Outlook is the template: its subject, text and attachments. To change it, write it anew (fields such as {{Vorname}} where each recipient's own value belongs), send it to yourself and open Rundmail on it again.",
  readMessage: "Read message",
  readAgain: "Read message again",
  reading: "Reading the message…",
  notRead: "Read the message first, so that Rundmail knows the subject and text to send.",
  subjectLabel: "Subject",
  noSubject: "(no subject)",
  previewLabel: "Message text",
  fieldsLabel: "Insert a field",
  fieldsHint: "Put the cursor where the value belongs, then choose the column.",
  fieldsNeedTable: "The fields are the columns of your table: choose the recipients first.",
  insertInto: "Insert into",
  insertBody: "Message text",
  insertSubject: "Subject",
  insertField: (field) => `Insert {{${field}}}`,
  inserted: (field) => `{{${field}}} inserted.`,
  insertFailed: (reason) => `The field could not be inserted: ${reason}`,
  templateOk: "Every field in the message is a column of the table.",
  rowsWithEmptyFields: (n) => `${plural(n, "row has", "rows have", "en")} an empty field; see the review.`,

  attachmentsIntro:
    "Give each recipient their own file, named in a column or by a pattern, and choose which of the message's own attachments go to everyone.",
  ruleLabel: "Files per recipient",
  ruleNone: "No files of their own",
  ruleColumn: "A column names each row's files",
  rulePattern: "A file-name pattern",
  attachmentColumnLabel: "Column with file names",
  chooseColumn: "Choose a column",
  patternLabel: "File-name pattern",
  patternHint: "Built from fields, for example Rechnung_{{Mitgliedsnummer}}.pdf",
  filesLabel: "Files to choose from",
  chooseFiles: "Choose files",
  chooseFolder: "Choose a folder",
  chooseZip: "Choose a ZIP",
  clearFiles: "Remove all files",
  filesCount: (n, size) => `${plural(n, "file", "files", "en")}, ${size}`,
  noFiles: "No files chosen yet.",
  zipFailed: (name) => `${name} could not be opened as a ZIP archive.`,

  zipNotZipHint: "It is not a ZIP, or it is damaged or split into several parts.",
  zipTooLarge: (zip, from, limit) =>
    `Rundmail took nothing from ${zip}: unpacked, ${from === null ? "it comes" : `its files come (from “${from}” on)`} to more than ${limit}, and Rundmail keeps a ZIP's files in memory. Unzip it and choose the folder instead.`,
  zipRefusedTitle: (zip, n) => `${plural(n, "file", "files", "en")} in ${zip} ${n === 1 ? "was" : "were"} not taken`,
  zipRefused: {
    "too-large": (name, limit) => `“${name}” unpacks to more than ${limit}, the most one attachment may have.`,
    encrypted: (name) => `“${name}” is encrypted (protected by a password); Rundmail cannot open it.`,
    "unsafe-path": (name) => `“${name}” has a path that leads out of the archive (“..” or from the root), which ZIP programs never write.`,
    duplicate: (name) => `“${name}” is in the ZIP more than once; Rundmail cannot tell which one is meant.`,
    unsupported: (name) => `“${name}” is compressed in a way Rundmail cannot read. Save the ZIP again with ordinary compression.`,
    damaged: (name) => `“${name}” is damaged: its content does not match the ZIP's own directory.`,
  },
  zipMoreRefused: (n) => `…and ${n.toLocaleString("en-GB")} more.`,
  templateAttachmentsLabel: "Attachments of this message",
  templateAttachmentsHint: "Ticked files go to everyone; the others only to the rows that name them.",
  noTemplateAttachments: "This message has no attachments.",
  toEveryone: (name) => `${name} to everyone`,
  recipientListNeverSent: (name) => `${name} is the recipient list and is never sent.`,
  namedByRows: (n) => `Only for the ${plural(n, "row", "rows", "en")} naming it`,
  namedByNoRow: "No row names it, so it is not sent",
  heldBackTableFile: "A table file may be a list of people: it goes to nobody unless you tick it",
  rowFilesLabel: "Files per row",
  everyoneGets: (names) => `Everyone gets: ${names}`,
  noRowFiles: "No files",

  reviewIntro: "Check every draft as it will be created. Nothing is created until you choose Create.",
  reviewSummary: "Summary",
  draftsReady: (n) => `${plural(n, "draft", "drafts", "en")} ready`,
  rowsSkipped: (n) => `${plural(n, "row", "rows", "en")} skipped`,
  previous: "Previous",
  nextRow: "Next",
  nextProblem: "Next problem",
  rowPosition: (row, index, total) => `Row ${row} (${index} of ${total})`,
  noDraftForRow: "This row gets no draft until its errors are put right.",
  toLabel: "To",
  ccLabel: "Cc",
  bccLabel: "Bcc",
  attachmentsLabel: "Attachments",
  none: "None",
  draftPreviewLabel: (row) => `Message text for row ${row}`,
  problemRowsLabel: "Rows with problems",
  goToRow: (row) => `Row ${row}`,
  allGood: "No problems found.",
  testDraft: "Send a test draft to me",
  testDraftHint: (address, via) => `The first row's draft, addressed only to ${address} (${via}).`,
  testDraftSending: "Creating the test draft…",
  testDraftSent: (address) => `The test draft for ${address} was created.`,
  testDraftFailed: (reason) => `The test draft could not be created: ${reason}`,
  testDraftBlocked: {
    "no-user-address": "Outlook does not tell Rundmail your address, so it cannot send a test to you.",
    "no-template": "Read the message first.",
    "no-drafts": "There is no draft to test yet.",
    "no-gateway": "No way of creating drafts is available here.",
    sending: "The test draft is being created.",
    "run-active": "Drafts are being created: test again when the run has finished.",
  },

  createIntro: "Choose how the drafts are made, then create one per recipient.",
  gatewayLabel: "How the drafts are created",
  gatewayNames: {
    graph: "Create drafts in your Drafts folder",
    compose: "Open one window per recipient",
    eml: "Download drafts as ZIP (.eml)",
  },
  resumeRun: "Create the missing drafts",
  runElsewhere: "This list is being worked through in another Outlook window. Let that one finish, or close it, then continue here.",
  finishFailed: (reason) => `The drafts could not be handed over at the end: ${reason}`,
  noGateways: "No way of creating drafts is available here.",
  createButton: (n) => `Create ${plural(n, "draft", "drafts", "en")}`,
  createBlockedTitle: "Nothing can be created yet",
  createBlocked: {
    "no-table": "Choose the recipients first.",
    "no-template": "Read the message first.",
    errors: "Put right the errors below first.",
    "no-drafts": "No row yields a draft.",
    "no-gateway": "Choose an available way of creating drafts.",
    running: "Drafts are being created.",
  },
  errorsToFix: (n) => `${plural(n, "error", "errors", "en")} to put right`,
  progressLabel: "Creating drafts",
  progressCount: (done, total) => `${done.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} done`,
  timeLeft: (seconds) => `about ${duration(seconds, "en")} left`,
  estimating: "estimating the time left",
  pause: "Pause",
  resume: "Resume",
  cancel: "Cancel",
  paused: "Paused",
  cancelling: "Cancelling…",
  throttleWaiting: (until) => `Microsoft's limit reached — continuing at ${clockTime(until, "en")}. Nothing is lost: Rundmail goes on by itself.`,
  throttleCancel: "Cancel the run",
  runDone: (created, failed) =>
    failed === 0
      ? `Done: ${plural(created, "draft", "drafts", "en")} created.`
      : `Done: ${plural(created, "draft", "drafts", "en")} created, ${failed.toLocaleString("en-GB")} failed. The report says why.`,
  runCancelled: (created) => `Cancelled after ${plural(created, "draft", "drafts", "en")}.`,
  runFailed: (reason) => `The run stopped: ${reason}`,
  resultsLabel: "Result per row",
  downloadReport: "Download report (CSV)",
  startOver: "Start a new run",
  status: { created: "Created", failed: "Failed", cancelled: "Cancelled", skipped: "Skipped", notCreated: "Not created" },

  runModeLabel: "What happens to the messages",
  runModeDrafts: "Save as drafts (recommended)",
  runModeSend: "Send now — paced, 30 per minute",
  runModeSendHint: "Sent messages cannot be recalled. Needs permission to send mail (Mail.Send).",
  sendButton: (n) => `Send ${plural(n, "message", "messages", "en")}`,
  confirmSendTitle: "Send now?",
  confirmSend: (n) => `This sends ${plural(n, "message", "messages", "en")} now; they cannot be recalled.`,
  confirmSendLater: (later, from) =>
    `Exchange Online lets a mailbox send to 10,000 recipients a day, so the other ${later.toLocaleString("en-GB")} wait${
      from === null ? "" : ` until after ${dateTime(from, "en")}`
    }.`,
  confirmSendButton: "Send now",
  sendNothingToday: (from) =>
    `Exchange Online lets a mailbox send to 10,000 recipients a day, and this mailbox has reached that. Try again ${
      from === null ? "tomorrow" : `after ${dateTime(from, "en")}`
    }, or save the messages as drafts.`,
  sendingLabel: "Sending messages",
  sendDone: (sent, failed) =>
    failed === 0
      ? `Done: ${plural(sent, "message", "messages", "en")} sent.`
      : `Done: ${plural(sent, "message", "messages", "en")} sent, ${failed.toLocaleString("en-GB")} failed. The report says why.`,
  sendCancelled: (n) => `Cancelled after ${plural(n, "message", "messages", "en")}.`,
  resumeSend: "Send the missing messages",
  dailyLimitReached: (sent, rest, from) =>
    `Exchange Online lets a mailbox send to 10,000 recipients a day. ${plural(sent, "message", "messages", "en")} went out; open Rundmail again${
      from === null ? " tomorrow" : ` after ${dateTime(from, "en")}`
    } and choose Continue to send the remaining ${rest.toLocaleString("en-GB")}.`,
  sendStatus: "Sent",

  earlierRunTitle: "This list was started before",
  earlierRun: (done, total, at, mode) =>
    `An earlier run ${mode === "send" ? "sent" : "created"} ${done.toLocaleString("en-GB")} of ${plural(total, mode === "send" ? "message" : "draft", mode === "send" ? "messages" : "drafts", "en")} on ${dateTime(at, "en")}.`,
  continueRun: (missing, mode) => `Continue — ${mode === "send" ? "send" : "create"} only the missing ${missing.toLocaleString("en-GB")}`,
  startOverRun: (mode) => (mode === "send" ? "Start over — send to everyone again" : "Start over — new drafts for everyone"),
  startOverResends: (n) => `Starting over sends the message a second time to the ${n.toLocaleString("en-GB")} ${n === 1 ? "person who" : "people who"} already received it.`,
  earlierRunElsewhere: (gateway) => `It used “${gateway}”, which is not available here: open Rundmail where it is to continue.`,
  memoryOnly: "Progress is kept only while this pane is open.",

  forgetList: "Forget this list",
  forgetListHint: (mode) =>
    `Rundmail then no longer knows ${mode === "send" ? "whom it already sent this message to" : "which drafts it already created for this list"}. Finished lists are forgotten by themselves 30 days after the last run.`,
  listForgotten: "Rundmail has forgotten this list: nothing of it is kept in this browser any more.",
  forgetListFailed: (reason) => `The list could not be forgotten: ${reason}`,

  clientIdLabel: "Application (client) ID",
  clientIdHint: "From your administrator, for example 0f0e0d0c-0b0a-4909-8807-060504030201.",
  clientIdInvalid: "That is not an application (client) ID. It has 32 letters and digits in five groups, like 0f0e0d0c-0b0a-4909-8807-060504030201.",
  clientIdSave: "Save",
  clientIdSaved: "Saved: Rundmail now creates the drafts in your Drafts folder.",
  clientIdSaveFailed: (reason) => `The ID could not be saved: ${reason}`,
  clientIdMissing: "No application (client) ID is configured for Microsoft Graph. Ask your administrator for it.",

  reportFileName: "rundmail-report.csv",
  reportHeaders: ["Row", "To", "Status", "File or reason"],

  noOutlook: "Rundmail is not connected to Outlook here, so it cannot read the message.",
};

const de: TaskpaneStrings = {
  title: "Rundmail",
  stepsLabel: "Schritte",
  steps: { recipients: "Empfänger", message: "Nachricht", attachments: "Anhänge", review: "Prüfen", create: "Erstellen" },
  stepOf: (index, total) => `Schritt ${index} von ${total}`,
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
    "Diese Nachricht hat keinen .csv-, .tsv- oder .txt-Anhang. Hängen Sie die Liste an die Nachricht oder wählen Sie die Datei aus.",
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
  templateOk: "Jedes Feld der Nachricht ist eine Spalte der Tabelle.",
  rowsWithEmptyFields: (n) =>
    `${n.toLocaleString("de-DE")} ${n === 1 ? "Zeile hat" : "Zeilen haben"} ein leeres Feld; siehe Prüfen.`,

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
  zipMoreRefused: (n) => `… und ${n.toLocaleString("de-DE")} weitere.`,
  templateAttachmentsLabel: "Anhänge dieser Nachricht",
  templateAttachmentsHint: "Angehakte Dateien bekommen alle, die übrigen nur die Zeilen, die sie nennen.",
  noTemplateAttachments: "Diese Nachricht hat keine Anhänge.",
  toEveryone: (name) => `${name} an alle`,
  recipientListNeverSent: (name) => `${name} ist die Empfängerliste und wird nie verschickt.`,
  namedByRows: (n) => `Nur für ${n === 1 ? "die Zeile, die sie nennt" : `die ${n.toLocaleString("de-DE")} Zeilen, die sie nennen`}`,
  namedByNoRow: "Keine Zeile nennt sie, daher wird sie nicht verschickt",
  heldBackTableFile: "Eine Tabellendatei kann eine Personenliste sein: Sie geht an niemanden, außer Sie haken sie an",
  rowFilesLabel: "Dateien je Zeile",
  everyoneGets: (names) => `Alle bekommen: ${names}`,
  noRowFiles: "Keine Dateien",

  reviewIntro: "Prüfen Sie jeden Entwurf so, wie er erstellt wird. Erstellt wird erst, wenn Sie „Erstellen“ wählen.",
  reviewSummary: "Übersicht",
  draftsReady: (n) => `${plural(n, "Entwurf", "Entwürfe", "de")} bereit`,
  rowsSkipped: (n) => `${plural(n, "Zeile", "Zeilen", "de")} übersprungen`,
  previous: "Vorige",
  nextRow: "Nächste",
  nextProblem: "Nächstes Problem",
  rowPosition: (row, index, total) => `Zeile ${row} (${index} von ${total})`,
  noDraftForRow: "Diese Zeile bekommt keinen Entwurf, bis ihre Fehler behoben sind.",
  toLabel: "An",
  ccLabel: "Cc",
  bccLabel: "Bcc",
  attachmentsLabel: "Anhänge",
  none: "Keine",
  draftPreviewLabel: (row) => `Nachrichtentext für Zeile ${row}`,
  problemRowsLabel: "Zeilen mit Problemen",
  goToRow: (row) => `Zeile ${row}`,
  allGood: "Keine Probleme gefunden.",
  testDraft: "Testentwurf an mich",
  testDraftHint: (address, via) => `Der Entwurf der ersten Zeile, nur an ${address} adressiert (${via}).`,
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
  progressCount: (done, total) => `${done.toLocaleString("de-DE")} von ${total.toLocaleString("de-DE")} erledigt`,
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
      : `Fertig: ${plural(created, "Entwurf", "Entwürfe", "de")} erstellt, ${failed.toLocaleString("de-DE")} fehlgeschlagen. Der Bericht nennt die Gründe.`,
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
  },

  runModeLabel: "Was mit den Nachrichten geschieht",
  runModeDrafts: "Als Entwürfe speichern (empfohlen)",
  runModeSend: "Jetzt senden — gleichmäßig, 30 pro Minute",
  runModeSendHint: "Gesendete Nachrichten lassen sich nicht zurückholen. Braucht die Berechtigung, E-Mails zu senden (Mail.Send).",
  sendButton: (n) => `${plural(n, "Nachricht", "Nachrichten", "de")} senden`,
  confirmSendTitle: "Jetzt senden?",
  confirmSend: (n) => `Damit ${n === 1 ? "wird" : "werden"} jetzt ${plural(n, "Nachricht", "Nachrichten", "de")} gesendet; sie lassen sich nicht zurückholen.`,
  confirmSendLater: (later, from) =>
    `Exchange Online lässt ein Postfach an 10.000 Empfänger am Tag senden, daher warten die übrigen ${later.toLocaleString("de-DE")}${
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
      : `Fertig: ${plural(sent, "Nachricht", "Nachrichten", "de")} gesendet, ${failed.toLocaleString("de-DE")} fehlgeschlagen. Der Bericht nennt die Gründe.`,
  sendCancelled: (n) => `Abgebrochen nach ${plural(n, "Nachricht", "Nachrichten", "de")}.`,
  resumeSend: "Fehlende Nachrichten senden",
  dailyLimitReached: (sent, rest, from) =>
    `Exchange Online lässt ein Postfach an 10.000 Empfänger am Tag senden. ${plural(sent, "Nachricht", "Nachrichten", "de")} ${
      sent === 1 ? "ist" : "sind"
    } hinausgegangen; öffnen Sie Rundmail ${from === null ? "morgen" : `nach ${dateTime(from, "de")}`} wieder und wählen Sie „Fortsetzen“, um die übrigen ${rest.toLocaleString("de-DE")} zu senden.`,
  sendStatus: "Gesendet",

  earlierRunTitle: "Diese Liste wurde schon einmal begonnen",
  earlierRun: (done, total, at, mode) =>
    `Am ${dateTime(at, "de")} hat ein früherer Lauf ${done.toLocaleString("de-DE")} von ${plural(total, mode === "send" ? "Nachricht" : "Entwurf", mode === "send" ? "Nachrichten" : "Entwürfen", "de")} ${mode === "send" ? "gesendet" : "erstellt"}.`,
  continueRun: (missing, mode) => `Fortsetzen — nur die fehlenden ${missing.toLocaleString("de-DE")} ${mode === "send" ? "senden" : "erstellen"}`,
  startOverRun: (mode) => (mode === "send" ? "Neu beginnen — erneut an alle senden" : "Neu beginnen — neue Entwürfe für alle"),
  startOverResends: (n) => `Neu beginnen sendet die Nachricht ein zweites Mal an ${n === 1 ? "die Person, die" : `die ${n.toLocaleString("de-DE")} Personen, die`} sie schon erhalten ${n === 1 ? "hat" : "haben"}.`,
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
};

export const STRINGS: Readonly<Record<Lang, TaskpaneStrings>> = { en, de };

function plural(n: number, one: string, many: string, lang: Lang): string {
  return `${n.toLocaleString(lang === "de" ? "de-DE" : "en-GB")} ${n === 1 ? one : many}`;
}

/** A moment as people say it in each language: "28 Nov, 10:42" / "28. Nov., 10:42", in the pane's time zone. */
export function dateTime(ms: number, lang: Lang): string {
  // A moment that is not one (a damaged record) says nothing rather than throw inside a render.
  if (!Number.isFinite(ms)) return "—";
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(ms));
}

/** A time of day as people read it in each language: "10:42" (24-hour in en-GB and de-DE), in the pane's time zone. */
export function clockTime(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return "—";
  return new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { hour: "2-digit", minute: "2-digit" }).format(new Date(ms));
}

/** "3 minutes" / "3 Minuten"; under a minute in seconds, above an hour in hours and minutes. */
export function duration(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.round(seconds));
  const words =
    lang === "de"
      ? { s: ["Sekunde", "Sekunden"], m: ["Minute", "Minuten"], h: ["Stunde", "Stunden"] }
      : { s: ["second", "seconds"], m: ["minute", "minutes"], h: ["hour", "hours"] };
  const unit = (n: number, [one, many]: string[]): string => plural(n, one ?? "", many ?? "", lang);
  if (s < 60) return unit(s, words.s);
  const minutes = Math.round(s / 60);
  if (minutes < 60) return unit(minutes, words.m);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? unit(hours, words.h) : `${unit(hours, words.h)} ${unit(rest, words.m)}`;
}
