// A sheet's cells -> records (text as the user sees it, records[i] is spreadsheet row i + 1), and what the sheet
// hides from a reader of the table: hidden rows, merged cells, formats shown only approximately.
import { utils, type CellObject, type Range, type RowInfo, type WorkSheet } from "@e965/xlsx";
import type { Finding, Table } from "../../types";
import type { IssueCode } from "../../issues/codes";
import type { CellDisplay } from "./cellDisplay";
import { WORKBOOK_LIMITS } from "./limits";
import { denseRows } from "./sheetChoice";

export interface SheetRecords {
  readonly records: string[][];
  /** The sheet goes on past WORKBOOK_LIMITS.rows. */
  readonly tooManyRows: boolean;
  /** Per column index: the first number format that could not be rendered faithfully. */
  readonly formats: ReadonlyMap<number, string>;
}

export function sheetRecords(sheet: WorkSheet, display: (cell: CellObject | undefined) => CellDisplay): SheetRecords {
  const rows = denseRows(sheet);
  const formats = new Map<number, string>();
  const records: string[][] = [];
  let tooManyRows = false;
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    const record: string[] = [];
    for (let c = 0; c < row.length; c += 1) {
      const shown = display(row[c]);
      record.push(shown.text);
      if (shown.unsupportedFormat !== undefined && !formats.has(c)) formats.set(c, shown.unsupportedFormat);
    }
    if (r >= WORKBOOK_LIMITS.rows) {
      if (record.some((text) => text.trim() !== "")) tooManyRows = true;
      break;
    }
    records.push(record);
  }
  return { records, tooManyRows, formats };
}

/** Warnings about the chosen sheet, at the spreadsheet's own row numbers. */
export function sheetFindings(sheet: { readonly "!rows"?: RowInfo[] | undefined; readonly "!merges"?: Range[] | undefined }, table: Table, records: readonly (readonly string[])[], formats: ReadonlyMap<number, string>): Finding<IssueCode>[] {
  const findings: Finding<IssueCode>[] = [];
  const rowProps = sheet["!rows"] ?? [];
  // A hidden row is mailed like any other, although the user who hid it may not expect that.
  for (const { row } of table.rows) {
    if (rowProps[row - 1]?.hidden === true) findings.push({ row, column: null, code: "workbook-hidden-row" });
  }
  // Only the first cell of a merge holds the value: the others read as empty, which may not be what the eye sees.
  for (const merge of sheet["!merges"] ?? []) {
    const range = utils.encode_range(merge);
    findings.push({ row: merge.s.r + 1, column: null, code: "workbook-merged-cells", params: { range } });
  }
  const header = records.find((record) => record.some((text) => text.trim() !== "")) ?? [];
  for (const [c, format] of formats) {
    const name = (header[c] ?? "").trim().replace(/\s+/g, " ");
    const column = utils.encode_col(c);
    findings.push({
      row: null,
      column: table.columns.includes(name) ? name : null,
      code: "workbook-format-unsupported",
      params: { column: name === "" ? column : `${name} (${column})`, format },
    });
  }
  return findings;
}
