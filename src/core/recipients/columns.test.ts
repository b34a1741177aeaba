import type { Table } from "../types";
import { findCcColumn, findEmailColumn, isCcHeader, normaliseHeader } from "./columns";

function table(columns: string[], ...rows: string[][]): Table {
  return { columns, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

describe("normaliseHeader", () => {
  const cases: Array<[string, string]> = [
    ["E-Mail", "email"],
    ["e_mail address", "emailaddress"],
    [" Adresse (E-Mail) ", "adresseemail"],
    ["Ｅ－Ｍａｉｌ", "email"], // full-width, from a Japanese keyboard
    ["E\u2011Mail", "email"], // non-breaking hyphen
  ];
  test.each(cases)("%s", (header, expected) => expect(normaliseHeader(header)).toBe(expected));
});

describe("findEmailColumn by header", () => {
  const headers: Array<[string, string[], number | null]> = [
    ["Email", ["Name", "Email"], 1],
    ["E-Mail", ["Name", "E-Mail"], 1],
    ["e-mail", ["e-mail", "Name"], 0],
    ["EMail", ["Vorname", "EMail"], 1],
    ["E Mail", ["Vorname", "E Mail"], 1],
    ["E-Mail-Adresse", ["Vorname", "E-Mail-Adresse"], 1],
    ["Emailadresse", ["Vorname", "Emailadresse"], 1],
    ["Email Address", ["First name", "Email Address"], 1],
    ["E-mail address", ["First name", "E-mail address"], 1],
    ["E_MAIL", ["x", "E_MAIL"], 1],
    ["Adresse (E-Mail)", ["Name", "Adresse (E-Mail)"], 1],
    ["Mail", ["Name", "Mail"], 1],
    ["Mailadresse", ["Name", "Mailadresse"], 1],
    ["exact e-mail name beats Mail", ["Mail", "Name", "E-Mail"], 2],
    ["Cc never taken as To", ["Cc", "Name"], null],
    ["E-Mail Cc never taken as To", ["E-Mail Cc", "E-Mail"], 1],
    ["Bcc never taken as To", ["Bcc-E-Mail", "Name"], null],
    ["Absender-E-Mail never taken as To", ["Absender E-Mail", "Name"], null],
    ["first of two e-mail columns", ["E-Mail", "Email"], 0],
    ["no such header", ["Name", "Vorname"], null],
  ];
  test.each(headers)("%s", (_name, columns, expected) => {
    expect(findEmailColumn(table(columns))).toBe(expected);
  });
});

describe("findEmailColumn by header that mentions e-mail, checked by content", () => {
  test("Outlook contact export: the address, not the display name", () => {
    const t = table(
      ["Vorname", "E-mail Display Name", "E-mail 1 Address"],
      ["Anna", "Anna Müller", "anna@example.de"],
      ["Bob", "Bob", "bob@example.de"],
    );
    expect(findEmailColumn(t)).toBe(2);
  });
  test("a column named like e-mail but holding no addresses is not taken by name", () => {
    const t = table(["E-Mail privat?", "Kontakt"], ["ja", "anna@example.de"], ["nein", "bob@example.de"]);
    expect(findEmailColumn(t)).toBe(1);
  });
});

describe("findEmailColumn by content", () => {
  const cases: Array<[string, Table, number | null]> = [
    ["the address column", table(["Name", "Kontakt"], ["Anna", "anna@example.de"], ["Bob", "bob@example.de"]), 1],
    ["half is enough", table(["Name", "Kontakt"], ["Anna", "anna@example.de"], ["Bob", "kein"]), 1],
    ["less than half is not", table(["Name", "Kontakt"], ["Anna", "anna@example.de"], ["Bob", "kein"], ["C", "—"]), null],
    ["empty cells do not count", table(["Name", "Kontakt"], ["Anna", "anna@example.de"], ["Bob", ""], ["C", ""]), 1],
    [
      "best ratio wins",
      table(["A", "B"], ["a@x.de", "a@x.de"], ["kein", "b@y.de"], ["c@z.de", "c@z.de"]),
      1,
    ],
    ["ties go to the leftmost", table(["A", "B"], ["a@x.de", "b@y.de"]), 0],
    ["cells with several addresses still mark the column", table(["Name", "Wer"], ["A", "a@x.de; b@y.de"]), 1],
    ["a Cc column is never the To by content", table(["Name", "Cc"], ["Anna", "anna@example.de"]), null],
    ["no rows", table(["Name", "Kontakt"]), null],
    ["no columns", table([]), null],
  ];
  test.each(cases)("%s", (_name, t, expected) => expect(findEmailColumn(t)).toBe(expected));
});

describe("isCcHeader and findCcColumn", () => {
  const cc: Array<[string, boolean]> = [
    ["Cc", true],
    ["CC", true],
    ["cc:", true],
    ["Kopie", true],
    ["Kopie an", true],
    ["In Kopie", true],
    ["Cc-E-Mail", true],
    ["E-Mail Cc", true],
    ["CC E-Mail-Adresse", true],
    ["Adresse (Kopie)", true],
    ["Bcc", false],
    ["Account", false],
    ["Kopiervorlage", false],
    ["E-Mail", false],
  ];
  test.each(cc)("%s -> %s", (header, expected) => expect(isCcHeader(header)).toBe(expected));

  test("the first Cc column that is not the To column", () => {
    expect(findCcColumn(table(["E-Mail", "Name", "Kopie an", "Cc"]), 0)).toBe(2);
    expect(findCcColumn(table(["Cc", "Name"]), 0)).toBeNull();
    expect(findCcColumn(table(["E-Mail", "Name"]), 0)).toBeNull();
  });
  test("by header only: a second address column is not a Cc", () => {
    expect(findCcColumn(table(["E-Mail", "Eltern"], ["a@x.de", "b@y.de"]), 0)).toBeNull();
  });
});
