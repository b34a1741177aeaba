// An amount in a currency format, as the user's language writes money: "120,00 €" for a German reader, "€120.00"
// for an English one (issue 13), whichever side of the number the workbook's author put the symbol. Excel itself keeps
// the author's order; the issue asks for the reader's, as a letter in that language would write it. Only plain
// currency formats are read this way (a symbol, a number with or without grouping and fixed decimals, a minus or
// parentheses for negatives); anything else is left to SheetJS's rendering of the format (cellDisplay.ts).
import { localeOf, type Lang } from "../../../i18n";

/** Symbols as they stand in formats, and the ISO 4217 codes Intl needs. A locale tag may carry the code itself. */
const SYMBOLS: Readonly<Record<string, string>> = { "€": "EUR", $: "USD", "£": "GBP", "¥": "JPY", CHF: "CHF", EUR: "EUR", USD: "USD", GBP: "GBP" };

interface CurrencySection {
  readonly currency: string;
  readonly decimals: number;
  readonly grouping: boolean;
  /** The negative section writes (120,00) rather than -120,00. */
  readonly parentheses: boolean;
}

/** Format sections are separated by semicolons outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const c of format) {
    if (c === '"') quoted = !quoted;
    if (c === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += c;
  }
  out.push(current);
  return out;
}

/** One section read as "symbol + number" (either order), or null when it is anything more. */
function readSection(section: string, negative: boolean): CurrencySection | null {
  let rest = section.replace(/\[(Red|Black|Blue|Green|Cyan|Magenta|White|Yellow|Color\s?\d+)\]/gi, "");
  const symbols: string[] = [];
  // [$€-407] or [$EUR] (a symbol, maybe a locale), "€" (quoted), or a bare symbol.
  rest = rest.replace(/\[\$([^\]-]+)(?:-[0-9A-Fa-f]+)?\]|"([^"]*)"|(€|£|¥|\$)/g, (_match, tagged?: string, quoted?: string, bare?: string) => {
    symbols.push((tagged ?? quoted ?? bare ?? "").trim());
    return "";
  });
  // Padding (_-, _)), fill (* ) and spaces carry no meaning for the reader's own layout; \- is a plain minus.
  rest = rest.replace(/_.|\*./g, "").replace(/\\(.)/g, "$1").replace(/ /g, "");
  let parentheses = false;
  if (negative) {
    if (rest.startsWith("(") && rest.endsWith(")")) {
      parentheses = true;
      rest = rest.slice(1, -1);
    } else if (rest.startsWith("-")) rest = rest.slice(1);
    else return null;
  }
  const number = /^(#,##0|0)(?:\.(0+))?$/.exec(rest);
  const symbol = symbols[0];
  if (number === null || symbols.length !== 1 || symbol === undefined) return null;
  // Intl takes at most 20 fraction digits here (Excel shows 30); a longer code is no amount anyone writes.
  if ((number[2]?.length ?? 0) > 20) return null;
  const currency = SYMBOLS[symbol];
  if (currency === undefined) return null;
  return { currency, decimals: number[2]?.length ?? 0, grouping: number[1] === "#,##0", parentheses };
}

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** The amount as the user's language writes it; null where the format is no plain currency format. */
export function currencyDisplay(value: number, format: string, lang: Lang): string | null {
  const parts = sections(format);
  // A third section is for zero (accounting's "-"): SheetJS renders that one.
  if (parts.length > 4 || (value === 0 && parts.length >= 3)) return null;
  const positive = readSection(parts[0] ?? "", false);
  if (positive === null) return null;
  const negativePart = parts[1];
  const negative = negativePart === undefined ? null : readSection(negativePart, true);
  if (negativePart !== undefined && (negative === null || negative.currency !== positive.currency)) return null;
  const { currency, decimals, grouping } = value < 0 && negative !== null ? negative : positive;
  const accounting = value < 0 && negative?.parentheses === true;
  const key = `${lang}|${currency}|${decimals}|${grouping}|${accounting}`;
  let formatter = FORMATTERS.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(localeOf(lang), {
      style: "currency",
      currency,
      currencySign: accounting ? "accounting" : "standard",
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    FORMATTERS.set(key, formatter);
  }
  // Intl joins amount and symbol with a no-break space; Excel and a CSV export write a plain one.
  return formatter.format(value).replace(/[\u00a0\u202f]/g, " ");
}
