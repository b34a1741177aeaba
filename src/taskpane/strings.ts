// Every text the task pane shows: the shape here, the words in one file per language (strings.en.ts, strings.de.ts).
// Sentence case, in the user's words. Texts that take values are functions; numbers are written the way each language
// writes them (src/i18n).
import type { Lang } from "../i18n";
import type { StepId } from "./state/wizard";
import type { CreateBlocker, TestDraftBlocker } from "./state/plan";
import type { ZipRefusalKind } from "./files/zip";
import type { NamedRow } from "./state/rowHints";
import type { SendAtProblem } from "../core/run/sendAt";
import { paneStringsDe } from "./strings.de";
import { paneStringsEn } from "./strings.en";

type Count = (n: number) => string;

export interface TaskpaneStrings {
  readonly title: string;
  readonly stepsLabel: string;
  readonly steps: Readonly<Record<StepId, string>>;
  /** "Step 2 of 5" */
  readonly stepOf: (index: number, total: number) => string;
  /** A step button's accessible name: "Step 1: Recipients" (the circle with the number alone reads "1Recipients"). */
  readonly stepButton: (index: number, step: string) => string;
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
  /** The salutation helper's button and what it says once the line is in the message. */
  readonly insertSalutation: string;
  readonly salutationInserted: (formal: boolean) => string;
  readonly templateOk: string;

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
  /** The first rows naming a file (spreadsheet row numbers) and how many more do. */
  readonly namedByRows: (rows: readonly number[], more: number) => string;
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
  readonly rowsInError: Count;
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
  /** The row whose draft the test draft is: the one shown (else the first with a draft). */
  readonly testDraftHint: (row: number, address: string, via: string) => string;
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
  /** The start button says what will happen, per way of creating drafts: Graph's (and any other's) drafts, */
  readonly createButton: Count;
  /** the ZIP of .eml files to download, */
  readonly zipButton: Count;
  /** or one Outlook message window per recipient. */
  readonly composeButton: Count;
  readonly createBlockedTitle: string;
  readonly createBlocked: Readonly<Record<CreateBlocker, string>>;
  readonly errorsToFix: Count;
  readonly progressLabel: string;
  /** The run's label once it is over: what was done (per way and mode), or that it was cancelled or stopped. */
  readonly runOverLabel: Readonly<Record<"drafts" | "send" | "scheduled" | "zip" | "compose" | "cancelled" | "stopped", string>>;
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
  readonly status: Readonly<Record<"created" | "failed" | "cancelled" | "skipped" | "notCreated" | "excluded", string>>;

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
  // Scheduled sending: the messages leave at a time the user gives, held by Exchange (in Drafts) until then.
  readonly sendWhenLabel: string;
  readonly sendWhenNow: string;
  readonly sendWhenLater: string;
  readonly sendDateLabel: string;
  readonly sendTimeLabel: string;
  /** Under the fields: the time read back in words, and that the computer may be off. */
  readonly sendAtLeaves: (at: number) => string;
  readonly sendAtProblem: Readonly<Record<SendAtProblem, string>>;
  readonly scheduleButton: Count;
  readonly confirmScheduleTitle: string;
  readonly confirmSchedule: (n: number, at: number) => string;
  readonly confirmScheduleButton: string;
  readonly schedulingLabel: string;
  readonly scheduleDone: (scheduled: number, failed: number, at: number) => string;
  readonly scheduleCancelled: (n: number, at: number) => string;
  /** After a send run that the daily limit cut short. */
  readonly dailyLimitReached: (sent: number, rest: number, from: number | null) => string;
  readonly sendStatus: string;
  readonly scheduledStatus: string;

  // ---- step 5: an earlier run of the same plan ----
  readonly earlierRunTitle: string;
  readonly earlierRun: (done: number, total: number, at: number, mode: "drafts" | "send") => string;
  /** After earlierRun, for a scheduled send: when its messages leave. */
  readonly earlierRunLeaves: (at: number) => string;
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

  // ---- step 1: workbooks (.xlsx, .xls, .ods) and dropping a file ----
  readonly sheetLabel: string;
  /** Under the sheet picker: how many sheets hold tables, and which one is taken without a choice. */
  readonly sheetHint: (sheetsWithTables: number) => string;
  readonly sheetPlaceholder: string;
  /** A hidden sheet as the picker lists it (never taken without a choice). */
  readonly sheetHidden: (name: string) => string;
  /** The one sheet of the workbook that holds a table. */
  readonly sheetOnly: (name: string) => string;
  readonly sheetReading: string;
  readonly dropHint: string;
  /** Shown while a file is dragged over step 1. */
  readonly dropHere: string;
  readonly dropOneFile: string;
  // ---- hints that name their rows (issue 12) ----
  /** Step 2: the first few rows with an empty field, each with its fields, and how many more there are. */
  readonly emptyFieldRows: (rows: readonly NamedRow[], more: number) => string;
  /** Step 3: a row that gets no message, so no files; `problem` is its error without the "Row N:" in front. */
  readonly rowGetsNoMessage: (problem: string | null) => string;
  /** Step 3: a row with no files of its own that still gets the files for everyone. */
  readonly onlyEveryoneFiles: string;
  // ---- step 1: correcting a row, or leaving it out (issue 12; the CLI's words: "excluded") ----
  /** Under the grid: how a row is corrected or left out. */
  readonly gridEditHint: string;
  /** The row number's button: what it opens. */
  readonly rowActionsLabel: (row: number) => string;
  readonly editRowTitle: (row: number) => string;
  readonly editRowIntro: string;
  readonly editRowSave: string;
  readonly editRowCancel: string;
  readonly undoRowEdits: string;
  readonly excludeRow: string;
  readonly includeRow: string;
  /** A row the user left out, in the grid and as the report's reason. */
  readonly excludedByYou: string;
  /** Said after a cell's value the user changed (for screen readers; the grid marks it too). */
  readonly cellCorrected: string;
  readonly excludedCount: Count;

  // ---- step 5: a list created before (never twice by accident) ----
  readonly createAgainTitle: (mode: "drafts" | "send") => string;
  /** "These 5 drafts were created on 3 Dec at 10:14 — create them again?" */
  readonly createAgainQuestion: (count: number, at: number, mode: "drafts" | "send") => string;
  readonly createAgainNo: (mode: "drafts" | "send") => string;
  readonly createAgainYes: (mode: "drafts" | "send") => string;

  // ---- step 2: a fallback for the insert-field chips ----
  /** The optional text written where a row's cell is empty: the chips then insert {{Field|text}}. */
  readonly fallbackLabel: string;
  readonly fallbackHint: string;
  readonly fallbackInvalid: string;
}

/** Every language's texts; a language missing here, or a key missing in one, is a compile error. */
export const STRINGS: Readonly<Record<Lang, TaskpaneStrings>> = { en: paneStringsEn, de: paneStringsDe };
