// The run and the test draft, driven from the wizard: the run engine and the gateway do the work; this turns their
// callbacks into wizard actions, a few times a second at most, so 10,000 rows never mean 10,000 renders.
import { useCallback, useEffect, useMemo, useRef, type Dispatch } from "react";
import type { MergePlan } from "../../core/plan";
import { memoryLedger, newRunId } from "../../core/run";
import type { RunControl } from "../../core/run/types";
import { toEmailAddress } from "../../core/recipients";
import type { GivenFile } from "../../core/types";
import { reasonOf, type PaneServices } from "../context";
import type { GatewayOption } from "../services";
import { TEMPLATE_FILE_PREFIX } from "../state/plan";
import type { RunUpdate, WizardAction } from "../state/wizard";
import { outgoingDraft, testDraft } from "./outgoing";

/** How often progress and finished rows reach the screen. */
const FLUSH_MS = 150;

export interface Runner {
  /** Starts a run; with the id of an earlier run it resumes that run and creates only what is still missing. */
  start(plan: MergePlan, gateway: GatewayOption, resumeRunId?: string): void;
  pause(): void;
  resume(): void;
  cancel(): void;
  sendTestDraft(plan: MergePlan, gateway: GatewayOption, userAddress: string): Promise<void>;
}

export function useRunner(dispatch: Dispatch<WizardAction>, services: PaneServices): Runner {
  const { startRun, host, fileStore, lang, t } = services;
  const control = useRef<RunControl | null>(null);
  // Which rows each run created, for as long as the pane is open: resuming a run never creates a row twice.
  const ledger = useRef(memoryLedger());

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

  const start = useCallback(
    (plan: MergePlan, option: GatewayOption, resumeRunId?: string) => {
      if (control.current !== null) return;
      const runId = resumeRunId ?? newRunId(Date.now());
      dispatch({ type: "runStarted", runId, gatewayId: option.id, total: plan.drafts.length });

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
          drafts: plan.drafts,
          render: async (draft) => outgoingDraft(plan, draft, runId, bytesOf),
          gateway: option.create(),
          ledger: ledger.current,
          lang,
          onProgress: (progress) => later({ type: "progress", progress }),
          onRow: (outcome) => later({ type: "row", outcome }),
        });
        control.current = run;
        run.done
          .then(
            (summary) => {
              flush();
              dispatch({ type: "run", events: [{ type: "done", summary }] });
            },
            (error: unknown) => {
              flush();
              dispatch({ type: "runFailed", message: reasonOf(error) });
            },
          )
          .finally(() => {
            if (control.current === run) control.current = null;
          });
      } catch (error) {
        dispatch({ type: "runFailed", message: reasonOf(error) });
      }
    },
    [startRun, dispatch, bytesOf, lang],
  );

  const sendTestDraft = useCallback(
    async (plan: MergePlan, option: GatewayOption, userAddress: string) => {
      const first = plan.drafts[0];
      const me = toEmailAddress(userAddress);
      if (first === undefined || me === null) return;
      dispatch({ type: "testDraftStarted" });
      try {
        const runId = `test-${newRunId(Date.now())}`;
        const gateway = option.create();
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

  return useMemo<Runner>(
    () => ({
      start,
      sendTestDraft,
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
    [start, sendTestDraft, dispatch],
  );
}
