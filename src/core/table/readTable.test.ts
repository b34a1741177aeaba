import type { Finding, Table } from "../types";
import type { IssueCode } from "../issues/codes";
import { readTable, type TableInput } from "./readTable";
import { concat, utf16, utf8, windows1252 } from "./encodeForTests";

interface Case {
  name: string;
  input: TableInput;
  table: Table;
  findings?: Finding<IssueCode>[];
  encoding?: string | null;
  delimiter?: string | null;
}

function check({ input, table, findings, encoding, delimiter }: Case): void {
  const result = readTable(input);
  expect(result.table).toEqual(table);
  expect(result.findings).toEqual(findings ?? []);
  if (encoding !== undefined) expect(result.encoding).toBe(encoding);
  if (delimiter !== undefined) expect(result.delimiter).toBe(delimiter);
}

const bytes = (b: Uint8Array): TableInput => ({ kind: "bytes", bytes: b });
const text = (t: string): TableInput => ({ kind: "text", text: t });
const html = (h: string): TableInput => ({ kind: "html", html: h });
const empty: Table = { columns: [], rows: [] };

describe("files", () => {
  const cases: Case[] = [
    {
      name: "German Excel: Windows-1252, sep=;, CRLF, trailing ;;, an empty row",
      input: bytes(
        windows1252(
          "sep=;\r\nVorname;Nachname;E-Mail;PLZ;Betrag;;\r\nJürgen;Müller;j@example.de;01067;1.000,50 €;;\r\n;;;;;;\r\nAnna;Straße;a@example.de;80331;12,00 €;;\r\n",
        ),
      ),
      table: {
        columns: ["Vorname", "Nachname", "E-Mail", "PLZ", "Betrag"],
        rows: [
          { row: 2, cells: ["Jürgen", "Müller", "j@example.de", "01067", "1.000,50 €"] },
          { row: 4, cells: ["Anna", "Straße", "a@example.de", "80331", "12,00 €"] },
        ],
      },
      encoding: "windows-1252",
      delimiter: ";",
    },
    {
      name: "Excel's CSV UTF-8: BOM, commas, quoted cells",
      input: bytes(utf8('First name,Last name,Email\r\n"Anna ""Anni""",Miller,anna@example.com\r\nBen,"O\'Brien, Jr.",ben@example.com\r\n', true)),
      table: {
        columns: ["First name", "Last name", "Email"],
        rows: [
          { row: 2, cells: ['Anna "Anni"', "Miller", "anna@example.com"] },
          { row: 3, cells: ["Ben", "O'Brien, Jr.", "ben@example.com"] },
        ],
      },
      encoding: "utf-8",
      delimiter: ",",
    },
    {
      name: "Excel's Unicode text: UTF-16 LE, tabs, a cell with a line break",
      input: bytes(utf16('Name\tAdresse\tE-Mail\r\nŁukasz\t"Weg 1\nBonn"\tl@example.pl\r\nZoë\tAllee 2\tz@example.de\r\n', "le")),
      table: {
        columns: ["Name", "Adresse", "E-Mail"],
        rows: [
          { row: 2, cells: ["Łukasz", "Weg 1\nBonn", "l@example.pl"] },
          { row: 3, cells: ["Zoë", "Allee 2", "z@example.de"] },
        ],
      },
      encoding: "utf-16le",
      delimiter: "\t",
    },
    {
      name: "a one-column list of addresses",
      input: bytes(utf8("E-Mail\na@example.de\nb@example.de, c@example.de\n")),
      table: { columns: ["E-Mail"], rows: [{ row: 2, cells: ["a@example.de"] }, { row: 3, cells: ["b@example.de, c@example.de"] }] },
    },
  ];
  test.each(cases)("$name", check);
});

describe("files that hold no table", () => {
  const cases: Case[] = [
    { name: "empty", input: bytes(new Uint8Array(0)), table: empty, findings: [{ row: null, column: null, code: "file-empty" }], encoding: null, delimiter: null },
    {
      name: "an .xlsx workbook",
      input: bytes(concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], utf8("[Content_Types].xml"))),
      table: empty,
      findings: [{ row: null, column: null, code: "file-binary" }],
      encoding: null,
      delimiter: null,
    },
    {
      name: "only separators (;;;;)",
      input: bytes(utf8(";;;;\r\n;;;;\r\n")),
      table: empty,
      findings: [{ row: null, column: null, code: "file-empty" }],
      encoding: "utf-8",
      delimiter: ";",
    },
    {
      name: "only a sep= line",
      input: bytes(utf8("sep=;\r\n")),
      table: empty,
      findings: [{ row: null, column: null, code: "file-empty" }],
    },
    {
      name: "a header and no rows",
      input: bytes(utf8("Name;E-Mail\r\n;\r\n")),
      table: { columns: ["Name", "E-Mail"], rows: [] },
      findings: [{ row: null, column: null, code: "table-no-rows" }],
    },
  ];
  test.each(cases)("$name", check);
});

