// The pane at Outlook's narrow widths (issue 12): every step, and the run's end, at 320 px and at 450 px, in German and
// English, light and dark. Each state is photographed into test-output/screenshots/narrow-*.png and measured
// (support/geometry.ts): no visible text may be drawn over by another element, and none may be cut off unless the
// pane offers it in full (a tooltip). One browser; one page per language and theme, measured at both widths.
// The list has a broken address and an empty field, so the hints that name rows and the rows in error are on screen;
// the run's end comes from the sample list attached to the message.
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { ISSUE_TEXTS } from "../src/core/issues/issueTexts";
import { formatBytes, type Lang } from "../src/i18n";
import { describeInBrowser, launchChromium } from "./support/browser";
import { geometryProblems, type GeometryProblem } from "./support/geometry";
import { chooseTheme, goTo, next, openSandbox, PANE, PANE_HEIGHT, paneFrame, pasteTable, SCREENSHOTS, VIEWPORT, type Sandbox } from "./support/sandboxPane";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";

const WIDTHS = [320, 450] as const;
/** Cut text that has no way to be read in full: none is allowed (a cut line offers its tooltip, FullText.tsx). */
const KNOWN_CUT: readonly string[] = [];
const VARIANTS: readonly { readonly lang: Lang; readonly theme: "light" | "dark" }[] = [
  { lang: "de", theme: "light" },
  { lang: "de", theme: "dark" },
  { lang: "en", theme: "light" },
  { lang: "en", theme: "dark" },
];

const HEADER = ["Anrede", "Vorname", "Nachname", "E-Mail", "Mitgliedsnummer", "Beitrag", "Abteilung"];
/** Row 3's address is broken (an error); row 4 has no member number, which the subject uses (an empty field). */
const ROWS = [
  ["Frau", "Anna", "Müller", "anna.mueller@example.de", "1001", "120,00", "Turnen"],
  ["Herr", "Jürgen", "Weiß", "j.weiss@@example.de", "1002", "96,00", "Fußball"],
  ["", "Kim", "Öztürk", "kim.oeztuerk@example.org", "", "60,00", "Schwimmen"],
];
const PATTERN = "Rechnung_{{Mitgliedsnummer}}.pdf";



/**
 * Makes the pane's frame `width` px wide inside: the sandbox's pane box (the iframe's ancestors as narrow as it) is
 * resized, since the sandbox itself has one fixed width.
 */
async function setPaneWidth(sandbox: Sandbox, width: number): Promise<void> {
  const frame = sandbox.page.locator(PANE);
  const resize = (w: number) =>
    frame.evaluate((element, to) => {
      let box: HTMLElement = element as HTMLElement;
      const own = Math.ceil(box.getBoundingClientRect().width) + 2;
      while (box.parentElement !== null && box.parentElement.getBoundingClientRect().width <= own) box = box.parentElement;
      box.style.width = `${to}px`;
      box.style.maxWidth = "none";
    }, w);
  await resize(width);
  const inner = await (await paneFrame(sandbox.page)).evaluate(() => document.documentElement.clientWidth);
  if (inner !== width) await resize(2 * width - inner);
  // Two frames: the pane lays itself out anew (its ResizeObservers answer) before it is measured.
  await (await paneFrame(sandbox.page)).evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await (await paneFrame(sandbox.page)).evaluate(() => document.documentElement.clientWidth)).toBe(width);
}

interface Finding extends GeometryProblem {
  readonly state: string;
}

