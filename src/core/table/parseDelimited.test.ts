import { parseDelimited } from "./parseDelimited";

interface Case {
  name: string;
  text: string;
  records: string[][];
  delimiter?: string;
  unclosedQuoteRows?: number[];
}

function check({ text, records, delimiter, unclosedQuoteRows }: Case): void {
  const result = parseDelimited(text);
  expect(result.records).toEqual(records);
  if (delimiter !== undefined) expect(result.delimiter).toBe(delimiter);
  expect(result.unclosedQuoteRows).toEqual(unclosedQuoteRows ?? []);
}

describe("line endings", () => {
  const expected = [["Name", "Ort"], ["Anna", "Bonn"], ["Ben", "Köln"]];
  const cases: Case[] = [
    { name: "LF", text: "Name;Ort\nAnna;Bonn\nBen;Köln", records: expected },
    { name: "CRLF", text: "Name;Ort\r\nAnna;Bonn\r\nBen;Köln", records: expected },
    { name: "CR (old Mac)", text: "Name;Ort\rAnna;Bonn\rBen;Köln", records: expected },
    { name: "mixed in one file", text: "Name;Ort\r\nAnna;Bonn\nBen;Köln", records: expected },
    { name: "trailing line break gives a last empty record", text: "Name;Ort\r\nAnna;Bonn\r\nBen;Köln\r\n", records: [...expected, [""]] },
    {
      name: "a CRLF inside a quoted cell becomes LF",
      text: 'Name;Adresse\r\nAnna;"Weg 1\r\nBonn"\r\n',
      records: [["Name", "Adresse"], ["Anna", "Weg 1\nBonn"], [""]],
    },
  ];
  test.each(cases)("$name", check);
});

describe("quotes", () => {
  const cases: Case[] = [
    {
      name: "quoted cell with line breaks is one record",
      text: 'Name,Address,Email\nAnna,"12 High St\nLondon\nUK",a@example.com\nBen,x,b@example.com',
      records: [["Name", "Address", "Email"], ["Anna", "12 High St\nLondon\nUK", "a@example.com"], ["Ben", "x", "b@example.com"]],
    },
    {
      name: "doubled quotes inside quotes",
      text: 'Name;Spitzname\n"Anna ""Anni"" Müller";"""Chefin"""',
      records: [["Name", "Spitzname"], ['Anna "Anni" Müller', '"Chefin"']],
    },
    {
      name: "delimiter inside quotes",
      text: 'Name;Firma\n"Müller; Anna";"A; B & Co."',
      records: [["Name", "Firma"], ["Müller; Anna", "A; B & Co."]],
    },
    {
      name: "a quotation mark inside an unquoted cell is text",
      text: 'Name;Ort\nAnna "Anni" Müller;Bonn 5"',
      records: [["Name", "Ort"], ['Anna "Anni" Müller', 'Bonn 5"']],
    },
    { name: "empty quoted cells", text: 'a;b;c\n"";"";x', records: [["a", "b", "c"], ["", "", "x"]] },
    { name: "a cell that is one quotation mark", text: 'a;b\n"""";x', records: [["a", "b"], ['"', "x"]] },
    {
      name: "Excel's pasted text: tabs, quoted multi-line cell, trailing line break",
      text: 'Name\tNotiz\r\nAnna\t"Zeile 1\nZeile 2 mit ""Zitat"""\r\nBen\tkurz\r\n',
      records: [["Name", "Notiz"], ["Anna", 'Zeile 1\nZeile 2 mit "Zitat"'], ["Ben", "kurz"], [""]],
      delimiter: "\t",
    },
  ];
  test.each(cases)("$name", check);
});

describe("values stay text, exactly as written", () => {
  const cases: Case[] = [
    {
      name: "numbers, dates, formulas, booleans",
      text: "PLZ;Betrag;Datum;Formel;Aktiv\n01067;1.000,50;01.02.2026;=SUMME(A1:A3);TRUE",
      records: [["PLZ", "Betrag", "Datum", "Formel", "Aktiv"], ["01067", "1.000,50", "01.02.2026", "=SUMME(A1:A3)", "TRUE"]],
    },
    { name: "spaces are not trimmed here", text: " Name ; Ort \n Anna ;  Bonn", records: [[" Name ", " Ort "], [" Anna ", "  Bonn"]] },
    { name: "empty lines are records", text: "a;b\n\n;\n1;2", records: [["a", "b"], [""], ["", ""], ["1", "2"]] },
  ];
  test.each(cases)("$name", check);
});

