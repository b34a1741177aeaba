// The languages Rundmail speaks. Everything else is derived from this list: adding a language here makes the
// compiler name every table and setting that still lacks it (each is a Record<Lang, …>).
export const LANGUAGES = ["en", "de"] as const;

export type Lang = (typeof LANGUAGES)[number];

/** The language used when nothing asks for another. */
export const DEFAULT_LANG: Lang = "en";

export function isLang(value: unknown): value is Lang {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** What each language writes differently besides its words. */
export interface LanguageConventions {
  /** The BCP 47 locale for numbers, dates and times. */
  readonly locale: string;
  /** The CSV delimiter a spreadsheet in this language opens without asking: German Excel expects ";". */
  readonly csvDelimiter: "," | ";";
  /**
   * Whole numbers from 0 to 999 are written as plain ASCII digits, as String(n) writes them (no grouping, no other
   * digits): then they need no Intl formatter (format.test.ts checks the claim against Intl for every language).
   */
  readonly plainSmallNumbers: boolean;
}

export const CONVENTIONS: Readonly<Record<Lang, LanguageConventions>> = {
  en: { locale: "en-GB", csvDelimiter: ",", plainSmallNumbers: true },
  de: { locale: "de-DE", csvDelimiter: ";", plainSmallNumbers: true },
};

export function localeOf(lang: Lang): string {
  return CONVENTIONS[lang].locale;
}

export function csvDelimiterOf(lang: Lang): "," | ";" {
  return CONVENTIONS[lang].csvDelimiter;
}
