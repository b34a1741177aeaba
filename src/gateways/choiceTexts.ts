// Why a way of creating drafts is not offered, in the user's words.
// The shape here, the words in one file per language (choiceTexts.en.ts, choiceTexts.de.ts); a language or a key missing is a
// compile error.
import type { Lang } from "../i18n";
import { choiceTextsDe } from "./choiceTexts.de";
import { choiceTextsEn } from "./choiceTexts.en";

export interface ChoiceTexts {
  readonly noNaa: string;
  readonly noClientId: (readmeSection: string) => string;
  readonly noForm: string;
}

export const CHOICE_TEXTS: Readonly<Record<Lang, ChoiceTexts>> = { en: choiceTextsEn, de: choiceTextsDe };
