// Table -> one recipient (To, optional Cc) per row, with every row that cannot be used and why.
import type { IssueCode } from "../issues/codes";
import type { EmailAddress, Finding, Table } from "../types";
import { addressKey } from "./address";
import { findCcColumn, findEmailColumn } from "./columns";
import { displayValue } from "./displayValue";
import { parseAddressCell } from "./parseAddressCell";

export interface RowRecipients {
  readonly to: EmailAddress;
  readonly toName: string | null;
  readonly cc: EmailAddress | null;
}

export interface RecipientsResult {
  readonly emailColumn: string | null;
  readonly ccColumn: string | null;
  /** Parallel to table.rows: the row's recipients, or null when the row has an error. */
  readonly perRow: readonly (RowRecipients | null)[];
  readonly findings: Finding<IssueCode>[];
}

export interface RecipientsOptions {
  /** A column chosen by the user (case-insensitive, trimmed); otherwise it is found by header or content. */
  readonly emailColumn?: string;
  readonly ccColumn?: string;
}

export function recipientsFromTable(table: Table, options: RecipientsOptions): RecipientsResult {
  const findings: Finding<IssueCode>[] = [];
  const nobody = (): RecipientsResult => ({
    emailColumn: null,
    ccColumn: null,
    perRow: table.rows.map(() => null),
    findings,
  });

  const chosenTo = chosenColumn(table, options.emailColumn, findings);
  const chosenCc = chosenColumn(table, options.ccColumn, findings);
  // A column the user named but the table lacks: guessing another could send to the wrong people.
  if (chosenTo === "unknown" || chosenCc === "unknown") return nobody();

  const toIndex = chosenTo ?? findEmailColumn(table);
  if (toIndex === null) {
    findings.push({ row: null, column: null, code: "email-column-missing" });
    return nobody();
  }
  let ccIndex = chosenCc ?? findCcColumn(table, toIndex);
  if (ccIndex === toIndex) ccIndex = null; // the same column as To and Cc would only copy each person to themselves

  const toColumn = table.columns[toIndex] ?? null;
  const ccColumn = ccIndex === null ? null : (table.columns[ccIndex] ?? null);
  const firstRowOf = new Map<string, number>();

  const perRow = table.rows.map((tableRow): RowRecipients | null => {
    const { row, cells } = tableRow;
    const raw = cells[toIndex] ?? "";
    const to = parseAddressCell(raw);
    let ok = true;
    switch (to.kind) {
      case "empty":
        findings.push({ row, column: toColumn, code: "email-empty" });
        ok = false;
        break;
      case "invalid":
        findings.push({ row, column: toColumn, code: "email-invalid", params: { value: displayValue(raw) } });
        ok = false;
        break;
      case "many":
        findings.push({ row, column: toColumn, code: "email-multiple", params: { count: to.count } });
        ok = false;
        break;
      case "one": {
        if (to.droppedName !== undefined) {
          findings.push({ row, column: toColumn, code: "email-name-dropped", params: { name: displayValue(to.droppedName), address: to.address } });
        }
        const key = addressKey(to.address);
        const firstRow = firstRowOf.get(key);
        if (firstRow === undefined) firstRowOf.set(key, row);
        else findings.push({ row, column: toColumn, code: "email-duplicate", params: { address: to.address, firstRow } });
      }
    }

    // The Cc cell is checked even when the To cell failed, so one pass over the list shows every problem.
    let cc: EmailAddress | null = null;
    if (ccIndex !== null) {
      const rawCc = cells[ccIndex] ?? "";
      const parsed = parseAddressCell(rawCc);
      if (parsed.kind === "invalid") {
        findings.push({ row, column: ccColumn, code: "cc-invalid", params: { value: displayValue(rawCc) } });
        ok = false;
      } else if (parsed.kind === "many") {
        findings.push({ row, column: ccColumn, code: "cc-multiple", params: { count: parsed.count } });
        ok = false;
      } else if (parsed.kind === "one") cc = parsed.address;
    }

    if (!ok || to.kind !== "one") return null;
    // A Cc to the To person adds nothing: they get the one message either way.
    if (cc !== null && addressKey(cc) === addressKey(to.address)) cc = null;
    return { to: to.address, toName: to.name, cc };
  });

  return { emailColumn: toColumn, ccColumn, perRow, findings };
}

/** The index of a column the user chose, "unknown" (with a finding) when there is none, or null when none was chosen. */
function chosenColumn(table: Table, name: string | undefined, findings: Finding<IssueCode>[]): number | "unknown" | null {
  if (name === undefined || name.trim() === "") return null;
  const key = columnKey(name);
  const index = table.columns.findIndex((column) => columnKey(column) === key);
  if (index >= 0) return index;
  findings.push({
    row: null,
    column: null,
    code: "column-unknown",
    params: { name: displayValue(name), columns: table.columns.join(", ") },
  });
  return "unknown";
}

const columnKey = (name: string): string => name.trim().normalize("NFC").toLowerCase();
