import { ISSUE_SEVERITY } from "../issues/codes";
import { rowMessage } from "./messages";

describe("rowMessage", () => {
  test("every run and gateway code has English and German text", () => {
    const runCodes = Object.keys(ISSUE_SEVERITY).filter((c) => /^(run-|compose-|eml-|sandbox-|privacy-rule$)/.test(c));
    expect(runCodes.length).toBeGreaterThan(15);
    for (const code of runCodes) {
      const params = { reason: "R", attempts: 3, breach: "to-not-one", name: "a.pdf", count: 2, address: "a@x.de", length: 300, max: 255, size: 40000, field: "To" };
      const en = rowMessage(code as keyof typeof ISSUE_SEVERITY, "en", params);
      const de = rowMessage(code as keyof typeof ISSUE_SEVERITY, "de", params);
      expect(en).not.toBe("");
      expect(de).not.toBe("");
      expect(en).not.toBe(de);
      expect(`${en} ${de}`).not.toMatch(/undefined|\$\{/);
    }
  });

  test.each<[string, string, string]>([
    ["to-not-one", "en", "not exactly one To address"],
    ["bcc-more-than-one", "de", "mehr als eine Bcc-Adresse"],
    ["address-has-line-break", "en", "line break, comma or semicolon"],
    ["something new", "en", "line break, comma or semicolon"],
  ])("privacy-rule names the breach %s (%s)", (breach, lang, words) => {
    expect(rowMessage("privacy-rule", lang as "en" | "de", { breach })).toContain(words);
  });
});