describe("Excel's sep= line", () => {
  const cases: Case[] = [
    { name: "sep=; is honoured and is no row", text: "sep=;\nName;Ort\nAnna;Bonn", records: [["Name", "Ort"], ["Anna", "Bonn"]], delimiter: ";" },
    {
      name: "sep=, wins over what the rows suggest",
      text: "sep=,\r\nName;Betrag,Ort\r\nAnna;1,Bonn",
      records: [["Name;Betrag", "Ort"], ["Anna;1", "Bonn"]],
      delimiter: ",",
    },
    { name: "upper case", text: "SEP=|\nName|Ort\nAnna|Bonn", records: [["Name", "Ort"], ["Anna", "Bonn"]], delimiter: "|" },
    { name: "quoted", text: '"sep=;"\nName;Ort', records: [["Name", "Ort"]], delimiter: ";" },
    { name: "with the delimiter repeated", text: "sep=;;;\nName;Ort;PLZ", records: [["Name", "Ort", "PLZ"]], delimiter: ";" },
    { name: "tab", text: "sep=\t\nName\tOrt", records: [["Name", "Ort"]], delimiter: "\t" },
    { name: "only the sep line", text: "sep=;\n", records: [], delimiter: ";" },
    { name: "only the sep line, no line break", text: "sep=;", records: [], delimiter: ";" },
    { name: "'sep=' with nothing after it is a header", text: "sep=\nx", records: [["sep="], ["x"]] },
    { name: "'sep=ab' is a header", text: "sep=ab;x\n1;2", records: [["sep=ab", "x"], ["1", "2"]], delimiter: ";" },
    { name: "a column named 'Sep' is a header", text: "Sep;Name\n1;2", records: [["Sep", "Name"], ["1", "2"]], delimiter: ";" },
    {
      name: "a sep line after empty lines is an ordinary row",
      text: "\nsep=;\nName;Ort",
      records: [[""], ["sep=", ""], ["Name", "Ort"]],
      delimiter: ";",
    },
  ];
  test.each(cases)("$name", check);
});

