// A run started from the pane, as a plain module (no React; useRunner calls it, the tests call it directly): the
// run's lock, the store, the daily limit, the run's record, the engine, and the engine's events turned into wizard
// actions in batches. useRunner loads it when the user first starts a run or a test draft, so none of it (nor the run
// engine) is in the script the pane opens with.
import type { MergePlan } from "../../core/plan";
import { newRunId } from "../../core/run/key";
import { startRun as engineStartRun } from "../../core/run/startRun";
import type { RunControl } from "../../core/run/types";
import { toEmailAddress } from "../../core/recipients";
import type { Lang } from "../../i18n";
import { reasonOf } from "../../core/run/reason";
import type { GatewayOption, RunMode, StartRun } from "../services";
import type { RunUpdate, WizardAction } from "../state/wizard";
import type { TaskpaneStrings } from "../strings";
import type { RunStore } from "./indexedDbLedger";
import { outgoingDraft, testDraft, type BytesOf } from "./outgoing";
import { acquireRunLock, type ReleaseLock } from "./runLock";
import { runBook, splitForDailyLimit, type RunBook } from "./runBook";

/** How often progress and finished rows reach the screen: a few renders a second, however fast rows settle. */
export const FLUSH_MS = 250;

export interface PaneRunInput {
  readonly plan: MergePlan;
  readonly option: GatewayOption;
  readonly runId: string;
  readonly mode: RunMode;
  /** Send mode: when the messages leave (ms since 1970), held by Exchange until then; absent: at once. */
  readonly sendAt?: number;
  /** The run continues an earlier one with the same runId: its record's start time is kept. */
  readonly resuming: boolean;
  /** The plan's fingerprint: with it the run is recorded, so a reopened pane can offer to continue it. */
  readonly fingerprint?: string;
  readonly store: () => Promise<RunStore>;
  /** The run engine; src/core/run's by default. */
  readonly startRun?: StartRun;
  readonly bytesOf: BytesOf;
  readonly lang: Lang;
  readonly t: TaskpaneStrings;
  readonly dispatch: (action: WizardAction) => void;
  /** Hears the run's control once the engine runs, and null once the run is over. */
  readonly onControl: (control: RunControl | null) => void;
  readonly acquireLock?: (runId: string) => Promise<ReleaseLock | null>;
  readonly flushMs?: number;
}

/**
 * Starts the run. Never rejects: what goes wrong before the engine runs (another pane holds the run, the ledger or
 * the send history cannot be read) reaches the wizard as a failed run in which nothing was created. Resolves once
 * the engine runs (or the start failed); the run's end reaches the wizard through `dispatch`.
 */
export async function startPaneRun(input: PaneRunInput): Promise<void> {
  const { plan, option, runId, mode, dispatch } = input;
  const acquire = input.acquireLock ?? acquireRunLock;
  let release: ReleaseLock | null = null;
  let released = false;
  const unlock = (): void => {
    if (release !== null && !released) release();
    released = true;
  };
  try {
    release = await acquire(runId);
    if (release === null) throw new Error(input.t.runElsewhere);
    await runWith(input, unlock);
  } catch (error) {
    unlock();
    // Before the run began: nothing was created.
    dispatch({ type: "runStarted", runId, gatewayId: option.id, total: plan.drafts.length, mode });
    dispatch({ type: "runFailed", message: reasonOf(error) });
  }
}

