// The sending loop: one row after the other, each message announced in the journal before it is handed over and
// its answer recorded after, at the agreed pace, tried again after a transient failure, stopped cleanly by Ctrl-C.
import { PrivacyRuleError, refuseUnlessPrivate } from "../../core/privacy/privacy";
import type { MailSender, OutgoingMessage, SendResult, ServerProblem } from "../../gateways/smtp/types";
import type { JournalRecord } from "./journal";
import { backoffMs, pacer, type Clock } from "./pacing";

export interface RowJob {
  readonly row: number;
  readonly to: string;
  readonly key: string;
  /** Renders the message and reads its files; throws when a file cannot be read. */
  readonly message: () => OutgoingMessage;
}

export type RowOutcome =
  | { readonly status: "sent"; readonly at: string; readonly response: string; readonly refused: readonly string[] }
  | {
      readonly status: "failed";
      readonly at: string;
      readonly reason: string;
      readonly code: number | null;
      /** Not delivered anywhere: the next run tries it again. */
      readonly retryable: boolean;
      /** Refused for its To, but these addresses (a Cc, the archive) got it. */
      readonly deliveredTo: readonly string[];
    }
  | { readonly status: "unknown"; readonly at: string; readonly reason: string }
  | { readonly status: "not-sent"; readonly why: "limit" | "stopped" | "interrupted" };

export interface RunSettings {
  /** Messages per minute; 0 for no limit. */
  readonly ratePerMinute: number;
  /** Send at most this many messages in this run. */
  readonly limit: number | null;
  readonly maxTries: number;
  readonly retryBaseMs: number;
}

export interface RunDependencies {
  readonly sender: MailSender;
  readonly journal: { append(record: JournalRecord): void };
  readonly clock: Clock;
  /** Aborted by Ctrl-C: the message in flight is finished, nothing new is started. */
  readonly signal: AbortSignal;
  readonly settings: RunSettings;
  /** After each row: for the progress line. */
  readonly onOutcome?: (job: RowJob, outcome: RowOutcome) => void;
  /** After each accepted message, with the bytes that were sent (--save-sent). */
  readonly onSent?: (job: RowJob, eml: string) => void;
}

export interface RunResult {
  /** One per job, in the same order. */
  readonly outcomes: readonly RowOutcome[];
  /** Set when a problem with the server (login, TLS, unreachable) made every further message pointless. */
  readonly stoppedBy: { readonly problem: ServerProblem; readonly reason: string } | null;
  readonly interrupted: boolean;
}

export async function sendRows(jobs: readonly RowJob[], deps: RunDependencies): Promise<RunResult> {
  const { sender, journal, clock, signal, settings } = deps;
  const waitTurn = pacer(settings.ratePerMinute, clock);
  const outcomes: RowOutcome[] = [];
  let stoppedBy: RunResult["stoppedBy"] = null;
  let started = 0;
  const now = (): string => new Date(clock.now()).toISOString();

  for (const job of jobs) {
    let outcome: RowOutcome;
    if (signal.aborted) outcome = { status: "not-sent", why: "interrupted" };
    else if (stoppedBy !== null) outcome = { status: "not-sent", why: "stopped" };
    else if (settings.limit !== null && started >= settings.limit) outcome = { status: "not-sent", why: "limit" };
    else {
      started += 1;
      const sent = await sendOne(job);
      outcome = sent.outcome;
      if (sent.problem !== null) stoppedBy = { problem: sent.problem, reason: reasonOf(outcome) };
    }
    outcomes.push(outcome);
    deps.onOutcome?.(job, outcome);
  }
  return { outcomes, stoppedBy, interrupted: signal.aborted };

  async function sendOne(job: RowJob): Promise<{ outcome: RowOutcome; problem: ServerProblem | null }> {
    let message: OutgoingMessage;
    try {
      message = job.message();
      refuseUnlessPrivate(message); // checked before the journal announces it, so a refusal is never "unknown"
    } catch (error) {
      if (error instanceof PrivacyRuleError) throw error; // a programming error, never a user's: stop everything
      return { outcome: failed(now(), (error as Error).message, null, true, []), problem: null };
    }
    const base = { key: job.key, row: job.row, to: job.to };
    for (let attempt = 1; ; attempt++) {
      if (!(await waitTurn(signal))) return { outcome: { status: "not-sent", why: "interrupted" }, problem: null };
      // The attempt is announced only when the gateway is about to hand the message over: a connect or login that
      // fails or is interrupted leaves nothing "unknown".
      const announce = (): void => journal.append({ t: "attempt", ...base, at: now(), try: attempt });
      const result: SendResult = await sender.send(message, { signal, announce });
      const at = now();
      switch (result.kind) {
        case "interrupted":
          return { outcome: { status: "not-sent", why: "interrupted" }, problem: null };
        case "sent":
          journal.append({ t: "sent", ...base, at, response: result.response, ...(result.refused.length ? { refused: result.refused } : {}) });
          deps.onSent?.(job, result.eml);
          return { outcome: { status: "sent", at, response: result.response, refused: result.refused }, problem: null };
        case "unknown":
          journal.append({ t: "failed", ...base, at, kind: "unknown", code: null, reason: result.reason });
          return { outcome: { status: "unknown", at, reason: result.reason }, problem: null };
        case "permanent":
          journal.append({
            t: "failed",
            ...base,
            at,
            kind: "permanent",
            code: result.code,
            reason: result.reason,
            ...(result.deliveredTo.length ? { deliveredTo: result.deliveredTo } : {}),
          });
          return { outcome: failed(at, result.reason, result.code, result.deliveredTo.length === 0, result.deliveredTo), problem: result.problem };
        case "transient": {
          journal.append({ t: "failed", ...base, at, kind: "transient", code: result.code, reason: result.reason });
          const last = attempt >= settings.maxTries;
          if (last || !(await clock.sleep(backoffMs(attempt, settings.retryBaseMs), signal))) {
            return { outcome: failed(at, result.reason, result.code, true, []), problem: last ? result.problem : null };
          }
        }
      }
    }
  }
}

const failed = (at: string, reason: string, code: number | null, retryable: boolean, deliveredTo: readonly string[]): RowOutcome => ({
  status: "failed",
  at,
  reason,
  code,
  retryable,
  deliveredTo,
});

const reasonOf = (outcome: RowOutcome): string => ("reason" in outcome ? outcome.reason : "");
