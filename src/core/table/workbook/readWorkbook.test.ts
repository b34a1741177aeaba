import { utils, write } from "@e965/xlsx";
import type { Lang } from "../../../i18n";
import { toIssue } from "../../issues/codes";
import type { IssueCode } from "../../issues/codes";
import { readWorkbook } from "./readWorkbook";
import { WORKBOOK_LIMITS } from "./limits";
import { clubWorkbook } from "./workbookForTests";

const COLUMNS = ["Nr", "Vorname", "E-Mail", "PLZ", "Beitrag", "Eintritt", "Geburtstag", "Doppelt", "Web"];

describe("a German club's list, as a German and as an English user sees it", () => {
  // Rows 3–6 of the sheet: the header is in row 2, the table starts in column B.
  const seen: Record<Lang, string[][]> = {
    de: [
      ["0042", "Jürgen", "j@example.de", "01067", "120,00 €", "01.03.2019", "15.03.1964", "240", "Verein"],
      ["0007", "Anna", "a@example.de", "10115", "1.234,50 €", "01.12.2019", "18. Februar 1982", "2469", ""],
      ["0008", "Ben", "b@example.de", "80331", "0,50 €", "18.06.2020", "19.02.1982", "1", ""],
      ["0009", "Cem", "c@example.de", "20095", "10,00 €", "19.06.2020", "20.02.1982", "20", "Vorstand"],
    ],
    en: [
      ["0042", "Jürgen", "j@example.de", "01067", "€120.00", "01/03/2019", "15.03.1964", "240", "Verein"],
      ["0007", "Anna", "a@example.de", "10115", "€1,234.50", "01/12/2019", "18. February 1982", "2469", ""],
      ["0008", "Ben", "b@example.de", "80331", "€0.50", "18/06/2020", "19.02.1982", "1", ""],
      ["0009", "Cem", "c@example.de", "20095", "€10.00", "19/06/2020", "20.02.1982", "20", "Vorstand"],
    ],
  };
  const cases = [
    // SheetJS's BIFF8 writer does not write row properties, so the .xls file has no hidden row.
    { bookType: "xlsx", lang: "de", hiddenRow: true },
    { bookType: "xlsx", lang: "en", hiddenRow: true },
    { bookType: "biff8", lang: "de", hiddenRow: false },
    { bookType: "biff8", lang: "en", hiddenRow: false },
  ] as const;
  test.each(cases)("$bookType, $lang", async ({ bookType, lang, hiddenRow }) => {
    const result = await readWorkbook(clubWorkbook(bookType), { lang });
    expect(result.sheet).toBe("Mitglieder");
    expect(result.sheets).toEqual([
      { name: "Mitglieder", hidden: false, holdsValues: true },
      { name: "Intern", hidden: true, holdsValues: true },
    ]);
    expect(result.table.columns).toEqual(COLUMNS);
    expect(result.table.rows).toEqual(seen[lang].map((cells, i) => ({ row: i + 3, cells })));
    expect(result.findings).toEqual([
      ...(hiddenRow ? [{ row: 5, column: null, code: "workbook-hidden-row" }] : []),
      { row: 6, column: null, code: "workbook-merged-cells", params: { range: "J6:K6" } },
    ]);
  });

  test("a hidden first sheet is skipped; --sheet chooses it by name, ignoring case", async () => {
    const bytes = clubWorkbook("xlsx", { hiddenFirst: true });
    expect((await readWorkbook(bytes, { lang: "de" })).sheet).toBe("Mitglieder");
    const chosen = await readWorkbook(bytes, { lang: "de", sheet: "intern" });
    expect(chosen.sheet).toBe("Intern");
    expect(chosen.table).toEqual({ columns: ["Kasse", "E-Mail"], rows: [{ row: 2, cells: ["geheim", "k@example.de"] }] });
  });

  test(".ods: number formats and text cells (SheetJS's ODS writer keeps no dates, currencies or hidden sheets)", async () => {
    const book = utils.book_new();
    const sheet = utils.aoa_to_sheet([["Nr", "PLZ", "Betrag", "E-Mail"], [42, "01067", 1234.5, "j@example.de"]]);
    if (sheet["B2"] === undefined || sheet["A2"] === undefined) throw new Error("fixture");
    sheet["A2"].z = "0000";
    utils.book_append_sheet(book, sheet, "Liste");
    const bytes = new Uint8Array(write(book, { type: "array", bookType: "ods" }) as ArrayBuffer);
    expect((await readWorkbook(bytes, { lang: "de" })).table.rows).toEqual([{ row: 2, cells: ["0042", "01067", "1234,5", "j@example.de"] }]);
    expect((await readWorkbook(bytes, { lang: "en" })).table.rows).toEqual([{ row: 2, cells: ["0042", "01067", "1234.5", "j@example.de"] }]);
  });
});

