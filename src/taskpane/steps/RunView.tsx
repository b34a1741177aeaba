// The Create step's view of a run: its progress, pause/resume/cancel, how it ended, the rows that need attention (or
// every row's outcome at the end), and what to do next (the report, creating what is missing, starting over).
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import { ArrowDownload20Regular, Dismiss20Regular, Pause20Regular, Play20Regular } from "@fluentui/react-icons";
import { useRef } from "react";
import { runFraction } from "../../core/run/runReducer";
import { useRevealWhenShown } from "../components/reveal";
import { usePane } from "../context";
import type { TaskpaneStrings } from "../strings";
import { isRunActive, type WizardRun } from "../state/wizard";
import { RunResults } from "./RunResults";
import type { StepProps } from "./stepProps";
import { useStepStyles } from "./stepStyles";

const useStyles = makeStyles({
  // Fluent's bar eases its width over 0.3 s; with a new value every 250 ms (paneRun.ts) it never comes to rest, and
  // Chromium lays out and paints every frame of the run — the pane's main thread, which also delivers IndexedDB's
  // completions and Graph's answers, was busy doing that (measured: 25 → 41 drafts/s with the easing off, bench/
  // browser-run.js). A bar that steps four times a second reads just as well.
  bar: { transitionProperty: "none" },
});

export function RunView({
  run,
  runner,
  dispatch,
  onDownload,
  onResume,
}: Pick<StepProps, "runner" | "dispatch"> & {
  readonly run: WizardRun;
  readonly onDownload: () => void;
  /** Creates what the run left out (same run, so nothing twice); null when that cannot be done now. */
  readonly onResume: (() => void) | null;
}) {
  const stepStyles = useStepStyles();
  const styles = useStyles();
  const { t } = usePane();
  const { phase, total, created, failed, cancelled, secondsLeft, waitingUntil, summary, attention } = run.state;
  const done = created + failed + cancelled;
  const active = isRunActive(run);
  const sending = run.mode === "send";
  const scheduledFor = sending ? run.sendAt : null;
  const time =
    phase === "paused" ? t.paused : phase === "cancelling" ? t.cancelling : secondsLeft === null ? t.estimating : t.timeLeft(secondsLeft);
  // Rows the daily limit held back are missing too: once the limit allows, the same run sends them.
  const missing = phase === "done" && (failed > 0 || cancelled > 0 || run.heldBack !== null);
  const over = overKind(run, summary?.cancelled === true);
  // The run's end is what the user waits for: it comes into view when it arrives (also after "create the missing").
  const outcomeRef = useRef<HTMLDivElement>(null);
  useRevealWhenShown(outcomeRef, over === null ? null : `${run.runId ?? ""}:${over}`);

  return (
    <section className={stepStyles.section}>
      <Field
        label={over !== null ? t.runOverLabel[over] : scheduledFor !== null ? t.schedulingLabel : sending ? t.sendingLabel : t.progressLabel}
        hint={active ? `${t.progressCount(done, total)} · ${time}` : t.progressCount(done, total)}
      >
        <ProgressBar
          value={runFraction(run.state)}
          color={failed > 0 || run.error !== null ? "error" : phase === "done" ? "success" : "brand"}
          thickness="large"
          bar={{ className: styles.bar }}
        />
      </Field>
      {active && (
        <div className={stepStyles.buttons}>
          {phase === "paused" ? (
            <Button icon={<Play20Regular />} onClick={runner.resume}>
              {t.resume}
            </Button>
          ) : (
            <Button icon={<Pause20Regular />} disabled={phase === "cancelling"} onClick={runner.pause}>
              {t.pause}
            </Button>
          )}
          <Button icon={<Dismiss20Regular />} disabled={phase === "cancelling"} onClick={runner.cancel}>
            {t.cancel}
          </Button>
        </div>
      )}
      <div aria-live="polite" ref={outcomeRef} className={stepStyles.revealed}>
        {(phase === "running" || phase === "paused") && waitingUntil !== null && (
          // Throttling is not failure: the run waits as a whole and goes on by itself; Cancel is the way out.
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.throttleWaiting(waitingUntil)}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={runner.cancel}>
                {t.throttleCancel}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {phase === "done" && run.error === null && (
          <MessageBar intent={summary?.cancelled || failed > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {scheduledFor !== null
                ? summary?.cancelled
                  ? t.scheduleCancelled(created, scheduledFor)
                  : t.scheduleDone(created, failed, scheduledFor)
                : sending
                ? summary?.cancelled
                  ? t.sendCancelled(created)
                  : t.sendDone(created, failed)
                : summary?.cancelled
                  ? t.runCancelled(created)
                  : t.runDone(created, failed)}
            </MessageBarBody>
          </MessageBar>
        )}
        {phase === "done" && run.heldBack !== null && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.dailyLimitReached(created, run.heldBack.rows, run.heldBack.from)}</MessageBarBody>
          </MessageBar>
        )}
        {summary?.finishError !== undefined && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.finishFailed(summary.finishError)}</MessageBarBody>
          </MessageBar>
        )}
        {run.error !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.runFailed(run.error)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {(summary?.outcomes ?? attention).length > 0 && <RunResults outcomes={summary?.outcomes ?? attention} sent={scheduledFor !== null ? "scheduled" : sending ? "sent" : false} />}
      {!active && (
        <div className={stepStyles.buttons}>
          <Button icon={<ArrowDownload20Regular />} onClick={onDownload}>
            {t.downloadReport}
          </Button>
          {missing && onResume !== null && (
            <Button appearance="primary" onClick={onResume}>
              {sending ? t.resumeSend : t.resumeRun}
            </Button>
          )}
          <Button appearance="subtle" onClick={() => dispatch({ type: "runCleared" })}>
            {t.startOver}
          </Button>
        </div>
      )}
    </section>
  );
}

/** What the run's label says once it is over; null while it runs (or before it started). */
export function overKind(run: WizardRun, cancelled: boolean): keyof TaskpaneStrings["runOverLabel"] | null {
  if (isRunActive(run) || run.state.phase === "ready") return null;
  if (run.error !== null) return "stopped";
  if (cancelled) return "cancelled";
  if (run.mode === "send") return run.sendAt === null ? "send" : "scheduled";
  // Named by the gateway's id (src/taskpane/gateways.ts): what the user got is a download or windows, not drafts.
  if (run.gatewayId === "eml") return "zip";
  if (run.gatewayId === "compose") return "compose";
  return "drafts";
}
