// Workbooks for the tests, written by SheetJS's own writer: cell formats (z), cached formula values, hyperlinks,
// hidden sheets, merges and hidden rows, as .xlsx, .xls (BIFF8) or .ods. Not used by the product.
import { utils, write, type CellObject, type WorkSheet } from "@e965/xlsx";

export type BookType = "xlsx" | "biff8" | "ods";

const num = (v: number, z?: string): CellObject => (z === undefined ? { t: "n", v } : { t: "n", v, z });
const str = (v: string): CellObject => ({ t: "s", v });

/** SheetJS's text for built-in format 14, Excel's short date in the reader's locale. */
export const SHORT_DATE = "m/d/yy";
export const EURO = '#,##0.00 "€"';

/**
 * A German club's member list on the sheet "Mitglieder", starting at B2 (row 1 and column A are empty, as people
 * leave them), with a hidden row 5, merged cells in row 6 and a hidden sheet "Intern" after it (or before it, with
 * hiddenFirst: the default must then skip it).
 */
export function clubWorkbook(bookType: BookType, options: { hiddenFirst?: boolean } = {}): Uint8Array {
  const members: (CellObject | null)[][] = [
    [],
    [null, str("Nr"), str("Vorname"), str("E-Mail"), str("PLZ"), str("Beitrag"), str("Eintritt"), str("Geburtstag"), str("Doppelt"), str("Web")],
    [null, num(42, "0000"), str("Jürgen"), str("j@example.de"), str("01067"), num(120, EURO), num(43525, SHORT_DATE), num(23451, "dd.mm.yyyy"), { t: "n", v: 240, f: "F3*2" }, { t: "s", v: "Verein", l: { Target: "https://example.de/" } }],
    [null, num(7, "0000"), str("Anna"), str("a@example.de"), str("10115"), num(1234.5, EURO), num(43800, SHORT_DATE), num(30000, "d. mmmm yyyy"), { t: "n", v: 2469, f: "F4*2" }, str("")],
    [null, num(8, "0000"), str("Ben"), str("b@example.de"), str("80331"), num(0.5, EURO), num(44000, SHORT_DATE), num(30001, "dd.mm.yyyy"), num(1), str("")],
    [null, num(9, "0000"), str("Cem"), str("c@example.de"), str("20095"), num(10, EURO), num(44001, SHORT_DATE), num(30002, "dd.mm.yyyy"), num(20), str("Vorstand")],
    [],
  ];
  const sheet = utils.aoa_to_sheet(members.map((row) => row.map((cell) => cell ?? undefined)));
  sheet["!merges"] = [utils.decode_range("J6:K6")];
  sheet["!rows"] = [];
  sheet["!rows"][4] = { hidden: true };
  const intern: WorkSheet = utils.aoa_to_sheet([["Kasse", "E-Mail"], ["geheim", "k@example.de"]]);
  const book = utils.book_new();
  const sheets: [string, WorkSheet, 0 | 1][] = [
    ["Mitglieder", sheet, 0],
    ["Intern", intern, 1],
  ];
  if (options.hiddenFirst === true) sheets.reverse();
  for (const [name, ws] of sheets) utils.book_append_sheet(book, ws, name);
  book.Workbook = { Sheets: sheets.map(([name, , hidden]) => ({ name, Hidden: hidden })) };
  return workbookBytes(book, bookType);
}

/** A plain sheet of rows (strings and numbers as given). */
export function simpleWorkbook(rows: readonly (readonly (string | number)[])[], bookType: BookType = "xlsx", sheetName = "Tabelle1"): Uint8Array {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows.map((row) => [...row])), sheetName);
  return workbookBytes(book, bookType);
}

function workbookBytes(book: ReturnType<typeof utils.book_new>, bookType: BookType): Uint8Array {
  return new Uint8Array(write(book, { type: "array", bookType, cellStyles: true }) as ArrayBuffer);
}
