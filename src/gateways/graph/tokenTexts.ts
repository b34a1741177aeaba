// Why no Microsoft token could be had, in the user's words: one text per TokenErrorCode.
// The shape here, the words in one file per language (tokenTexts.en.ts, tokenTexts.de.ts); a language or a key missing is a
// compile error.
import type { Lang } from "../../i18n";
import type { TokenErrorCode } from "./token";
import { tokenTextsDe } from "./tokenTexts.de";
import { tokenTextsEn } from "./tokenTexts.en";

export type TokenTexts = { readonly [C in TokenErrorCode]: string };

export const TOKEN_TEXTS: Readonly<Record<Lang, TokenTexts>> = { en: tokenTextsEn, de: tokenTextsDe };
