// The list issue 12 is about, shared by the drafts, drafts --imap and send tests: five rows, two of them broken — two
// addresses in one cell (row 3) and "name(at)example.de" (row 5) — and what the command must say about them in each
// language: each row by its spreadsheet row number with its reason, and how to exclude them.
import Papa from "papaparse";
import { people, type Person } from "./smtpScenario";

const [first, second, third] = people(3);

export const LIST_WITH_TWO_BROKEN_ROWS: readonly Person[] = [
  first!,
  { first: "Ben", last: "Doppelt", email: "ben@example.de, carl@example.de", nr: "2001" },
  second!,
  { first: "Dora", last: "Klammer", email: "name(at)example.de", nr: "2002" },
  third!,
];

/** The three valid rows' addresses, in list order. */
export const VALID_ADDRESSES = [first!.email, second!.email, third!.email];

export interface LanguageCase {
  readonly lang: "en" | "de";
  readonly delimiter: "," | ";";
  /** Each broken row as the errors list names it. */
  readonly rowErrors: readonly RegExp[];
  /** The refusal names both rows and tells about --skip-invalid. */
  readonly refusal: (nothing: string) => RegExp;
  readonly excluded: string;
}

export const LANGUAGE_CASES: readonly LanguageCase[] = [
  {
    lang: "en",
    delimiter: ",",
    rowErrors: [/Row 3: The cell holds 2 addresses/, /Row 5: 'name\(at\)example\.de' is not an e-mail address/],
    refusal: (nothing) => new RegExp(`${nothing}: 2 rows have errors \\(rows 3, 5, listed above\\)\\. Correct them, or add --skip-invalid`),
    excluded: "excluded",
  },
  {
    lang: "de",
    delimiter: ";",
    rowErrors: [/Zeile 3: Die Zelle enthält 2 Adressen/, /Zeile 5: 'name\(at\)example\.de' ist keine E-Mail-Adresse/],
    refusal: (nothing) => new RegExp(`${nothing}: 2 Zeilen haben Fehler \\(Zeilen 3, 5, oben aufgeführt\\)\\. Beheben Sie sie, oder .* mit --skip-invalid`),
    excluded: "ausgelassen",
  },
];

/** report.csv's rows (without the header) as [row, address, status, detail]. */
export function reportRows(csv: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data.slice(1);
}

/** The two excluded rows of a report: their numbers, status and that the reason names them. */
export function expectExcluded(rows: readonly string[][], c: LanguageCase): void {
  const excluded = rows.filter((r) => r[2] === c.excluded);
  expect(excluded.map((r) => r[0])).toEqual(["3", "5"]);
  expect(excluded[0]?.[3]).toMatch(c.rowErrors[0]!);
  expect(excluded[1]?.[3]).toMatch(c.rowErrors[1]!);
}
