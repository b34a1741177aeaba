// A cell's value as the user sees it in Excel, in the user's language: the workbook's number format applied, with
// the language's decimal and thousands separators, and an amount of money as the language writes it (currencyFormat.ts). Never the stored serial number of a date.
import { SSF as untypedSsf, type CellObject } from "@e965/xlsx";
import { localeOf, type Lang } from "../../../i18n";
import { currencyDisplay } from "./currencyFormat";
import { dateFormatter, dateOfSerial, formatDate } from "./dateFormat";

export interface CellDisplay {
  readonly text: string;
  /** The number format could not be rendered faithfully: the text is a plain rendering of the value. */
  readonly unsupportedFormat?: string;
}

/** SheetJS's name for built-in format 14, the short date whose look follows the reader's system locale. */
const SYSTEM_SHORT_DATE = "m/d/yy";
/** Built-in 22, the short date and time, likewise locale-dependent. */
const SYSTEM_DATE_TIME = "m/d/yy h:mm";

/** SheetJS types its formatter as `any`; these are the two functions used, as its documentation gives them. */
const SSF = untypedSsf as { format(code: string, value: number): string; is_date(code: string): boolean };

/** Each language's decimal separator, found once (toLocaleString builds a formatter on every call). */
const DECIMAL: Readonly<Record<Lang, string>> = { en: decimalOf("en"), de: decimalOf("de") };

function decimalOf(lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang)).format(0.5).charAt(1);
}

/** A sheet has a handful of formats and up to millions of cells: each format is classified once. */
const MAX_CACHED = 1000;
const DATE_FORMATS = new Map<string, boolean>();

function isDateFormat(format: string): boolean {
  let known = DATE_FORMATS.get(format);
  if (known === undefined) {
    known = SSF.is_date(format);
    if (DATE_FORMATS.size >= MAX_CACHED) DATE_FORMATS.clear(); // a crafted file may hold thousands of formats
    DATE_FORMATS.set(format, known);
  }
  return known;
}

const BOOLEAN: Readonly<Record<Lang, readonly [string, string]>> = { en: ["TRUE", "FALSE"], de: ["WAHR", "FALSCH"] };

export function cellDisplay(cell: CellObject | undefined, lang: Lang, date1904: boolean): CellDisplay {
  if (cell === undefined || cell.v === undefined || cell.v === null) return { text: "" };
  switch (cell.t) {
    case "s":
      return { text: String(cell.v) };
    case "b":
      return { text: cell.v === true ? BOOLEAN[lang][0] : BOOLEAN[lang][1] };
    case "e":
      // Excel's error text ("#N/A"), as SheetJS keeps it.
      return { text: cell.w ?? "#N/A" };
    case "n":
      return numberDisplay(Number(cell.v), typeof cell.z === "string" ? cell.z : "General", lang, date1904);
    default:
      return { text: String(cell.v) };
  }
}

function numberDisplay(value: number, format: string, lang: Lang, date1904: boolean): CellDisplay {
  if (format === "General" || format === "@") return { text: localSeparators(SSF.format("General", value), lang) };
  if (isDateFormat(format)) {
    if (format === SYSTEM_SHORT_DATE) return { text: shortDate(value, lang, date1904) };
    if (format === SYSTEM_DATE_TIME) return { text: `${shortDate(value, lang, date1904)} ${formatDate("hh:mm", value, lang, date1904) ?? ""}` };
    const text = formatDate(format, value, lang, date1904) ?? ssf(format, value, lang);
    return text !== null ? { text } : { text: shortDate(value, lang, date1904), unsupportedFormat: format };
  }
  const money = currencyDisplay(value, format, lang);
  if (money !== null) return { text: money };
  const text = ssf(format, value, lang);
  return text !== null ? { text } : { text: localSeparators(SSF.format("General", value), lang), unsupportedFormat: format };
}

/** SheetJS's rendering (en-US separators) with the language's separators; null where SheetJS cannot render the code. */
function ssf(format: string, value: number, lang: Lang): string | null {
  try {
    // Padding at the ends (_- and _) in accounting formats) lines up a column in Excel; merged into a sentence it is
    // only stray space.
    return localSeparators(SSF.format(format, value), lang).trim();
  } catch {
    // SheetJS throws strings, not Errors, for codes it does not know.
    return null;
  }
}

/** dd.mm.yyyy (German), dd/mm/yyyy (British English): the user's own short date, as Excel shows format 14. */
function shortDate(value: number, lang: Lang, date1904: boolean): string {
  return dateFormatter(lang, { day: "2-digit", month: "2-digit", year: "numeric" }).format(dateOfSerial(value, date1904));
}

/**
 * SheetJS writes "1,234.50"; a German reader expects "1.234,50". Only separators between digits are swapped, so
 * literal text in the format ("Stk.", "Nr.") stays as it is.
 */
function localSeparators(text: string, lang: Lang): string {
  const decimal = DECIMAL[lang];
  if (decimal === ".") return text;
  return text.replace(/(?<=\d)[.,](?=\d)/g, (c) => (c === "." ? decimal : "."));
}
