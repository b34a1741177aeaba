// Every sentence the `rundmail` command says: the shape here, the words in one file per language (strings.en.ts,
// strings.de.ts). Issue texts live in core/issues.
import { makeVisible } from "../core/recipients/displayValue";
import type { Lang } from "../i18n";
import { cliTextsDe } from "./strings.de";
import { cliTextsEn } from "./strings.en";

/** A value put into a sentence: a name, a path, a count. */
type Value = string | number;

/** Each sentence takes exactly the values it names. */
export interface CliTexts {
  readonly usage: () => string;
  readonly unknownCommand: (p: { readonly command: Value }) => string;
  readonly badOption: (p: { readonly detail: Value }) => string;
  readonly missingOption: (p: { readonly option: Value }) => string;
  readonly bothAttachmentOptions: () => string;
  readonly attachmentsNeedDir: () => string;
  readonly cannotRead: (p: { readonly path: Value; readonly reason: Value; readonly what: Value }) => string;
  readonly recipientsWord: () => string;
  readonly templateWord: () => string;
  readonly attachmentsWord: () => string;
  readonly notAFolder: () => string;
  readonly notFound: () => string;
  readonly notAllowed: () => string;
  readonly templateType: (p: { readonly path: Value }) => string;
  readonly unreadableTable: (p: { readonly message: Value; readonly path: Value }) => string;
  readonly outExists: (p: { readonly path: Value }) => string;
  readonly outIsFile: (p: { readonly path: Value }) => string;
  readonly outNameTaken: (p: { readonly name: Value; readonly path: Value }) => string;
  readonly saveSentTaken: (p: { readonly name: Value; readonly path: Value }) => string;
  readonly keptForeignFiles: (p: { readonly count: Value; readonly dir: Value }) => string;
  readonly sheetLabel: (p: { readonly name: Value }) => string;
  readonly sheetNeedsWorkbook: (p: { readonly path: Value }) => string;
  readonly summaryRead: (p: { readonly columns: Value; readonly delimiter: Value; readonly encoding: Value; readonly file: Value; readonly rows: Value }) => string;
  readonly summaryColumns: (p: { readonly cc: Value; readonly email: Value }) => string;
  readonly summaryTemplate: (p: { readonly file: Value; readonly subject: Value }) => string;
  readonly summaryFiles: (p: { readonly count: Value; readonly rule: Value }) => string;
  readonly summaryCounts: (p: { readonly drafts: Value; readonly errors: Value; readonly inError: Value; readonly rows: Value; readonly warnings: Value }) => string;
  readonly readyYes: () => string;
  readonly readyNo: () => string;
  readonly readyExcluding: (p: { readonly count: Value; readonly rows: Value }) => string;
  readonly excludedInReport: (p: { readonly count: Value }) => string;
  readonly excludedListed: (p: { readonly count: Value }) => string;
  readonly errorsHeading: () => string;
  readonly warningsHeading: () => string;
  readonly previewHeading: (p: { readonly row: Value }) => string;
  readonly none: () => string;
  readonly wroteDrafts: (p: { readonly count: Value; readonly dir: Value }) => string;
  readonly wroteReport: (p: { readonly file: Value }) => string;
  readonly noDraftsWritten: () => string;
  readonly draftsBlockedByRowErrors: (p: { readonly count: Value; readonly rows: Value; readonly valid: Value }) => string;
  readonly internalError: (p: { readonly message: Value }) => string;
  readonly fieldFrom: () => string;
  readonly fieldTo: () => string;
  readonly fieldSubject: () => string;
  readonly attachmentsLine: (p: { readonly list: Value }) => string;
  // ---- rundmail send ----
  readonly badCount: (p: { readonly min: Value; readonly option: Value; readonly value: Value }) => string;
  readonly smtpNotUrl: () => string;
  readonly smtpPasswordInUrl: () => string;
  readonly smtpExtraParts: () => string;
  readonly passwordNoTerminal: (p: { readonly user: Value }) => string;
  readonly passwordPrompt: (p: { readonly server: Value; readonly user: Value }) => string;
  readonly passwordEmpty: () => string;
  readonly fromMissing: (p: { readonly user: Value }) => string;
  readonly fromMissingNoUser: () => string;
  readonly fromInvalid: (p: { readonly value: Value }) => string;
  readonly archiveInvalid: (p: { readonly value: Value }) => string;
  readonly caWord: () => string;
  readonly caNotPem: (p: { readonly path: Value }) => string;
  readonly journalBusy: (p: { readonly dir: Value; readonly pid: Value }) => string;
  readonly journalDamaged: (p: { readonly file: Value; readonly line: Value }) => string;
  readonly cannotWrite: (p: { readonly path: Value; readonly reason: Value }) => string;
  readonly sendRead: (p: { readonly file: Value; readonly rows: Value; readonly subject: Value; readonly template: Value }) => string;
  readonly sendWarnings: (p: { readonly count: Value }) => string;
  readonly dryRunHeading: () => string;
  readonly dryWouldSend: (p: { readonly count: Value; readonly from: Value; readonly login: Value; readonly pace: Value; readonly security: Value; readonly server: Value }) => string;
  readonly securityStartTls: () => string;
  readonly securityTls: () => string;
  readonly securityNone: () => string;
  readonly loginAs: (p: { readonly user: Value }) => string;
  readonly paceLimited: (p: { readonly duration: Value; readonly rate: Value }) => string;
  readonly paceNone: () => string;
  readonly dryRecipients: (p: { readonly list: Value }) => string;
  readonly andMore: (p: { readonly count: Value }) => string;
  readonly dryArchive: (p: { readonly address: Value }) => string;
  readonly dryAlreadySent: (p: { readonly count: Value; readonly file: Value }) => string;
  readonly dryUnknown: (p: { readonly count: Value }) => string;
  readonly dryUnknownResend: (p: { readonly count: Value }) => string;
  readonly dryHeld: (p: { readonly count: Value }) => string;
  readonly dryPartial: (p: { readonly count: Value }) => string;
  readonly dryRowErrors: (p: { readonly count: Value }) => string;
  readonly dryRowErrorsExcluded: (p: { readonly count: Value }) => string;
  readonly nothingToSend: () => string;
  readonly sendPreviewHeading: (p: { readonly row: Value }) => string;
  readonly archiveLine: (p: { readonly address: Value }) => string;
  readonly blockedByRowErrors: (p: { readonly count: Value; readonly rows: Value; readonly valid: Value }) => string;
  readonly alreadySentRefused: (p: { readonly at: Value; readonly count: Value; readonly file: Value }) => string;
  readonly dryAlreadySentAll: (p: { readonly at: Value; readonly count: Value }) => string;
  readonly sendingAgain: (p: { readonly at: Value; readonly count: Value }) => string;
  readonly againNotNeeded: (p: { readonly count: Value }) => string;
  readonly blockedWholeTable: () => string;
  readonly interrupting: () => string;
  readonly progressLine: (p: { readonly done: Value; readonly failed: Value; readonly left: Value; readonly rate: Value; readonly sent: Value; readonly total: Value }) => string;
  readonly progressFailed: (p: { readonly count: Value }) => string;
  readonly timeLeft: (p: { readonly duration: Value }) => string;
  readonly summarySent: (p: { readonly all: Value; readonly now: Value; readonly server: Value; readonly total: Value }) => string;
  readonly summaryAllSent: () => string;
  readonly summaryFailed: (p: { readonly count: Value }) => string;
  readonly summaryUnknown: (p: { readonly count: Value }) => string;
  readonly summaryPartial: (p: { readonly count: Value }) => string;
  readonly summaryHeld: (p: { readonly count: Value }) => string;
  readonly summaryExcluded: (p: { readonly count: Value }) => string;
  readonly summaryLimit: (p: { readonly count: Value }) => string;
  readonly summaryInterrupted: (p: { readonly count: Value }) => string;
  readonly summaryStopped: (p: { readonly why: Value }) => string;
  readonly summaryNotTried: (p: { readonly count: Value }) => string;
  readonly summaryRowLine: (p: { readonly address: Value; readonly detail: Value; readonly row: Value }) => string;
  readonly summaryJournal: (p: { readonly file: Value }) => string;
  readonly summarySavedSent: (p: { readonly dir: Value }) => string;
  readonly problemLogin: (p: { readonly reason: Value; readonly user: Value }) => string;
  readonly problemLoginNoUser: (p: { readonly reason: Value }) => string;
  readonly problemTlsRequired: (p: { readonly reason: Value }) => string;
  readonly problemCertificate: (p: { readonly reason: Value }) => string;
  readonly problemTls: (p: { readonly reason: Value }) => string;
  readonly problemConnect: (p: { readonly reason: Value; readonly server: Value }) => string;
  readonly detailSentEarlier: (p: { readonly at: Value }) => string;
  readonly detailRefused: (p: { readonly list: Value }) => string;
  readonly detailRetry: (p: { readonly reason: Value }) => string;
  readonly detailUnknown: (p: { readonly reason: Value }) => string;
  readonly detailUnknownEarlier: (p: { readonly at: Value }) => string;
  readonly detailPartial: (p: { readonly list: Value; readonly reason: Value }) => string;
  readonly detailHeld: (p: { readonly at: Value; readonly row: Value }) => string;
  readonly detailLimit: () => string;
  readonly detailInterrupted: () => string;
  readonly detailStopped: () => string;
  readonly attachmentFileWord: () => string;
  readonly attachToEveryoneUnknown: (p: { readonly name: Value; readonly names: Value }) => string;
  readonly attachmentReplaced: (p: { readonly name: Value }) => string;
  readonly attachmentGone: (p: { readonly name: Value }) => string;
  readonly attachmentGrewTooLarge: (p: { readonly name: Value }) => string;
  readonly attachmentSizeChanged: (p: { readonly name: Value }) => string;
  readonly moreInReport: (p: { readonly count: Value }) => string;
  readonly durationSeconds: (p: { readonly n: Value }) => string;
  readonly durationMinutes: (p: { readonly n: Value }) => string;
  readonly durationHours: (p: { readonly h: Value; readonly m: Value }) => string;
  // ---- rundmail drafts --imap ----
  readonly imapNotUrl: () => string;
  readonly imapPasswordInUrl: () => string;
  readonly imapNoUser: () => string;
  readonly imapExtraParts: () => string;
  readonly imapOptionsNeedImap: () => string;
  readonly imapBlockedByRowErrors: (p: { readonly count: Value; readonly rows: Value; readonly valid: Value }) => string;
  readonly imapBlockedWholeTable: () => string;
  readonly imapPasswordNoTerminal: (p: { readonly user: Value }) => string;
  readonly imapPasswordEmpty: () => string;
  readonly imapOpened: (p: { readonly count: Value; readonly folder: Value; readonly server: Value; readonly user: Value }) => string;
  readonly imapNoBcc: () => string;
  readonly imapRowFailed: (p: { readonly address: Value; readonly reason: Value; readonly row: Value }) => string;
  readonly imapDone: (p: { readonly created: Value; readonly earlier: Value; readonly folder: Value }) => string;
  readonly imapNotCreated: (p: { readonly count: Value }) => string;
  readonly imapStopped: (p: { readonly reason: Value }) => string;
  readonly imapInterrupting: () => string;
  readonly imapProgress: (p: { readonly created: Value; readonly done: Value; readonly left: Value; readonly total: Value }) => string;
  readonly imapInterrupted: () => string;
  readonly sentCopies: (p: { readonly folder: Value; readonly stored: Value; readonly there: Value }) => string;
  readonly sentCopyFailed: (p: { readonly address: Value; readonly folder: Value; readonly reason: Value; readonly row: Value }) => string;
}

/** Every language's sentences; a language missing here, or a key missing in one, is a compile error. */
export const CLI_TEXTS: Readonly<Record<Lang, CliTexts>> = { en: cliTextsEn, de: cliTextsDe };

export type TextKey = keyof CliTexts;
type ParamsOf<K extends TextKey> = Parameters<CliTexts[K]>;

/**
 * A sentence in the user's language. Every value put into it is one line without control characters (made visible),
 * because values are user data — a column name, a file name, a server's reply — and sentences reach the terminal.
 */
export function say<K extends TextKey>(lang: Lang, key: K, ...params: ParamsOf<K>): string {
  const given: Readonly<Record<string, Value>> = params[0] ?? {};
  const safe: Record<string, Value> = {};
  for (const [name, value] of Object.entries(given)) safe[name] = typeof value === "string" ? makeVisible(value) : value;
  // The key's own parameter type was checked at the call; here every text takes a record of values.
  const text = CLI_TEXTS[lang][key] as (p: Readonly<Record<string, Value>>) => string;
  return text(safe);
}
