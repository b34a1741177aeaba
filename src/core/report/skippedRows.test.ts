import type { MergePlan } from "../plan";
import type { Issue, Table } from "../types";
import { skippedRows } from "./skippedRows";

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
