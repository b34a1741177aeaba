// Raw records (from delimited text or an HTML table) -> a Table as a person sees it in a spreadsheet.
// The header is the first non-empty row; empty rows and empty columns are left out; row numbers stay those of
// the spreadsheet.
import type { Finding, Table, TableRow } from "../types";
import type { IssueCode } from "../issues/codes";

export interface TableFromRecords {
  readonly table: Table;
  readonly findings: Finding<IssueCode>[];
}

/**
 * Trimming: header names lose surrounding whitespace and have inner whitespace runs (line breaks, tabs,
 * non-breaking spaces) reduced to one space, since they become field names like {{E-Mail Adresse}}. Data cells
 * lose only leading and trailing whitespace (people do not see it and expect it gone: "anna@example.de ");
 * inside a cell, line breaks and spacing are kept.
 *
 * `records[i]` is spreadsheet row i + 1.
 */
export function tableFromRecords(records: readonly (readonly string[])[]): TableFromRecords {
  const headerIndex = records.findIndex((record) => !isBlank(record));
  const headerRecord = records[headerIndex];
  if (headerRecord === undefined) return { table: { columns: [], rows: [] }, findings: [{ row: null, column: null, code: "file-empty" }] };

  const findings: Finding<IssueCode>[] = [];
  const width = headerRecord.length;
  const headers = headerRecord.map(headerName);
  const kept = columnsToKeep(headers, records, headerIndex + 1);
  const columns = nameColumns(kept, headers, findings);

  const rows: TableRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i += 1) {
    const record = records[i] ?? [];
    const cells = kept.map((column) => (record[column] ?? "").trim());
    // Each cell is trimmed once; the whole record is looked at again only when the kept cells are all blank.
    if (cells.every((cell) => cell === "") && isBlank(record)) continue;
    const row = i + 1;
    rows.push({ row, cells });
    if (record.length > width) {
      const count = lastFilledCell(record) + 1;
      if (count > width) findings.push({ row, column: null, code: "row-extra-cells", params: { count, columns: width } });
    }
  }
  if (rows.length === 0) findings.push({ row: null, column: null, code: "table-no-rows" });
  return { table: { columns, rows }, findings };
}

/** Positions of the columns to show: all but those with a blank header and no value in any row. */
function columnsToKeep(headers: readonly string[], records: readonly (readonly string[])[], firstDataIndex: number): number[] {
  const unnamed = new Set<number>();
  headers.forEach((header, column) => {
    if (header === "") unnamed.add(column);
  });
  // Usually no header is blank and this loop does nothing; Excel's trailing ";;;" columns make a few blank.
  for (let i = firstDataIndex; i < records.length && unnamed.size > 0; i += 1) {
    const record = records[i] ?? [];
    for (const column of unnamed) {
      if ((record[column] ?? "").trim() !== "") unnamed.delete(column);
    }
  }
  const kept: number[] = [];
  headers.forEach((header, column) => {
    if (header !== "" || !unnamed.has(column)) kept.push(column);
  });
  return kept;
}

/**
 * Column names, unique ignoring case (a template's {{name}} must point at one column). A blank header becomes
 * "Column 3" (its position in the file, as the spreadsheet counts); a repeated one "Name (2)".
 */
function nameColumns(kept: readonly number[], headers: readonly string[], findings: Finding<IssueCode>[]): string[] {
  const key = (name: string): string => name.toLowerCase();
  const given = new Set(headers.filter((header) => header !== "").map(key));
  const used = new Set<string>();
  // Where the search for "Name (n)" goes on, so that a thousand columns called "Name" take linear time.
  const nextSuffix = new Map<string, number>();
  // A header keeps its name unless an earlier column has it; a new name takes none that the file gives.
  const unique = (wanted: string, isNew: boolean): string => {
    if (!used.has(key(wanted)) && !(isNew && given.has(key(wanted)))) return wanted;
    for (let n = nextSuffix.get(key(wanted)) ?? 2; ; n += 1) {
      const candidate = `${wanted} (${n})`;
      if (!used.has(key(candidate)) && !given.has(key(candidate))) {
        nextSuffix.set(key(wanted), n + 1);
        return candidate;
      }
    }
  };
  return kept.map((column) => {
    const header = headers[column] ?? "";
    const name = unique(header === "" ? `Column ${column + 1}` : header, header === "");
    used.add(key(name));
    if (header === "") {
      findings.push({ row: null, column: name, code: "table-header-empty", params: { index: column + 1, name } });
    } else if (name !== header) {
      findings.push({ row: null, column: name, code: "table-header-duplicate", params: { header, name } });
    }
    return name;
  });
}

function headerName(cell: string): string {
  return cell.trim().replace(/\s+/g, " ");
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === "");
}

function lastFilledCell(record: readonly string[]): number {
  let last = record.length - 1;
  while (last >= 0 && (record[last] ?? "").trim() === "") last -= 1;
  return last;
}
