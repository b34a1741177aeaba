// One row of the recipient list opened for correcting (issue 12): a field per column, the row's problems above them,
// and the row's choices — keep the corrections (the row is checked again at once), undo them, leave the row out or
// take it back in. Escape or Cancel changes nothing. The file itself is never changed: the corrections are the
// wizard's overrides (state/rowEdits.ts).
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Issue, TableRow } from "../../core/types";
import { withoutRowPrefix } from "../components/IssueBars";
import { usePane } from "../context";

const useStyles = makeStyles({
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    // The content scrolls as a whole; a problem's text must not be squeezed under the fields that follow it.
    "& > *": { flexShrink: 0 },
  },
  // The row's other choices: below the fields, apart from "keep" and "cancel", wrapping in a narrow pane.
  choices: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  choice: {
    maxWidth: "100%",
    height: "auto",
    whiteSpace: "normal",
    textAlign: "start",
  },
});

export interface RowEditDialogProps {
  readonly columns: readonly string[];
  /** Column indexes in the order the grid shows them (the address first). */
  readonly order: readonly number[];
  /** The row as the user sees it now (corrections applied). */
  readonly row: TableRow;
  readonly issues: readonly Issue[];
  readonly excluded: boolean;
  readonly edited: boolean;
  readonly onSave: (cells: Readonly<Record<number, string>>) => void;
  readonly onUndo: () => void;
  readonly onExclude: () => void;
  readonly onInclude: () => void;
  readonly onClose: () => void;
}

/** Mounted only while open: a Fluent Dialog mounted closed leaves focus guards that axe reports. */
export function RowEditDialog({ columns, order, row, issues, excluded, edited, onSave, onUndo, onExclude, onInclude, onClose }: RowEditDialogProps) {
  const styles = useStyles();
  const { t } = usePane();
  const [values, setValues] = useState<readonly string[]>(row.cells);
  const save = (): void => {
    const cells: Record<number, string> = {};
    values.forEach((value, column) => {
      if (value !== row.cells[column]) cells[column] = value;
    });
    onSave(cells);
  };
  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <DialogBody>
            <DialogTitle>{t.editRowTitle(row.row)}</DialogTitle>
            <DialogContent className={styles.content}>
              <span>{t.editRowIntro}</span>
              {excluded && (
                <MessageBar intent="info" layout="multiline">
                  <MessageBarBody>{t.status.excluded}: {t.excludedByYou}</MessageBarBody>
                </MessageBar>
              )}
              {issues.map((issue, i) => (
                <MessageBar key={i} intent={issue.severity === "error" ? "error" : "warning"} layout="multiline">
                  <MessageBarBody>{withoutRowPrefix(issue)}</MessageBarBody>
                </MessageBar>
              ))}
              {order.map((column) => (
                <Field key={column} label={columns[column] ?? ""}>
                  <Input
                    value={values[column] ?? ""}
                    onChange={(_event, data) => setValues((all) => all.map((v, i) => (i === column ? data.value : v)))}
                  />
                </Field>
              ))}
              <div className={styles.choices}>
                {excluded ? (
                  <Button className={styles.choice} onClick={onInclude}>
                    {t.includeRow}
                  </Button>
                ) : (
                  <Button className={styles.choice} onClick={onExclude}>
                    {t.excludeRow}
                  </Button>
                )}
                {edited && (
                  <Button className={styles.choice} appearance="subtle" onClick={onUndo}>
                    {t.undoRowEdits}
                  </Button>
                )}
              </div>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary">
                {t.editRowSave}
              </Button>
              <Button onClick={onClose}>{t.editRowCancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
