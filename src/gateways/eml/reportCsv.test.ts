import Papa from "papaparse";
import type { MergePlan } from "../../core/plan";
import type { Issue, Table } from "../../core/types";
import { neutraliseFormula, reportCsv, skippedRows } from "./reportCsv";

const words = { row: "row", address: "address", status: "status", fileOrReason: "file or reason" };

describe("neutraliseFormula", () => {
  test.each<[string, string]>([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+49 30 1234", "'+49 30 1234"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["anna@example.de", "anna@example.de"],
    ["", ""],
  ])("%j -> %j", (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe("reportCsv", () => {
  test.each<["en" | "de", string]>([
    ["en", ","],
    ["de", ";"],
  ])("%s: BOM, the language's delimiter, CRLF, quotes only where needed", (lang, delimiter) => {
    const csv = reportCsv(
      [
        { row: 2, address: "anna@example.de", status: "created", fileOrReason: "0002_anna@example.de.eml" },
        { row: 3, address: "=cmd", status: "failed", fileOrReason: 'Said "no"; then, a comma' },
      ],
      words,
      lang,
    );
    expect(csv.startsWith("\uFEFFrow" + delimiter)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["row", "address", "status", "file or reason"],
      ["2", "anna@example.de", "created", "0002_anna@example.de.eml"],
      ["3", "'=cmd", "failed", 'Said "no"; then, a comma'],
    ]);
  });
});

describe("skippedRows", () => {
  const table: Table = {
    columns: ["Name", "E-Mail"],
    rows: [
      { row: 2, cells: ["Anna", "anna@example.de"] },
      { row: 3, cells: ["Bernd", " bernd@@example.de "] },
      { row: 4, cells: ["Carla", ""] },
    ],
  };
  const issue = (row: number | null, severity: Issue["severity"], message: string): Issue => ({ row, column: null, severity, code: "x", message });
  const plan: Pick<MergePlan, "emailColumn" | "issues" | "skippedRows"> = {
    emailColumn: "E-Mail",
    skippedRows: [3, 4],
    issues: [issue(null, "warning", "whole table"), issue(3, "error", "Row 3: bad."), issue(3, "warning", "Row 3: a warning."), issue(3, "error", "Row 3: worse."), issue(4, "error", "Row 4: empty.")],
  };

  test("each skipped row with its address cell as written and its errors", () => {
    expect(skippedRows(plan, table)).toEqual([
      { row: 3, address: "bernd@@example.de", reason: "Row 3: bad. Row 3: worse." },
      { row: 4, address: "", reason: "Row 4: empty." },
    ]);
  });

  test("without an e-mail column the address is empty", () => {
    expect(skippedRows({ ...plan, emailColumn: null }, table).map((r) => r.address)).toEqual(["", ""]);
  });
});
