// `rundmail send`: the same checks as `rundmail check`, then — only with --yes — one message per row over SMTP,
// journaled so that a second run sends only what is missing. Without --yes it is a dry run that sends nothing.
//
// Exit status: 0 every row is sent (in this run or an earlier one); 1 some row was not sent (excluded with
// --skip-invalid, failed, unknown, held back, or left for later by --limit) — also a dry run of a list with errors;
// 2 a usage error; 3 the server could not be used (unreachable, login or TLS refused) and the run stopped; 4 refused,
// nothing sent: the list has rows in error (rowsInError.ts) or was sent completely before (sentBefore.ts); 130 Ctrl-C.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { createSmtpGateway } from "../../gateways/smtp/smtpGateway";
import { asciiAddress } from "../../gateways/eml/mime";
import { createSmtpDraftGateway } from "../../gateways/smtp/smtpDraftGateway";
import type { PlannedDraft } from "../../core/plan";
import { systemClock } from "../../core/run/clock";
import { intervalFor, pace } from "../../core/run/pace";
import type { OutgoingDraft } from "../../core/run/types";
import type { CommonOptions, SendOptions } from "../options";
import { terminalText, type Output } from "../output";
import { preparePlan, type Prepared } from "../preparePlan";
import { baseName } from "../check";
import { draftFileName, rowNumberWidth } from "../../gateways/eml/fileName";
import { AttachmentChangedError } from "../attachmentsFolder";
import { UsageError } from "../inputs";
import { checkSaveSentFolder, checkSendFolder } from "../outputFolder";
import { say } from "../strings";
import { Journal, JournalBusyError, JournalDamagedError, JOURNAL_FILE, peekJournal, type JournalContents } from "./journal";
import { smtpPassword } from "./password";
import { progressLine } from "./progress";
import { willSend } from "./resume";
import { sendItems, type SendItem } from "./sendItems";
import { sendReportCsv } from "./sendReport";
import { reportLines } from "./sendReportLines";
import type { RunResult, SendOutcome } from "./sendOutcome";
import { sendOverSmtp } from "./smtpRun";
import { sendSetup, type SendSetup } from "./sendSetup";
import { completeSentCopies, openSentImap, type SentImap } from "./sentImap";
import type { SentCopier } from "./sentCopies";
import { imapSetup } from "../imapDrafts";
import { printDryRun, printIssues, printSendSummary } from "./sendText";
import { EXIT_REFUSED, refusedForErrors } from "../rowsInError";
import { sayRepeat, sentCompletely, type RepeatNote, type SentBefore } from "./sentBefore";

export const EXIT_SERVER_PROBLEM = 3;
export const EXIT_INTERRUPTED = 130;

/** Next to the recipient list, named after it: mitglieder.csv → mitglieder.rundmail/. */
export const defaultOutFolder = (recipients: string): string =>
  join(dirname(recipients), `${basename(recipients, extname(recipients))}.rundmail`);

