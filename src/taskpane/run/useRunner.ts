// The run and the test draft, driven from the wizard: the run engine and the gateway do the work; this turns their
// callbacks into wizard actions, a few times a second at most, so 10,000 rows never mean 10,000 renders. Runs are
// kept in the browser (IndexedDB: the ledger of created rows, the run's record, the messages sent), so a reloaded
// pane can continue a run and create only what is missing; where IndexedDB cannot be opened, in memory.
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from "react";
import type { MergePlan } from "../../core/plan";
import { newRunId } from "../../core/run";
import type { RunControl } from "../../core/run/types";
import { toEmailAddress } from "../../core/recipients";
import type { GivenFile } from "../../core/types";
import { reasonOf, type PaneServices } from "../context";
import type { GatewayOption, RunMode } from "../services";
import { TEMPLATE_FILE_PREFIX } from "../state/plan";
import type { HeldBack, RunUpdate, WizardAction } from "../state/wizard";
import type { RunRecord, RunStore } from "./indexedDbLedger";
import { memoryRunStore } from "./memoryRunStore";
import { outgoingDraft, testDraft } from "./outgoing";
import { acquireRunLock, type ReleaseLock } from "./runLock";
import { runBook, splitForDailyLimit, type RunBook } from "./runBook";

/** How often progress and finished rows reach the screen. */
const FLUSH_MS = 150;

/** Where runs are kept: still opening, in the browser (survives a reload), or only in memory (does not). */
export type RunStorage = "opening" | "browser" | "memory";

export interface RunOptions {
  /** "send" sends each message at once (a gateway that can); drafts by default. */
  readonly mode?: RunMode;
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
  sendTestDraft(plan: MergePlan, gateway: GatewayOption, userAddress: string): Promise<void>;
  readonly storage: RunStorage;
  /** The latest run recorded for this fingerprint (finished or not); null when none or when it cannot be read. */
  findEarlier(fingerprint: string): Promise<RunRecord | null>;
  /** The user chose to start over: the earlier run is no longer offered for continuing. */
  setAside(record: RunRecord): Promise<void>;
  /** The user chose to forget this list: every run of it, records and ledger, is deleted from the browser. */
  forgetList(fingerprint: string): Promise<ForgetResult>;
  /** For the confirmation before sending: how many go out now and how many wait for the daily limit. */
  forecastSend(plan: MergePlan, resumeRunId?: string): Promise<SendForecast>;
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

  useEffect(() => {
    void runStore();
  }, [runStore]);

  // A run still going when the pane closes is cancelled rather than left without anyone to report to.
  useEffect(() => () => control.current?.cancel(), []);

  const bytesOf = useCallback(
    (file: GivenFile): Promise<Uint8Array> => {
      if (file.id.startsWith(TEMPLATE_FILE_PREFIX)) {
        if (host === null) return Promise.reject(new Error(t.noOutlook));
        return host.attachmentContent(file.id.slice(TEMPLATE_FILE_PREFIX.length));
      }
      return fileStore.bytes(file.id);
    },
    [host, fileStore, t],
  );

  const forecastSend = useCallback(
    async (plan: MergePlan, resumeRunId?: string): Promise<SendForecast> => {
      const opened = await runStore();
      const runId = resumeRunId ?? newRunId(Date.now());
      const split = await splitForDailyLimit(plan.drafts, { runId, ledger: opened.ledger(runId), store: opened, now: Date.now() });
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

      const begin = async (): Promise<void> => {
        const release = await acquireRunLock(runId);
        if (release === null) throw new Error(t.runElsewhere);
        let released = false;
        const unlock = (): void => {
          if (!released) release();
          released = true;
        };
        try {
          await runWith(unlock);
        } catch (error) {
          unlock();
          throw error;
        }
      };

      const runWith = async (unlock: () => void): Promise<void> => {
        const opened = await runStore();
        const ledger = opened.ledger(runId);
        const now = Date.now();
        const split =
          mode === "send"
            ? await splitForDailyLimit(plan.drafts, { runId, ledger, store: opened, now })
            : { drafts: plan.drafts, heldBack: null };
        const earlier =
          resumeRunId !== undefined && options.fingerprint !== undefined
            ? await opened.findRun(options.fingerprint).then((r) => (r?.runId === runId ? r : null), () => null)
            : null;
        const book: RunBook | null =
          options.fingerprint === undefined
            ? null
            : runBook({
                store: opened,
                runId,
                fingerprint: options.fingerprint,
                gatewayId: option.id,
                mode,
                drafts: plan.drafts,
                heldBack: split.heldBack,
                earlier,
              });
        await book?.started();

        dispatch({ type: "runStarted", runId, gatewayId: option.id, total: split.drafts.length, mode, heldBack: split.heldBack });
        let pending: RunUpdate[] = [];
        let timer: ReturnType<typeof setTimeout> | null = null;
        const flush = (): void => {
          if (timer !== null) clearTimeout(timer);
          timer = null;
          if (pending.length > 0) dispatch({ type: "run", events: pending });
          pending = [];
        };
        const later = (event: RunUpdate): void => {
          pending.push(event);
          timer ??= setTimeout(flush, FLUSH_MS);
        };

        try {
          const run = startRun({
            runId,
            drafts: split.drafts,
            render: async (draft) => outgoingDraft(plan, draft, runId, bytesOf),
            // Every message the mailbox accepts counts toward tomorrow's limit, noted as it goes out.
            gateway: option.create(mode, ({ at, recipients }) => void opened.recordSends(at, recipients).catch(() => undefined)),
            ledger,
            lang,
            onProgress: (progress) => {
              book?.progress(progress);
              later({ type: "progress", progress });
            },
            onRow: (outcome) => later({ type: "row", outcome }),
          });
          control.current = run;
          run.done
            .then(
              (summary) => {
                flush();
                dispatch({ type: "run", events: [{ type: "done", summary }] });
                return book?.done(summary);
              },
              (error: unknown) => {
                flush();
                dispatch({ type: "runFailed", message: reasonOf(error) });
                return book?.done(null);
              },
            )
            .finally(() => {
              unlock();
              if (control.current === run) control.current = null;
            });
        } catch (error) {
          unlock();
          dispatch({ type: "runFailed", message: reasonOf(error) });
          await book?.done(null);
        }
      };

      begin()
        .catch((error: unknown) => {
          // Before the run began (the ledger or the send history could not be read): nothing was created.
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
    async (plan: MergePlan, option: GatewayOption, userAddress: string) => {
      const first = plan.drafts[0];
      const me = toEmailAddress(userAddress);
      if (first === undefined || me === null) return;
      dispatch({ type: "testDraftStarted" });
      try {
        const runId = `test-${newRunId(Date.now())}`;
        // A test is a draft, also when the run is to send: the user looks at it before anything goes out.
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
