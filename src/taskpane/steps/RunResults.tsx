// Every row's outcome of a run (or, while it runs, the rows that need attention), in a virtualised list: a run of
// 10,000 rows shows 10,000 outcomes without 10,000 elements.
import { mergeClasses, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import { List, type RowComponentProps } from "react-window";
import type { RowOutcome } from "../../core/run/types";
import { withoutRowPrefix } from "../components/IssueBars";
import { useRowListStyles, type RowListClasses } from "../components/rowListStyles";
import { SeverityIcon } from "../components/SeverityIcon";
import { usePane } from "../context";
import type { TaskpaneStrings } from "../strings";

const RESULT_ROW_HEIGHT = 48;
const RESULTS_HEIGHT = 240;


interface ResultRowProps {
  readonly outcomes: readonly RowOutcome[];
  /** A send run: a created row was sent ("sent"), or handed over to leave later ("scheduled"). */
  readonly sent: false | "sent" | "scheduled";
  readonly classes: RowListClasses;
  readonly t: TaskpaneStrings;
}

function ResultRow({ index, style, ariaAttributes, outcomes, sent, classes, t }: RowComponentProps<ResultRowProps>) {
  const outcome = outcomes[index];
  if (outcome === undefined) return null;
  const failed = outcome.status === "failed";
  return (
    <div {...ariaAttributes} style={style} className={mergeClasses(classes.row, failed && classes.rowError)}>
      <div className={classes.line}>
        <SeverityIcon severity={failed ? "error" : outcome.status === "cancelled" ? "warning" : "ok"} />
        <Text size={200} weight="semibold">
          {t.goToRow(outcome.row)}
        </Text>
        <Text size={200}>{sent && outcome.status === "created" ? (sent === "scheduled" ? t.scheduledStatus : t.sendStatus) : t.status[outcome.status]}</Text>
      </div>
      {/* Whom it is for, in the user's words: a gateway's reference (a Graph message id) means nothing to them. */}
      <Text size={200} className={classes.line}>
        {outcome.message !== null ? withoutRowPrefix({ row: outcome.row, message: outcome.message }) : outcome.to}
      </Text>
    </div>
  );
}

export function RunResults({ outcomes, sent }: { readonly outcomes: readonly RowOutcome[]; readonly sent: false | "sent" | "scheduled" }) {
  const classes = useRowListStyles();
  const { t } = usePane();
  const rowProps = useMemo(() => ({ outcomes, sent, classes, t }), [outcomes, sent, classes, t]);
  return (
    <List
      className={classes.list}
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
