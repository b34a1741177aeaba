import type { EmlTexts } from "./emlTexts";

export const emlTextsDe: EmlTexts = {
  zipName: "rundmail-entwuerfe.zip",
};
