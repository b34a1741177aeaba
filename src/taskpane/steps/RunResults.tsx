// Every row's outcome of a run (or, while it runs, the rows that need attention), in a virtualised list: a run of
// 10,000 rows shows 10,000 outcomes without 10,000 elements.
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { List, type RowComponentProps } from "react-window";
import type { RowOutcome } from "../../core/run/types";
import { withoutRowPrefix } from "../components/IssueBars";
import { SeverityIcon } from "../components/SeverityIcon";
import { usePane } from "../context";
import type { TaskpaneStrings } from "../strings";

const RESULT_ROW_HEIGHT = 48;
const RESULTS_HEIGHT = 240;

const useStyles = makeStyles({
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

interface ResultRowProps {
  readonly outcomes: readonly RowOutcome[];
  /** A send run: a created row was sent. */
  readonly sent: boolean;
  readonly classes: ReturnType<typeof useStyles>;
  readonly t: TaskpaneStrings;
}

function ResultRow({ index, style, ariaAttributes, outcomes, sent, classes, t }: RowComponentProps<ResultRowProps>) {
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
        <Text size={200}>{sent && outcome.status === "created" ? t.sendStatus : t.status[outcome.status]}</Text>
      </div>
      {/* Whom it is for, in the user's words: a gateway's reference (a Graph message id) means nothing to them. */}
      {(outcome.message ?? outcome.to ?? outcome.ref) !== null && (
        <Text size={200} className={classes.line}>
          {outcome.message !== null ? withoutRowPrefix({ row: outcome.row, message: outcome.message }) : (outcome.to ?? outcome.ref)}
        </Text>
      )}
    </div>
  );
}

export function RunResults({ outcomes, sent }: { readonly outcomes: readonly RowOutcome[]; readonly sent: boolean }) {
  const classes = useStyles();
  const { t } = usePane();
  const rowProps = useMemo(() => ({ outcomes, sent, classes, t }), [outcomes, sent, classes, t]);
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
