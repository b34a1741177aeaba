import type { Finding, Table } from "../types";
import type { IssueCode } from "../issues/codes";
import { tableFromRecords } from "./tableFromRecords";

interface Case {
  name: string;
  records: string[][];
  table: Table;
  findings?: Finding<IssueCode>[];
}

function check({ records, table, findings }: Case): void {
  const result = tableFromRecords(records);
  expect(result.table).toEqual(table);
  expect(result.findings).toEqual(findings ?? []);
}

describe("header row and row numbers", () => {
  const cases: Case[] = [
    {
      name: "header in row 1, data from row 2",
      records: [["Name", "E-Mail"], ["Anna", "a@example.de"], ["Ben", "b@example.de"]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Anna", "a@example.de"] }, { row: 3, cells: ["Ben", "b@example.de"] }] },
    },
    {
      name: "the header is the first non-empty row; rows keep their numbers",
      records: [[""], ["", "", ""], ["Name", "E-Mail"], ["Anna", "a@example.de"]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 4, cells: ["Anna", "a@example.de"] }] },
    },
    {
      name: "empty rows are left out but still count",
      records: [["Name", "E-Mail"], ["", ""], [" ", "\t"], [""], ["Ben", "b@example.de"], [""]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 5, cells: ["Ben", "b@example.de"] }] },
    },
    {
      name: "a row with only a value in an unnamed, otherwise empty column is kept",
      records: [["Name", "E-Mail", ""], ["", "", "Notiz"]],
      table: { columns: ["Name", "E-Mail", "Column 3"], rows: [{ row: 2, cells: ["", "", "Notiz"] }] },
      findings: [{ row: null, column: "Column 3", code: "table-header-empty", params: { index: 3, name: "Column 3" } }],
    },
  ];
  test.each(cases)("$name", check);
});

describe("trimming", () => {
  const cases: Case[] = [
    {
      name: "header names: trimmed, inner whitespace reduced to one space",
      records: [["  Vorname ", "E-Mail\nAdresse", "PLZ\u00a0 Ort", "\tOrt\t"], ["a", "b", "c", "d"]],
      table: { columns: ["Vorname", "E-Mail Adresse", "PLZ Ort", "Ort"], rows: [{ row: 2, cells: ["a", "b", "c", "d"] }] },
    },
    {
      name: "data cells: only leading and trailing whitespace goes",
      records: [["Name", "Notiz", "PLZ"], ["  Anna  Müller ", "\n Zeile 1\n  Zeile 2 \n", "\u00a001067\u00a0"]],
      table: { columns: ["Name", "Notiz", "PLZ"], rows: [{ row: 2, cells: ["Anna  Müller", "Zeile 1\n  Zeile 2", "01067"] }] },
    },
  ];
  test.each(cases)("$name", check);
});

