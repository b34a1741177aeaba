// The .eml gateway's own words (report.csv's are in core/report): the shape here, one file per language.
import type { Lang } from "../../i18n";
import { emlTextsDe } from "./emlTexts.de";
import { emlTextsEn } from "./emlTexts.en";

export interface EmlTexts {
  /** The downloaded ZIP's file name. */
  readonly zipName: string;
}

export const EML_TEXTS: Readonly<Record<Lang, EmlTexts>> = { en: emlTextsEn, de: emlTextsDe };
