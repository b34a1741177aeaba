// A date/time number format rendered in the user's language. SheetJS's formatter throws on "dd.mm.yyyy" (the
// usual German code) and writes English month names, so date codes are rendered here: month and weekday names come
// from Intl in the user's locale, everything else as the code says.
import { localeOf, type Lang } from "../../../i18n";

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 system is 1899-12-30 once Lotus's phantom 29 Feb 1900 (serial 60) is behind us. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** The 1904 system (old Mac workbooks) counts from 1904-01-01. */
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The moment a date serial stands for, as a UTC Date (workbooks have no time zone). */
export function dateOfSerial(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial : serial < 61 ? serial + 1 : serial;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(days * DAY_MS / 1000) * 1000;
  return new Date(ms);
}

/** Intl formatters are costly to build and a column of dates uses the same few: built once per language and options. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let formatter = FORMATTERS.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: "UTC" });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

type Token = { kind: "text"; text: string } | { kind: "part"; code: string };

/**
 * Renders a date code's first section, or null where the code asks for what is not done here (elapsed times such
 * as [h]:mm, fractions of seconds, era years): the caller then tries SheetJS's formatter.
 */
export function formatDate(code: string, serial: number, lang: Lang, date1904: boolean): string | null {
  const date = dateOfSerial(serial, date1904);
  // Excel's "system" long date and time ([$-F800], [$-F400]) follow the reader's regional settings, not the code.
  if (/\[\$-F800\]/i.test(code)) return dateFormatter(lang, { dateStyle: "full" }).format(date);
  if (/\[\$-F400\]/i.test(code)) return dateFormatter(lang, { timeStyle: "medium" }).format(date);
  const tokens = tokensOf(code);
  if (tokens === null) return null;
  const twelveHour = tokens.some((t) => t.kind === "part" && /^(am\/pm|a\/p)$/i.test(t.code));
  const name = (options: Intl.DateTimeFormatOptions): string => dateFormatter(lang, options).format(date);
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return tokens
    .map((token, i) => {
      if (token.kind === "text") return token.text;
      const code = token.code.toLowerCase();
      if (code.startsWith("y")) return code.length <= 2 ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
      if (code.startsWith("d")) {
        if (code.length >= 4) return name({ weekday: "long" });
        if (code.length === 3) return name({ weekday: "short" });
        return pad(date.getUTCDate(), code.length);
      }
      if (code.startsWith("m")) {
        if (code.length <= 2 && isMinute(tokens, i)) return pad(date.getUTCMinutes(), code.length);
        if (code.length === 5) return name({ month: "long" }).charAt(0);
        if (code.length >= 4) return name({ month: "long" });
        if (code.length === 3) return name({ month: "short" });
        return pad(date.getUTCMonth() + 1, code.length);
      }
      if (code.startsWith("h")) {
        const hours = date.getUTCHours();
        return pad(twelveHour ? ((hours + 11) % 12) + 1 : hours, Math.min(code.length, 2));
      }
      if (code.startsWith("s")) return pad(date.getUTCSeconds(), Math.min(code.length, 2));
      const pm = date.getUTCHours() >= 12;
      return code === "a/p" ? (pm ? "p" : "a") : pm ? "PM" : "AM";
    })
    .join("");
}

/** "m" after an hour or before a second is minutes, as in Excel. */
function isMinute(tokens: readonly Token[], i: number): boolean {
  const near = (step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
      const t = tokens[j];
      if (t?.kind === "part") return t.code.toLowerCase().charAt(0);
    }
    return undefined;
  };
  return near(-1) === "h" || near(1) === "s";
}

function firstSection(code: string): string {
  let quoted = false;
  for (let i = 0; i < code.length; i += 1) {
    const c = code[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\\") i += 1;
    else if (c === ";" && !quoted) return code.slice(0, i);
  }
  return code;
}

/** Tokens per format code, each code read once (null: not rendered here). */
const MAX_CACHED = 1000;
const TOKENS = new Map<string, Token[] | null>();

function tokensOf(code: string): Token[] | null {
  let tokens = TOKENS.get(code);
  if (tokens === undefined) {
    tokens = tokenize(firstSection(code));
    if (TOKENS.size >= MAX_CACHED) TOKENS.clear(); // a crafted file may hold thousands of formats
    TOKENS.set(code, tokens);
  }
  return tokens;
}

const PART = /^(am\/pm|a\/p|y+|m+|d+|h+|s+)/i;

function tokenize(section: string): Token[] | null {
  const tokens: Token[] = [];
  let rest = section;
  while (rest !== "") {
    const c = rest.charAt(0);
    if (c === '"') {
      const close = rest.indexOf('"', 1);
      if (close < 0) return null;
      tokens.push({ kind: "text", text: rest.slice(1, close) });
      rest = rest.slice(close + 1);
    } else if (c === "\\") {
      tokens.push({ kind: "text", text: rest.charAt(1) });
      rest = rest.slice(2);
    } else if (c === "[") {
      const close = rest.indexOf("]");
      if (close < 0) return null;
      const inside = rest.slice(1, close);
      // [$-407] names a locale and [Red] a colour: neither is shown. [$€-407] shows its symbol. [h] is elapsed time.
      if (inside.startsWith("$")) tokens.push({ kind: "text", text: inside.slice(1).split("-")[0] ?? "" });
      else if (/^[hms]+$/i.test(inside)) return null;
      rest = rest.slice(close + 1);
    } else if (c === "_") {
      // "_x" leaves the width of x blank: a space is what a reader sees.
      tokens.push({ kind: "text", text: " " });
      rest = rest.slice(2);
    } else if (c === "*") {
      rest = rest.slice(2);
    } else if (c === "." && /^\.0/.test(rest)) {
      return null; // fractions of a second
    } else if (c === "e" || c === "g" || c === "b" || c === "E" || c === "G" || c === "B") {
      return null; // era and Buddhist years
    } else {
      const part = PART.exec(rest);
      if (part) {
        tokens.push({ kind: "part", code: part[0] });
        rest = rest.slice(part[0].length);
      } else {
        tokens.push({ kind: "text", text: c === "@" ? "" : c });
        rest = rest.slice(1);
      }
    }
  }
  return tokens;
}
