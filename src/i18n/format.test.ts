import { clockTime, dateTime, dayMonth, duration, formatBytes, formatMebibytes, formatNumber } from "./format";
import { CONVENTIONS, LANGUAGES, csvDelimiterOf, isLang } from "./languages";

test.each([
  [0, "en", "0 B"],
  [999, "en", "999 B"],
  [25_300_000, "en", "25.3 MB"],
  [25_300_000, "de", "25,3 MB"],
  [150_000_000, "de", "150 MB"],
  [2_500_000_000, "en", "2.5 GB"],
] as const)("formatBytes(%p, %p) = %p", (bytes, lang, text) => {
  expect(formatBytes(bytes, lang)).toBe(text);
});

test.each([
  [5, "en", "5 seconds"],
  [1, "de", "1 Sekunde"],
  [180, "en", "3 minutes"],
  [3600, "de", "1 Stunde"],
  [3 * 3600 + 60, "en", "3 hours 1 minute"],
  [-4, "en", "0 seconds"],
] as const)("duration(%p, %p) = %p", (seconds, lang, text) => {
  expect(duration(seconds, lang)).toBe(text);
});

test("numbers, sizes in MiB, dates and times follow each language's locale", () => {
  expect(formatNumber(12345, "en")).toBe("12,345");
  expect(formatNumber(12345, "de")).toBe("12.345");
  expect(formatMebibytes(50 * 1024 * 1024, "de")).toBe("50 MB");
  const moment = new Date(2026, 10, 28, 10, 42).getTime();
  expect(clockTime(moment, "en")).toBe("10:42");
  expect(clockTime(moment, "de")).toBe("10:42");
  expect(dateTime(moment, "en")).toBe("28 Nov, 10:42");
  expect(dateTime(moment, "de")).toMatch(/^28\. Nov\.?, 10:42$/);
  expect(dateTime(Number.NaN, "en")).toBe("—");
  expect(clockTime(Number.POSITIVE_INFINITY, "de")).toBe("—");
});

test.each([
  ["en", new Date(2026, 11, 3, 10, 14).getTime(), /^3 Dec$/],
  ["de", new Date(2026, 11, 3, 10, 14).getTime(), /^3\. Dez\.?$/],
  ["en", Number.NaN, /^—$/],
] as const)("dayMonth in %s: the day of a run, as 'created on 3 Dec at 10:14' says it", (lang, ms, expected) => {
  expect(dayMonth(ms, lang)).toMatch(expected);
});

test("every language has its conventions; the report's delimiter is ';' for German Excel, ',' otherwise", () => {
  for (const lang of LANGUAGES) expect(CONVENTIONS[lang].locale).toMatch(new RegExp(`^${lang}-`));
  expect(csvDelimiterOf("de")).toBe(";");
  expect(csvDelimiterOf("en")).toBe(",");
  expect(isLang("de")).toBe(true);
  expect(isLang("fr")).toBe(false);
  expect(isLang(undefined)).toBe(false);
});

test.each(LANGUAGES.filter((lang) => CONVENTIONS[lang].plainSmallNumbers))(
  "%s writes 0 to 999 as plain digits, as the fast path in formatNumber assumes",
  (lang) => {
    const intl = new Intl.NumberFormat(CONVENTIONS[lang].locale);
    for (let n = 0; n < 1000; n += 1) expect(intl.format(n)).toBe(String(n));
    // And the numbers around it still go through Intl.
    expect([formatNumber(999, lang), formatNumber(1000, lang), formatNumber(2.5, lang), formatNumber(-1, lang)]).toEqual([999, 1000, 2.5, -1].map((n) => intl.format(n)));
  },
);