test("a number format that cannot be rendered exactly: a plain value and a warning naming the column", async () => {
  const sheet = utils.aoa_to_sheet([["E-Mail", "Menge"], ["a@example.de", 1234.5]]);
  if (sheet["B2"] === undefined) throw new Error("fixture");
  sheet["B2"].z = '0.0" Stk'; // an unclosed quote: Excel would refuse it, SheetJS throws
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, "Liste");
  const result = await readWorkbook(new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer), { lang: "de" });
  expect(result.table.rows).toEqual([{ row: 2, cells: ["a@example.de", "1234,5"] }]);
  expect(result.findings).toEqual([
    { row: null, column: "Menge", code: "workbook-format-unsupported", params: { column: "Menge (B)", format: '0.0" Stk' } },
  ]);
  const [finding] = result.findings;
  if (finding === undefined) throw new Error("no finding");
  expect(toIssue(finding, "de").message).toBe(
    "Spalte Menge (B): Das Zahlenformat '0.0\" Stk' lässt sich nicht genau wie in Excel darstellen; die Werte erscheinen in einfacher Form. Prüfen Sie sie in der Vorschau.",
  );
});

describe("hostile and broken workbooks: one clear problem, in German and English", () => {
  const club = clubWorkbook("xlsx");
  const cases: { name: string; bytes: () => Uint8Array; sheet?: string; code: IssueCode; en: RegExp; de: RegExp }[] = [
    {
      name: "a CSV file",
      bytes: () => new TextEncoder().encode("Name;E-Mail\nAnna;a@example.de\n"),
      code: "workbook-unknown-format",
      en: /not an Excel or LibreOffice workbook/,
      de: /keine Excel- oder LibreOffice-Arbeitsmappe/,
    },
    { name: "an empty file", bytes: () => new Uint8Array(0), code: "file-empty", en: /empty/, de: /leer/ },
    {
      name: "a truncated ZIP",
      bytes: () => club.slice(0, Math.floor(club.length / 2)),
      code: "workbook-damaged",
      en: /damaged or incomplete/,
      de: /beschädigt oder unvollständig/,
    },
    {
      name: "a ZIP bomb (the directory declares 3 GB)",
      bytes: () => declaringUnpackedSize(club, 3_000_000_000),
      code: "workbook-unpacks-too-large",
      en: /unpack to 3 GB/,
      de: /entpackt 3 GB/,
    },
    {
      name: "a lying ZIP bomb (its entries unpack to more than they declare)",
      bytes: () => lyingZipBomb(),
      code: "workbook-unpacks-too-large",
      en: /unpacks to more than its own table of contents says/,
      de: /entpackt mehr, als ihr eigenes Inhaltsverzeichnis angibt/,
    },
    {
      name: "a file over the size limit",
      bytes: () => Object.assign(new Uint8Array(WORKBOOK_LIMITS.fileBytes + 1), { 0: 0x50, 1: 0x4b, 2: 3, 3: 4 }),
      code: "workbook-too-large",
      en: /up to 52\.4 MB/,
      de: /bis 52,4 MB/,
    },
    {
      name: "an .xls container with nothing in it",
      bytes: () => Object.assign(new Uint8Array(1024), [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      code: "workbook-damaged",
      en: /damaged/,
      de: /beschädigt/,
    },
    {
      name: "a password-protected .xlsx (a compound file with an EncryptionInfo stream)",
      bytes: () => {
        const bytes = Object.assign(new Uint8Array(1024), [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        [..."EncryptionInfo"].forEach((c, i) => (bytes[512 + 2 * i] = c.charCodeAt(0)));
        return bytes;
      },
      code: "workbook-encrypted",
      en: /protected with a password/,
      de: /mit einem Kennwort geschützt/,
    },
    {
      name: "a sheet that does not exist",
      bytes: () => club,
      sheet: "Mitglieder 2025",
      code: "workbook-sheet-unknown",
      en: /no sheet 'Mitglieder 2025'\. Its sheets are: Mitglieder, Intern\./,
      de: /kein Blatt 'Mitglieder 2025'\. Ihre Blätter sind: Mitglieder, Intern\./,
    },
  ];
  test.each(cases)("$name → $code", async ({ bytes, sheet, code, en, de }) => {
    const result = await readWorkbook(bytes(), sheet === undefined ? { lang: "en" } : { lang: "en", sheet });
    expect(result.table).toEqual({ columns: [], rows: [] });
    expect(result.findings.map((f) => f.code)).toEqual([code]);
    const [finding] = result.findings;
    if (finding === undefined) throw new Error("no finding");
    expect(toIssue(finding, "en").message).toMatch(en);
    expect(toIssue(finding, "de").message).toMatch(de);
  });

  test("only hidden sheets hold values → workbook-no-table", async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([[]]), "Leer");
    utils.book_append_sheet(book, utils.aoa_to_sheet([["E-Mail"], ["a@example.de"]]), "Versteckt");
    book.Workbook = { Sheets: [{ name: "Leer", Hidden: 0 }, { name: "Versteckt", Hidden: 1 }] };
    const bytes = new Uint8Array(write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const result = await readWorkbook(bytes, { lang: "de" });
    expect(result.findings.map((f) => f.code)).toEqual(["workbook-no-table"]);
    // The sheets are still listed, so that the pane can offer the hidden one; the empty one holds nothing to offer.
    expect(result.sheets).toEqual([
      { name: "Leer", hidden: false, holdsValues: false },
      { name: "Versteckt", hidden: true, holdsValues: true },
    ]);
  });
});

/**
 * A copy of a ZIP whose central directory declares `size` unpacked bytes for its first entry: what a ZIP bomb
 * announces.
 */
function declaringUnpackedSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = copy.length - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let entry = view.getUint32(at + 16, true);
    const count = view.getUint16(at + 10, true);
    for (let i = 0; i < count; i += 1) {
      const nameLength = view.getUint16(entry + 28, true);
      if (i === 0) view.setUint32(entry + 24, size, true);
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    return copy;
  }
  throw new Error("not a ZIP");
}

/**
 * A workbook whose every entry claims, in its local header and in the directory, to unpack to at most 100 bytes: how
 * a bomb lies to pass a check of the declared sizes. How much more it really holds does not matter: the reader stops
 * at the first chunk past the declared size.
 */
function lyingZipBomb(): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet([["E-Mail"], ["a@example.de"], ["0".repeat(32_000)]]), "Bombe");
  const zip = new Uint8Array(write(book, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
  const view = new DataView(zip.buffer);
  // Every entry, in the directory and in its local header, claims to unpack to at most 100 bytes.
  for (let at = 0; at + 4 <= zip.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, Math.min(view.getUint32(at + 22, true), 100), true);
    if (signature === 0x02014b50) view.setUint32(at + 24, Math.min(view.getUint32(at + 24, true), 100), true);
  }
  return zip;
}
