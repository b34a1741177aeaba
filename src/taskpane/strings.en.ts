// The task pane's texts in English. Every key of TaskpaneStrings (strings.ts) must be here: the compiler checks.
import { clockTime, dateTime, dayMonth, duration, formatNumber, plural, sendTime } from "../i18n";
import type { TaskpaneStrings } from "./strings";

export const paneStringsEn: TaskpaneStrings = {
  title: "Rundmail",
  stepsLabel: "Steps",
  steps: { recipients: "Recipients", message: "Message", attachments: "Attachments", review: "Review", create: "Create" },
  stepOf: (index, total) => `Step ${formatNumber(index, "en")} of ${formatNumber(total, "en")}`,
  stepButton: (index, step) => `Step ${formatNumber(index, "en")}: ${step}`,
  back: "Back",
  next: (step) => `Next: ${step}`,
  working: "Working…",

  recipientsIntro: "Who gets a message? Paste a table, choose a file, or use the list attached to this message.",
  pasteLabel: "Paste a table",
  pasteHint: "Copy the rows from Excel, Word or Sheets, with the header row, and paste them here.",
  pastePlaceholder: "E-Mail\tVorname\nanna@example.de\tAnna",
  chooseFile: "Choose a file",
  useAttachedCsv: "Use a list attached to this message",
  attachedCsvNone:
    "This message has no .csv, .tsv, .txt, .xlsx, .xls or .ods attachment. Attach the list to the message, or choose the file.",
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
  insertSalutation: "Insert a salutation",
  salutationInserted: (formal) =>
    formal ? "Salutation inserted: formal where the list's salutation column says Ms or Mr (or Frau, Herr), neutral for everyone else." : "Salutation inserted.",
  templateOk: "Every field in the message is a column of the table.",

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
  zipMoreRefused: (n) => `…and ${formatNumber(n, "en")} more.`,
  templateAttachmentsLabel: "Attachments of this message",
  templateAttachmentsHint: "Ticked files go to everyone; the others only to the rows that name them.",
  noTemplateAttachments: "This message has no attachments.",
  toEveryone: (name) => `${name} to everyone`,
  recipientListNeverSent: (name) => `${name} is the recipient list and is never sent.`,
  namedByRows: (rows, more) => {
    const named = rows.map((row) => formatNumber(row, "en"));
    const list = more > 0 ? `${named.join(", ")} and ${formatNumber(more, "en")} more` : listEn(named);
    return rows.length + more === 1 ? `Only for row ${list}, which names it` : `Only for rows ${list}, which name it`;
  },
  namedByNoRow: "No row names it, so it is not sent",
  heldBackTableFile: "A table file may be a list of people: it goes to nobody unless you tick it",
  rowFilesLabel: "Files per row",
  everyoneGets: (names) => `Everyone gets: ${names}`,
  noRowFiles: "No files",

  reviewIntro: "Check every draft as it will be created. Nothing is created until you choose Create.",
  reviewSummary: "Summary",
  draftsReady: (n) => `${plural(n, "draft", "drafts", "en")} ready`,
  rowsInError: (n) => `${plural(n, "row", "rows", "en")} with errors`,
  previous: "Previous",
  nextRow: "Next",
  nextProblem: "Next problem",
  rowPosition: (row, index, total) => `Row ${formatNumber(row, "en")} (${formatNumber(index, "en")} of ${formatNumber(total, "en")})`,
  noDraftForRow: "This row gets no draft until its errors are put right.",
  toLabel: "To",
  ccLabel: "Cc",
  bccLabel: "Bcc",
  attachmentsLabel: "Attachments",
  none: "None",
  draftPreviewLabel: (row) => `Message text for row ${formatNumber(row, "en")}`,
  problemRowsLabel: "Rows with problems",
  goToRow: (row) => `Row ${formatNumber(row, "en")}`,
  allGood: "No problems found.",
  testDraft: "Send a test draft to me",
  testDraftHint: (row, address, via) => `Row ${formatNumber(row, "en")}'s draft, addressed only to ${address} (${via}).`,
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
  zipButton: (n) => `Download ${plural(n, "draft", "drafts", "en")} as ZIP`,
  composeButton: (n) => `Open ${plural(n, "message window", "message windows", "en")}`,
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
  runOverLabel: {
    drafts: "Drafts created",
    send: "Messages sent",
    scheduled: "Messages scheduled",
    zip: "Drafts downloaded as ZIP",
    compose: "Message windows opened",
    cancelled: "Run cancelled",
    stopped: "Run stopped",
  },
  progressCount: (done, total) => `${formatNumber(done, "en")} of ${formatNumber(total, "en")} done`,
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
      : `Done: ${plural(created, "draft", "drafts", "en")} created, ${formatNumber(failed, "en")} failed. The report says why.`,
  runCancelled: (created) => `Cancelled after ${plural(created, "draft", "drafts", "en")}.`,
  runFailed: (reason) => `The run stopped: ${reason}`,
  resultsLabel: "Result per row",
  downloadReport: "Download report (CSV)",
  startOver: "Start a new run",
  status: { created: "Created", failed: "Failed", cancelled: "Cancelled", skipped: "Skipped", notCreated: "Not created", excluded: "Excluded" },

  runModeLabel: "What happens to the messages",
  runModeDrafts: "Save as drafts (recommended)",
  runModeSend: "Send now — paced, 30 per minute",
  runModeSendHint: "Sent messages cannot be recalled. Needs permission to send mail (Mail.Send).",
  sendButton: (n) => `Send ${plural(n, "message", "messages", "en")}`,
  confirmSendTitle: "Send now?",
  confirmSend: (n) => `This sends ${plural(n, "message", "messages", "en")} now; they cannot be recalled.`,
  confirmSendLater: (later, from) =>
    `Exchange Online lets a mailbox send to 10,000 recipients a day, so the other ${formatNumber(later, "en")} wait${
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
      : `Done: ${plural(sent, "message", "messages", "en")} sent, ${formatNumber(failed, "en")} failed. The report says why.`,
  sendCancelled: (n) => `Cancelled after ${plural(n, "message", "messages", "en")}.`,
  resumeSend: "Send the missing messages",
  sendWhenLabel: "When they leave",
  sendWhenNow: "Right away",
  sendWhenLater: "At a later time",
  sendDateLabel: "Date",
  sendTimeLabel: "Time",
  sendAtLeaves: (at) => `They leave on ${sendTime(at, "en")} (your time), even with this computer off.`,
  sendAtProblem: {
    incomplete: "Enter a date and a time.",
    "skipped-by-clock-change": "That time does not exist on this day: the clocks go forward. Choose another time.",
    past: "That time has passed. Choose a time in the future.",
    "too-far": "Choose a time within the next year.",
  },
  scheduleButton: (n) => `Schedule ${plural(n, "message", "messages", "en")}`,
  confirmScheduleTitle: "Schedule sending?",
  confirmSchedule: (n, at) =>
    `${plural(n, "message", "messages", "en")} will leave on ${sendTime(at, "en")}. Until then they wait in your Drafts folder, where you can still change or delete them; once sent, they cannot be recalled.`,
  confirmScheduleButton: "Schedule",
  schedulingLabel: "Scheduling messages",
  scheduleDone: (n, failed, at) =>
    `Done: ${plural(n, "message", "messages", "en")} scheduled for ${sendTime(at, "en")}. They wait in Drafts until then${
      failed === 0 ? "." : `; ${formatNumber(failed, "en")} failed. The report says why.`
    }`,
  scheduleCancelled: (n, at) => `Cancelled after ${plural(n, "message", "messages", "en")}; those leave on ${sendTime(at, "en")} unless you delete them from Drafts.`,
  dailyLimitReached: (sent, rest, from) =>
    `Exchange Online lets a mailbox send to 10,000 recipients a day. ${plural(sent, "message", "messages", "en")} went out; open Rundmail again${
      from === null ? " tomorrow" : ` after ${dateTime(from, "en")}`
    } and choose Continue to send the remaining ${formatNumber(rest, "en")}.`,
  sendStatus: "Sent",
  scheduledStatus: "Scheduled",

  earlierRunTitle: "This list was started before",
  earlierRun: (done, total, at, mode) =>
    `An earlier run ${mode === "send" ? "sent" : "created"} ${formatNumber(done, "en")} of ${plural(total, mode === "send" ? "message" : "draft", mode === "send" ? "messages" : "drafts", "en")} on ${dateTime(at, "en")}.`,
  earlierRunLeaves: (at) => `They leave on ${sendTime(at, "en")}, and wait in Drafts until then.`,
  continueRun: (missing, mode) => `Continue — ${mode === "send" ? "send" : "create"} only the missing ${formatNumber(missing, "en")}`,
  startOverRun: (mode) => (mode === "send" ? "Start over — send to everyone again" : "Start over — new drafts for everyone"),
  startOverResends: (n) => `Starting over sends the message a second time to the ${formatNumber(n, "en")} ${n === 1 ? "person who" : "people who"} already received it.`,
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

  sheetLabel: "Sheet",
  sheetHint: (n) => `${plural(n, "sheet", "sheets", "en")} of this workbook hold tables. Without a choice, the first visible one is used.`,
  sheetPlaceholder: "Choose a sheet",
  sheetHidden: (name) => `${name} (hidden)`,
  sheetOnly: (name) => `Sheet: ${name}`,
  sheetReading: "Reading the sheet…",
  dropHint: "You can also drop the file here.",
  dropHere: "Drop the file to use it as the list",
  dropOneFile: "Drop one file only: the list of recipients.",
  emptyFieldRows: (rows, more) => {
    const named = rows.map((r) => `${formatNumber(r.row, "en")} (${r.fields.join(", ")})`);
    const list = more > 0 ? `${named.join(", ")} and ${formatNumber(more, "en")} more` : listEn(named);
    const several = rows.length + more > 1;
    return `${several ? "Rows" : "Row"} ${list} ${several ? "have" : "has"} an empty field; see the review.`;
  },
  rowGetsNoMessage: (problem) => (problem === null ? "No message, so no files." : `No message, so no files: ${problem}`),
  onlyEveryoneFiles: "Only the files for everyone",
  gridEditHint: "Select a row number to correct that row or leave it out. Your file itself stays as it is.",
  rowActionsLabel: (row) => `Row ${formatNumber(row, "en")}: correct or leave out`,
  editRowTitle: (row) => `Row ${formatNumber(row, "en")}`,
  editRowIntro: "Correct the cells here; the row is checked again at once. Your file itself is not changed.",
  editRowSave: "Check and keep",
  editRowCancel: "Cancel",
  undoRowEdits: "Undo my corrections",
  excludeRow: "Leave out this row",
  includeRow: "Include this row again",
  excludedByYou: "excluded by you",
  cellCorrected: "corrected",
  excludedCount: (n) => `${plural(n, "row", "rows", "en")} excluded`,

  createAgainTitle: (mode) => (mode === "send" ? "Already sent" : "Already created"),
  createAgainQuestion: (count, at, mode) => {
    const what = mode === "send" ? ["message", "messages", "sent", "send"] : ["draft", "drafts", "created", "create"];
    const these = count === 1 ? `This ${what[0]} was` : `These ${plural(count, what[0] ?? "", what[1] ?? "", "en")} were`;
    return `${these} ${what[2]} on ${dayMonth(at, "en")} at ${clockTime(at, "en")} — ${what[3]} ${count === 1 ? "it" : "them"} again?`;
  },
  createAgainNo: (mode) => (mode === "send" ? "No, don’t send again" : "No, don’t create again"),
  createAgainYes: (mode) => (mode === "send" ? "Send again" : "Create again"),
  fallbackLabel: "Where a cell is empty, write",
  fallbackHint: "Optional. The fields below then insert {{Field|this text}}.",
  fallbackInvalid: "This text cannot contain { or } or a line break.",
};

/** "a", "a and b", "a, b and c". */
function listEn(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}