export async function runSend(options: CommonOptions, out: Output): Promise<number> {
  const { lang } = options;
  const send = options.send;
  if (send === undefined) throw new Error("runSend needs the send options");
  const setup = sendSetup(send, lang);
  // --save-sent-imap shares --ca and --insecure with --smtp (one provider, as a rule); checked before anything else.
  const sentImapSetup =
    send.saveSentImap === undefined
      ? null
      : imapSetup(
          { url: send.saveSentImap, insecure: send.insecure, ...(send.ca !== undefined ? { ca: send.ca } : {}), ...(send.sentFolder !== undefined ? { folder: send.sentFolder } : {}) },
          lang,
        );
  const outDir = options.out ?? defaultOutFolder(options.recipients);
  const prepared = await preparePlan(options);
  const { plan } = prepared;
  const journalFile = join(outDir, JOURNAL_FILE);

  await out.write(
    say(lang, "sendRead", {
      file: basename(options.recipients),
      rows: prepared.table.table.rows.length,
      template: basename(options.template),
      subject: prepared.template.subject || say(lang, "none"),
    }) + "\n\n",
  );

  // Where this run would write, checked before anything is sent (and in the dry run, so that --yes holds no surprise).
  const hasJournal = existsSync(journalFile);
  checkSendFolder(outDir, hasJournal, options.force, lang);
  let peeked = sendItems(plan, readJournalSafely(() => peekJournal(outDir), journalFile, lang).known, send.resendUnknown);
  const sentBeforePeeked = sentCompletely(peeked);
  // --again on a list sent completely: the dry run and the --save-sent check see every message as going out again.
  if (sentBeforePeeked !== null && send.again) peeked = sendItems(plan, new Map(), send.resendUnknown);
  if (send.saveSent !== undefined) {
    const width = widthFor(prepared);
    const copies = peeked.filter((i) => willSend(i.decision)).map((i) => draftFileName(i.row, i.to, width));
    checkSaveSentFolder(send.saveSent, copies, options.force, lang);
  }

  if (!send.yes) {
    const items = peeked;
    await printIssues(plan.issues, lang, out, true);
    await printDryRun(
      { plan, items, setup, rate: send.rate, limit: send.limit ?? null, skipInvalid: options.skipInvalid, journalFile },
      lang,
      out,
    );
    const note = repeatNote(sentBeforePeeked, send.again, true);
    if (note !== null) await sayRepeat(note, sentBeforePeeked, { toSend: peeked.filter((i) => willSend(i.decision)).length, journalFile }, lang, out);
    return plan.issues.some((i) => i.severity === "error") ? 1 : 0;
  }

  await printIssues(plan.issues, lang, out, false);
  if (await refusedForErrors(prepared, options.skipInvalid, "send", lang, out)) return EXIT_REFUSED;
  await out.flush();

  ensureFolder(outDir, lang);
  if (send.saveSent !== undefined) ensureFolder(send.saveSent, lang);
  const journal = readJournalSafely(() => Journal.open(outDir), journalFile, lang);
  let items: SendItem[];
  let run: RunResult;
  let sentImap: SentImap | null = null;
  let refused: boolean;
  const messageIdOf = (key: string): string => sentMessageId(journal.id, key, setup.from.address);
  try {
    items = sendItems(plan, journal.known, send.resendUnknown);
    // Decided again under the journal's lock: what the peek saw may have changed since.
    const sentBefore = sentCompletely(items);
    const note = repeatNote(sentBefore, send.again, false);
    if (note !== null) await sayRepeat(note, sentBefore, { toSend: items.filter((i) => willSend(i.decision)).length, journalFile }, lang, out);
    refused = note === "refused";
    if (note === "again") {
      journal.startAgain();
      items = sendItems(plan, journal.known, send.resendUnknown);
    }
    // Asked only when something will really go out: a finished mailing needs no password to be reported.
    const password = items.some((i) => willSend(i.decision)) ? await smtpPassword(setup.server, process.env, lang) : null;
    if (sentImapSetup !== null && items.some((i) => willSend(i.decision) || i.decision.kind === "already-sent")) {
      // Opened before the first message: a mailbox that cannot take the copies stops the command while nothing is sent.
      const opened = await openSentImap(sentImapSetup, lang, numberFromEnv("RUNDMAIL_IMAP_TIMEOUT_MS", 30_000));
      if (!opened.ok) {
        await out.flush();
        process.stderr.write(`rundmail: ${terminalText(opened.message)}\n`);
        return EXIT_SERVER_PROBLEM;
      }
      sentImap = opened.sent;
    }
    run = refused ? NOTHING_RUN : await sendWithJournal(items, prepared, setup, send, password, journal, lang, sentImap?.copier ?? null, messageIdOf);
  } catch (error) {
    await sentImap?.copier.close();
    throw error;
  } finally {
    journal.close();
  }

  if (refused) {
    // Nothing is sent and the report of the run that sent them stays as it is; but a Sent copy an earlier run could
    // not make (a kill between sending and copying) is still made, once, as the README promises for the same command.
    if (sentImap !== null) await completeCopiesAndClose(sentImap, items, new Map(), prepared, setup, lang, out, messageIdOf);
    return EXIT_REFUSED;
  }
  const outcomes = new Map<string, SendOutcome>();
  const jobs = items.filter((i) => willSend(i.decision));
  jobs.forEach((item, i) => {
    const outcome = run.outcomes[i];
    if (outcome) outcomes.set(item.key, outcome);
  });
  const lines = reportLines(prepared.table.table, plan, items, outcomes, lang);
  const reportFile = join(outDir, "report.csv");
  writeFileSync(reportFile, sendReportCsv(lines, lang));
  const sentNow = run.outcomes.filter((o) => o.status === "sent").length;
  await printSendSummary({ lines, run, sentNow, setup, reportFile, journalFile, saveSent: send.saveSent ?? null }, lang, out);
  const copiesComplete = sentImap === null || (await completeCopiesAndClose(sentImap, items, outcomes, prepared, setup, lang, out, messageIdOf));

  if (run.interrupted) return EXIT_INTERRUPTED;
  if (run.stoppedBy !== null) return EXIT_SERVER_PROBLEM;
  return lines.every((l) => l.status === "sent") && copiesComplete ? 0 : 1;
}