describe("pasted text", () => {
  const cases: Case[] = [
    {
      name: "from Excel: tabs, a quoted multi-line cell, a trailing line break",
      input: text('Name\tE-Mail\tNotiz\r\nAnna\ta@example.de\t"Bitte ""dringend""\nantworten"\r\nBen\tb@example.de\t\r\n'),
      table: {
        columns: ["Name", "E-Mail", "Notiz"],
        rows: [
          { row: 2, cells: ["Anna", "a@example.de", 'Bitte "dringend"\nantworten'] },
          { row: 3, cells: ["Ben", "b@example.de", ""] },
        ],
      },
      encoding: null,
      delimiter: "\t",
    },
    {
      name: "from Google Sheets on a Mac (LF)",
      input: text("Name\tE-Mail\nAnna\ta@example.de"),
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Anna", "a@example.de"] }] },
    },
    {
      name: "with a BOM",
      input: text("\ufeffName;E-Mail\nAnna;a@example.de"),
      table: { columns: ["Name", "E-Mail"], rows: [{ row: 2, cells: ["Anna", "a@example.de"] }] },
    },
    { name: "whitespace only", input: text(" \r\n\t\n"), table: empty, findings: [{ row: null, column: null, code: "file-empty" }], delimiter: null },
    { name: "nothing", input: text(""), table: empty, findings: [{ row: null, column: null, code: "file-empty" }] },
  ];
  test.each(cases)("$name", check);
});

describe("row numbers are the spreadsheet's", () => {
  const cases: Case[] = [
    {
      name: "a multi-line cell is one row",
      input: text('Name;Notiz\nAnna;"a\nb\nc"\nBen;x'),
      table: { columns: ["Name", "Notiz"], rows: [{ row: 2, cells: ["Anna", "a\nb\nc"] }, { row: 3, cells: ["Ben", "x"] }] },
    },
    {
      name: "empty lines before the header and between rows count",
      input: text("\n\nName;Ort\nAnna;Bonn\n\n;\nBen;Köln\n"),
      table: { columns: ["Name", "Ort"], rows: [{ row: 4, cells: ["Anna", "Bonn"] }, { row: 7, cells: ["Ben", "Köln"] }] },
    },
  ];
  test.each(cases)("$name", check);
});

describe("problems are findings, in row order", () => {
  const cases: Case[] = [
    {
      name: "an unclosed quotation mark does not swallow the rows below it",
      input: text('Name;E-Mail;Name\n"Anna;a@example.de;x\nBen;b@example.de;y;z\nCarl;c@example.de;w\n'),
      table: {
        columns: ["Name", "E-Mail", "Name (2)"],
        rows: [
          { row: 2, cells: ['"Anna', "a@example.de", "x"] },
          { row: 3, cells: ["Ben", "b@example.de", "y"] },
          { row: 4, cells: ["Carl", "c@example.de", "w"] },
        ],
      },
      findings: [
        { row: null, column: "Name (2)", code: "table-header-duplicate", params: { header: "Name", name: "Name (2)" } },
        { row: 2, column: null, code: "table-unclosed-quote" },
        { row: 3, column: null, code: "row-extra-cells", params: { count: 4, columns: 3 } },
      ],
    },
  ];
  test.each(cases)("$name", check);
});

describe("pasted HTML", () => {
  const cases: Case[] = [
    {
      name: "Excel's table: &nbsp; trimmed, empty row and column left out",
      input: html(
        `<html><head><style><!--td {mso-number-format:General;}--></style></head><body><table><col width=64 span=3>
<tr><td>Name</td><td></td><td>E-Mail</td></tr>
<tr><td>Anna<br>Maria</td><td></td><td><span style='mso-spacerun:yes'>&nbsp;</span>a@example.de&nbsp;</td></tr>
<tr><td></td><td></td><td>&nbsp;</td></tr>
<tr><td>Ben</td><td class=xl65>&nbsp;</td><td>b@example.de</td></tr>
</table></body></html>`,
      ),
      table: {
        columns: ["Name", "E-Mail"],
        rows: [
          { row: 2, cells: ["Anna\nMaria", "a@example.de"] },
          { row: 4, cells: ["Ben", "b@example.de"] },
        ],
      },
      encoding: null,
      delimiter: null,
    },
    {
      name: "blank and repeated headers",
      input: html("<table><tr><th>Name</th><th></th><th>name</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>"),
      table: { columns: ["Name", "Column 2", "name (2)"], rows: [{ row: 2, cells: ["a", "b", "c"] }] },
      findings: [
        { row: null, column: "Column 2", code: "table-header-empty", params: { index: 2, name: "Column 2" } },
        { row: null, column: "name (2)", code: "table-header-duplicate", params: { header: "name", name: "name (2)" } },
      ],
    },
    { name: "no table", input: html("<p>Anna</p>"), table: empty, findings: [{ row: null, column: null, code: "file-empty" }] },
    {
      name: "a table of empty cells",
      input: html("<table><tr><td>&nbsp;</td></tr></table>"),
      table: empty,
      findings: [{ row: null, column: null, code: "file-empty" }],
    },
  ];
  test.each(cases)("$name", check);
});
