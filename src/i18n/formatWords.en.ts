import type { FormatWords } from "./formatWords";

export const formatWordsEn: FormatWords = {
  seconds: ["second", "seconds"],
  minutes: ["minute", "minutes"],
  hours: ["hour", "hours"],
};
