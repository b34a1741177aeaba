import { STRINGS } from "../strings";
import { keepParts } from "./keepParts";

const NBSP = "\u00a0";

describe("keepParts: where the Review step's position may wrap", () => {
  test.each([
    ["de", STRINGS.de.rowPosition(2, 1, 3), `Zeile${NBSP}2 (1${NBSP}von${NBSP}3)`],
    ["en", STRINGS.en.rowPosition(2, 1, 3), `Row${NBSP}2 (1${NBSP}of${NBSP}3)`],
    ["de, large numbers", STRINGS.de.rowPosition(10_001, 10_000, 10_000), `Zeile${NBSP}10.001 (10.000${NBSP}von${NBSP}10.000)`],
    ["no parenthesis: no break at all", "Zeile 2", `Zeile${NBSP}2`],
  ])("%s", (_name, text, expected) => {
    expect(keepParts(text)).toBe(expected);
  });
});