const NOTHING_RUN: RunResult = { outcomes: [], stoppedBy: null, interrupted: false };

async function completeCopiesAndClose(
  sent: SentImap,
  items: readonly SendItem[],
  outcomes: ReadonlyMap<string, SendOutcome>,
  prepared: Prepared,
  setup: SendSetup,
  lang: CommonOptions["lang"],
  out: Output,
  messageIdOf: (key: string) => string,
): Promise<boolean> {
  try {
    return await completeSentCopies({ sent, items, outcomes, messageIdOf, render: renderFor(prepared, setup, lang), from: setup.from, lang, out });
  } finally {
    await sent.copier.close();
  }
}

/** What to say about a list sent before: refuse it, send it again (--again), or say that --again changes nothing. */
function repeatNote(before: SentBefore | null, again: boolean, dryRun: boolean): RepeatNote | null {
  if (before !== null) return again ? "again" : dryRun ? "dry-run" : "refused";
  return again ? "again-not-needed" : null;
}

/** The same for every attempt at this row (and unique to this mailing): a mail system that sees it twice can tell. */
function sentMessageId(journalId: string, key: string, from: string): string {
  const domain = asciiAddress(from).split("@")[1] ?? "rundmail.invalid";
  return `<${journalId}.${key.replace("#", ".")}@${domain}>`;
}

/** The row's message with its files read now: a file that changed since the check costs its row, not the run. */
function renderFor(prepared: Prepared, setup: SendSetup, lang: CommonOptions["lang"]): (planned: PlannedDraft) => Promise<OutgoingDraft> {
  const { plan, contents } = prepared;
  return async (planned) => {
    const draft = plan.renderDraft(planned);
    return {
      row: draft.row,
      key: "", // set by the run
      to: draft.to,
      toName: draft.toName,
      cc: draft.cc,
      bcc: setup.archive !== null ? [setup.archive] : draft.bcc,
      subject: draft.subject,
      html: draft.html,
      text: draft.text,
      attachments: draft.attachments.map((file) => {
        let bytes: Uint8Array;
        try {
          bytes = contents(file);
        } catch (error) {
          if (error instanceof AttachmentChangedError) throw error; // says which file and why, in the user's words
          throw new Error(say(lang, "cannotRead", { what: say(lang, "attachmentFileWord"), path: baseName(file.name), reason: say(lang, "notFound") }), {
            cause: error,
          });
        }
        return { name: baseName(file.name), size: bytes.length, bytes: () => Promise.resolve(bytes) };
      }),
    };
  };
}

