// Why the compose gateway does not suit a plan, in the user's words.
// The shape here, the words in one file per language (composeTexts.en.ts, composeTexts.de.ts); a language or a key missing is a
// compile error.
import type { Lang } from "../../i18n";
import { composeTextsDe } from "./composeTexts.de";
import { composeTextsEn } from "./composeTexts.en";

export interface ComposeTexts {
  readonly empty: string;
  readonly tooMany: (rows: number, max: number) => string;
  readonly attachments: string;
  readonly bcc: string;
}

export const COMPOSE_TEXTS: Readonly<Record<Lang, ComposeTexts>> = { en: composeTextsEn, de: composeTextsDe };
