// The unit words the formatters put after a number: one file per language, one registry.
import type { Lang } from "./languages";
import { formatWordsDe } from "./formatWords.de";
import { formatWordsEn } from "./formatWords.en";

export interface FormatWords {
  /** Singular and plural. */
  readonly seconds: readonly [string, string];
  readonly minutes: readonly [string, string];
  readonly hours: readonly [string, string];
}

export const FORMAT_WORDS: Readonly<Record<Lang, FormatWords>> = { en: formatWordsEn, de: formatWordsDe };