describeInBrowser("the pane at 320 and 450 px: nothing covered, nothing cut off", () => {
  let addin: ServedAddin;
  let browser: Browser;

  beforeAll(async () => {
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 420_000);

  afterAll(async () => {
    await browser?.close();
    await addin?.close();
  });

  /**
   * The state of the pane at each width: the frame grown to its content (so that all of it is in the window, as
   * support/sandboxPane.ts snap does), photographed, and measured. The problems are collected, not thrown at once,
   * so that one run names them all.
   */
  async function measured(sandbox: Sandbox, state: string, findings: Finding[]): Promise<void> {
    const { page } = sandbox;
    const frame = page.locator(PANE);
    for (const width of WIDTHS) {
      await setPaneWidth(sandbox, width);
      const pane = await paneFrame(page);
      // Grown until its content has kept one height for 300 ms: what the grown frame shows may grow again later (the
      // review's preview loads its message; a list lays itself out), and the sticky footer would then lie over it.
      let height = 0;
      for (let steady = 0, tries = 0; steady < 3 && tries < 30; tries++) {
        const content = await pane.evaluate(() => document.documentElement.scrollHeight);
        steady = content === height ? steady + 1 : 0;
        height = content;
        await frame.evaluate((element, h) => ((element as HTMLElement).style.height = `${h}px`), Math.max(PANE_HEIGHT, height));
        await page.waitForTimeout(100);
      }
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ ...VIEWPORT, height: Math.max(VIEWPORT.height, pageHeight) });
      const name = `narrow-${sandbox.lang}-${state.replace("@", `-${width}-`)}`;
      await page.locator(PANE).screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
      for (const problem of await pane.evaluate(geometryProblems, KNOWN_CUT)) findings.push({ state: name, ...problem });
      await page.setViewportSize(VIEWPORT);
      await frame.evaluate((element) => ((element as HTMLElement).style.height = ""));
    }
  }

  test.each(VARIANTS)(
    "$lang-$theme: every step and the run's end",
    async ({ lang, theme }) => {
      const sandbox = await openSandbox(browser, addin, lang);
      const { page, pane, t } = sandbox;
      try {
        await chooseTheme(sandbox, theme);
        const findings: Finding[] = [];
        const state = (n: number, what: string): string => `${theme}@${n}-${what}`;
        const issue = ISSUE_TEXTS[lang].codes;

        // ---- 1. Recipients: a pasted list with a broken address; then the grid scrolled sideways ----
        await pasteTable(sandbox, [HEADER, ...ROWS].map((r) => r.join("\t")).join("\r\n"));
        const grid = pane.getByRole("table", { name: t.gridLabel });
        await grid.getByText(issue["email-invalid"]({ value: "j.weiss@@example.de" }), { exact: true }).waitFor();
        await measured(sandbox, state(1, "recipients"), findings);
        await grid.evaluate((element) => (element.scrollLeft = 120));
        await measured(sandbox, state(1, "recipients-scrolled"), findings);
        await grid.evaluate((element) => (element.scrollLeft = 0));

        // ---- 2. Message: the hint names the row with the empty field, and the field ----
        await next(sandbox, "message");
        // A pasted list does not come from the message, so the message is read here.
        await pane.getByRole("button", { name: t.readMessage }).click();
        // The hint names row 4 and its empty field (the template may use more of the row's empty fields).
        await pane.getByText(new RegExp(`^${lang === "de" ? "Zeile" : "Row"} 4 \\(.*Mitgliedsnummer.*\\) ${lang === "de" ? "hat" : "has"} `)).waitFor();
        await measured(sandbox, state(2, "message"), findings);

        // ---- 3. Attachments: the row in error says it gets nothing, and why ----
        await next(sandbox, "attachments");
        await pane.getByRole("radio", { name: t.rulePattern }).check();
        await pane.getByRole("textbox", { name: t.patternLabel }).fill(PATTERN);
        const rowFiles = pane.getByRole("list", { name: t.rowFilesLabel });
        await rowFiles.getByText(`Rechnung_1001.pdf (${formatBytes(900, lang)})`, { exact: true }).waitFor();
        const noMessage = t.rowGetsNoMessage(issue["email-invalid"]({ value: "j.weiss@@example.de" }));
        await rowFiles.getByText(noMessage, { exact: true }).waitFor();
        await measured(sandbox, state(3, "attachments"), findings);
        // Cut to two lines at 320 px, its end (the instruction) is a Tab away: the line takes the focus, and its
        // tooltip shows it whole.
        await setPaneWidth(sandbox, 320);
        const cut = rowFiles.getByText(noMessage, { exact: true });
        expect(await cut.getAttribute("data-full-text")).toBe("tooltip");
        await cut.focus();
        expect(await pane.getByRole("tooltip").textContent()).toBe(noMessage);
        await cut.blur();

        // ---- 4. Review, 5. Create (blocked by the errors) ----
        await next(sandbox, "review");
        await measured(sandbox, state(4, "review"), findings);
        await next(sandbox, "create");
        await measured(sandbox, state(5, "create-blocked"), findings);

        // ---- The run's end: the sample list attached to the message, six drafts as a ZIP ----
        await goTo(sandbox, "recipients");
        await pane.getByRole("button", { name: t.useAttachedCsv }).click();
        await pane.getByRole("button", { name: t.useAttachment("mitglieder.csv", formatBytes(447, lang)) }).click();
        await pane.getByText(t.readyCount(6), { exact: true }).waitFor();
        await goTo(sandbox, "create");
        await pane.getByRole("radio", { name: t.gatewayNames.eml }).check();
        await measured(sandbox, state(5, "create"), findings);
        await Promise.all([page.waitForEvent("download"), pane.getByRole("button", { name: t.zipButton(6) }).click()]);
        await pane.getByText(t.runDone(6, 0), { exact: true }).waitFor();
        await measured(sandbox, state(6, "run-end"), findings);

        writeFileSync(path.join(SCREENSHOTS, `narrow-${lang}-${theme}-problems.json`), JSON.stringify(findings, null, 2));
        expect(findings).toEqual([]);
        expect(sandbox.pageErrors).toEqual([]);
      } finally {
        await sandbox.context.close();
      }
    },
    240_000,
  );
});
