// The salutation helper (issue 12): the usual opening line, written as template sections from the columns the list
// has, instead of nested sections typed by hand. German lists say "Frau"/"Herr" in an Anrede column and perhaps a
// Titel ("Dr."); the line is formal where the Anrede says so and neutral otherwise — also for values it does not know
// ("Divers", "Firma", empty), so that nobody gets a message without a salutation or with a wrong one.
import type { Lang } from "../../i18n";
import { normaliseFieldName, normaliseValue } from "./normalise";

export interface SalutationColumns {
  readonly salutation: string | null;
  readonly title: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
}

/** The line as template text; `formal` when some rows get "Sehr geehrte Frau …" rather than the neutral line. */
export interface Salutation {
  readonly text: string;
  readonly formal: boolean;
}

/** Header names each part goes by, as normalised field names, most specific first. */
const NAMES: { readonly [K in keyof SalutationColumns]: readonly string[] } = {
  salutation: ["anrede", "briefanrede", "ansprache", "salutation"],
  title: ["titel", "akademischer titel", "akad. titel", "title"],
  firstName: ["vorname", "first name", "firstname", "given name"],
  lastName: ["nachname", "familienname", "last name", "lastname", "surname", "name"],
};

type Form = "female" | "male";
/** Anrede values that ask for the formal line (normalised). */
const FORMS: Readonly<Record<string, Form>> = {
  frau: "female",
  fr: "female",
  "fr.": "female",
  ms: "female",
  "ms.": "female",
  mrs: "female",
  "mrs.": "female",
  herr: "male",
  hr: "male",
  "hr.": "male",
  mr: "male",
  "mr.": "male",
};

interface Words {
  readonly formal: Readonly<Record<Form, string>>;
  readonly neutral: string;
  readonly bare: string;
}

const WORDS: Readonly<Record<Lang, Words>> = {
  de: { formal: { female: "Sehr geehrte Frau", male: "Sehr geehrter Herr" }, neutral: "Guten Tag", bare: "Guten Tag," },
  en: { formal: { female: "Dear Ms", male: "Dear Mr" }, neutral: "Dear", bare: "Hello," },
};

/** The list's columns for each part of a salutation, found by their headers; null where the list has none. */
export function salutationColumns(columns: readonly string[]): SalutationColumns {
  const usable = columns.filter(writable);
  const find = (names: readonly string[]): string | null => {
    for (const name of names) {
      const found = usable.find((column) => normaliseFieldName(column) === name);
      if (found !== undefined) return found;
    }
    return null;
  };
  return { salutation: find(NAMES.salutation), title: find(NAMES.title), firstName: find(NAMES.firstName), lastName: find(NAMES.lastName) };
}

/** A name or value that can stand inside `{{…}}` as written. */
function writable(text: string): boolean {
  return text.trim() !== "" && !/[{}=|#^/\r\n]/.test(text);
}

/**
 * The salutation line for a list with these columns, whose Anrede column (if any) holds `salutationValues`; null when
 * the list has no column a salutation could use. Each Anrede value the list uses that asks for the formal line gets
 * its own section (as written in the list, so "Fr." works as well as "Frau"); every other row, empty or not, gets the
 * neutral line, through sections that differ from each of those values.
 */
export function salutationTemplate(columns: readonly string[], salutationValues: readonly string[], lang: Lang): Salutation | null {
  const found = salutationColumns(columns);
  const words = WORDS[lang];
  const field = (column: string): string => `{{${column}}}`;
  /** The column's value and a space after it, only where the row has one: no double space for an empty cell. */
  const spaced = (column: string | null): string => (column === null ? "" : `{{#${column}}}${field(column)} {{/${column}}}`);
  const title = spaced(found.title);
  const name = found.lastName === null ? (found.firstName === null ? null : field(found.firstName)) : spaced(found.firstName) + field(found.lastName);
  const neutral = name === null ? words.bare : `${words.neutral} ${title}${name},`;
  if (found.salutation === null || found.lastName === null) return name === null ? null : { text: neutral, formal: false };

  const anrede = found.salutation;
  const formal = new Map<string, { value: string; form: Form }>();
  for (const value of salutationValues) {
    const key = normaliseValue(value);
    const form = FORMS[key];
    if (form !== undefined && writable(value) && !formal.has(key)) formal.set(key, { value: value.trim(), form });
  }
  if (formal.size === 0) return { text: neutral, formal: false };
  const formalLines = [...formal.values()].map(
    ({ value, form }) => `{{#${anrede}=${value}}}${words.formal[form]} ${title}${field(found.lastName as string)},{{/${anrede}}}`,
  );
  const opens = [...formal.values()].map(({ value }) => `{{^${anrede}=${value}}}`).join("");
  const closes = `{{/${anrede}}}`.repeat(formal.size);
  return { text: formalLines.join("") + opens + neutral + closes, formal: true };
}