describe("a quotation mark that is never closed", () => {
  const cases: Case[] = [
    {
      name: "at the start of a row: the rest of the file is not swallowed",
      text: 'Name;E-Mail\n"Anna;a@example.de\nBen;b@example.de\nCarl;c@example.de\n',
      records: [["Name", "E-Mail"], ['"Anna', "a@example.de"], ["Ben", "b@example.de"], ["Carl", "c@example.de"], [""]],
      unclosedQuoteRows: [2],
    },
    {
      name: "in a later cell",
      text: 'Name;Notiz;E-Mail\nAnna;"Chefin;a@example.de\nBen;x;b@example.de',
      records: [["Name", "Notiz", "E-Mail"], ["Anna", '"Chefin', "a@example.de"], ["Ben", "x", "b@example.de"]],
      unclosedQuoteRows: [2],
    },
    {
      name: "badly closed, swallowing lines up to a later quotation mark",
      text: 'Name;E-Mail\n"Chef" Meier;a@example.de\nBen;"b@example.de"\nCarl;c@example.de',
      records: [["Name", "E-Mail"], ['"Chef" Meier', "a@example.de"], ["Ben", "b@example.de"], ["Carl", "c@example.de"]],
      unclosedQuoteRows: [2],
    },
    {
      name: "on the last line",
      text: 'Name;E-Mail\nAnna;"a@example.de',
      records: [["Name", "E-Mail"], ["Anna", '"a@example.de']],
      unclosedQuoteRows: [2],
    },
    {
      name: "two of them",
      text: 'Name;E-Mail\n"Anna;a@example.de\nBen;b@example.de\nCarl;"c@example.de\nDora;d@example.de',
      records: [["Name", "E-Mail"], ['"Anna', "a@example.de"], ["Ben", "b@example.de"], ["Carl", '"c@example.de'], ["Dora", "d@example.de"]],
      unclosedQuoteRows: [2, 4],
    },
    {
      name: "after a properly quoted multi-line cell of the same row",
      text: 'Name;Adresse;Notiz\nAnna;"Weg 1\nBonn";"offen\nBen;Allee;x',
      records: [["Name", "Adresse", "Notiz"], ["Anna", "Weg 1\nBonn", '"offen'], ["Ben", "Allee", "x"]],
      unclosedQuoteRows: [2],
    },
    {
      name: "rows after it keep their own quoted cells",
      text: 'Name;Notiz\n"Anna;x\nBen;"a; b"\nCarl;"c\nd"',
      records: [["Name", "Notiz"], ['"Anna', "x"], ["Ben", "a; b"], ["Carl", "c\nd"]],
      unclosedQuoteRows: [2],
    },
    {
      name: "in the header",
      text: '"Name;E-Mail\nAnna;a@example.de',
      records: [['"Name', "E-Mail"], ["Anna", "a@example.de"]],
      unclosedQuoteRows: [1],
    },
    {
      name: "row numbers do not count the sep line",
      text: 'sep=;\r\nName;E-Mail\r\nAnna;"a@example.de\r\nBen;b@example.de\r\n',
      records: [["Name", "E-Mail"], ["Anna", '"a@example.de'], ["Ben", "b@example.de"], [""]],
      unclosedQuoteRows: [2],
    },
    {
      name: "row numbers count earlier multi-line cells as one row",
      text: 'Name;Notiz\nAnna;"a\nb\nc"\nBen;"x',
      records: [["Name", "Notiz"], ["Anna", "a\nb\nc"], ["Ben", '"x']],
      unclosedQuoteRows: [3],
    },
    { name: "a file that is one quotation mark", text: '"', records: [['"']], unclosedQuoteRows: [1] },
    // The first two marks are a proper quoted cell holding a line break; only the third is left open.
    { name: "quotation marks only", text: '"\n"\n"', records: [["\n"], ['"']], unclosedQuoteRows: [2] },
    { name: "quotation marks only, odd lines", text: '"\n"\n"\n"\n"', records: [["\n"], ["\n"], ['"']], unclosedQuoteRows: [3] },
    {
      name: "closed on the same line but malformed: kept as read, not reported",
      text: 'Name;Notiz\nAnna;"a"b";x',
      records: [["Name", "Notiz"], ["Anna", 'a"b', "x"]],
    },
  ];
  test.each(cases)("$name", check);
});

describe("a file with broken quotation marks on many lines", () => {
  const strays = Array.from({ length: 100 }, (_, i) => `N${i};"x`);
  const strayRecords = strays.map((_, i) => [`N${i}`, '"x']);
  const strayRows = strays.map((_, i) => i + 2);

  test("is read line by line after a while, still reporting each broken row", () => {
    const text = ["Name;Notiz", ...strays, 'Ben;"a; b"', 'Carl;"sagt ""hallo"""', 'Dora;"a"b', "Eva;x"].join("\n");
    const result = parseDelimited(text);
    expect(result.records).toEqual([
      ["Name", "Notiz"],
      ...strayRecords,
      ["Ben", "a; b"],
      ["Carl", 'sagt "hallo"'],
      ["Dora", '"a"b'],
      ["Eva", "x"],
    ]);
    expect(result.unclosedQuoteRows).toEqual([...strayRows, 104]);
  });

  test("in that mode a quoted cell with a line break is split; its first line is reported", () => {
    const text = ["Name;Notiz", ...strays, 'Fritz;"a', 'b";y', 'Gert;"z"'].join("\n");
    const result = parseDelimited(text);
    expect(result.records.slice(-3)).toEqual([["Fritz", '"a'], ['b"', "y"], ["Gert", "z"]]);
    expect(result.unclosedQuoteRows).toEqual([...strayRows, 102]);
  });

  test("takes linear time: 200,000 broken lines", () => {
    const text = "Name;Notiz\n" + Array.from({ length: 200_000 }, (_, i) => `N${i};"x`).join("\n");
    const result = parseDelimited(text);
    expect(result.records).toHaveLength(200_001);
    expect(result.unclosedQuoteRows).toHaveLength(200_000);
    expect(result.records[200_000]).toEqual(["N199999", '"x']);
  });
});
