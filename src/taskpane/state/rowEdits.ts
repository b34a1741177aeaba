// The user's own corrections to the recipient list, kept apart from the list as loaded (issue 12): a cell typed
// anew, a row left out. The loaded table never changes, so an edit can be undone and the report can say what was
// left out by the user. Pure: the wizard's reducer and the plan use it, tests drive it in plain Jest.
import type { Table, TableRow } from "../../core/types";

export interface RowEdits {
  /** New cell values by spreadsheet row number, then by column index; only cells that differ from the list. */
  readonly cells: Readonly<Record<number, Readonly<Record<number, string>>>>;
  /** Spreadsheet row numbers the user left out, ascending. */
  readonly excluded: readonly number[];
}

export const NO_EDITS: RowEdits = { cells: {}, excluded: [] };

export function hasEdits(edits: RowEdits): boolean {
  return edits.excluded.length > 0 || Object.keys(edits.cells).length > 0;
}

/**
 * Sets a row's cells (column index -> value). A value equal to the list's own drops that cell's edit, so typing the
 * old value back is the same as undoing. Unknown rows and columns change nothing.
 */
export function editCells(edits: RowEdits, table: Table, row: number, values: Readonly<Record<number, string>>): RowEdits {
  const original = table.rows.find((r) => r.row === row);
  if (original === undefined) return edits;
  const next: Record<number, string> = { ...(edits.cells[row] ?? {}) };
  for (const [key, value] of Object.entries(values)) {
    const column = Number(key);
    if (!Number.isInteger(column) || column < 0 || column >= table.columns.length) continue;
    if (value === (original.cells[column] ?? "")) delete next[column];
    else next[column] = value;
  }
  const before = edits.cells[row] ?? {};
  const same = Object.keys(next).length === Object.keys(before).length && Object.entries(next).every(([k, v]) => before[Number(k)] === v);
  return same ? edits : withRowCells(edits, row, next);
}

/** Back to the row as loaded (whether it is left out is a separate choice). */
export function undoRow(edits: RowEdits, row: number): RowEdits {
  return edits.cells[row] === undefined ? edits : withRowCells(edits, row, {});
}

export function excludeRow(edits: RowEdits, table: Table, row: number): RowEdits {
  if (edits.excluded.includes(row) || !table.rows.some((r) => r.row === row)) return edits;
  return { ...edits, excluded: [...edits.excluded, row].sort((a, b) => a - b) };
}

export function includeRow(edits: RowEdits, row: number): RowEdits {
  return edits.excluded.includes(row) ? { ...edits, excluded: edits.excluded.filter((r) => r !== row) } : edits;
}

function withRowCells(edits: RowEdits, row: number, cells: Readonly<Record<number, string>>): RowEdits {
  const rest: Record<number, Readonly<Record<number, string>>> = { ...edits.cells };
  if (Object.keys(cells).length === 0) delete rest[row];
  else rest[row] = cells;
  return { ...edits, cells: rest };
}

/** The table as the user made it: every row, with its edited cells. The same object when nothing was edited. */
export function editedTable(table: Table, edits: RowEdits): Table {
  if (Object.keys(edits.cells).length === 0) return table;
  return { columns: table.columns, rows: table.rows.map((row) => editedRow(row, edits.cells[row.row])) };
}

function editedRow(row: TableRow, cells: Readonly<Record<number, string>> | undefined): TableRow {
  if (cells === undefined) return row;
  return { row: row.row, cells: row.cells.map((value, column) => cells[column] ?? value) };
}

/** The rows that make drafts and the rows the user left out, as two tables with the list's columns. */
export function splitExcluded(table: Table, excluded: readonly number[]): { readonly included: Table; readonly excluded: Table } {
  if (excluded.length === 0) return { included: table, excluded: { columns: table.columns, rows: [] } };
  const out = new Set(excluded);
  return {
    included: { columns: table.columns, rows: table.rows.filter((r) => !out.has(r.row)) },
    excluded: { columns: table.columns, rows: table.rows.filter((r) => out.has(r.row)) },
  };
}

/** Whether two tables hold the same text: reading the same list again keeps the user's corrections of it. */
export function sameTable(a: Table, b: Table): boolean {
  if (a === b) return true;
  if (a.columns.length !== b.columns.length || a.rows.length !== b.rows.length) return false;
  if (a.columns.some((c, i) => c !== b.columns[i])) return false;
  return a.rows.every((row, i) => {
    const other = b.rows[i];
    return other !== undefined && other.row === row.row && row.cells.length === other.cells.length && row.cells.every((c, j) => c === other.cells[j]);
  });
}
