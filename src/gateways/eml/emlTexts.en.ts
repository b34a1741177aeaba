import type { EmlTexts } from "./emlTexts";

export const emlTextsEn: EmlTexts = {
  zipName: "rundmail-drafts.zip",
};