async function sendWithJournal(
  items: readonly SendItem[],
  prepared: Prepared,
  setup: SendSetup,
  send: SendOptions,
  password: string | null,
  journal: Journal,
  lang: CommonOptions["lang"],
  copier: SentCopier | null,
  messageIdOf: (key: string) => string,
): Promise<RunResult> {
  const width = widthFor(prepared);
  const jobs = items.filter((i) => willSend(i.decision));

  const render = renderFor(prepared, setup, lang);

  const gateway = createSmtpDraftGateway({
    sender: createSmtpGateway({
      server: setup.server,
      password,
      requireTls: setup.requireTls,
      extraCa: setup.extraCa,
      timeoutMs: numberFromEnv("RUNDMAIL_SMTP_TIMEOUT_MS", 120_000), // shorter in tests
    }),
    from: setup.from,
    // The same for every attempt at this row (and unique to this mailing): a mail system that sees a message twice
    // can tell it is one message.
    messageId: messageIdOf,
    pace: pace(intervalFor(send.rate), systemClock),
    lang,
    onSent: (draft, eml) => {
      copier?.enqueue({ key: draft.key, row: draft.row, to: draft.to, messageId: messageIdOf(draft.key) }, () => eml);
      if (send.saveSent === undefined) return;
      const file = join(send.saveSent, draftFileName(draft.row, draft.to, width));
      try {
        writeFileSync(file, eml);
      } catch (error) {
        process.stderr.write(`rundmail: ${say(lang, "cannotWrite", { path: file, reason: (error as Error).message })}\n`);
      }
    },
  });
  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED); // the second Ctrl-C: at once
    process.stderr.write(say(lang, "interrupting") + "\n");
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const tty = process.stdout.isTTY === true;
  const started = Date.now();
  const total = Math.min(jobs.length, send.limit ?? Infinity); // rows beyond --limit wait for a later run
  let done = 0;
  let sent = 0;
  let notSent = 0;
  try {
    const run = await sendOverSmtp({
      items: jobs,
      limit: send.limit ?? null,
      render,
      gateway,
      journal,
      resendUnknown: send.resendUnknown,
      lang,
      retryBaseMs: numberFromEnv("RUNDMAIL_RETRY_BASE_MS", 1000), // milliseconds in tests
      signal: controller.signal,
      onOutcome: (_item, outcome) => {
        done += 1;
        if (outcome.status === "sent") sent += 1;
        else notSent += 1;
      },
      // Reported by the engine right after each row, with its estimate of the time left.
      onProgress: (progress) => {
        if (!tty || done === 0) return;
        const line = progressLine({ done, total, sent, notSent, elapsedMs: Date.now() - started, secondsLeft: progress.secondsLeft }, lang);
        process.stdout.write(`\r${line}\x1b[K`);
      },
    });
    if (tty && done > 0) process.stdout.write("\n");
    return run;
  } finally {
    await gateway.close();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

const widthFor = (prepared: Prepared): number => rowNumberWidth(prepared.table.table.rows.at(-1)?.row ?? 0);

function readJournalSafely<T extends JournalContents | Journal>(read: () => T, file: string, lang: CommonOptions["lang"]): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof JournalDamagedError) throw new UsageError(say(lang, "journalDamaged", { file, line: error.line }));
    if (error instanceof JournalBusyError) throw new UsageError(say(lang, "journalBusy", { pid: error.pid, dir: dirname(file) }));
    throw error;
  }
}

function ensureFolder(dir: string, lang: CommonOptions["lang"]): void {
  try {
    if (statSync(dir, { throwIfNoEntry: false })?.isFile()) throw new UsageError(say(lang, "outIsFile", { path: dir }));
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(say(lang, "cannotWrite", { path: dir, reason: (error as Error).message }));
  }
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== "" ? value : fallback;
}
