// The run and the test draft, driven from the wizard: the run engine and the gateway do the work; this turns their
// callbacks into wizard actions, a few times a second at most, so 10,000 rows never mean 10,000 renders. Runs are
// kept in the browser (IndexedDB: the ledger of created rows, the run's record, the messages sent), so a reloaded
// pane can continue a run and create only what is missing; where IndexedDB cannot be opened, in memory.
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from "react";
import type { MergePlan } from "../../core/plan";
import { newRunId } from "../../core/run/key";
import type { RunControl } from "../../core/run/types";
import { type PaneServices } from "../context";
import { reasonOf } from "../../core/run/reason";
import type { GatewayOption, RunMode } from "../services";
import type { HeldBack, WizardAction } from "../state/wizard";
import type { RunRecord, RunStore } from "./indexedDbLedger";
import { memoryRunStore } from "./memoryRunStore";
import { paneFileBytes } from "./paneFileBytes";
import { acquireRunLock, type ReleaseLock } from "./runLock";

/** Where runs are kept: still opening, in the browser (survives a reload), or only in memory (does not). */
export type RunStorage = "opening" | "browser" | "memory";

export interface RunOptions {
  /** "send" sends each message at once (a gateway that can); drafts by default. */
  readonly mode?: RunMode;
  /** Send mode: when the messages leave (ms since 1970); absent: at once. */
  readonly sendAt?: number;
  /** The plan's fingerprint: with it the run is recorded, so a reopened pane can offer to continue it. */
  readonly fingerprint?: string;
}

/** Whether a list was forgotten; if not, why, in the user's language. */
export type ForgetResult = { readonly forgotten: true } | { readonly forgotten: false; readonly reason: string };

/** What a send run would do now under the daily limit. */
export interface SendForecast {
  readonly sendNow: number;
  readonly heldBack: HeldBack | null;
}

export interface Runner {
  /** Starts a run; with the id of an earlier run it resumes that run and creates only what is still missing. */
  start(plan: MergePlan, gateway: GatewayOption, resumeRunId?: string, options?: RunOptions): void;
  pause(): void;
  resume(): void;
  cancel(): void;
  /** The draft of `row` (a spreadsheet row number; the first draft's when absent) to the user alone. */
  sendTestDraft(plan: MergePlan, gateway: GatewayOption, userAddress: string, row?: number): Promise<void>;
  readonly storage: RunStorage;
  /** The latest run recorded for this fingerprint (finished or not); null when none or when it cannot be read. */
  findEarlier(fingerprint: string): Promise<RunRecord | null>;
  /** The user chose to start over: the earlier run is no longer offered for continuing. */
  setAside(record: RunRecord): Promise<void>;
  /** The user chose to forget this list: every run of it, records and ledger, is deleted from the browser. */
  forgetList(fingerprint: string): Promise<ForgetResult>;
  /**
   * For the confirmation before sending: how many go out now (at `sendAt`, when scheduled) and how many wait for the
   * daily limit.
   */
  forecastSend(plan: MergePlan, resumeRunId?: string, sendAt?: number): Promise<SendForecast>;
}

