// axe-core in a page or frame of the browser tests: the serious and critical findings, one helper for every test.
import type { AxeResults } from "axe-core";
import { readFileSync } from "fs";
import type { Frame, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null | undefined;
  readonly targets: string[];
}

/**
 * Serious and critical axe-core findings in a document; its frames too with `iframes` (else they are checked on
 * their own, or are user content). Fluent's focus sentinels are left out: Tabster's
 * <i data-tabster-dummy tabindex=0 aria-hidden> hand focus on the moment they get it and are hidden so that screen
 * readers do not announce them — a known false positive of aria-hidden-focus (microsoft/tabster#288, listed in
 * Fluent v9's known issues). Any Fluent Dialog, even a closed one, puts them around the whole document.
 */
export async function axeViolations(target: Frame | Page, { iframes = false }: { readonly iframes?: boolean } = {}): Promise<AxeFinding[]> {
  if (!(await target.evaluate(() => "axe" in window))) await target.evaluate(AXE_SOURCE);
  const { rulesPassed, violations } = await target.evaluate(async (withFrames) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const results: AxeResults = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"], iframes: withFrames });
    return {
      rulesPassed: results.passes.length,
      violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) })),
    };
  }, iframes);
  expect(rulesPassed).toBeGreaterThan(10); // axe really ran
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
