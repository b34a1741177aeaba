// Drives a plan through a DraftGateway, p-map style: up to `gateway.concurrency` creates at once, one outcome per
// row, a failed row never stops the others. Drafts are rendered only when their turn comes, so a run holds at most
// `concurrency` rendered bodies, and one more (the row made ready while the others' requests are out). Pause lets
// in-flight creates finish and starts no new one; cancel aborts the in-flight ones (their signal) and reports every
// row not yet done as "cancelled".
//
// Never a second copy. Each row has the key `${runId}:${row}:${address}` (key.ts). With a ledger, "attempted" is
// written and awaited before every create and "created" after it; a run started again with the same runId and
// ledger (a resume) then
//   - reports a "created" key as created ("already created by an earlier run") and does not create it again;
//   - for an "attempted" key (the answer was lost: page closed, network gone) asks the gateway's lookUp, when it has
//     one; a gateway without lookUp (eml, compose, memory configured so) gets the row reported as failed with
//     "may have been created — check your Drafts folder": the user decides, Rundmail never guesses.
// The same holds within a run: a create that throws (instead of answering "failed") may have created the draft, so
// it is retried only when lookUp says certainly not; "failed" answers mean nothing was created and may be retried.
// "Certainly not" holds only for the moment of the look: the thrown-away create may still land after it. Every key
// that went through such an unknown outcome (and every "attempted" key of a resume) is looked up once more before
// the run reports done, after a grace period (lateCopies.ts); until then its ledger mark stays "attempted".
//
// Throttling is not failure. A "throttled" answer (Graph's 429/503) pauses the whole run at the throttle gate
// (throttleGate.ts) and is tried again without counting toward the row's attempts; gateways that retry requests of
// their own once a draft exists (attachments, /send) wait at the same gate through `call.throttle`.
import type { IssueCode } from "../issues/codes";
import type { PlannedDraft } from "../plan";
import { privacyBreach } from "../privacy/privacy";
import { addressKey } from "../recipients";
import type { FindingParams } from "../types";
import type { Lang } from "../../i18n";
import { boundedAttempts, retryDelay } from "./backoff";
import { systemClock, type RunClock } from "./clock";
import { draftKey, reportedKey } from "./key";
import { sweepLateCopies, type UncertainRow } from "./lateCopies";
import { rowMessage } from "./messages";
import { reasonOf } from "./reason";
import { Slots } from "./slots";
import { RateEstimator } from "./rate";
import { ThrottleGate, type ThrottleGateOptions } from "./throttleGate";
import type {
  CreateResult,
  DraftGateway,
  GatewayCall,
  LookUpResult,
  OutgoingDraft,
  RowOutcome,
  RunControl,
  RunLedger,
  RunProgress,
  RunSummary,
  RunThrottle,
} from "./types";

export interface StartRunInput {
  /** Stable across a resume: the same runId (and ledger) makes a second start create only what is missing. */
  readonly runId: string;
  readonly drafts: readonly PlannedDraft[];
  /** Makes one row's message (subject, body, attachments); called when the row's turn comes. The run sets `key`. */
  readonly render: (draft: PlannedDraft) => Promise<OutgoingDraft>;
  readonly gateway: DraftGateway;
  readonly ledger?: RunLedger;
  readonly lang: Lang;
  readonly onProgress?: (progress: RunProgress) => void;
  readonly onRow?: (outcome: RowOutcome) => void;
  readonly clock?: RunClock;
  /** Tries per row for transient failures: default 5, always between 1 and 10. */
  readonly maxAttempts?: number;
  /** [0, 1), for the backoff's jitter; Math.random by default. */
  readonly random?: () => number;
  /** The run-wide waits when the mail system throttles without saying how long (default 1 s doubling to 5 min). */
  readonly throttle?: ThrottleGateOptions;
  /** The first retry's wait (default 1 s), doubling per try: the CLI's tests run it in milliseconds. */
  readonly retryBaseMs?: number;
  /**
   * Each row's idempotency key; default `draftKey(runId, row, address)`. The CLI's SMTP journal keys by what the person
   * receives instead (cli/send/messageKey.ts), so that deleting a row does not resend everyone below it.
   */
  readonly keyOf?: (draft: PlannedDraft) => string;
}

/** However many requests a gateway claims to take, a run never has more than this many in flight. */
export const MAX_CONCURRENCY = 16;

interface Settled {
  readonly outcome: RowOutcome;
  /** The row went to the gateway, so its time says something about the rate. */
  readonly timed: boolean;
}

