import type { FormatWords } from "./formatWords";

export const formatWordsDe: FormatWords = {
  seconds: ["Sekunde", "Sekunden"],
  minutes: ["Minute", "Minuten"],
  hours: ["Stunde", "Stunden"],
};