export function useRunner(dispatch: Dispatch<WizardAction>, services: PaneServices): Runner {
  const { startRun, host, fileStore, lang, t, openRunStore } = services;
  const control = useRef<RunControl | null>(null);
  // Set synchronously by start, so a double click cannot start two runs while the store is being asked.
  const starting = useRef(false);
  const store = useRef<Promise<RunStore> | null>(null);
  const [storage, setStorage] = useState<RunStorage>("opening");

  const runStore = useCallback((): Promise<RunStore> => {
    store.current ??= openRunStore().then(
      (opened) => {
        setStorage("browser");
        return opened;
      },
      () => {
        // No IndexedDB here: runs are still resumable while the pane stays open, which the Create step says.
        setStorage("memory");
        return memoryRunStore();
      },
    );
    return store.current;
  }, [openRunStore]);

  // Opened once the pane has painted and is idle (its chunk, IndexedDB, the upkeep of old runs), not during the first
  // render; anything that needs it sooner (a list recognised, a start) opens it on the spot.
  useEffect(() => {
    const open = (): void => void runStore();
    if (typeof requestIdleCallback === "function") {
      const idle = requestIdleCallback(open, { timeout: 1000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(open, 0);
    return () => clearTimeout(timer);
  }, [runStore]);

  // A run still going when the pane closes is cancelled rather than left without anyone to report to.
  useEffect(() => () => control.current?.cancel(), []);

  // The run's code (the engine, the ledger's bookkeeping, the renderer) loads on the first start, not with the pane.
  const bytesOf = useMemo(() => paneFileBytes(host, fileStore, t.noOutlook), [host, fileStore, t]);

  const forecastSend = useCallback(
    async (plan: MergePlan, resumeRunId?: string, sendAt?: number): Promise<SendForecast> => {
      const [opened, { splitForDailyLimit }] = await Promise.all([runStore(), import("./runBook")]);
      const runId = resumeRunId ?? newRunId(Date.now());
      const now = Math.max(sendAt ?? 0, Date.now());
      const split = await splitForDailyLimit(plan.drafts, { runId, ledger: opened.ledger(runId), store: opened, now });
      return { sendNow: split.sendNow, heldBack: split.heldBack };
    },
    [runStore],
  );

  const start = useCallback(
    (plan: MergePlan, option: GatewayOption, resumeRunId?: string, options: RunOptions = {}) => {
      if (control.current !== null || starting.current) return;
      starting.current = true;
      const mode: RunMode = options.mode === "send" && option.canSend === true ? "send" : "drafts";
      const runId = resumeRunId ?? newRunId(Date.now());
      import("./paneRun")
        .then(({ startPaneRun }) =>
          startPaneRun({
            plan,
            option,
            runId,
            mode,
            ...(mode === "send" && options.sendAt !== undefined ? { sendAt: options.sendAt } : {}),
            resuming: resumeRunId !== undefined,
            ...(options.fingerprint === undefined ? {} : { fingerprint: options.fingerprint }),
            store: runStore,
            ...(startRun === undefined ? {} : { startRun }),
            bytesOf,
            lang,
            t,
            dispatch,
            onControl: (run) => {
              if (run !== null) control.current = run;
              else if (control.current !== null) control.current = null;
            },
          }),
        )
        .catch((error: unknown) => {
          // The run's code could not be loaded (offline after an update): nothing was created.
          dispatch({ type: "runStarted", runId, gatewayId: option.id, total: plan.drafts.length, mode });
          dispatch({ type: "runFailed", message: reasonOf(error) });
        })
        .finally(() => {
          starting.current = false;
        });
    },
    [startRun, dispatch, bytesOf, lang, runStore, t],
  );

  const sendTestDraft = useCallback(
    async (plan: MergePlan, option: GatewayOption, userAddress: string, row?: number) => {
      try {
        const { sendPaneTestDraft } = await import("./paneRun");
        await sendPaneTestDraft({ plan, option, userAddress, ...(row === undefined ? {} : { row }), bytesOf, t, dispatch });
      } catch (error) {
        dispatch({ type: "testDraftFailed", message: t.testDraftFailed(reasonOf(error)) });
      }
    },
    [dispatch, bytesOf, t],
  );

  const findEarlier = useCallback(
    async (fingerprint: string): Promise<RunRecord | null> => {
      try {
        return await (await runStore()).findRun(fingerprint);
      } catch {
        // Not knowing of an earlier run only costs the offer to continue it.
        return null;
      }
    },
    [runStore],
  );

  const setAside = useCallback(
    async (record: RunRecord): Promise<void> => {
      try {
        await (await runStore()).saveRun({ ...record, finished: true, ended: true, updatedAt: Date.now() });
      } catch {
        // The offer comes back next time; starting over still works.
      }
    },
    [runStore],
  );

  const forgetList = useCallback(
    async (fingerprint: string): Promise<ForgetResult> => {
      if (control.current !== null || starting.current) return { forgotten: false, reason: t.runElsewhere };
      const held: ReleaseLock[] = [];
      try {
        const opened = await runStore();
        // A run of this list going on in another pane keeps its ledger: forgetting it mid-run could double a row.
        for (const runId of await opened.runsOf(fingerprint)) {
          const release = await acquireRunLock(runId);
          if (release === null) return { forgotten: false, reason: t.runElsewhere };
          held.push(release);
        }
        await opened.forgetList(fingerprint);
        return { forgotten: true };
      } catch (error) {
        return { forgotten: false, reason: reasonOf(error) };
      } finally {
        for (const release of held) release();
      }
    },
    [runStore, t],
  );

  return useMemo<Runner>(
    () => ({
      start,
      sendTestDraft,
      storage,
      findEarlier,
      setAside,
      forgetList,
      forecastSend,
      pause: () => {
        control.current?.pause();
        dispatch({ type: "run", events: [{ type: "pause" }] });
      },
      resume: () => {
        control.current?.resume();
        dispatch({ type: "run", events: [{ type: "resume" }] });
      },
      cancel: () => {
        control.current?.cancel();
        dispatch({ type: "run", events: [{ type: "cancel" }] });
      },
    }),
    [start, sendTestDraft, storage, findEarlier, setAside, forgetList, forecastSend, dispatch],
  );
}
