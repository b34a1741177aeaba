// The bookkeeping around a run that outlives the pane: which rows a send run may start today (Exchange's 10,000
// recipients a day, counted from the sends the store kept) and the run's record (so that a reopened pane offers to
// continue it). No React: useRunner calls these; the tests call them directly.
import type { PlannedDraft } from "../../core/plan";
import { DAILY_WINDOW_MS, planDailyLimit, recipientsOf } from "../../core/run/dailyLimit";
import { draftKey } from "../../core/run/key";
import type { RunLedger, RunProgress, RunSummary } from "../../core/run/types";
import type { RunMode } from "../services";
import type { HeldBack } from "../state/wizard";
import type { RunRecord, RunStore } from "./indexedDbLedger";

export interface DailySplit {
  /** What the run is given: every row an earlier run already finished (reported as such), and those that fit now. */
  readonly drafts: readonly PlannedDraft[];
  /** Messages that go out now. */
  readonly sendNow: number;
  /** Rows that wait for the limit; null when none does. */
  readonly heldBack: HeldBack | null;
}

/**
 * Which rows a send run may start now. Rows the ledger already has as created cost nothing (they are not sent
 * again); every other row counts, including one whose earlier answer was lost — when unsure, count it.
 */
export async function splitForDailyLimit(
  drafts: readonly PlannedDraft[],
  { runId, ledger, store, now }: { readonly runId: string; readonly ledger: RunLedger; readonly store: RunStore; readonly now: number },
): Promise<DailySplit> {
  const states = await Promise.all(
    drafts.map((d) => ledger.get(draftKey(runId, d.row, d.to)).catch((): undefined => undefined)),
  );
  const pending = drafts.flatMap((draft, index) => (states[index] === "created" ? [] : [index]));
  const history = await store.sendsSince(now - DAILY_WINDOW_MS);
  const limit = planDailyLimit({ now, history, rows: pending.map((index) => recipientsOf(drafts[index] as PlannedDraft)) });
  const held = new Set([...limit.later, ...limit.never].map((i) => pending[i]));
  const heldBack: HeldBack | null =
    held.size === 0 ? null : { rows: held.size, from: limit.later.length > 0 ? limit.continueAt : null };
  return { drafts: drafts.filter((_, index) => !held.has(index)), sendNow: limit.sendNow.length, heldBack };
}

export interface RunBookInput {
  readonly store: RunStore;
  readonly runId: string;
  readonly fingerprint: string;
  readonly gatewayId: string;
  readonly mode: RunMode;
  /** A scheduled send run's time to leave: kept, so that the run is continued with the same time. */
  readonly sendAt?: number;
  /** Every draft of the plan, also those held back: the record speaks of the whole list. */
  readonly drafts: readonly PlannedDraft[];
  readonly heldBack: HeldBack | null;
  /** The record of the run this one resumes, if any: its start time is kept. */
  readonly earlier: RunRecord | null;
  readonly now?: () => number;
  /** Progress is written at most this often; the end always is. */
  readonly saveEveryMs?: number;
}

export interface RunBook {
  /** Writes the record of a run that starts now. */
  started(): Promise<void>;
  progress(progress: RunProgress): void;
  /** The run is over (summary null: the engine itself failed). Resolves once the record is written. */
  done(summary: RunSummary | null): Promise<void>;
}

export function runBook(input: RunBookInput): RunBook {
  const { store, mode, heldBack } = input;
  const now = input.now ?? Date.now;
  const saveEveryMs = input.saveEveryMs ?? 2000;
  const startedAt = input.earlier?.startedAt ?? now();
  let created = input.earlier?.created ?? 0;
  let failed = 0;
  let lastSave = -Infinity;
  let writing: Promise<void> = Promise.resolve();

  const save = (finished: boolean, ended = false): Promise<void> => {
    lastSave = now();
    const record: RunRecord = {
      runId: input.runId,
      fingerprint: input.fingerprint,
      gatewayId: input.gatewayId,
      mode,
      ...(mode === "send" && input.sendAt !== undefined ? { sendAt: input.sendAt } : {}),
      total: input.drafts.length,
      created,
      failed,
      startedAt,
      updatedAt: lastSave,
      finished,
      ended,
    };
    // One write after another, so an older count never lands after a newer one. A failed write only costs the
    // offer to continue after a reload; the ledger, which decides what is created, is written by the run itself.
    writing = writing.then(() => store.saveRun(record)).catch(() => undefined);
    return writing;
  };

  return {
    started: () => save(false),
    progress(progress) {
      created = progress.created;
      failed = progress.failed;
      if (now() - lastSave >= saveEveryMs) void save(false);
    },
    done(summary) {
      if (summary !== null) {
        created = summary.outcomes.filter((o) => o.status === "created").length;
        failed = summary.outcomes.filter((o) => o.status === "failed").length;
      }
      const complete = summary !== null && !summary.cancelled && heldBack === null && created === input.drafts.length;
      return save(complete, true);
    },
  };
}

/** An earlier run worth continuing: not finished, and something is missing. */
export function unfinished(record: RunRecord | null): record is RunRecord {
  return record !== null && !record.finished && record.created < record.total;
}