export function startRun(input: StartRunInput): RunControl {
  const { runId, drafts, gateway, ledger, lang } = input;
  const clock = input.clock ?? systemClock;
  const random = input.random ?? Math.random;
  const maxAttempts = boundedAttempts(input.maxAttempts);
  const abort = new AbortController();
  const rate = new RateEstimator(clock.now());
  const outcomes: (RowOutcome | undefined)[] = drafts.map(() => undefined);
  const keysInRun = new Set<string>();
  /** Keys whose create had an unknown outcome (in this run or, for a resume, an earlier one): see lateCopies.ts. */
  const uncertain = new Map<string, UncertainRow>();
  /** While the run waits for late copies: when the wait ends (clock time), for the seconds left. */
  let sweepUntil: number | null = null;
  const throttle = new ThrottleGate(input.throttle);
  /** The throttle pause the listeners were last told of (null: none), so that its end is reported once. */
  let announcedUntil: number | null = null;
  let next = 0;
  let created = 0;
  let failed = 0;
  let settledCount = 0;
  let paused = false;
  let cancelled = false;
  let allSettled = false;
  let gate: { promise: Promise<void>; open: () => void } | null = null;

  const say = (code: IssueCode, params?: FindingParams): string => rowMessage(code, lang, params);

  function secondsLeft(): number | null {
    if (allSettled) return 0;
    if (sweepUntil !== null) return Math.max(0, Math.ceil((sweepUntil - clock.now()) / 1000));
    const estimate = rate.secondsLeft(drafts.length - settledCount, clock.now());
    // While the mail system's limit holds the run, nothing is done before the pause ends.
    if (announcedUntil === null || estimate === null) return estimate;
    return estimate + Math.max(0, Math.ceil((announcedUntil - clock.now()) / 1000));
  }

  function emitProgress(): void {
    const base = { total: drafts.length, created, failed, paused, secondsLeft: secondsLeft() };
    notify(input.onProgress, announcedUntil === null || allSettled ? base : { ...base, waitingUntil: announcedUntil });
  }

  /** A request sent with `ticket` was throttled: the whole run pauses (and the listeners hear until when). */
  function throttled(ticket: number, retryAfterMs: number | undefined): void {
    if (!throttle.throttled(ticket, clock.now(), retryAfterMs)) return;
    announcedUntil = throttle.waitingUntil(clock.now());
    emitProgress();
  }

  /** Waits while the throttle gate is closed (every worker, and gateways through `call`); a cancel ends the wait. */
  async function throttlePause(): Promise<void> {
    for (let until = throttle.waitingUntil(clock.now()); until !== null && !cancelled; until = throttle.waitingUntil(clock.now())) {
      try {
        await clock.sleep(until - clock.now(), abort.signal);
      } catch {
        // A sleep that rejects on abort: the cancel ends the loop.
      }
      if (!cancelled) throttle.waited(until);
    }
    if (announcedUntil !== null && throttle.waitingUntil(clock.now()) === null) {
      announcedUntil = null;
      emitProgress();
    }
  }

  const runThrottle: RunThrottle = {
    ticket: () => throttle.ticket(),
    throttled: async (ticket, retryAfterMs) => {
      throttled(ticket, retryAfterMs);
      await throttlePause();
      return !cancelled;
    },
  };
  const call: GatewayCall = { throttle: runThrottle };
  /** Every request to the gateway is made holding one of these: never more at once than it takes. */
  const slots = new Slots(workerCount(gateway.concurrency, drafts.length));

  /** The row's key: the caller's, else the default; a key function that throws costs its row, never the run. */
  function keyFor(planned: PlannedDraft): string {
    try {
      return input.keyOf ? input.keyOf(planned) : draftKey(runId, planned.row, planned.to);
    } catch {
      return reportedKey(runId, planned.row, planned.to);
    }
  }

  /** The ledger's "attempted", awaited; false (after which nothing may be sent) when it could not be written. */
  async function markAttempted(key: string): Promise<unknown> {
    try {
      await ledger?.set(key, "attempted");
      return null;
    } catch (error) {
      return error ?? new Error("ledger");
    }
  }

  function settle(index: number, { outcome, timed }: Settled, progress = true): void {
    outcomes[index] = outcome;
    settledCount += 1;
    if (outcome.status === "created") created += 1;
    else if (outcome.status === "failed") failed += 1;
    if (timed) rate.record(clock.now());
    notify(input.onRow, outcome);
    if (progress) emitProgress();
  }

  function closeGate(): void {
    if (gate !== null) return;
    let open = (): void => undefined;
    const promise = new Promise<void>((resolve) => (open = resolve));
    gate = { promise, open };
  }

  function openGate(): void {
    const opened = gate;
    gate = null;
    opened?.open();
  }

  async function whenRunning(): Promise<void> {
    while (gate !== null && !cancelled) await gate.promise;
  }

  async function lookUp(key: string): Promise<LookUpResult | "unknown"> {
    if (!gateway.lookUp) return "unknown";
    try {
      const found: unknown = await gateway.lookUp(key, abort.signal, call);
      if (isLookUpResult(found)) return found.found ? { found: true, ref: typeof found.ref === "string" ? found.ref : null } : found;
    } catch {
      // Could not look: as good as not knowing.
    }
    return "unknown";
  }

  async function mark(key: string): Promise<void> {
    try {
      await ledger?.set(key, "created");
    } catch {
      // The draft exists either way; a resume would see "attempted" and ask the user rather than create it again.
    }
  }

  const unconfirmed = new Set<Promise<void>>();
  /**
   * The row's draft exists. A row in doubt keeps "attempted" until the last look (sweep) has seen it. The row does not
   * wait for its "created" mark (the run waits for all of them before it ends): until the mark is written, a resume
   * sees "attempted" and looks before it creates — cautious, never a second copy — and the next row need not queue
   * behind a write. The "attempted" mark before each create is the one that is awaited.
   */
  function confirm(key: string): void {
    if (uncertain.has(key)) return;
    const written = mark(key);
    unconfirmed.add(written);
    void written.then(() => unconfirmed.delete(written));
  }

  /** The doubt about this key begins now (or: was left by an earlier run). */
  function doubt(key: string, index: number): void {
    if (!uncertain.has(key)) uncertain.set(key, { key, index, since: clock.now() });
  }

  async function forget(key: string): Promise<void> {
    // After an unknown outcome a late create may still land: a later resume must look, not create blindly.
    if (uncertain.has(key)) return;
    try {
      await ledger?.forget?.(key);
    } catch {
      // Leaves "attempted": a resume asks the user about this row instead of creating it. Safe, merely cautious.
    }
  }

  async function processRow(planned: PlannedDraft, index: number): Promise<Settled> {
    const key = keyFor(planned);
    const outcome = (
      status: RowOutcome["status"],
      code: string | null,
      message: string | null,
      ref: string | null = null,
      timed = false,
    ): Settled => ({
      outcome: { row: planned.row, key, to: planned.to, status, ref, message, ...(code === null ? {} : { code }) },
      timed,
    });
    const fail = (code: IssueCode, params?: FindingParams, timed = false): Settled =>
      outcome("failed", code, say(code, params), null, timed);
    const earlier = (ref: string | null): Settled => outcome("created", "run-already-created", say("run-already-created"), ref);

    if (keysInRun.has(key)) return fail("run-duplicate");
    keysInRun.add(key);

    if (ledger) {
      let state: "created" | "attempted" | undefined;
      try {
        state = await ledger.get(key);
      } catch (error) {
        return fail("run-ledger-failed", { reason: reasonOf(error) });
      }
      if (state === "created") return earlier(null);
      if (state !== undefined) {
        // The earlier run's create may still be on its way (a cancel a moment ago): this row is in doubt too.
        doubt(key, index);
        const release = await slots.take();
        const look = await lookUp(key).finally(release);
        if (look === "unknown") return fail("run-maybe-created");
        if (look.found) {
          confirm(key);
          return earlier(look.ref);
        }
        await forget(key);
      }
    }

    await whenRunning();
    if (cancelled) return outcome("cancelled", null, null);
    let draft: OutgoingDraft;
    try {
      draft = { ...(await input.render(planned)), key };
    } catch (error) {
      return fail("run-render-failed", { reason: reasonOf(error) });
    }
    const breach = privacyBreach(draft);
    if (breach !== null) return fail("privacy-rule", { breach });
    // The key (and the ledger) speak of the planned row and address: a message made for another is not this row's.
    if (draft.row !== planned.row || addressKey(draft.to) !== addressKey(planned.to)) {
      return fail("run-render-failed", { reason: `made for row ${draft.row} <${draft.to}>` });
    }

    // A gateway that knows the moment a message really leaves marks the attempt itself (call.attempting), so that a
    // connection that never opened leaves no doubt; for every other gateway the mark precedes the create. It is
    // written before the row takes its slot, so that the write overlaps the requests still out; a row that then
    // creates nothing (cancelled while it waited) takes its mark back.
    const selfMarking = gateway.marksAttempts === true;
    const cancelledBefore = (attempt: number): Settled =>
      attempt === 1 ? outcome("cancelled", null, null) : outcome("cancelled", "run-cancelled", say("run-cancelled"));
    for (let attempt = 1; ; attempt += 1) {
      await whenRunning();
      await throttlePause();
      if (cancelled) return cancelledBefore(attempt);
      if (!selfMarking) {
        const unwritten = await markAttempted(key);
        if (unwritten !== null) return fail("run-ledger-failed", { reason: reasonOf(unwritten) });
      }
      const release = await slots.take();
      let retryAfterMs: number | undefined;
      try {
        await whenRunning(); // paused or throttled while it waited for the slot
        await throttlePause();
        if (cancelled) {
          if (!selfMarking) await forget(key);
          return cancelledBefore(attempt);
        }
        const rowCall: GatewayCall = selfMarking
          ? {
              ...call,
              attempting: async () => {
                const unwritten = await markAttempted(key);
                if (unwritten !== null) throw unwritten;
              },
            }
          : call;
        let answer: CreateResult;
        const ticket = throttle.ticket();
        try {
          answer = checkedAnswer(await gateway.create(draft, abort.signal, rowCall));
        } catch (error) {
          if (cancelled) return outcome("cancelled", "run-cancelled-maybe-created", say("run-cancelled-maybe-created"), null, true);
          doubt(key, index);
          // A create the server is still working on can land after an immediate look: give it the backoff first.
          if (gateway.lookUp) {
            try {
              await clock.sleep(retryDelay(attempt, undefined, random, input.retryBaseMs), abort.signal);
            } catch {
              // aborted: looking is still right (the cancel is reported below if nothing was found)
            }
          }
          const look = await lookUp(key);
          if (look === "unknown") return fail("run-no-answer", { reason: reasonOf(error) }, true);
          if (look.found) {
            confirm(key);
            return outcome("created", null, null, look.ref, true);
          }
          answer = { status: "failed", transient: true, code: "run-no-answer", message: reasonOf(error) };
        }
        if (answer.status === "created") {
          throttle.passed(ticket);
          confirm(key);
          return outcome("created", null, null, answer.ref, true);
        }
        await forget(key);
        if (cancelled) return outcome("cancelled", "run-cancelled", say("run-cancelled"), null, true);
        if (!answer.transient) return outcome("failed", answer.code, answer.message, null, true);
        if (answer.throttled === true) {
          // The mailbox's limit, not this row: the whole run waits (at the top of the loop), and the try is not counted.
          throttled(ticket, answer.retryAfterMs);
          attempt -= 1;
          continue;
        }
        if (attempt >= maxAttempts) return fail("run-gave-up", { attempts: attempt, reason: answer.message }, true);
        retryAfterMs = answer.retryAfterMs;
      } finally {
        release(); // the wait before the next try holds no slot: another row may use it meanwhile
      }
      try {
        await clock.sleep(retryDelay(attempt, retryAfterMs, random, input.retryBaseMs), abort.signal);
      } catch {
        // A sleep that rejects on abort: the loop's cancel check handles it.
      }
    }
  }

  async function work(): Promise<void> {
    for (;;) {
      if (next >= drafts.length) return;
      await whenRunning();
      if (cancelled || next >= drafts.length) return;
      const index = next;
      next += 1;
      const planned = drafts[index] as PlannedDraft;
      let settled: Settled;
      try {
        settled = await processRow(planned, index);
      } catch (error) {
        // Not expected (every step above catches its own); answered the cautious way.
        const message = say("run-no-answer", { reason: reasonOf(error) });
        const key = keyFor(planned);
        settled = { outcome: { row: planned.row, key, to: String(planned.to), status: "failed", ref: null, message, code: "run-no-answer" }, timed: false };
      }
      settle(index, settled);
    }
  }

  /** The last look at every created row in doubt: late copies removed, the ledger told "created" only now. */
  async function lookForLateCopies(): Promise<void> {
    if (cancelled) return; // the ledger keeps "attempted": a resumed run looks
    const rows = [...uncertain.values()].filter((row) => outcomes[row.index]?.status === "created");
    await sweepLateCopies({
      rows,
      concurrency: workerCount(gateway.concurrency, rows.length),
      clock,
      signal: abort.signal,
      lookUp,
      onWait: (until) => {
        sweepUntil = until;
        emitProgress();
      },
      onLooked: async (row, ref) => {
        const settled = outcomes[row.index];
        // The kept draft may be the late one: the outcome names the draft that is left.
        if (settled !== undefined && ref !== null) outcomes[row.index] = { ...settled, ref };
        await mark(row.key);
      },
    });
    sweepUntil = null;
  }

  const done = (async (): Promise<RunSummary> => {
    await Promise.resolve(); // startRun returns before the first callback
    emitProgress();
    // A gateway that takes several requests at once gets one worker more than it takes: that row is made ready (its
    // ledger look, its message) while the others' requests are out, and waits for a slot, so that a slot freed is
    // used at once rather than after a row's own work. One at a time stays one at a time, in row order.
    const slotCount = workerCount(gateway.concurrency, drafts.length);
    const workers = slotCount > 1 ? Math.min(slotCount + 1, drafts.length) : slotCount;
    await Promise.all(Array.from({ length: workers }, () => work()));
    await Promise.all(unconfirmed);
    await lookForLateCopies();
    // Rows never started (cancelled): one outcome each, then one progress report rather than one per row.
    drafts.forEach((planned, index) => {
      if (outcomes[index] !== undefined) return;
      const key = keyFor(planned);
      settle(index, { outcome: { row: planned.row, key, to: String(planned.to), status: "cancelled", ref: null, message: null }, timed: false }, false);
    });
    allSettled = true;
    paused = false;
    openGate();
    const summary: RunSummary = { outcomes: outcomes as RowOutcome[], cancelled };
    let finishError: string | null = null;
    if (gateway.finish) {
      try {
        await gateway.finish(summary);
      } catch (error) {
        finishError = say("run-finish-failed", { reason: reasonOf(error) });
      }
    }
    emitProgress();
    return finishError === null ? summary : { ...summary, finishError };
  })();

  return {
    pause() {
      if (paused || cancelled || allSettled) return;
      paused = true;
      closeGate();
      rate.pause(clock.now());
      emitProgress();
    },
    resume() {
      if (!paused || allSettled) return;
      paused = false;
      openGate();
      rate.resume(clock.now());
      emitProgress();
    },
    cancel() {
      if (cancelled || allSettled) return;
      cancelled = true;
      const wasPaused = paused;
      paused = false;
      abort.abort();
      openGate();
      if (wasPaused) rate.resume(clock.now());
      announcedUntil = null; // nothing waits any more: the cancel ends the throttle pause too
      emitProgress();
    },
    done,
  };
}

