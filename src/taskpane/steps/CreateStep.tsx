// Step 5: choose how the drafts are made (and, with Graph, whether they are sent at once), create them (never while
// the plan has an error), follow the run, pause or cancel it, and take away a report of every row. A run of the
// same list left unfinished (a reload, a closed pane) is offered for continuing before anything else.
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import { IssueBars } from "../components/IssueBars";
import { usePane } from "../context";
import type { StepProps } from "./stepProps";
import type { RunRecord } from "../run/indexedDbLedger";
import { reportCsv } from "../run/report";
import { unfinished } from "../run/runBook";
import { runFingerprint } from "../run/runFingerprint";
import type { ForgetResult, Runner, SendForecast } from "../run/useRunner";
import { chosenGateway, type GatewayOption, type RunMode } from "../services";
import type { TaskpaneStrings } from "../strings";
import { createBlockers } from "../state/plan";
import { isRunActive } from "../state/wizard";
import { ClientIdField } from "./ClientIdField";
import { CreateAgainDialog } from "./CreateAgainDialog";
import { ConfirmSendDialog } from "./ConfirmSendDialog";
import { EarlierRunNotice } from "./EarlierRunNotice";
import { RunView } from "./RunView";
import { SendTimeField } from "./SendTimeField";
import { readSendAt, sendAtFields } from "../../core/run/sendAt";
import { useStepStyles } from "./stepStyles";