async function runWith(input: PaneRunInput, unlock: () => void): Promise<void> {
  const { plan, option, runId, mode, dispatch } = input;
  const sendAt = mode === "send" ? input.sendAt : undefined;
  const opened = await input.store();
  const ledger = opened.ledger(runId);
  // A scheduled run is counted against the daily limit of the day its messages leave.
  const split =
    mode === "send"
      ? await splitForDailyLimit(plan.drafts, { runId, ledger, store: opened, now: Math.max(sendAt ?? 0, Date.now()) })
      : { drafts: plan.drafts, heldBack: null };
  const earlier =
    input.resuming && input.fingerprint !== undefined
      ? await opened.findRun(input.fingerprint).then((r) => (r?.runId === runId ? r : null), () => null)
      : null;
  const book: RunBook | null =
    input.fingerprint === undefined
      ? null
      : runBook({
          store: opened,
          runId,
          fingerprint: input.fingerprint,
          gatewayId: option.id,
          mode,
          ...(sendAt === undefined ? {} : { sendAt }),
          drafts: plan.drafts,
          heldBack: split.heldBack,
          earlier,
        });
  await book?.started();

  dispatch({ type: "runStarted", runId, gatewayId: option.id, total: split.drafts.length, mode, sendAt: sendAt ?? null, heldBack: split.heldBack });
  const updates = batchedUpdates((events) => dispatch({ type: "run", events }), input.flushMs ?? FLUSH_MS);
  let run: RunControl;
  try {
    run = (input.startRun ?? engineStartRun)({
      runId,
      drafts: split.drafts,
      render: async (draft) => outgoingDraft(plan, draft, runId, input.bytesOf),
      // Every message the mailbox accepts counts toward tomorrow's limit, noted as it goes out.
      gateway: option.create(mode, ({ at, recipients }) => void opened.recordSends(at, recipients).catch(() => undefined), sendAt),
      ledger,
      lang: input.lang,
      onProgress: (progress) => {
        book?.progress(progress);
        updates.add({ type: "progress", progress });
      },
      onRow: (outcome) => updates.add({ type: "row", outcome }),
    });
  } catch (error) {
    unlock();
    dispatch({ type: "runFailed", message: reasonOf(error) });
    await book?.done(null);
    return;
  }
  input.onControl(run);
  run.done
    .then(
      (summary) => {
        updates.flush();
        dispatch({ type: "run", events: [{ type: "done", summary }] });
        return book?.done(summary);
      },
      (error: unknown) => {
        updates.flush();
        dispatch({ type: "runFailed", message: reasonOf(error) });
        return book?.done(null);
      },
    )
    .finally(() => {
      unlock();
      input.onControl(null);
    });
}

/**
 * Collects run updates and hands them on in one batch at most every `ms`: a run settles rows far faster than a
 * screen needs to show them, and each batch is one render. `flush` hands on what is waiting at once (the end).
 */
export function batchedUpdates(deliver: (events: RunUpdate[]) => void, ms: number): { add(event: RunUpdate): void; flush(): void } {
  let pending: RunUpdate[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const events = pending;
    pending = [];
    deliver(events);
  };
  return {
    add(event) {
      pending.push(event);
      timer ??= setTimeout(flush, ms);
    },
    flush,
  };
}

export interface TestDraftInput {
  readonly plan: MergePlan;
  readonly option: GatewayOption;
  readonly userAddress: string;
  /** The spreadsheet row whose draft it is; the first draft's when absent or when that row has none. */
  readonly row?: number;
  readonly bytesOf: BytesOf;
  readonly t: TaskpaneStrings;
  readonly dispatch: (action: WizardAction) => void;
}

/** A row's draft (the one the user looks at), to the user alone, as a draft also when the run is to send: they look
 * before anything goes out. */
export async function sendPaneTestDraft({ plan, option, userAddress, row, bytesOf, t, dispatch }: TestDraftInput): Promise<void> {
  const first = plan.drafts.find((planned) => planned.row === row) ?? plan.drafts[0];
  const me = toEmailAddress(userAddress);
  if (first === undefined || me === null) return;
  dispatch({ type: "testDraftStarted" });
  try {
    const runId = `test-${newRunId(Date.now())}`;
    const gateway = option.create("drafts");
    const draft = testDraft(outgoingDraft(plan, first, runId, bytesOf), me, runId);
    const result = await gateway.create(draft);
    if (result.status === "created") {
      await gateway.finish?.({
        outcomes: [{ row: draft.row, key: draft.key, status: "created", ref: result.ref, message: null, to: me }],
        cancelled: false,
      });
      dispatch({ type: "testDraftSent", message: t.testDraftSent(me) });
    } else dispatch({ type: "testDraftFailed", message: t.testDraftFailed(result.message) });
  } catch (error) {
    dispatch({ type: "testDraftFailed", message: t.testDraftFailed(reasonOf(error)) });
  }
}
