import { normaliseFileName, splitFileNames } from "./fileNames";

describe("splitFileNames", () => {
  const cases: Array<[string, string, string[]]> = [
    ["one", "Rechnung 1.pdf", ["Rechnung 1.pdf"]],
    ["semicolon", "a.pdf; b.pdf", ["a.pdf", "b.pdf"]],
    ["line breaks", "a.pdf\r\nb.pdf\nc.pdf", ["a.pdf", "b.pdf", "c.pdf"]],
    ["Unicode line separator", "a.pdf\u2028b.pdf", ["a.pdf", "b.pdf"]],
    ["commas belong to the name", "Müller, Anna.pdf", ["Müller, Anna.pdf"]],
    ["trimmed, empties dropped", " ; a.pdf ;; ;\n b.pdf ; ", ["a.pdf", "b.pdf"]],
    ["double quotes stripped", '"a b.pdf"; "c.pdf"', ["a b.pdf", "c.pdf"]],
    ["single quotes stripped", "'a.pdf'", ["a.pdf"]],
    ["German quotes stripped", "\u201ea.pdf\u201c", ["a.pdf"]],
    ["quotes inside kept", 'Bericht "final".pdf', ['Bericht "final".pdf']],
    ["space inside quotes trimmed", '" a.pdf "', ["a.pdf"]],
    ["only quotes", '""', []],
    ["empty", "", []],
    ["Windows path kept (matching ignores it)", "C:\\Users\\x\\Rechnung 1.pdf", ["C:\\Users\\x\\Rechnung 1.pdf"]],
    ["long list", Array.from({ length: 1000 }, (_, i) => `f${i}.pdf`).join(";"), Array.from({ length: 1000 }, (_, i) => `f${i}.pdf`)],
  ];
  test.each(cases)("%s", (_name, cell, expected) => expect(splitFileNames(cell)).toEqual(expected));
});

describe("normaliseFileName", () => {
  const cases: Array<[string, string, string]> = [
    ["lower-cased", "Rechnung 1.PDF", "rechnung 1.pdf"],
    ["trimmed", "  a.pdf  ", "a.pdf"],
    ["Windows path dropped", "C:\\Users\\x\\Rechnung 1.pdf", "rechnung 1.pdf"],
    ["relative path dropped", "2026/Rechnung 1.pdf", "rechnung 1.pdf"],
    ["mixed separators", "a\\b/c\\Datei.pdf", "datei.pdf"],
    ["NFD from macOS becomes NFC", "Mu\u0308ller.pdf", "m\u00fcller.pdf"],
    ["upper-case umlaut", "ÜBERSICHT.pdf", "übersicht.pdf"],
    ["Turkish dotted I does not depend on the locale", "İ.pdf", "i\u0307.pdf"],
    ["a folder name alone", "2026/", ""],
  ];
  test.each(cases)("%s", (_name, name, expected) => expect(normaliseFileName(name)).toBe(expected));
});