const useStyles = makeStyles({
  gatewayReason: {
    display: "block",
    color: tokens.colorNeutralForeground3,
  },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

/** A send waiting for the user's yes: which run it continues (if any), and what the daily limit lets through. */
interface PendingSend {
  readonly gateway: GatewayOption;
  readonly resumeRunId: string | undefined;
  /** When the messages leave; undefined: at once. */
  readonly sendAt: number | undefined;
  readonly forecast: SendForecast | null;
}

export function CreateStep({ state, dispatch, derived, runner, gateways }: StepProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const { t, lang, download } = usePane();
  const blockedId = useId();
  const gateway = chosenGateway(gateways, state.gatewayId);
  const blockers = createBlockers(state, derived, gateway !== null);
  // The run's code is fetched while the user reads this step, so that "Create" starts at once (useRunner loads it on
  // the first start otherwise; the same chunk, fetched once).
  useEffect(() => {
    void import("../run/paneRun").catch(() => undefined);
  }, []);
  const run = state.run;
  const active = isRunActive(run);
  const started = run.state.phase !== "ready";
  const errors = useMemo(() => derived?.plan.issues.filter((i) => i.severity === "error") ?? [], [derived]);
  const draftCount = derived?.plan.drafts.length ?? 0;
  const mode: RunMode = gateway?.canSend === true ? state.runMode : "drafts";
  // "At a later time": the date and time read in the user's time zone, checked against now at every render.
  const sendAtReading = mode === "send" && state.sendTime.later ? readSendAt(state.sendTime.date, state.sendTime.time, Date.now()) : null;
  const sendAt = sendAtReading?.ok === true ? sendAtReading.at : undefined;
  const sendTimeWrong = sendAtReading !== null && !sendAtReading.ok;
  const graphSetup = gateways.find((g) => g.configure !== undefined && !g.available);
  // The sign-in and the gateway's code are fetched while the user reads this step (see GatewayOption.warmUp).
  const warmUp = gateway?.warmUp;
  useEffect(() => {
    if (!active) warmUp?.(mode);
  }, [warmUp, mode, active]);
  const [savedClientId, setSavedClientId] = useState(false);
  const [pendingSend, setPendingSend] = useState<PendingSend | null>(null);

  // The plan's fingerprint, under which its runs are kept (hashed once per plan, and only for a plan with drafts).
  // The rows the plan was built from (the user's corrections in, the rows left out not), as its drafts index them.
  const table = derived?.table ?? null;
  const template = state.template.loaded;
  const fingerprint = useMemo(
    () => (derived !== null && table !== null && template !== null && derived.plan.drafts.length > 0 ? runFingerprint(derived.plan, table, template) : null),
    [derived, table, template],
  );
  // Bumped when the list was forgotten, so the earlier run is looked up again (and is gone).
  const [lookAgain, setLookAgain] = useState(0);
  const earlier = useEarlierRun(runner.findEarlier, fingerprint, started, lookAgain);
  const [setAside, setSetAside] = useState<ReadonlySet<string>>(new Set());
  // A finished run of this list is mentioned too (so a list is not done twice by mistake), with "forget this list";
  // an unfinished one is offered for continuing.
  const [forgetting, setForgetting] = useState<{ readonly fingerprint: string; readonly result: ForgetResult | null } | null>(null);
  const forgetState = forgetting !== null && forgetting.fingerprint === fingerprint ? forgetting : null;
  const forgotten = forgetState?.result?.forgotten === true;
  const mentioned = !started && !forgotten && earlier !== null && !setAside.has(earlier.runId) ? earlier : null;
  const offered = unfinished(mentioned) ? mentioned : null;
  const forget = (): void => {
    if (fingerprint === null) return;
    setForgetting({ fingerprint, result: null });
    void runner.forgetList(fingerprint).then((result) => {
      setForgetting({ fingerprint, result });
      if (result.forgotten) setLookAgain((n) => n + 1);
    });
  };
  // A finished run of this list: Create asks before making the same drafts again (issue 12).
  const [askingAgain, setAskingAgain] = useState(false);
  const doneBefore = mentioned !== null && offered === null && mentioned.created > 0 ? mentioned : null;
  const offeredGateway = offered === null ? null : (gateways.find((g) => g.id === offered.gatewayId && g.available) ?? null);

  /**
   * Starts (or continues) a run; a send asks first. `at`: a send's time to leave (a continued run keeps its own; one
   * that has passed meanwhile sends at once, as Exchange would).
   */
  const begin = (option: GatewayOption, runMode: RunMode, resumeRunId?: string, at?: number): void => {
    if (derived === null || fingerprint === null) return;
    setForgetting(null);
    if (runMode === "send" && option.canSend === true) {
      const leaves = at !== undefined && at > Date.now() ? at : undefined;
      setPendingSend({ gateway: option, resumeRunId, sendAt: leaves, forecast: null });
      const plan = derived.plan;
      runner.forecastSend(plan, resumeRunId, leaves).then(
        (forecast) => setPendingSend((p) => (p !== null && p.resumeRunId === resumeRunId ? { ...p, forecast } : p)),
        // Not knowing today's sends: the run itself checks again and stops with the reason if it cannot.
        () => setPendingSend((p) => (p !== null ? { ...p, forecast: { sendNow: plan.drafts.length, heldBack: null } } : p)),
      );
      return;
    }
    runner.start(derived.plan, option, resumeRunId, { mode: "drafts", fingerprint });
  };

  const downloadReport = (): void => {
    if (derived === null || state.recipients === null) return;
    const csv = reportCsv({
      rows: derived.shownTable.rows,
      emailColumnIndex: derived.plan.emailColumn === null ? -1 : derived.plan.columns.indexOf(derived.plan.emailColumn),
      draftByRow: derived.draftByRow,
      issuesByRow: derived.issuesByRow,
      excludedRows: derived.excludedRows,
      refIsFileName: run.gatewayId === "eml",
      outcomes: run.state.summary?.outcomes ?? run.state.attention,
      lang,
    });
    download(t.reportFileName, new Blob([csv], { type: "text/csv;charset=utf-8" }));
  };

  return (
    <>
      <Body1 as="p" className={stepStyles.text}>
        {t.createIntro}
      </Body1>

      {mentioned !== null && (
        <EarlierRunNotice
          record={mentioned}
          onContinue={
            offered !== null && offeredGateway !== null && blockers.every((b) => b === "no-gateway")
              ? () => {
                  // The choices on screen follow the run continued: a scheduled send shows its own time again.
                  if (offered.mode === "send") {
                    dispatch({ type: "runModeChosen", gatewayId: offeredGateway.id, mode: "send" });
                    const at = offered.sendAt;
                    dispatch({ type: "sendTimeChosen", choice: at === undefined || at <= Date.now() ? { ...state.sendTime, later: false } : { later: true, ...sendAtFields(at) } });
                  }
                  begin(offeredGateway, offered.mode === "send" ? "send" : "drafts", offered.runId, offered.sendAt);
                }
              : null
          }
          elsewhere={offered !== null && offeredGateway === null ? (gatewayLabel(gateways, offered.gatewayId) ?? offered.gatewayId) : null}
          onStartOver={
            offered === null
              ? null
              : () => {
                  void runner.setAside(offered);
                  setSetAside((ids) => new Set([...ids, offered.runId]));
                }
          }
          onForget={forgetState !== null && forgetState.result === null ? null : forget}
        />
      )}
      {!started && forgetState?.result != null && (
        <MessageBar intent={forgetState.result.forgotten ? "success" : "error"} layout="multiline">
          <MessageBarBody>
            {forgetState.result.forgotten ? t.listForgotten : t.forgetListFailed(forgetState.result.reason)}
          </MessageBarBody>
        </MessageBar>
      )}

      {gateways.length === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.noGateways}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={t.gatewayLabel}>
          <RadioGroup
            value={gateway?.id ?? ""}
            disabled={active}
            onChange={(_event, data) => dispatch({ type: "gatewayChosen", id: data.value })}
          >
            {gateways.map((option) => (
              <Radio
                key={option.id}
                value={option.id}
                disabled={!option.available}
                label={
                  <>
                    {option.label}
                    {!option.available && option.reason !== null && (
                      <Caption1 className={styles.gatewayReason}>{option.reason}</Caption1>
                    )}
                  </>
                }
              />
            ))}
          </RadioGroup>
        </Field>
      )}
      {graphSetup?.configure !== undefined && !active && (
        <ClientIdField
          configure={graphSetup.configure}
          onSaved={() => {
            setSavedClientId(true);
            // The user saved it to use it: Graph becomes the chosen way once the list has it as available.
            dispatch({ type: "gatewayChosen", id: graphSetup.id });
          }}
        />
      )}
      {savedClientId && graphSetup === undefined && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.clientIdSaved}</MessageBarBody>
        </MessageBar>
      )}

      {gateway?.canSend === true && (
        <Field label={t.runModeLabel}>
          <RadioGroup
            value={mode}
            disabled={active}
            onChange={(_event, data) =>
              dispatch({ type: "runModeChosen", gatewayId: gateway.id, mode: data.value === "send" ? "send" : "drafts" })
            }
          >
            <Radio value="drafts" label={t.runModeDrafts} />
            <Radio
              value="send"
              label={
                <>
                  {t.runModeSend}
                  <Caption1 className={styles.gatewayReason}>{t.runModeSendHint}</Caption1>
                </>
              }
            />
          </RadioGroup>
        </Field>
      )}
      {gateway?.canSend === true && mode === "send" && (
        <SendTimeField
          choice={state.sendTime}
          reading={sendAtReading}
          disabled={active}
          onChange={(choice) => dispatch({ type: "sendTimeChosen", choice })}
        />
      )}

      {!started && blockers.length > 0 && (
        <MessageBar intent={blockers.includes("errors") ? "error" : "warning"} layout="multiline" id={blockedId}>
          <MessageBarBody>
            <MessageBarTitle>{t.createBlockedTitle}</MessageBarTitle>
            <ul className={styles.reasons}>
              {blockers.map((blocker) => (
                <li key={blocker}>{t.createBlocked[blocker]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!started && errors.length > 0 && (
        <section className={stepStyles.section} aria-labelledby={`${blockedId}-errors`}>
          <Text weight="semibold" id={`${blockedId}-errors`}>
            {t.errorsToFix(errors.length)}
          </Text>
          <IssueBars issues={errors} max={10} />
        </section>
      )}

      {/* While an earlier run is offered, the choice is made there: continue it, or start over. */}
      {!started && offered === null && (
        <div className={stepStyles.buttons}>
          <Button
            appearance="primary"
            disabledFocusable={blockers.length > 0 || sendTimeWrong}
            aria-describedby={blockers.length > 0 ? blockedId : undefined}
            onClick={() => {
              if (blockers.length > 0 || sendTimeWrong || gateway === null) return;
              if (doneBefore !== null) setAskingAgain(true);
              else begin(gateway, mode, undefined, sendAt);
            }}
          >
            {startLabel(t, gateway?.id ?? null, mode, draftCount, sendAtReading !== null)}
          </Button>
        </div>
      )}
      {!started && (derived?.excludedRows.size ?? 0) > 0 && (
        <Caption1 className={stepStyles.muted}>{t.excludedCount(derived?.excludedRows.size ?? 0)}</Caption1>
      )}
      {askingAgain && doneBefore !== null && !started && (
        <CreateAgainDialog
          record={doneBefore}
          onKeep={() => setAskingAgain(false)}
          onAgain={() => {
            setAskingAgain(false);
            // No run id to continue: a new run, whose keys are new, so these are new drafts on the user's word.
            if (gateway !== null && blockers.length === 0 && !sendTimeWrong) begin(gateway, mode, undefined, sendAt);
          }}
        />
      )}
      {runner.storage === "memory" && (
        <Caption1 className={stepStyles.muted}>{t.memoryOnly}</Caption1>
      )}

      <ConfirmSendDialog
        open={pendingSend !== null}
        forecast={pendingSend?.forecast ?? null}
        sendAt={pendingSend?.sendAt ?? null}
        onCancel={() => setPendingSend(null)}
        onSend={() => {
          // A time that passed while the dialog was open is not sent "now" behind the user's back: the field says so.
          const leaves = pendingSend?.sendAt;
          if (pendingSend !== null && derived !== null && fingerprint !== null && (leaves === undefined || leaves > Date.now())) {
            runner.start(derived.plan, pendingSend.gateway, pendingSend.resumeRunId, {
              mode: "send",
              fingerprint,
              ...(leaves === undefined ? {} : { sendAt: leaves }),
            });
          }
          setPendingSend(null);
        }}
      />

      {started && (
        <RunView
          run={run}
          runner={runner}
          dispatch={dispatch}
          onDownload={downloadReport}
          onResume={
            derived !== null && gateway !== null && run.runId !== null && blockers.length === 0
              ? () => run.runId !== null && begin(gateway, run.mode, run.runId, run.sendAt ?? undefined)
              : null
          }
        />
      )}
    </>
  );
}

/** The latest run kept for this fingerprint, looked up again whenever no run is shown (the pane may have reloaded). */
function useEarlierRun(find: Runner["findEarlier"], fingerprint: string | null, started: boolean, lookAgain: number): RunRecord | null {
  const [found, setFound] = useState<{ readonly fingerprint: string; readonly record: RunRecord | null } | null>(null);
  useEffect(() => {
    if (fingerprint === null || started) return;
    void lookAgain; // a new look after the list was forgotten
    let current = true;
    void find(fingerprint).then((record) => {
      if (current) setFound({ fingerprint, record });
    });
    return () => {
      current = false;
    };
  }, [find, fingerprint, started, lookAgain]);
  return found !== null && found.fingerprint === fingerprint ? found.record : null;
}

function gatewayLabel(gateways: readonly GatewayOption[], id: string): string | null {
  return gateways.find((g) => g.id === id)?.label ?? null;
}

/** The start button says what will happen with the chosen way: drafts in Drafts, a ZIP to download, windows, or sending. */
export function startLabel(t: TaskpaneStrings, gatewayId: string | null, mode: RunMode, drafts: number, scheduled = false): string {
  if (mode === "send") return scheduled ? t.scheduleButton(drafts) : t.sendButton(drafts);
  if (gatewayId === "eml") return t.zipButton(drafts);
  if (gatewayId === "compose") return t.composeButton(drafts);
  return t.createButton(drafts);
}