describe("empty and unnamed columns", () => {
  const cases: Case[] = [
    {
      name: "Excel's trailing ;;; columns are left out",
      records: [["Name", "E-Mail", "", ""], ["Anna", "a@example.de", "", ""], ["Ben", "b@example.de", "", " "]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Anna", "a@example.de"] }, { row: 3, cells: ["Ben", "b@example.de"] }] },
    },
    {
      name: "an empty column in the middle is left out",
      records: [["Name", "", "E-Mail"], ["Anna", "", "a@example.de"]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Anna", "a@example.de"] }] },
    },
    {
      name: "a column with data but no header gets a name",
      records: [["Name", "", "E-Mail"], ["Anna", "Chefin", "a@example.de"], ["Ben", "", "b@example.de"]],
      table: {
        columns: ["Name", "Column 2", "E-Mail"],
        rows: [{ row: 2, cells: ["Anna", "Chefin", "a@example.de"] }, { row: 3, cells: ["Ben", "", "b@example.de"] }],
      },
      findings: [{ row: null, column: "Column 2", code: "table-header-empty", params: { index: 2, name: "Column 2" } }],
    },
    {
      name: "the position counts the columns of the file, including left-out ones",
      records: [["", "Name", "", ""], ["", "Anna", "", "x"]],
      table: { columns: ["Name", "Column 4"], rows: [{ row: 2, cells: ["Anna", "x"] }] },
      findings: [{ row: null, column: "Column 4", code: "table-header-empty", params: { index: 4, name: "Column 4" } }],
    },
    {
      name: "a generated name does not take a name the file gives",
      records: [["", "Column 1"], ["x", "y"]],
      table: { columns: ["Column 1 (2)", "Column 1"], rows: [{ row: 2, cells: ["x", "y"] }] },
      findings: [{ row: null, column: "Column 1 (2)", code: "table-header-empty", params: { index: 1, name: "Column 1 (2)" } }],
    },
  ];
  test.each(cases)("$name", check);
});

describe("duplicate headers", () => {
  const cases: Case[] = [
    {
      name: "the second one is renamed",
      records: [["Name", "E-Mail", "Name"], ["Anna", "a@example.de", "Müller"]],
      table: { columns: ["Name", "E-Mail", "Name (2)"], rows: [{ row: 2, cells: ["Anna", "a@example.de", "Müller"] }] },
      findings: [{ row: null, column: "Name (2)", code: "table-header-duplicate", params: { header: "Name", name: "Name (2)" } }],
    },
    {
      name: "ignoring case and surrounding spaces",
      records: [["E-Mail", " e-mail "], ["a", "b"]],
      table: { columns: ["E-Mail", "e-mail (2)"], rows: [{ row: 2, cells: ["a", "b"] }] },
      findings: [{ row: null, column: "e-mail (2)", code: "table-header-duplicate", params: { header: "e-mail", name: "e-mail (2)" } }],
    },
    {
      name: "three times, and a real 'Name (2)' keeps its name",
      records: [["Name", "Name", "Name (2)", "Name"], ["a", "b", "c", "d"]],
      table: { columns: ["Name", "Name (3)", "Name (2)", "Name (4)"], rows: [{ row: 2, cells: ["a", "b", "c", "d"] }] },
      findings: [
        { row: null, column: "Name (3)", code: "table-header-duplicate", params: { header: "Name", name: "Name (3)" } },
        { row: null, column: "Name (4)", code: "table-header-duplicate", params: { header: "Name", name: "Name (4)" } },
      ],
    },
  ];
  test.each(cases)("$name", check);

  test("ten thousand columns of the same name", () => {
    const header = Array.from({ length: 10_000 }, () => "Name");
    const { table, findings } = tableFromRecords([header, header]);
    expect(table.columns[0]).toBe("Name");
    expect(table.columns[9_999]).toBe("Name (10000)");
    expect(new Set(table.columns).size).toBe(10_000);
    expect(findings).toHaveLength(9_999);
  });
});

describe("rows shorter or longer than the header", () => {
  const cases: Case[] = [
    {
      name: "short rows are padded with empty cells",
      records: [["Name", "E-Mail", "Ort"], ["Anna"], ["Ben", "b@example.de"]],
      table: { columns: ["Name", "E-Mail", "Ort"], rows: [{ row: 2, cells: ["Anna", "", ""] }, { row: 3, cells: ["Ben", "b@example.de", ""] }] },
    },
    {
      name: "extra cells with values are reported and left out",
      records: [["Name", "E-Mail"], ["Müller", "Anna", "a@example.de", ""]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Müller", "Anna"] }] },
      findings: [{ row: 2, column: null, code: "row-extra-cells", params: { count: 3, columns: 2 } }],
    },
    {
      name: "empty extra cells are silently ignored",
      records: [["Name", "E-Mail"], ["Anna", "a@example.de", "", " ", ""]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Anna", "a@example.de"] }] },
    },
    {
      name: "a row whose only value is an extra cell is kept and reported",
      records: [["Name", "E-Mail"], ["", "", "x"]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["", ""] }] },
      findings: [{ row: 2, column: null, code: "row-extra-cells", params: { count: 3, columns: 2 } }],
    },
    {
      name: "columns counts the header's cells in the file",
      records: [["Name", "E-Mail", ""], ["Anna", "a@example.de", "", "x"]],
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Anna", "a@example.de"] }] },
      findings: [{ row: 2, column: null, code: "row-extra-cells", params: { count: 4, columns: 3 } }],
    },
  ];
  test.each(cases)("$name", check);
});

describe("nothing to read", () => {
  const cases: Case[] = [
    { name: "no records", records: [], table: { columns: [], rows: [] }, findings: [{ row: null, column: null, code: "file-empty" }] },
    {
      name: "only empty rows (;;;;)",
      records: [["", "", "", ""], [""], ["  ", ""]],
      table: { columns: [], rows: [] },
      findings: [{ row: null, column: null, code: "file-empty" }],
    },
    {
      name: "a header and no rows",
      records: [["Name", "E-Mail"]],
      table: { columns: ["Name", "E-Mail"], rows: [] },
      findings: [{ row: null, column: null, code: "table-no-rows" }],
    },
    {
      name: "a header and empty rows",
      records: [["Name", "E-Mail"], ["", ""], [""]],
      table: { columns: ["Name", "E-Mail"], rows: [] },
      findings: [{ row: null, column: null, code: "table-no-rows" }],
    },
  ];
  test.each(cases)("$name", check);
});
