import { displayValue } from "./displayValue";

const cases: Array<[string, string, string]> = [
  ["plain", "anna@@example.de", "anna@@example.de"],
  ["trimmed", "  anna  ", "anna"],
  ["CRLF made visible", "a@x.de\r\nBcc: b@y.de", "a@x.de\u240d\u240aBcc: b@y.de"],
  ["NUL and ESC made visible", "a\u0000b\u001b[31m", "a\u2400b\u241b[31m"],
  ["DEL", "a\u007fb", "a\u2421b"],
  ["RTL override shown as a code", "anna\u202eed.elpmaxe@", "anna<U+202E>ed.elpmaxe@"],
  ["zero-width space shown", "an\u200bna", "an<U+200B>na"],
  ["Unicode line separator shown", "a\u2028b", "a<U+2028>b"],
  ["exactly 80 characters kept", "x".repeat(80), "x".repeat(80)],
  ["81 characters cut", "x".repeat(81), `${"x".repeat(79)}…`],
  ["a megabyte cut", "y".repeat(1_000_000), `${"y".repeat(79)}…`],
  ["astral characters not split", "😀".repeat(100), `${"😀".repeat(79)}…`],
  ["umlauts kept", "Jürgen Größe", "Jürgen Größe"],
];

describe("displayValue", () => {
  test.each(cases)("%s", (_name, value, expected) => {
    expect(displayValue(value)).toBe(expected);
  });

  test("a shorter limit", () => {
    expect(displayValue("abcdef", 4)).toBe("abc…");
  });
});
