// Which sheet holds the recipients: the one the user names, or the first visible sheet that holds anything.
import type { CellObject, WorkBook, WorkSheet } from "@e965/xlsx";

/** A dense sheet's rows (read with `dense: true`); a row or cell SheetJS left out is undefined. */
export type DenseRows = readonly (readonly (CellObject | undefined)[] | undefined)[];

export function denseRows(sheet: WorkSheet): DenseRows {
  return (sheet["!data"] as DenseRows | undefined) ?? [];
}

export interface SheetInfo {
  readonly name: string;
  /** Hidden or "very hidden" in Excel: never chosen unless named. */
  readonly hidden: boolean;
  /** Holds at least one value: a sheet the pane offers to choose (an empty or chart-only sheet is not a list). */
  readonly holdsValues: boolean;
}

export type SheetChoice =
  | { readonly ok: true; readonly name: string; readonly sheet: WorkSheet }
  | { readonly ok: false; readonly code: "workbook-sheet-unknown" | "workbook-no-table" | "file-empty" };

export function sheetsOf(workbook: WorkBook): SheetInfo[] {
  return workbook.SheetNames.map((name, i) => {
    const sheet = workbook.Sheets[name];
    return { name, hidden: (workbook.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0, holdsValues: sheet !== undefined && holdsValues(sheet) };
  });
}

export function chooseSheet(workbook: WorkBook, sheets: readonly SheetInfo[], wanted: string | undefined): SheetChoice {
  if (wanted !== undefined) {
    // The exact name first; then ignoring case and surrounding spaces, as people type names on a command line.
    const key = (name: string): string => name.trim().toLowerCase();
    const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => key(s.name) === key(wanted));
    const sheet = found && workbook.Sheets[found.name];
    return found && sheet ? { ok: true, name: found.name, sheet } : { ok: false, code: "workbook-sheet-unknown" };
  }
  for (const info of sheets) {
    const sheet = workbook.Sheets[info.name];
    if (!info.hidden && info.holdsValues && sheet) return { ok: true, name: info.name, sheet };
  }
  return { ok: false, code: sheets.some((info) => info.holdsValues) ? "workbook-no-table" : "file-empty" };
}

/** A sheet with at least one cell holding a value (formatting alone, or a chart, is not a table). */
function holdsValues(sheet: WorkSheet): boolean {
  const rows = denseRows(sheet);
  return rows.some((row) => row?.some((cell) => cell !== undefined && cell.v !== undefined && cell.v !== null && String(cell.v).trim() !== ""));
}
