import { baseFileName, draftFileName } from "./fileName";

describe("draftFileName", () => {
  test.each<[string, number, string, number, string]>([
    ["plain", 2, "anna@example.de", 4, "0002_anna@example.de.eml"],
    ["umlauts kept", 14, "jürgen@müller.de", 4, "0014_jürgen@müller.de.eml"],
    ["characters Windows forbids", 3, 'a<b>c:d"e/f\\g|h?i*j@x.de', 4, "0003_a_b_c_d_e_f_g_h_i_j@x.de.eml"],
    ["control characters", 3, "a\u0000b\u001fc@x.de", 4, "0003_a_b_c@x.de.eml"],
    ["a long address is cut", 2, `${"a".repeat(200)}@x.de`, 4, `0002_${"a".repeat(100)}.eml`],
    ["a row wider than the width", 123456, "a@x.de", 4, "123456_a@x.de.eml"],
  ])("%s", (_name, row, address, width, expected) => {
    expect(draftFileName(row, address, width)).toBe(expected);
  });
});

describe("baseFileName", () => {
  test.each<[string, string]>([
    ["Rechnung.pdf", "Rechnung.pdf"],
    ["2026/Rechnung 1.pdf", "Rechnung 1.pdf"],
    ["C:\\Belege\\Übersicht.pdf", "Übersicht.pdf"],
    ["ordner/", ""],
  ])("%s -> %s", (name, expected) => {
    expect(baseFileName(name)).toBe(expected);
  });
});
