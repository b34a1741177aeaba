// `rundmail drafts --imap URL`: one draft per row straight into the mailbox's Drafts folder (gateways/imap), on the one
// run engine (core/run/startRun) like the .eml route, with the same messages as the .eml files (see imapDraft.ts
// for what differs, and why).
//
// Each draft's key is a hash of what the person receives (send/messageKey.ts), so running the same command again —
// after a kill, a lost connection, a full mailbox — adds only the drafts that are missing; the mailbox itself is the
// record (mailboxLedger), so nothing is kept on disk. With --out, report.csv goes there, as for the .eml route.
//
// Exit status, as for `send`: 0 every row's draft is in the folder (now or from an earlier run); 1 some row was not
// created (excluded with --skip-invalid, or failed); 2 a usage error; 3 the mailbox could not be used (unreachable,
// login or TLS refused, no such folder, full) and the run stopped; 4 refused: the list has errors (rowsInError.ts);
// 130 interrupted.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { IssueCode } from "../core/issues/codes";
import type { PlannedDraft } from "../core/plan";
import { rowMessage } from "../core/run/messages";
import { startRun } from "../core/run/startRun";
import type { RowOutcome, RunProgress } from "../core/run/types";
import type { Lang } from "../i18n";
import { createImapDraftGateway, mailboxLedger } from "../gateways/imap/imapDraftGateway";
import { connectImap } from "../gateways/imap/imapMailbox";
import { describeImapServer, parseImapUrl, type ImapServerAddress, type ImapUrlProblem } from "../gateways/imap/imapUrl";
import { openFolder } from "../gateways/imap/openFolder";
import { secretForms } from "../gateways/smtp/scrubSecrets";
import { exitCodeFor } from "./check";
import { excludedLines } from "./drafts";
import { UsageError } from "./inputs";
import type { CommonOptions, ImapOptions } from "./options";
import { terminalText, type Output } from "./output";
import { renderFromPlan } from "./renderFromPlan";
import { EXIT_REFUSED, refusedForErrors } from "./rowsInError";
import { REPORT_FILE, rundmailOutputIn } from "./outputFolder";
import type { Prepared } from "./preparePlan";
import { reportCsv, type ReportLine } from "./report";
import { keyCounter, messageHash } from "./send/messageKey";
import { imapPassword } from "./send/password";
import { formatDuration } from "./send/progress";
import { readCa } from "./send/sendSetup";
import { say, type TextKey } from "./strings";

export const EXIT_MAILBOX_PROBLEM = 3;
export const EXIT_INTERRUPTED = 130;

export interface ImapSetup {
  readonly server: ImapServerAddress;
  readonly folder?: string;
  readonly extraCa: readonly string[];
  readonly requireTls: boolean;
}

const URL_PROBLEMS: Record<ImapUrlProblem, TextKey> = {
  "not-a-url": "imapNotUrl",
  scheme: "imapNotUrl",
  "no-host": "imapNotUrl",
  "no-user": "imapNoUser",
  "password-in-url": "imapPasswordInUrl",
  "extra-parts": "imapExtraParts",
};

/** Everything checkable before a file is read or a connection made; mistakes are usage errors (exit 2). */
export function imapSetup(options: ImapOptions, lang: Lang): ImapSetup {
  const parsed = parseImapUrl(options.url);
  if (!parsed.ok) throw new UsageError(say(lang, URL_PROBLEMS[parsed.problem])); // never echoes the URL: it may hold a password
  return {
    server: parsed.server,
    ...(options.folder !== undefined ? { folder: options.folder } : {}),
    extraCa: options.ca === undefined ? [] : [readCa(options.ca, lang)],
    requireTls: !options.insecure,
  };
}

/** A row whose answer says every further row would fail the same way: the run stops instead of trying each. */
const STOPS_THE_RUN: ReadonlySet<string> = new Set<IssueCode>(["imap-login", "imap-tls", "imap-certificate", "imap-folder-missing", "imap-over-quota"]);

