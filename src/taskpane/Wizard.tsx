// The five steps: a step list to move between them (a nav whose current step has aria-current="step"), the current
// step's heading (focused on every change of step, so a screen reader and a keyboard user start at its top), its
// content, and Back/Next.
import { Button, Caption1, makeStyles, mergeClasses, Spinner, Title3, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowLeft20Regular, ArrowRight20Regular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useMemo, useReducer, useRef, type ComponentType } from "react";
import { usePane } from "./context";
import type { StepProps } from "./steps/stepProps";
import { useRunner } from "./run/useRunner";
import { INITIAL_STATE, STEPS, wizardReducer, type StepId } from "./state/wizard";
import { RecipientsStep } from "./steps/RecipientsStep";
import { useDerivedPlan } from "./useDerivedPlan";

// The first step comes with the pane; the others load when first shown, so the pane opens quickly in Outlook.
const STEP_COMPONENTS: Readonly<Record<StepId, ComponentType<StepProps>>> = {
  recipients: RecipientsStep,
  message: lazy(() => import("./steps/MessageStep").then((m) => ({ default: m.MessageStep }))),
  attachments: lazy(() => import("./steps/AttachmentsStep").then((m) => ({ default: m.AttachmentsStep }))),
  review: lazy(() => import("./steps/ReviewStep").then((m) => ({ default: m.ReviewStep }))),
  create: lazy(() => import("./steps/CreateStep").then((m) => ({ default: m.CreateStep }))),
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
  },
  steps: {
    display: "flex",
    // Into the header's side padding: at 320 px a fifth of the width is just enough for "Empfänger" or "Anhänge".
    margin: `0 calc(${tokens.spacingHorizontalS} * -1)`,
    padding: 0,
    listStyleType: "none",
  },
  stepItem: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: 0,
    position: "relative",
    display: "flex",
    justifyContent: "center",
    // The line joining each step to the one before it, behind the buttons.
    "::before": {
      content: '""',
      position: "absolute",
      top: "14px",
      right: "50%",
      width: "100%",
      borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      zIndex: 0,
    },
    ":first-child::before": {
      display: "none",
    },
  },
  step: {
    position: "relative",
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    rowGap: tokens.spacingVerticalXXS,
    // No narrower than its label: at 320 px "Attachments" is a few pixels wider than its fifth of the row, and a
    // cut step name is no name. Centred in its column, it reaches a little into its neighbours' spare room.
    // Fluent's 64 px least width would lay "Review"'s box over the end of a long neighbour: as wide as its label only.
    flexShrink: 0,
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalXXS} ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
  },
  stepNumber: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    width: "28px",
    height: "28px",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  stepLabel: {
    ...typographyStyles.caption2,
    whiteSpace: "nowrap",
  },
  current: {
    color: tokens.colorBrandForeground1,
  },
  currentNumber: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorCompoundBrandBackground}`,
    backgroundColor: tokens.colorCompoundBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  panel: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  headingGroup: {
    display: "flex",
    flexDirection: "column",
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  stepOf: {
    color: tokens.colorNeutralForeground3,
  },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function Wizard() {
  const styles = useStyles();
  const services = usePane();
  const { t, lang } = services;
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_STATE);
  // The run lives here, not in the Create step: moving between steps must not lose it.
  const runner = useRunner(dispatch, services);
  const derived = useDerivedPlan(state, lang);
  const plan = derived?.plan ?? null;
  // The list as the user corrected it: the .eml ZIP's report gives a skipped row's address as the user left it.
  const table = derived?.shownTable ?? state.recipients?.result.table ?? null;
  const { gatewayProvider } = services;
  const excludedRows = derived?.excludedRows;
  const gateways = useMemo(
    () => gatewayProvider({ plan, table, lang, ...(excludedRows === undefined ? {} : { excludedRows }) }),
    [gatewayProvider, plan, table, lang, excludedRows],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(state.step);

  useEffect(() => {
    // Focus follows the step, but not when the pane first opens: then the user has not asked for anything yet.
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    headingRef.current?.focus();
  }, [state.step]);

  const index = STEPS.indexOf(state.step);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const Step = STEP_COMPONENTS[state.step];

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t.title}
        </Title3>
        <nav aria-label={t.stepsLabel}>
          <ol className={styles.steps}>
            {STEPS.map((step, i) => {
              const current = step === state.step;
              return (
                <li key={step} className={styles.stepItem}>
                  <Button
                    appearance="transparent"
                    size="small"
                    className={mergeClasses(styles.step, current && styles.current)}
                    aria-current={current ? "step" : undefined}
                    // Named in words: the circled number and the label would otherwise run together ("1Recipients").
                    aria-label={t.stepButton(i + 1, t.steps[step])}
                    onClick={() => dispatch({ type: "goTo", step })}
                  >
                    <span className={mergeClasses(styles.stepNumber, current && styles.currentNumber)} aria-hidden>
                      {i + 1}
                    </span>
                    {/* Not shown (the button is a flex column); it keeps the text "1 Recipients" apart for tools that
                        read the visible words, as the check that the visible label is in the name does. */}
                    {" "}
                    <span className={styles.stepLabel}>{t.steps[step]}</span>
                  </Button>
                </li>
              );
            })}
          </ol>
        </nav>
      </header>
      <main className={styles.panel} aria-labelledby="step-heading">
        <div className={styles.headingGroup}>
          <Caption1 className={styles.stepOf}>{t.stepOf(index + 1, STEPS.length)}</Caption1>
          <h2 className={styles.heading} id="step-heading" tabIndex={-1} ref={headingRef}>
            {t.steps[state.step]}
          </h2>
        </div>
        <Suspense fallback={<Spinner size="small" label={t.working} />}>
          <Step state={state} dispatch={dispatch} derived={derived} runner={runner} gateways={gateways} />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <Button
          appearance="subtle"
          icon={<ArrowLeft20Regular />}
          disabled={previous === undefined}
          onClick={() => previous && dispatch({ type: "goTo", step: previous })}
        >
          {t.back}
        </Button>
        {next !== undefined && (
          <Button
            appearance="primary"
            icon={<ArrowRight20Regular />}
            iconPosition="after"
            onClick={() => dispatch({ type: "goTo", step: next })}
          >
            {t.next(t.steps[next])}
          </Button>
        )}
      </footer>
    </div>
  );
}
