// Numbers, sizes, dates and times as each language writes them. Times are shown in the device's time zone.
import { CONVENTIONS, localeOf, type Lang } from "./languages";
import { FORMAT_WORDS } from "./formatWords";

/** One formatter per language for plain numbers: toLocaleString builds one on every call. */
const PLAIN_FORMATS = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  if (options !== undefined) return n.toLocaleString(localeOf(lang), options);
  // A step's "1 of 5" needs no Intl: the pane's first paint then does not wait for the locale's number data, which
  // Chromium loads on the first use (about 10 ms of the open, profiled; issue 11).
  if (CONVENTIONS[lang].plainSmallNumbers && Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let format = PLAIN_FORMATS.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(localeOf(lang));
    PLAIN_FORMATS.set(lang, format);
  }
  return format.format(n);
}

/** "3 rows" / "3 Zeilen": the number in the language's way, then the singular or the plural word. */
export function plural(n: number, one: string, many: string, lang: Lang): string {
  return `${formatNumber(n, lang)} ${n === 1 ? one : many}`;
}

/** Sizes are given in bytes and written the way each language writes numbers (25.3 MB / 25,3 MB). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(value, lang, { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** A limit as the rest of Rundmail names it: whole mebibytes called "MB" ("150 MB" for 150 MiB, as in the core's attachment messages). */
export function formatMebibytes(bytes: number, lang: Lang): string {
  return `${formatNumber(Math.round(bytes / (1024 * 1024)), lang)} MB`;
}

/** A moment as people say it in each language: "28 Nov, 10:42" / "28. Nov., 10:42". */
export function dateTime(ms: number, lang: Lang): string {
  // A moment that is not one (a damaged record) says nothing rather than throw inside a render.
  if (!Number.isFinite(ms)) return "—";
  return new Intl.DateTimeFormat(localeOf(lang), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(
    new Date(ms),
  );
}

/**
 * A moment far enough ahead to need its weekday and year: when scheduled messages leave. "Monday 7 December 2026 at
 * 08:00" / "Montag, 7. Dezember 2026 um 08:00", in the user's time zone.
 */
export function sendTime(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return "—";
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "full", timeStyle: "short" }).format(new Date(ms));
}

/** A day as people say it in each language: "3 Dec" / "3. Dez." (the year goes without saying for a recent run). */
export function dayMonth(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return "—";
  return new Intl.DateTimeFormat(localeOf(lang), { day: "numeric", month: "short" }).format(new Date(ms));
}

/** A time of day as people read it in each language: "10:42" (24-hour in en-GB and de-DE). */
export function clockTime(ms: number, lang: Lang): string {
  if (!Number.isFinite(ms)) return "—";
  return new Intl.DateTimeFormat(localeOf(lang), { hour: "2-digit", minute: "2-digit" }).format(new Date(ms));
}

/** "3 minutes" / "3 Minuten"; under a minute in seconds, above an hour in hours and minutes. */
export function duration(seconds: number, lang: Lang): string {
  const words = FORMAT_WORDS[lang];
  const s = Math.max(0, Math.round(seconds));
  const unit = (n: number, [one, many]: readonly [string, string]): string => plural(n, one, many, lang);
  if (s < 60) return unit(s, words.seconds);
  const minutes = Math.round(s / 60);
  if (minutes < 60) return unit(minutes, words.minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? unit(hours, words.hours) : `${unit(hours, words.hours)} ${unit(rest, words.minutes)}`;
}
