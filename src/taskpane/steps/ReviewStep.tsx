// Step 4: every problem, and each draft exactly as it will be created (the plan renders it), row by row; and a
// test draft of the first row to the user alone.
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ChevronLeft20Regular, ChevronRight20Regular, Send20Regular, Warning16Filled } from "@fluentui/react-icons";
import { useId, useMemo, useRef } from "react";
import { formatBytes } from "../../i18n";
import { HtmlPreview } from "../components/HtmlPreview";
import { IssueBars } from "../components/IssueBars";
import { useRevealWhenShown } from "../components/reveal";
import { usePane } from "../context";
import type { StepProps } from "./stepProps";
import { attachmentName } from "../run/outgoing";
import { keepParts } from "./keepParts";
import { chosenGateway } from "../services";
import { nextProblemRow, testDraftBlockers } from "../state/plan";
import { useStepStyles } from "./stepStyles";

/** Problem rows listed as buttons; the rest are reached with "Next problem". */
const LISTED_PROBLEM_ROWS = 30;

const useStyles = makeStyles({
  summary: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nav: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalXS,
  },
  position: {
    textAlign: "center",
  },
  headers: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  value: {
    margin: 0,
    overflowWrap: "anywhere",
  },
});

export function ReviewStep({ state, dispatch, derived, runner, gateways }: StepProps) {
  const styles = useStyles();
  const stepStyles = useStepStyles();
  const { t, lang, host } = usePane();
  const testHintId = useId();

  const rows = state.recipients?.result.table.rows ?? [];
  const index = Math.min(state.reviewIndex, Math.max(0, rows.length - 1));
  const row = rows[index];
  const draft = row === undefined ? undefined : derived?.draftByRow.get(row.row);
  const plan = derived?.plan;
  const rendered = useMemo(() => (draft === undefined || plan === undefined ? null : plan.renderDraft(draft)), [draft, plan]);
  // The test draft's answer appears at the end of a long step: it comes into view when it arrives.
  const testAnswerRef = useRef<HTMLDivElement>(null);
  const testPhase = state.testDraft.phase;
  useRevealWhenShown(testAnswerRef, (testPhase === "sent" || testPhase === "failed") && state.testDraft.message !== null ? testPhase : null);

  if (derived === null || row === undefined || plan === undefined) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t.createBlocked["no-table"]}</MessageBarBody>
      </MessageBar>
    );
  }

  const rowIssues = derived.issuesByRow.get(row.row) ?? [];
  const problemRows = derived.problemRowIndexes;
  const nextProblem = nextProblemRow(problemRows, index, 1);
  const gateway = chosenGateway(gateways, state.gatewayId);
  const userAddress = host?.userAddress ?? null;
  const testBlockers = testDraftBlockers(state, derived, userAddress, gateway !== null);
  // The test draft is the draft on screen; a row with an error has none, so then the first row's.
  const testRow = draft?.row ?? plan.drafts[0]?.row;
  const moveTo = (to: number): void => dispatch({ type: "reviewMoved", index: to });

  return (
    <>
      <Body1 as="p" className={stepStyles.text}>
        {t.reviewIntro}
      </Body1>

      <section className={stepStyles.section} aria-labelledby={`${testHintId}-summary`}>
        <Text weight="semibold" id={`${testHintId}-summary`}>
          {t.reviewSummary}
        </Text>
        <div className={styles.summary}>
          <Text>{t.draftsReady(plan.drafts.length)}</Text>
          <Text>{t.rowsInError(plan.skippedRows.length)}</Text>
          <Text>{t.errorCount(derived.errorCount)}</Text>
          <Text>{t.warningCount(derived.warningCount)}</Text>
          {derived.excludedRows.size > 0 && <Text>{t.excludedCount(derived.excludedRows.size)}</Text>}
        </div>
        {state.template.loaded === null && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t.notRead}</MessageBarBody>
          </MessageBar>
        )}
        <IssueBars issues={derived.generalIssues} max={10} />
        {state.template.loaded !== null && derived.errorCount + derived.warningCount === 0 && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t.allGood}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={stepStyles.section} aria-label={t.rowPosition(row.row, index + 1, rows.length)}>
        <div className={styles.nav}>
          <Button icon={<ChevronLeft20Regular />} disabled={index === 0} onClick={() => moveTo(index - 1)}>
            {t.previous}
          </Button>
          <Text className={styles.position} weight="semibold" aria-live="polite">
            {keepParts(t.rowPosition(row.row, index + 1, rows.length))}
          </Text>
          <Button
            icon={<ChevronRight20Regular />}
            iconPosition="after"
            disabled={index >= rows.length - 1}
            onClick={() => moveTo(index + 1)}
          >
            {t.nextRow}
          </Button>
        </div>
        {problemRows.length > 0 && (
          <div className={stepStyles.buttons}>
            <Button
              size="small"
              appearance="subtle"
              icon={<Warning16Filled />}
              disabled={nextProblem === null}
              onClick={() => nextProblem !== null && moveTo(nextProblem)}
            >
              {t.nextProblem}
            </Button>
          </div>
        )}

        <IssueBars issues={rowIssues} />

        {rendered === null ? (
          // A row the user left out has no draft on purpose: it says so, in the words of step 1 and the report.
          <Caption1>{derived.excludedRows.has(row.row) ? `${t.status.excluded}: ${t.excludedByYou}` : t.noDraftForRow}</Caption1>
        ) : (
          <>
            <dl className={styles.headers}>
              <dt className={styles.term}>{t.toLabel}</dt>
              <dd className={styles.value}>{rendered.toName ? `${rendered.toName} <${rendered.to}>` : rendered.to}</dd>
              {rendered.cc.length > 0 && (
                <>
                  <dt className={styles.term}>{t.ccLabel}</dt>
                  <dd className={styles.value}>{rendered.cc.join(", ")}</dd>
                </>
              )}
              {rendered.bcc.length > 0 && (
                <>
                  <dt className={styles.term}>{t.bccLabel}</dt>
                  <dd className={styles.value}>{rendered.bcc.join(", ")}</dd>
                </>
              )}
              <dt className={styles.term}>{t.subjectLabel}</dt>
              <dd className={styles.value} data-testid="draft-subject">
                {rendered.subject === "" ? t.noSubject : rendered.subject}
              </dd>
              <dt className={styles.term}>{t.attachmentsLabel}</dt>
              <dd className={styles.value}>
                {rendered.attachments.length === 0
                  ? t.none
                  : rendered.attachments.map((f) => `${attachmentName(f.name)} (${formatBytes(f.size, lang)})`).join(", ")}
              </dd>
            </dl>
            <HtmlPreview html={rendered.html} title={t.draftPreviewLabel(row.row)} />
          </>
        )}
      </section>

      {problemRows.length > 0 && (
        <section className={stepStyles.section} aria-labelledby={`${testHintId}-problems`}>
          <Text weight="semibold" id={`${testHintId}-problems`}>
            {t.problemRowsLabel}
          </Text>
          <ul className={stepStyles.chips}>
            {problemRows.slice(0, LISTED_PROBLEM_ROWS).map((rowIndex) => {
              const number = rows[rowIndex]?.row ?? rowIndex + 2;
              return (
                <li key={rowIndex}>
                  <Button size="small" appearance={rowIndex === index ? "primary" : "secondary"} onClick={() => moveTo(rowIndex)}>
                    {t.goToRow(number)}
                  </Button>
                </li>
              );
            })}
          </ul>
          {problemRows.length > LISTED_PROBLEM_ROWS && <Caption1>{t.moreProblems(problemRows.length - LISTED_PROBLEM_ROWS)}</Caption1>}
        </section>
      )}

      <section className={stepStyles.section}>
        <div className={stepStyles.buttons}>
          <Button
            icon={<Send20Regular />}
            disabledFocusable={testBlockers.length > 0}
            aria-describedby={testHintId}
            onClick={() => {
              if (gateway !== null && userAddress !== null && testBlockers.length === 0) void runner.sendTestDraft(plan, gateway, userAddress, testRow);
            }}
          >
            {t.testDraft}
          </Button>
          {state.testDraft.phase === "sending" && <Spinner size="tiny" label={t.testDraftSending} />}
        </div>
        <Caption1 id={testHintId} className={stepStyles.muted}>
          {testBlockers.length > 0
            ? t.testDraftBlocked[testBlockers[0] ?? "no-drafts"]
            : t.testDraftHint(testRow ?? row.row, userAddress ?? "", gateway?.label ?? "")}
        </Caption1>
        <div aria-live="polite" ref={testAnswerRef} className={stepStyles.revealed}>
          {state.testDraft.phase === "sent" && state.testDraft.message !== null && (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>{state.testDraft.message}</MessageBarBody>
            </MessageBar>
          )}
          {state.testDraft.phase === "failed" && state.testDraft.message !== null && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{state.testDraft.message}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </section>
    </>
  );
}

