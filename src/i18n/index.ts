// One place for languages: which there are, how each writes numbers and dates, and how a person's language is found.
export { CONVENTIONS, DEFAULT_LANG, LANGUAGES, csvDelimiterOf, isLang, localeOf, type Lang, type LanguageConventions } from "./languages";
export { languageFromEnv, languageFromTag } from "./detect";
export { clockTime, dateTime, dayMonth, duration, formatBytes, formatMebibytes, formatNumber, plural, sendTime } from "./format";
