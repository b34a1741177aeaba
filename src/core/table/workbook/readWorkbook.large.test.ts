// The row limit at its edge, end to end (SheetJS writes and reads 100,000 rows: about 10 s on a slow machine, so the
// case has a file of its own). No timing assertions; the bench has the figures.
import { toIssue } from "../../issues/codes";
import { readWorkbook } from "./readWorkbook";
import { simpleWorkbook } from "./workbookForTests";

describe("the row limit", () => {
  test("100,000 recipients are read; one more is refused, with the limit in both languages", async () => {
    const rows = (n: number): (string | number)[][] => [["E-Mail", "Nr"], ...Array.from({ length: n }, (_, i) => [`m${i}@example.de`, i])];
    const atLimit = await readWorkbook(simpleWorkbook(rows(100_000)), { lang: "en" });
    expect(atLimit.table.rows).toHaveLength(100_000);
    expect(atLimit.table.rows.at(-1)).toEqual({ row: 100_001, cells: ["m99999@example.de", "99999"] });
    const over = await readWorkbook(simpleWorkbook(rows(100_001)), { lang: "en" });
    expect(over.findings.map((f) => f.code)).toEqual(["workbook-too-many-rows"]);
    const [finding] = over.findings;
    if (finding === undefined) throw new Error("no finding");
    expect(toIssue(finding, "en").message).toMatch(/'Tabelle1' has more than 100,000 rows/);
    expect(toIssue(finding, "de").message).toMatch(/'Tabelle1' hat mehr als 100\.000 Zeilen/);
  });
});
