import type { CellObject } from "@e965/xlsx";
import type { Lang } from "../../../i18n";
import { cellDisplay } from "./cellDisplay";
import { SHORT_DATE } from "./workbookForTests";

const n = (v: number, z?: string): CellObject => (z === undefined ? { t: "n", v } : { t: "n", v, z });

// cell, then what a German and an English user see, and whether the format is reported as not rendered exactly.
const cases: [string, CellObject | undefined, string, string, boolean?][] = [
  ["no cell", undefined, "", ""],
  ["text that looks like a number", { t: "s", v: "01067" }, "01067", "01067"],
  ["member number 0000", n(42, "0000"), "0042", "0042"],
  ["General", n(1234.5), "1234,5", "1234.5"],
  ["thousands", n(1234567.891, "#,##0.00"), "1.234.567,89", "1,234,567.89"],
  // Money as the reader's language writes it (issue 13): the symbol goes where that language puts it.
  ["euro after the amount", n(-3, '#,##0.00 [$€-407];[Red]-#,##0.00 [$€-407]'), "-3,00 €", "-€3.00"],
  ["euro before the amount", n(120, '"€"#,##0.00'), "120,00 €", "€120.00"],
  ["euro, quoted after the amount", n(1234.5, '#,##0.00 "€"'), "1.234,50 €", "€1,234.50"],
  ["whole euros without grouping", n(1234, '0 €'), "1234 €", "€1234"],
  ["pounds", n(120, '[$£-809]#,##0.00'), "120,00 £", "£120.00"],
  ["dollars by their ISO code", n(120, '#,##0.00 [$USD]'), "120,00 $", "US$120.00"],
  ["negative in parentheses", n(-3, '#,##0.00 €;(#,##0.00 €)'), "-3,00 €", "(€3.00)"],
  ["German accounting format, an amount", n(60, '_-* #,##0.00\\ [$€-407]_-;\\-* #,##0.00\\ [$€-407]_-;_-* "-"??\\ [$€-407]_-;_-@_-'), "60,00 €", "€60.00"],
  ["German accounting format, a refund", n(-60, '_-* #,##0.00\\ [$€-407]_-;\\-* #,##0.00\\ [$€-407]_-;_-* "-"??\\ [$€-407]_-;_-@_-'), "-60,00 €", "-€60.00"],
  ["German accounting format, zero stays Excel's dash", n(0, '_-* #,##0.00\\ [$€-407]_-;\\-* #,##0.00\\ [$€-407]_-;_-* "-"??\\ [$€-407]_-;_-@_-'), "-   €", "-   €"],
  ["a symbol Rundmail does not know stays as written", n(120, '#,##0.00 "kr"'), "120,00 kr", "120.00 kr"],
  ["two symbols: not a plain amount", n(120, '"€"#,##0.00 "€"'), "€120,00 €", "€120.00 €"],
  ["literal text with a dot stays", n(5, '"Nr." 0'), "Nr. 5", "Nr. 5"],
  ["percent", n(0.255, "0.0%"), "25,5%", "25.5%"],
  ["format 14 in the reader's locale", n(43525, SHORT_DATE), "01.03.2019", "01/03/2019"],
  ["format 22", n(43525.75, "m/d/yy h:mm"), "01.03.2019 18:00", "01/03/2019 18:00"],
  ["German date code (SheetJS cannot render it)", n(43525, "dd.mm.yyyy"), "01.03.2019", "01.03.2019"],
  ["escaped dots and a locale tag", n(43525, "[$-407]dd\\.mm\\.yyyy"), "01.03.2019", "01.03.2019"],
  ["month and weekday names in the user's language", n(43525, "dddd, d. mmmm yyyy"), "Freitag, 1. März 2019", "Friday, 1. March 2019"],
  ["Excel's system long date follows the reader's locale", n(43525, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"), "Freitag, 1. März 2019", "Friday, 1 March 2019"],
  ["Excel's system time", n(0.75, "[$-F400]h:mm:ss\\ AM/PM"), "18:00:00", "18:00:00"],
  ["minutes, not months, after hours", n(0.5 + 5 / 1440, "hh:mm"), "12:05", "12:05"],
  ["12-hour clock", n(0.75, "h:mm AM/PM"), "6:00 PM", "6:00 PM"],
  ["elapsed hours (SheetJS renders them)", n(1.5, "[h]:mm"), "36:00", "36:00"],
  ["a 1904 workbook is handled by the caller's flag, here off", n(0, "yyyy-mm-dd"), "1899-12-31", "1899-12-31"],
  ["a code nobody can render: plain number, reported", n(1234.5, '0.0"x'), "1234,5", "1234.5", true],
  ["a date code nobody can render: the short date, reported", n(43525, 'dd.mm.yyyy"'), "01.03.2019", "01/03/2019", true],
  ["TRUE", { t: "b", v: true }, "WAHR", "TRUE"],
  ["an error cell", { t: "e", v: 42, w: "#N/A" }, "#N/A", "#N/A"],
];

describe.each(["de", "en"] as const)("as a %s user sees it", (lang: Lang) => {
  for (const [name, cell, de, en, reported] of cases) {
    test(name, () => {
      const shown = cellDisplay(cell, lang, false);
      expect(shown.text).toBe(lang === "de" ? de : en);
      expect(shown.unsupportedFormat !== undefined).toBe(reported === true);
    });
  }
});

test("1904 date system", () => {
  expect(cellDisplay(n(0, "yyyy-mm-dd"), "de", true).text).toBe("1904-01-01");
});