export async function putDraftsIntoMailbox(prepared: Prepared, options: CommonOptions, setup: ImapSetup, out: Output): Promise<number> {
  const { plan } = prepared;
  const { lang } = options;
  // Before the password is asked for or a connection made: a refused list costs the user nothing.
  if (await refusedForErrors(prepared, options.skipInvalid, "imap", lang, out)) return EXIT_REFUSED;
  const reportFile = options.out === undefined ? null : checkedReportFile(options.out, lang);
  const server = describeImapServer(setup.server);
  const user = setup.server.user;

  // The key of each row: what the person receives, so that the same command finds its own drafts again.
  const keyOf = keyCounter();
  const keys = new Map<PlannedDraft, string>(plan.drafts.map((planned) => [planned, keyOf(messageHash(plan.renderDraft(planned)))]));

  const password = await imapPassword(setup.server, process.env, lang);
  const secrets = secretForms(user, password);
  const connect = () =>
    connectImap({ server: setup.server, password, requireTls: setup.requireTls, extraCa: setup.extraCa, timeoutMs: numberFromEnv("RUNDMAIL_IMAP_TIMEOUT_MS", 30_000) });
  const opened = await openFolder({ connect, wanted: setup.folder, user, server, secrets });
  if (!opened.ok) {
    await out.flush();
    // The server's words are in it: made safe for the terminal like everything else the command prints.
    process.stderr.write(`rundmail: ${terminalText(rowMessage(opened.code, lang, opened.params))}\n`);
    return EXIT_MAILBOX_PROBLEM;
  }
  const { folder } = opened;
  await out.write(say(lang, "imapOpened", { count: plan.drafts.length, folder, user, server }) + "\n");
  const first = plan.drafts[0];
  if (first !== undefined && plan.renderDraft(first).bcc.length > 0) await out.write(say(lang, "imapNoBcc") + "\n");
  await out.flush();

  const retryBaseMs = numberFromEnv("RUNDMAIL_RETRY_BASE_MS", 1000);
  const gateway = createImapDraftGateway({
    mailbox: opened.mailbox,
    reconnect: connect,
    folder,
    flags: ["\\Draft"],
    user,
    server,
    secrets,
    lang,
    lookUpRetryMs: retryBaseMs / 2,
  });
  // A file that changed since the check costs its row; any other error reading a file stops the run (as for .eml).
  const fatal: unknown[] = [];
  let stopped: string | null = null;
  let interrupted = false;
  const tty = process.stdout.isTTY === true;
  const run = startRun({
    runId: "imap",
    drafts: plan.drafts,
    keyOf: (planned) => keys.get(planned) ?? "",
    gateway,
    ledger: mailboxLedger(gateway),
    lang,
    retryBaseMs,
    throttle: { firstWaitMs: Math.max(1, retryBaseMs) },
    render: renderFromPlan(prepared, {
      onFatal: (error) => {
        fatal.push(error);
        run.cancel();
      },
    }),
    // On a terminal, one line that is rewritten: how far, and the engine's estimate of the time left.
    onProgress: (progress: RunProgress) => {
      if (!tty) return;
      const done = progress.created + progress.failed;
      const left = done < progress.total && progress.secondsLeft !== null ? ` · ${say(lang, "timeLeft", { duration: formatDuration(progress.secondsLeft * 1000, lang) })}` : "";
      process.stdout.write(`\r${say(lang, "imapProgress", { done, total: progress.total, created: progress.created, left })}\x1b[K`);
    },
    onRow: (outcome) => {
      if (stopped === null && outcome.code !== undefined && STOPS_THE_RUN.has(outcome.code)) {
        stopped = outcome.message ?? outcome.code;
        run.cancel();
      }
    },
  });
  const onSignal = (): void => {
    if (interrupted) process.exit(EXIT_INTERRUPTED); // the second Ctrl-C: at once
    interrupted = true;
    process.stderr.write(say(lang, "imapInterrupting") + "\n");
    run.cancel();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  let outcomes: readonly RowOutcome[];
  try {
    outcomes = (await run.done).outcomes;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    await gateway.close().catch(() => undefined);
  }
  if (tty) process.stdout.write("\n");
  if (fatal.length > 0) throw fatal[0];

  const earlier = outcomes.filter((o) => o.status === "created" && o.code === "run-already-created").length;
  const createdNow = outcomes.filter((o) => o.status === "created").length - earlier;
  const missing = outcomes.filter((o) => o.status !== "created");
  for (const o of missing.filter((m) => m.status === "failed")) {
    await out.write(say(lang, "imapRowFailed", { row: o.row, address: o.to, reason: o.message ?? "" }) + "\n");
  }
  if (stopped !== null) await out.write(say(lang, "imapStopped", { reason: stopped }) + "\n");
  await out.write(say(lang, "imapDone", { created: createdNow, earlier, folder }) + "\n");
  if (missing.length > 0) await out.write(say(lang, interrupted ? "imapInterrupted" : "imapNotCreated", { count: missing.length }) + "\n");
  if (plan.skippedRows.length > 0) await out.write(say(lang, reportFile === null ? "excludedListed" : "excludedInReport", { count: plan.skippedRows.length }) + "\n");
  if (reportFile !== null) {
    writeFileSync(reportFile, reportCsv(reportLines(outcomes, prepared, lang), lang));
    await out.write(say(lang, "wroteReport", { file: reportFile }) + "\n");
  }
  await out.flush();

  if (interrupted) return EXIT_INTERRUPTED;
  if (stopped !== null) return EXIT_MAILBOX_PROBLEM;
  return missing.length > 0 ? 1 : exitCodeFor(plan);
}

/** Every table row: the draft's place in the mailbox, or why there is none; skipped rows with their errors. */
function reportLines(outcomes: readonly RowOutcome[], prepared: Prepared, lang: Lang): ReportLine[] {
  const byRow = new Map<number, ReportLine>();
  for (const o of outcomes) {
    const created = o.status === "created";
    const detail = created ? (o.ref ?? o.message ?? "") : (o.message ?? rowMessage("run-cancelled", lang));
    byRow.set(o.row, { row: o.row, address: o.to, status: created ? "created" : o.status === "cancelled" ? "cancelled" : "failed", fileOrReason: detail });
  }
  for (const line of excludedLines(prepared)) byRow.set(line.row, line);
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

/**
 * --out with --imap holds report.csv only, rewritten by each run of the command (as `send` rewrites its report): a
 * report.csv Rundmail did not write is never replaced.
 */
function checkedReportFile(dir: string, lang: Lang): string {
  const file = join(dir, REPORT_FILE);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(say(lang, "outIsFile", { path: dir }));
  if (existsSync(file) && !rundmailOutputIn(dir).has(REPORT_FILE)) throw new UsageError(say(lang, "outNameTaken", { name: REPORT_FILE, path: dir }));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(say(lang, "cannotWrite", { path: dir, reason: (error as Error).message }));
  }
  return file;
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== "" ? value : fallback;
}
