import Papa from "papaparse";
import { neutraliseFormula, reportCsv, type ReportColumns } from "./reportCsv";

const columns: ReportColumns = ["row", "address", "status", "file or reason"];

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
        { row: 2, address: "anna@example.de", status: "created", detail: "0002_anna@example.de.eml" },
        { row: 3, address: "=cmd", status: "failed", detail: 'Said "no"; then, a comma' },
      ],
      columns,
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

  test("lines come out in row order, whatever order they were collected in", () => {
    const csv = reportCsv(
      [
        { row: 4, address: "c@x.de", status: "s", detail: "" },
        { row: 2, address: "a@x.de", status: "s", detail: "" },
        { row: 3, address: "b@x.de", status: "s", detail: "" },
      ],
      columns,
      "en",
    );
    expect(csv.slice(1).split("\r\n").map((l) => l.split(",")[0])).toEqual(["row", "2", "3", "4", ""]);
  });

  test("a line break or delimiter inside a cell is quoted, so one row stays one line", () => {
    const csv = reportCsv([{ row: 2, address: "a@x.de", status: "s", detail: "one\r\ntwo; three" }], columns, "de");
    expect(Papa.parse<string[]>(csv.slice(1), { delimiter: ";", skipEmptyLines: true }).data[1]).toEqual(["2", "a@x.de", "s", "one\r\ntwo; three"]);
  });
});