/** Workers: the gateway's concurrency, whole, between 1 and MAX_CONCURRENCY, and no more than there are rows. */
export function workerCount(concurrency: number, rows: number): number {
  const wanted = Number.isFinite(concurrency) ? Math.floor(concurrency) : concurrency === Infinity ? MAX_CONCURRENCY : 1;
  return Math.min(Math.max(1, Math.min(wanted, MAX_CONCURRENCY)), Math.max(0, rows));
}

/** A gateway's answer, checked: anything else is treated like no answer at all (it may have created the draft). */
function checkedAnswer(answer: unknown): CreateResult {
  if (typeof answer === "object" && answer !== null) {
    const a = answer as Record<string, unknown>;
    if (a["status"] === "created") return { status: "created", ref: typeof a["ref"] === "string" ? a["ref"] : null };
    if (a["status"] === "failed") {
      const retryAfterMs = a["retryAfterMs"];
      return {
        status: "failed",
        transient: a["transient"] === true,
        code: typeof a["code"] === "string" ? a["code"] : "failed",
        message: typeof a["message"] === "string" && a["message"].trim() !== "" ? a["message"] : reasonOf(a["code"] ?? "failed"),
        ...(typeof retryAfterMs === "number" ? { retryAfterMs } : {}),
        ...(a["throttled"] === true && a["transient"] === true ? { throttled: true } : {}),
      };
    }
  }
  throw new TypeError("the mail system gave no valid answer");
}

function isLookUpResult(value: unknown): value is LookUpResult {
  if (typeof value !== "object" || value === null) return false;
  const found = (value as { found?: unknown }).found;
  return found === true || found === false;
}

/** A listener's error cannot stop the run or lose a row. */
function notify<T>(listener: ((value: T) => void) | undefined, value: T): void {
  try {
    listener?.(value);
  } catch {
    // ignored on purpose: see above
  }
}
