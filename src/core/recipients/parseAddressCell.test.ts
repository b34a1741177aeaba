import fc from "fast-check";
import { parseAddressCell, type AddressCell } from "./parseAddressCell";

const one = (address: string, name: string | null = null): AddressCell => ({ kind: "one", address, name }) as AddressCell;
const many = (count: number): AddressCell => ({ kind: "many", count });
const dropped = (address: string, droppedName: string): AddressCell => ({ kind: "one", address, name: null, droppedName }) as AddressCell;
const invalid: AddressCell = { kind: "invalid" };
const empty: AddressCell = { kind: "empty" };

const cases: Array<[string, string, AddressCell]> = [
  // empty
  ["empty", "", empty],
  ["spaces only", "   \t ", empty],
  ["non-breaking space and BOM", "\u00a0\ufeff", empty],
  ["zero-width space only", "\u200b", empty],
  // one address
  ["bare", "anna@example.de", one("anna@example.de")],
  ["trimmed", "  anna@example.de  ", one("anna@example.de")],
  ["trailing line break", "anna@example.de\r\n", one("anna@example.de")],
  ["pasted with zero-width space and BOM around", "\ufeff\u200banna@example.de\u200b", one("anna@example.de")],
  ["case kept", "Anna@Example.DE", one("Anna@Example.DE")],
  ["IDN", "anna@müller.de", one("anna@müller.de")],
  ["mailto: prefix (Excel hyperlink)", "mailto:anna@example.de", one("anna@example.de")],
  ["MAILTO: upper case", "MAILTO:anna@example.de", one("anna@example.de")],
  ["display name", "Anna Müller <anna@example.de>", one("anna@example.de", "Anna Müller")],
  ["display name, extra spaces", "  Anna   Müller   <  anna@example.de  > ", one("anna@example.de", "Anna Müller")],
  ["quoted display name with comma", '"Müller, Anna" <anna@example.de>', one("anna@example.de", "Müller, Anna")],
  ["quoted display name with escaped quote", '"Anna \\"Anni\\" Müller" <anna@example.de>', one("anna@example.de", 'Anna "Anni" Müller')],
  ["quoted name with semicolon", '"Müller; Anna" <anna@example.de>', one("anna@example.de", "Müller; Anna")],
  ["Outlook's unquoted Last, First", "Müller, Anna <anna@example.de>", one("anna@example.de", "Müller, Anna")],
  ["angle brackets only", "<anna@example.de>", one("anna@example.de")],
  ["mailto inside angle brackets", "Anna <mailto:anna@example.de>", one("anna@example.de", "Anna")],
  ["name equal to the address", '"anna@example.de" <anna@example.de>', one("anna@example.de")],
  ["unquoted name equal to the address, other case", "ANNA@example.de <anna@example.de>", one("anna@example.de")],
  ["trailing separator", "anna@example.de;", one("anna@example.de")],
  ["leading separator", ", anna@example.de", one("anna@example.de")],
  ["empty quoted name", '"" <anna@example.de>', one("anna@example.de")],
  ["right-to-left name", "\u0622\u0646\u0627 <anna@example.de>", one("anna@example.de", "\u0622\u0646\u0627")],
  ["name with @ that is no address: dropped, it could pass for one", '"Anna@Home" <anna@example.de>', dropped("anna@example.de", "Anna@Home")],
  // display names as a mail program shows them: RFC 2047 encoded words decoded first (the privacy rule)
  ["encoded name (B)", "=?UTF-8?B?QW5uYSBNw7xsbGVy?= <anna@example.de>", one("anna@example.de", "Anna Müller")],
  ["encoded name (Q, Latin-1)", "=?ISO-8859-1?Q?M=FCller=2C_Anna?= <anna@example.de>", one("anna@example.de", "Müller, Anna")],
  ["encoded words side by side join without the space", "=?UTF-8?Q?Anna_?= =?UTF-8?Q?M=C3=BCller?= <a@x.de>", one("a@x.de", "Anna Müller")],
  ["encoded name hiding two addresses", "=?UTF-8?B?YUB4LmRlLCBiQHkuZGU=?= <c@z.de>", dropped("c@z.de", "a@x.de, b@y.de")],
  ["encoded name that is another address", "=?UTF-8?B?Yi55QHguZGU=?= <a@x.de>", many(2)],
  ["encoded name that is the same address", "=?UTF-8?Q?a=40x.de?= <a@x.de>", one("a@x.de")],
  ["Q-encoded @ in a name", "=?utf-8?q?Chef_=28chef=40firma.de=29?= <a@x.de>", dropped("a@x.de", "Chef (chef@firma.de)")],
  ["encoded word inside an encoded word", "=?UTF-8?B?PT9VVEYtOD9CP1kyaGxaa0JtYVhKdFlTNWtaUT09Pz0=?= <a@x.de>", many(2)],
  ["a charset nobody knows: not shown as it stands", "=?x-unbekannt?B?QEA=?= <a@x.de>", dropped("a@x.de", "=?x-unbekannt?B?QEA=?=")],
  ["encoded line break in a name", "=?UTF-8?B?QW5uYQ0KQmNjOiB4QHkuZGU=?= <a@x.de>", invalid],
  ["fullwidth at sign in a name", '"chef\uff20firma.de" <a@x.de>', dropped("a@x.de", "chef\uff20firma.de")],
  ["small at sign in a name", "Chef\ufe6bFirma <a@x.de>", dropped("a@x.de", "Chef\ufe6bFirma")],
  ["quoted encoded word is decoded too, as many programs do", '"=?UTF-8?B?YUB4LmRlLCBiQHkuZGU=?=" <c@z.de>', dropped("c@z.de", "a@x.de, b@y.de")],
  // several addresses: the privacy rule
  ["semicolon", "a@x.de; b@y.de", many(2)],
  ["semicolon, no space", "a@x.de;b@y.de", many(2)],
  ["comma", "a@x.de, b@y.de", many(2)],
  ["space", "a@x.de b@y.de", many(2)],
  ["tab", "a@x.de\tb@y.de", many(2)],
  ["line feed", "a@x.de\nb@y.de", many(2)],
  ["CRLF", "a@x.de\r\nb@y.de", many(2)],
  ["Unicode line separator", "a@x.de\u2028b@y.de", many(2)],
  ["three", "a@x.de; b@y.de; c@z.de", many(3)],
  ["two angle addresses", "<a@x.de><b@y.de>", many(2)],
  ["two named mailboxes, no separator", "Anna <a@x.de> Bob <b@y.de>", many(2)],
  ["two named mailboxes, comma", '"Müller, Anna" <a@x.de>, "Bob" <b@y.de>', many(2)],
  ["one valid, one broken", "a@x.de; b@y", many(2)],
  ["both broken", "a@x; b@y", many(2)],
  ["mailto with two", "mailto:a@x.de,b@y.de", many(2)],
  ["name is another address", '"b@y.de" <a@x.de>', many(2)],
  ["header injection attempt", "a@x.de\r\nBcc: everyone@x.de", many(2)],
  ["header injection via CR only", "a@x.de\rBcc: everyone@x.de", many(2)],
  ["unclosed quote hiding a second address", '"a@x.de, b@y.de', invalid],
  // invalid
  ["double @", "anna@@example.de", invalid],
  ["no dot", "anna@example", invalid],
  ["word", "Anna Müller", invalid],
  ["placeholder", "-", invalid],
  ["n/a", "n/a", invalid],
  ["name and bare address without brackets", "Anna anna@example.de", invalid],
  ["comment after address", "anna@example.de (Anna)", invalid],
  ["text after angle address", "<anna@example.de> Anna", invalid],
  ["unclosed angle", "Anna <anna@example.de", invalid],
  ["unclosed quote", '"Anna <anna@example.de>', invalid],
  ["same address twice", "anna@example.de; anna@example.de", invalid],
  ["empty angle", "Anna <>", invalid],
  ["name with line break", '"Anna\r\nBcc: x" <anna@example.de>', invalid],
  ["name with NUL", "Anna\u0000 <anna@example.de>", invalid],
  ["NUL in address", "anna@example.de\u0000", invalid],
  ["zero-width space inside", "an\u200bna@example.de", invalid],
  ["RTL override inside", "anna@exa\u202emple.de", invalid],
  ["spreadsheet formula", '=HYPERLINK("mailto:anna@example.de","anna@example.de")', invalid],
  ["formula result text", "#NAME?", invalid],
  ["absurdly long cell", `${"a".repeat(100_000)}@example.de`, invalid],
  ["absurdly long list of separators", ";".repeat(100_000), invalid],
  ["mailto with query", "mailto:anna@example.de?subject=Hi", invalid],
];

