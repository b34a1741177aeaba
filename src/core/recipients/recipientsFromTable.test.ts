import type { Table } from "../types";
import { recipientsFromTable, type RecipientsOptions, type RecipientsResult } from "./recipientsFromTable";

function table(columns: string[], ...rows: string[][]): Table {
  return { columns, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

/** The parts of a result a case looks at: who gets what, and the findings in a compact form. */
function summary(result: RecipientsResult) {
  return {
    emailColumn: result.emailColumn,
    ccColumn: result.ccColumn,
    perRow: result.perRow.map((r) => (r === null ? null : [r.to, r.toName, r.cc])),
    findings: result.findings.map((f) => [f.row, f.column, f.code, f.params ?? {}]),
  };
}

interface Case {
  name: string;
  table: Table;
  options?: RecipientsOptions;
  expected: ReturnType<typeof summary>;
}

const cases: Case[] = [
  {
    name: "one address per row, names kept",
    table: table(["Name", "E-Mail"], ["Anna", "Anna Müller <anna@example.de>"], ["Bob", "bob@example.de"]),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: null,
      perRow: [
        ["anna@example.de", "Anna Müller", null],
        ["bob@example.de", null, null],
      ],
      findings: [],
    },
  },
  {
    name: "privacy: a name that would show addresses (encoded or not) is dropped with a warning; the row still gets its draft",
    table: table(
      ["E-Mail"],
      ["=?UTF-8?B?YUB4LmRlLCBiQHkuZGU=?= <anna@example.de>"],
      ["=?UTF-8?B?QW5uYSBNw7xsbGVy?= <bob@example.de>"],
      ['"Vorstand (vorstand@verein.de)" <cem@example.de>'],
    ),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: null,
      perRow: [
        ["anna@example.de", null, null],
        ["bob@example.de", "Anna Müller", null],
        ["cem@example.de", null, null],
      ],
      findings: [
        [2, "E-Mail", "email-name-dropped", { name: "a@x.de, b@y.de", address: "anna@example.de" }],
        [4, "E-Mail", "email-name-dropped", { name: "Vorstand (vorstand@verein.de)", address: "cem@example.de" }],
      ],
    },
  },
  {
    name: "empty, invalid and multiple cells are row errors",
    table: table(["Email"], [""], ["anna@@example.de"], ["a@x.de; b@y.de"], ["ok@example.de"]),
    expected: {
      emailColumn: "Email",
      ccColumn: null,
      perRow: [null, null, null, ["ok@example.de", null, null]],
      findings: [
        [2, "Email", "email-empty", {}],
        [3, "Email", "email-invalid", { value: "anna@@example.de" }],
        [4, "Email", "email-multiple", { count: 2 }],
      ],
    },
  },
  {
    name: "header injection is a row error and shown harmlessly",
    table: table(["E-Mail"], ["a@x.de\r\nBcc: all@x.de"], ["x@y.de\u0000"]),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: null,
      perRow: [null, null],
      findings: [
        [2, "E-Mail", "email-multiple", { count: 2 }],
        [3, "E-Mail", "email-invalid", { value: "x@y.de\u2400" }],
      ],
    },
  },
  {
    name: "duplicates warn on the later rows, which still get a recipient",
    table: table(["E-Mail"], ["anna@example.de"], ["bob@example.de"], ["ANNA@Example.de"], ["Anna <anna@example.de>"]),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: null,
      perRow: [
        ["anna@example.de", null, null],
        ["bob@example.de", null, null],
        ["ANNA@Example.de", null, null],
        ["anna@example.de", "Anna", null],
      ],
      findings: [
        [4, "E-Mail", "email-duplicate", { address: "ANNA@Example.de", firstRow: 2 }],
        [5, "E-Mail", "email-duplicate", { address: "anna@example.de", firstRow: 2 }],
      ],
    },
  },
  {
    name: "an IDN and its punycode are the same address",
    table: table(["E-Mail"], ["anna@müller.de"], ["anna@xn--mller-kva.de"]),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: null,
      perRow: [
        ["anna@müller.de", null, null],
        ["anna@xn--mller-kva.de", null, null],
      ],
      findings: [[3, "E-Mail", "email-duplicate", { address: "anna@xn--mller-kva.de", firstRow: 2 }]],
    },
  },
  {
    name: "Cc column: empty, one, invalid, several, same as To",
    table: table(
      ["E-Mail", "Kopie an"],
      ["a@x.de", ""],
      ["b@x.de", "eltern@x.de"],
      ["c@x.de", "eltern"],
      ["d@x.de", "m@x.de, v@x.de"],
      ["e@x.de", "E@X.DE"],
    ),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: "Kopie an",
      perRow: [["a@x.de", null, null], ["b@x.de", null, "eltern@x.de"], null, null, ["e@x.de", null, null]],
      findings: [
        [4, "Kopie an", "cc-invalid", { value: "eltern" }],
        [5, "Kopie an", "cc-multiple", { count: 2 }],
      ],
    },
  },
  {
    name: "errors in both the To and the Cc cell are both reported",
    table: table(["E-Mail", "Cc"], ["", "x; y@z.de; w@v.de"]),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: "Cc",
      perRow: [null],
      findings: [
        [2, "E-Mail", "email-empty", {}],
        [2, "Cc", "cc-multiple", { count: 2 }],
      ],
    },
  },
  {
    name: "found by content when no header says e-mail",
    table: table(["Name", "Kontakt"], ["Anna", "anna@example.de"], ["Bob", "bob@example.de"]),
    expected: {
      emailColumn: "Kontakt",
      ccColumn: null,
      perRow: [
        ["anna@example.de", null, null],
        ["bob@example.de", null, null],
      ],
      findings: [],
    },
  },
  {
    name: "no e-mail column",
    table: table(["Name", "Ort"], ["Anna", "Bonn"]),
    expected: { emailColumn: null, ccColumn: null, perRow: [null], findings: [[null, null, "email-column-missing", {}]] },
  },
  {
    name: "chosen column, case-insensitive and trimmed",
    table: table(["E-Mail", "Privat"], ["work@x.de", "home@y.de"]),
    options: { emailColumn: "  privat " },
    expected: { emailColumn: "Privat", ccColumn: null, perRow: [["home@y.de", null, null]], findings: [] },
  },
  {
    name: "chosen Cc column",
    table: table(["E-Mail", "Eltern"], ["kind@x.de", "eltern@y.de"]),
    options: { ccColumn: "eltern" },
    expected: { emailColumn: "E-Mail", ccColumn: "Eltern", perRow: [["kind@x.de", null, "eltern@y.de"]], findings: [] },
  },
  {
    name: "the same column chosen as To and Cc gives no Cc",
    table: table(["E-Mail"], ["kind@x.de"]),
    options: { emailColumn: "E-Mail", ccColumn: "E-Mail" },
    expected: { emailColumn: "E-Mail", ccColumn: null, perRow: [["kind@x.de", null, null]], findings: [] },
  },
  {
    name: "an empty choice means: find it",
    table: table(["E-Mail"], ["kind@x.de"]),
    options: { emailColumn: " " },
    expected: { emailColumn: "E-Mail", ccColumn: null, perRow: [["kind@x.de", null, null]], findings: [] },
  },
  {
    name: "unknown chosen column: no recipients",
    table: table(["Name", "E-Mail"], ["Anna", "anna@example.de"]),
    options: { emailColumn: "Mail" },
    expected: {
      emailColumn: null,
      ccColumn: null,
      perRow: [null],
      findings: [[null, null, "column-unknown", { name: "Mail", columns: "Name, E-Mail" }]],
    },
  },
  {
    name: "unknown chosen Cc column: no recipients rather than dropping the Cc",
    table: table(["Name", "E-Mail"], ["Anna", "anna@example.de"]),
    options: { ccColumn: "Kopie" },
    expected: {
      emailColumn: null,
      ccColumn: null,
      perRow: [null],
      findings: [[null, null, "column-unknown", { name: "Kopie", columns: "Name, E-Mail" }]],
    },
  },
  {
    name: "a short row reads missing cells as empty",
    table: { columns: ["Name", "E-Mail", "Cc"], rows: [{ row: 7, cells: ["Anna"] }] },
    expected: { emailColumn: "E-Mail", ccColumn: "Cc", perRow: [null], findings: [[7, "E-Mail", "email-empty", {}]] },
  },
  {
    name: "absurdly long cell: an error with a short value",
    table: table(["E-Mail"], [`${"a".repeat(10_000)}@example.de`]),
    expected: {
      emailColumn: "E-Mail",
      ccColumn: null,
      perRow: [null],
      findings: [[2, "E-Mail", "email-invalid", { value: `${"a".repeat(79)}…` }]],
    },
  },
];

describe("recipientsFromTable", () => {
  test.each(cases)("$name", ({ table: t, options, expected }) => {
    const result = recipientsFromTable(t, options ?? {});
    expect(summary(result)).toEqual(expected);
    expect(result.perRow).toHaveLength(t.rows.length);
  });

  // Speed: `npm run bench` ("rundmail check", 100,000 rows), not asserted here.
  test("100,000 rows: each a recipient, a Cc on every third, nothing to report", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`Person ${i}`, `person.${i}@example.de`, i % 3 ? "" : "chef@example.de"]);
    const t = table(["Name", "E-Mail", "Cc"], ...rows);
    const result = recipientsFromTable(t, {});
    expect(result.findings).toEqual([]);
    expect(result.perRow).toHaveLength(100_000);
    expect(result.perRow.filter((r) => r?.cc !== undefined && r?.cc !== null)).toHaveLength(33_334);
  });
});
