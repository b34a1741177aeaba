// Step 5: choose how the drafts are made, create them (never while the plan has an error), follow the run, pause or
// cancel it, and take away a report of every row.
import {
  Body1,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, Dismiss20Regular, Pause20Regular, Play20Regular } from "@fluentui/react-icons";
import { useId, useMemo } from "react";
import { List, type RowComponentProps } from "react-window";
import { runFraction } from "../../core/run";
import type { RowOutcome } from "../../core/run/types";
import { IssueBars, withoutRowPrefix } from "../components/IssueBars";
import { SeverityIcon } from "../components/SeverityIcon";
import { usePane, type StepProps } from "../context";
import { reportCsv } from "../run/report";
import { chosenGateway } from "../services";
import { createBlockers } from "../state/plan";
import { isRunActive, type WizardRun } from "../state/wizard";
import type { TaskpaneStrings } from "../strings";
import { useStepStyles } from "./RecipientsStep";

const RESULT_ROW_HEIGHT = 48;
const RESULTS_HEIGHT = 240;

const useStyles = makeStyles({
  gatewayReason: {
    display: "block",
    color: tokens.colorNeutralForeground3,
  },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  results: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  result: {
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  resultFailed: {
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  line: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
});

export function CreateStep({ state, dispatch, derived, runner, gateways }: StepProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const { t, lang, download } = usePane();
  const blockedId = useId();
  const gateway = chosenGateway(gateways, state.gatewayId);
  const blockers = createBlockers(state, derived, gateway !== null);
  const run = state.run;
  const active = isRunActive(run);
  const started = run.state.phase !== "ready";
  const errors = useMemo(() => derived?.plan.issues.filter((i) => i.severity === "error") ?? [], [derived]);
  const draftCount = derived?.plan.drafts.length ?? 0;

  const downloadReport = (): void => {
    if (derived === null || state.recipients === null) return;
    const csv = reportCsv({
      rows: state.recipients.result.table.rows,
      emailColumnIndex: derived.plan.emailColumn === null ? -1 : derived.plan.columns.indexOf(derived.plan.emailColumn),
      draftByRow: derived.draftByRow,
      issuesByRow: derived.issuesByRow,
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

      {!started && (
        <div className={stepStyles.buttons}>
          <Button
            appearance="primary"
            disabledFocusable={blockers.length > 0}
            aria-describedby={blockers.length > 0 ? blockedId : undefined}
            onClick={() => {
              if (blockers.length === 0 && derived !== null && gateway !== null) runner.start(derived.plan, gateway);
            }}
          >
            {t.createButton(draftCount)}
          </Button>
        </div>
      )}

      {started && (
        <RunView
          run={run}
          runner={runner}
          dispatch={dispatch}
          onDownload={downloadReport}
          onResume={
            derived !== null && gateway !== null && run.runId !== null && blockers.length === 0
              ? () => run.runId !== null && runner.start(derived.plan, gateway, run.runId)
              : null
          }
        />
      )}
    </>
  );
}

function RunView({
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
  const { t } = usePane();
  const { phase, total, created, failed, cancelled, secondsLeft, summary, attention } = run.state;
  const done = created + failed + cancelled;
  const active = isRunActive(run);
  const time =
    phase === "paused" ? t.paused : phase === "cancelling" ? t.cancelling : secondsLeft === null ? t.estimating : t.timeLeft(secondsLeft);
  const missing = phase === "done" && (failed > 0 || cancelled > 0);

  return (
    <section className={stepStyles.section}>
      <Field
        label={t.progressLabel}
        hint={active ? `${t.progressCount(done, total)} · ${time}` : t.progressCount(done, total)}
      >
        <ProgressBar
          value={runFraction(run.state)}
          color={failed > 0 || run.error !== null ? "error" : phase === "done" ? "success" : "brand"}
          thickness="large"
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
      <div aria-live="polite">
        {phase === "done" && run.error === null && (
          <MessageBar intent={summary?.cancelled || failed > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>{summary?.cancelled ? t.runCancelled(created) : t.runDone(created, failed)}</MessageBarBody>
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
      {(summary?.outcomes ?? attention).length > 0 && <Results outcomes={summary?.outcomes ?? attention} />}
      {!active && (
        <div className={stepStyles.buttons}>
          <Button icon={<ArrowDownload20Regular />} onClick={onDownload}>
            {t.downloadReport}
          </Button>
          {missing && onResume !== null && (
            <Button appearance="primary" onClick={onResume}>
              {t.resumeRun}
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

interface ResultRowProps {
  readonly outcomes: readonly RowOutcome[];
  readonly classes: ReturnType<typeof useStyles>;
  readonly t: TaskpaneStrings;
}

function ResultRow({ index, style, ariaAttributes, outcomes, classes, t }: RowComponentProps<ResultRowProps>) {
  const outcome = outcomes[index];
  if (outcome === undefined) return null;
  const failed = outcome.status === "failed";
  return (
    <div {...ariaAttributes} style={style} className={mergeClasses(classes.result, failed && classes.resultFailed)}>
      <div className={classes.line}>
        <SeverityIcon severity={failed ? "error" : outcome.status === "cancelled" ? "warning" : "ok"} />
        <Text size={200} weight="semibold">
          {t.goToRow(outcome.row)}
        </Text>
        <Text size={200}>{t.status[outcome.status]}</Text>
      </div>
      {(outcome.message ?? outcome.ref) !== null && (
        <Text size={200} className={classes.line}>
          {outcome.message !== null ? withoutRowPrefix({ row: outcome.row, message: outcome.message }) : outcome.ref}
        </Text>
      )}
    </div>
  );
}

function Results({ outcomes }: { readonly outcomes: readonly RowOutcome[] }) {
  const classes = useStyles();
  const { t } = usePane();
  const rowProps = useMemo(() => ({ outcomes, classes, t }), [outcomes, classes, t]);
  return (
    <List
      className={classes.results}
      style={{ height: Math.min(RESULTS_HEIGHT, outcomes.length * RESULT_ROW_HEIGHT + 2) }}
      aria-label={t.resultsLabel}
      tabIndex={0}
      rowComponent={ResultRow}
      rowCount={outcomes.length}
      rowHeight={RESULT_ROW_HEIGHT}
      rowProps={rowProps}
      defaultHeight={RESULTS_HEIGHT}
    />
  );
}