describe("parseAddressCell", () => {
  test.each(cases)("%s", (_name, cell, expected) => {
    expect(parseAddressCell(cell)).toEqual(expected);
  });

  test("a 'one' result is an address without separators, line breaks or controls", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (cell) => {
        const parsed = parseAddressCell(cell);
        if (parsed.kind !== "one") return;
        // eslint-disable-next-line no-control-regex -- what must never get through
        expect(parsed.address).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029,;<>"\s]/);
        // eslint-disable-next-line no-control-regex -- the same for the display name
        if (parsed.name !== null) expect(parsed.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
    );
  });

  test("two valid addresses joined by any separator are never one", () => {
    const separator = fc.constantFrom(";", ",", " ", "\n", "\r\n", "; ", ", ", "\t");
    fc.assert(
      fc.property(fc.emailAddress(), fc.emailAddress(), separator, (a, b, sep) => {
        fc.pre(a.toLowerCase() !== b.toLowerCase());
        expect(parseAddressCell(`${a}${sep}${b}`).kind).not.toBe("one");
      }),
    );
  });

  // Speed: `npm run bench` ("rundmail check", 100,000 rows), not asserted here.
  test("100,000 cells: each read as its one address, with the name where one is given", () => {
    const cells = Array.from({ length: 100_000 }, (_, i) =>
      i % 10 === 0 ? `Person ${i} <person.${i}@bücher.example>` : `person.${i}@example.de`,
    );
    const read = cells.map(parseAddressCell);
    expect(read.filter((r) => r.kind === "one")).toHaveLength(100_000);
    expect(read.filter((r) => r.kind === "one" && r.name !== null)).toHaveLength(10_000);
  });
});
