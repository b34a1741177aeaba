// Step 1's view of a table that has been read: where it came from and what it holds, the e-mail and Cc columns as
// found (or chosen), the table's problems, and its rows. Loaded with the first table (steps/RecipientsStep.tsx), so the
// dropdowns and the virtualised grid are not in the pane's first script.
import { Caption1, Dropdown, Field, Option, Spinner, Text } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { columnOptions } from "../components/columnOptions";
import { IssueBars } from "../components/IssueBars";
import { usePane } from "../context";
import { stepOfIssue } from "../state/plan";
import { displayOrder, RecipientGrid } from "./RecipientGrid";
import { RowEditDialog } from "./RowEditDialog";
import { SheetPicker } from "./SheetPicker";
import type { StepProps } from "./stepProps";
import { useStepStyles } from "./stepStyles";

export function RecipientTable({ state, dispatch, derived }: Pick<StepProps, "state" | "dispatch" | "derived">) {
  const styles = useStepStyles();
  const { t } = usePane();
  // The row open for correcting, by spreadsheet row number.
  const [editing, setEditing] = useState<number | null>(null);
  const onEditRow = useCallback((row: number) => setEditing(row), []);
  const recipients = state.recipients;
  if (recipients === null) return null;
  // The plan's code is still loading (a moment, once).
  if (derived === null) return <Spinner size="tiny" label={t.reading} />;
  const plan = derived.plan;
  const columns = recipients.result.table.columns;
  return (
    <>
      <div className={styles.section}>
        <Text weight="semibold">
          {t.tableFrom[recipients.origin.kind](recipients.origin.kind === "paste" ? "" : recipients.origin.name)}:{" "}
          {t.tableSize(recipients.result.table.rows.length, columns.length)}
        </Text>
        <div className={styles.counts} aria-live="polite">
          <Text>{t.readyCount(plan.drafts.length)}</Text>
          {plan.skippedRows.length > 0 && <Text>{t.errorRowCount(plan.skippedRows.length)}</Text>}
          {derived.excludedRows.size > 0 && <Text>{t.excludedCount(derived.excludedRows.size)}</Text>}
          {derived.warningCount > 0 && <Text>{t.warningCount(derived.warningCount)}</Text>}
        </div>
      </div>

      <SheetPicker recipients={recipients} dispatch={dispatch} />

      {columns.length > 0 && (
        <ColumnChoices state={state} dispatch={dispatch} emailColumn={plan.emailColumn} ccColumn={plan.ccColumn} />
      )}

      <IssueBars issues={derived.generalIssues.filter((i) => stepOfIssue(i.code) === "recipients")} />

      {columns.length > 0 && (
        <>
          <Caption1 className={styles.muted}>{t.gridEditHint}</Caption1>
          <RecipientGrid
            table={derived.shownTable}
            emailColumn={plan.emailColumn}
            ccColumn={plan.ccColumn}
            issuesByRow={derived.issuesByRow}
            excludedRows={derived.excludedRows}
            editedCells={state.rowEdits.cells}
            onEditRow={onEditRow}
          />
        </>
      )}
      {editing !== null && <RowEditor row={editing} state={state} dispatch={dispatch} derived={derived} onClose={() => setEditing(null)} />}
    </>
  );
}

/** The dialog for one row, fed from the plan; each choice is one wizard action, and closes it. */
function RowEditor({
  row,
  state,
  dispatch,
  derived,
  onClose,
}: Pick<StepProps, "state" | "dispatch"> & { readonly row: number; readonly derived: NonNullable<StepProps["derived"]>; readonly onClose: () => void }) {
  const shown = derived.shownTable.rows.find((r) => r.row === row);
  if (shown === undefined) return null;
  const columns = derived.shownTable.columns;
  const { emailColumn, ccColumn } = derived.plan;
  const order = displayOrder(columns.length, emailColumn === null ? -1 : columns.indexOf(emailColumn), ccColumn === null ? -1 : columns.indexOf(ccColumn));
  const excluded = derived.excludedRows.get(row);
  const act = (action: Parameters<StepProps["dispatch"]>[0]): void => {
    dispatch(action);
    onClose();
  };
  return (
    <RowEditDialog
      columns={columns}
      order={order}
      row={shown}
      issues={excluded ?? derived.issuesByRow.get(row) ?? []}
      excluded={excluded !== undefined}
      edited={state.rowEdits.cells[row] !== undefined}
      onSave={(cells) => act({ type: "rowCellsEdited", row, cells })}
      onUndo={() => act({ type: "rowEditUndone", row })}
      onExclude={() => act({ type: "rowExcluded", row })}
      onInclude={() => act({ type: "rowIncluded", row })}
      onClose={onClose}
    />
  );
}

/** The Cc dropdown's "No Cc" (a column header never looks like this: headers are trimmed text). */
const NO_CC = "\u0000no-cc";

/** The e-mail and Cc columns as found (or chosen). */
function ColumnChoices({
  state,
  dispatch,
  emailColumn,
  ccColumn,
}: Pick<StepProps, "state" | "dispatch"> & { readonly emailColumn: string | null; readonly ccColumn: string | null }) {
  const styles = useStepStyles();
  const { t } = usePane();
  const columns = state.recipients?.result.table.columns ?? [];
  return (
    <div className={styles.section}>
      <Field
        label={t.emailColumnLabel}
        hint={state.emailColumn.kind === "auto" && emailColumn !== null ? t.columnFound : null}
      >
        <Dropdown
          value={emailColumn ?? ""}
          selectedOptions={emailColumn === null ? [] : [emailColumn]}
          placeholder={t.noEmailColumn}
          onOptionSelect={(_event, data) => {
            if (data.optionValue !== undefined) dispatch({ type: "emailColumnChosen", choice: { kind: "column", column: data.optionValue } });
          }}
        >
          {columnOptions(columns)}
        </Dropdown>
      </Field>
      <Field label={t.ccColumnLabel}>
        <Dropdown
          value={ccColumn ?? t.noCc}
          selectedOptions={[ccColumn ?? NO_CC]}
          onOptionSelect={(_event, data) => {
            const value = data.optionValue;
            if (value === undefined) return;
            dispatch({ type: "ccColumnChosen", choice: value === NO_CC ? { kind: "none" } : { kind: "column", column: value } });
          }}
        >
          <Option value={NO_CC}>{t.noCc}</Option>
          {columnOptions(columns.filter((column) => column !== emailColumn))}
        </Dropdown>
      </Field>
    </div>
  );
}
