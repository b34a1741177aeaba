import { displayName, isBlank, normaliseFieldName } from "./normalise";

describe("normaliseFieldName", () => {
  const cases: [string, string][] = [
    [" Vorname ", "vorname"],
    ["VORNAME", "vorname"],
    ["Vor\u00a0 name", "vor name"],
    ["E-Mail\n  Adresse", "e-mail adresse"],
    ["Straße", "strasse"],
    ["STRASSE", "strasse"],
    ["STRA\u1e9eE", "strasse"],
    ["Mu\u0308ller", "müller"], // decomposed ü (NFD), as macOS writes it
    ["Vor\u00adname", "vorname"], // soft hyphen
    ["\ufeff\u200bName", "name"],
    ["\u3000Name\u2003", "name"],
  ];
  test.each(cases)("%j -> %j", (name, key) => expect(normaliseFieldName(name)).toBe(key));

  test("displayName keeps case but tidies white space", () => {
    expect(displayName("\u00a0Vor  Name\u00a0")).toBe("Vor Name");
  });
});

describe("isBlank", () => {
  const cases: [string, boolean][] = [
    ["", true],
    [" \t\r\n", true],
    ["\u00a0\u2003\u3000", true],
    ["x", false],
    [" 0 ", false],
  ];
  test.each(cases)("%j -> %j", (value, blank) => expect(isBlank(value)).toBe(blank));
});
