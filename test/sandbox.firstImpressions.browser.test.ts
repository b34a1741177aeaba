// The sandbox as a new user first meets it (issue 12): it opens on an empty message with a "Load the example" button
// that fills it and says what it did; a German Outlook speaks German all round the pane; switching the language asks
// before it loses the user's work in the pane; a draft in the mailbox panel opens to be read, its body never run.
// Screenshots into test-output/screenshots/first-*.png, copied to /tmp/shots-wt-sandbox/ when that folder exists.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { formatBytes, type Lang } from "../src/i18n";
import { CHROME_STRINGS, GRAPH_PANEL_STRINGS } from "../src/sandbox/sandboxStrings";
import { STRINGS } from "../src/taskpane/strings";
import { describeInBrowser, launchChromium } from "./support/browser";
import { axeViolations, next, openSandbox, paneReady, SCREENSHOTS, snap, type Sandbox } from "./support/sandboxPane";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";

const SAMPLE_SUBJECT = "Ihre Beitragsrechnung 2027 (Mitgliedsnummer {{Mitgliedsnummer}})";
const SHOTS_COPY = "/tmp/shots-wt-sandbox";

/** Every text the page shows or names outside the task pane's frame: own text of each element, labels, titles. */
async function chromeTexts(page: Page): Promise<Set<string>> {
  const texts = await page.evaluate(() => {
    const found: string[] = [document.title];
    for (const element of document.querySelectorAll("body *")) {
      const own = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? "")
        .join("")
        .replace(/\s+/g, " ")
        .trim();
      if (own !== "") found.push(own);
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = element.getAttribute(name);
        if (value !== null && value !== "") found.push(value);
      }
    }
    return found;
  });
  return new Set(texts);
}

/** The chrome's words a German page must show in German, each beside its English counterpart. */
function chromeWords(lang: Lang, mode: "compose" | "read"): string[] {
  const c = CHROME_STRINGS[lang];
  const g = GRAPH_PANEL_STRINGS[lang];
  const always = [
    c.pageTitle, c.title, c.caption, c.openedOn, c.modeCompose, c.modeRead, c.language, c.theme, c.light, c.dark,
    c.version, c.version114, c.version18, c.version15, c.registration, c.registered, c.notRegistered,
    c.paneRegion, c.paneFrame, c.loadExample, c.loadExampleHint, c.exampleLoaded(7), c.attachments,
    c.openedTitle(0), c.openedEmpty,
    g.title, g.intro, g.refresh, g.reset, g.drafts(0), g.sentItems(0), g.emptyFolder, g.faultsTitle, g.faultsIntro,
    g.latency, g.throttleShare, g.loseNext, g.holdNext, g.holdSeconds, g.limitSeconds, g.applyFaults, g.clearFaults,
    g.faultsNow(0, 0, 0, 0),
  ];
  const compose = [c.composeRegion, c.send, c.addFiles, c.filesToAttach, c.composeHint, c.to, c.subject, c.remove("mitglieder.csv"), c.messageBody];
  const read = [c.readRegion, c.readHint, c.from, c.to, c.readBody];
  return [...always, ...(mode === "compose" ? compose : read)];
}

describeInBrowser("the sandbox's first impressions", () => {
  let addin: ServedAddin;
  let browser: Browser;
  const open: Sandbox[] = [];
  const shots: string[] = [];

  beforeAll(async () => {
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 420_000);

  beforeEach(() => addin.graph.reset());

  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await addin?.close();
    if (existsSync(SHOTS_COPY)) for (const name of shots) copyFileSync(path.join(SCREENSHOTS, `${name}.png`), path.join(SHOTS_COPY, `${name}.png`));
  });

  async function sandboxIn(lang: Lang, example: boolean): Promise<Sandbox> {
    const sandbox = await openSandbox(browser, addin, lang, { example });
    open.push(sandbox);
    return sandbox;
  }

  async function photo(sandbox: Sandbox, name: string): Promise<void> {
    await snap(sandbox, name);
    shots.push(name);
  }

  test.each(["de", "en"] as const)("%s: opens on an empty message; 'Load the example' fills it, says what it did, and the running pane reads it", async (lang) => {
    const sandbox = await sandboxIn(lang, false);
    const { page, pane, t, c } = sandbox;
    const compose = page.getByRole("region", { name: c.composeRegion });
    expect(await compose.getByRole("textbox", { name: c.subject }).inputValue()).toBe("");
    expect((await compose.getByRole("textbox", { name: c.messageBody }).innerText()).trim()).toBe("");
    expect(await compose.getByRole("list", { name: c.attachments }).count()).toBe(0);
    expect(await page.getByText(c.exampleLoaded(7)).count()).toBe(0);
    const load = page.getByRole("button", { name: c.loadExample });
    expect(await load.isVisible()).toBe(true);
    await photo(sandbox, `first-${lang}-1-empty`);
    expect(await axeViolations(page)).toEqual([]);

    await load.click();
    await page.getByText(c.exampleLoaded(7), { exact: true }).waitFor();
    expect(await compose.getByRole("textbox", { name: c.subject }).inputValue()).toBe(SAMPLE_SUBJECT);
    expect(await compose.getByRole("textbox", { name: c.messageBody }).innerText()).toContain("{{Mitgliedsnummer}}");
    const attachments = compose.getByRole("list", { name: c.attachments }).getByRole("listitem");
    expect(await attachments.count()).toBe(7);

    // The pane was running all along: it reads the message when asked, so the example is there without a restart.
    await pane.getByRole("button", { name: t.useAttachedCsv }).click();
    const csvSize = readFileSync(path.resolve(__dirname, "../samples/mitglieder.csv")).length;
    await pane.getByRole("button", { name: t.useAttachment("mitglieder.csv", formatBytes(csvSize, lang)) }).waitFor();
    await photo(sandbox, `first-${lang}-2-example`);
    expect(await axeViolations(page)).toEqual([]);

    // Loading it again replaces the message's files: still seven, not fourteen.
    await load.click();
    await page.getByText(c.exampleLoaded(7), { exact: true }).waitFor();
    expect(await attachments.count()).toBe(7);
    expect(sandbox.pageErrors).toEqual([]);
    expect(sandbox.consoleErrors).toEqual([]);
  });

  test("German: no English is left in the simulated Outlook around the pane, while writing and while reading", async () => {
    const sandbox = await sandboxIn("de", false);
    const { page, c } = sandbox;
    await page.getByRole("button", { name: c.loadExample }).click();
    await page.getByText(c.exampleLoaded(7), { exact: true }).waitFor();
    const g = GRAPH_PANEL_STRINGS.de;
    await page.getByRole("heading", { name: g.drafts(0) }).waitFor();
    await page.getByText(g.faultsNow(0, 0, 0, 0), { exact: true }).waitFor();
    for (const mode of ["compose", "read"] as const) {
      if (mode === "read") {
        await page.getByRole("combobox", { name: c.openedOn }).selectOption("read");
        await page.getByRole("region", { name: c.readRegion }).waitFor();
        await paneReady(sandbox);
      }
      const english = chromeWords("en", mode);
      const german = chromeWords("de", mode);
      // Each pair differs, or the check below could not fail.
      expect(english.filter((word, i) => word === german[i])).toEqual([]);
      const texts = await chromeTexts(page);
      expect(english.filter((word) => texts.has(word))).toEqual([]);
      expect(german.filter((word) => !texts.has(word))).toEqual([]);
      expect(await page.locator("html").getAttribute("lang")).toBe("de");
    }
  });

  test("switching the language: a pane nobody used switches at once; one the user worked in asks first, Cancel is the default and keeps the work", async () => {
    const sandbox = await sandboxIn("de", true);
    const { page, pane, t } = sandbox;
    const de = CHROME_STRINGS.de;
    const language = page.getByRole("combobox", { name: de.language });

    // The user pastes a table into the pane: now there is something to lose.
    const pasted = "E-Mail;Name\nanna@example.de;Anna";
    await pane.getByRole("textbox", { name: t.pasteLabel }).fill(pasted);
    // Chosen as a user does: the selector has the focus (Playwright's selectOption alone does not give it).
    await language.focus();
    await language.selectOption("en-US");
    const dialog = page.getByRole("alertdialog", { name: de.restartTitle });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(de.restartText);
    // Cancel has the focus: Enter or Escape keeps everything.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(de.cancel);
    // Photographed once its fade-in (Web Animations) has finished.
    await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
    await page.screenshot({ path: path.join(SCREENSHOTS, "first-de-3-language-question.png") });
    shots.push("first-de-3-language-question");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SELECT");
    expect(await language.inputValue()).toBe("de-DE");
    expect(await pane.getByRole("textbox", { name: t.pasteLabel }).inputValue()).toBe(pasted);
    await photo(sandbox, "first-de-3-language-kept");

    // Asked again and confirmed: the pane restarts in English, empty, as a newly opened add-in.
    await language.selectOption("en-US");
    await page.getByRole("alertdialog", { name: de.restartTitle }).getByRole("button", { name: de.restartConfirm }).click();
    const en = { ...sandbox, lang: "en" as const, t: STRINGS.en, c: CHROME_STRINGS.en };
    await paneReady(en);
    expect(await page.getByRole("combobox", { name: CHROME_STRINGS.en.language }).inputValue()).toBe("en-US");
    expect(await pane.getByRole("textbox", { name: en.t.pasteLabel }).inputValue()).toBe("");

    // Untouched since its restart: back to German without a question.
    await page.getByRole("combobox", { name: CHROME_STRINGS.en.language }).selectOption("de-DE");
    await paneReady(sandbox);
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    expect(sandbox.pageErrors).toEqual([]);
  });

  test.each(["de", "en"] as const)("%s: a draft in the mailbox panel opens to be read — its own To, body and attachment only; Escape closes it", async (lang) => {
    const sandbox = await sandboxIn(lang, true);
    const { page, pane, t, c } = sandbox;
    const g = GRAPH_PANEL_STRINGS[lang];
    const members = [
      { to: "ada@verein.example", name: "Lovelace", number: 3001 },
      { to: "bert@verein.example", name: "Brecht", number: 3002 },
      { to: "cleo@verein.example", name: "Cäsar", number: 3003 },
    ];
    const csv = Buffer.from(
      ["Anrede;Vorname;Nachname;E-Mail;Mitgliedsnummer;Beitrag;Abteilung", ...members.map((m) => `Frau;X;${m.name};${m.to};${m.number};60,00;Turnen`)].join("\r\n"),
      "utf8",
    );
    const pdf = (n: number) => Buffer.from(`%PDF-1.4\n% Rechnung ${n}, nur für Mitglied ${n}\n%%EOF\n`);
    // The example's template stays; its files give way to this list and one invoice per member.
    const compose = page.getByRole("region", { name: c.composeRegion });
    const remove = compose.getByRole("list", { name: c.attachments }).getByRole("button");
    while ((await remove.count()) > 0) await remove.first().click();
    await compose.getByLabel(c.filesToAttach).setInputFiles([
      { name: "mitglieder.csv", mimeType: "text/csv", buffer: csv },
      ...members.map((m) => ({ name: `Rechnung_${m.number}.pdf`, mimeType: "application/pdf", buffer: pdf(m.number) })),
    ]);
    await compose.getByRole("list", { name: c.attachments }).getByRole("listitem").nth(3).waitFor();

    await pane.getByRole("button", { name: t.useAttachedCsv }).click();
    await pane.getByRole("button", { name: t.useAttachment("mitglieder.csv", formatBytes(csv.length, lang)) }).click();
    await pane.getByText(t.readyCount(3), { exact: true }).waitFor();
    await next(sandbox, "message");
    await next(sandbox, "attachments");
    await pane.getByRole("radio", { name: t.rulePattern }).check();
    await pane.getByRole("textbox", { name: t.patternLabel }).fill("Rechnung_{{Mitgliedsnummer}}.pdf");
    await next(sandbox, "review");
    await next(sandbox, "create");
    await pane.getByRole("button", { name: t.createButton(3) }).click();
    await pane.getByText(t.runDone(3, 0), { exact: true }).waitFor({ timeout: 60_000 });

    const panel = page.getByRole("region", { name: g.title });
    await panel.getByRole("heading", { name: g.drafts(3) }).waitFor();
    // Opened from the keyboard, as a message in Outlook's list: focus, Enter.
    const bert = members[1];
    if (bert === undefined) throw new Error("no second member");
    const item = panel.getByRole("listitem", { name: g.messageLabel(bert.to) });
    await item.getByRole("button").focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: /Mitgliedsnummer 3002/ }).waitFor();
    const text = await dialog.innerText();
    expect(text).toContain(bert.to);
    expect(text).toContain(`${g.from}`);
    for (const other of members.filter((m) => m !== bert)) {
      expect(text).not.toContain(other.to);
      expect(text).not.toContain(`Rechnung_${other.number}`);
    }
    const attachmentName = g.attachment(`Rechnung_${bert.number}.pdf`, pdf(bert.number).length);
    const attachment = dialog.getByRole("list", { name: g.attachments }).getByRole("button");
    expect(await attachment.allInnerTexts()).toEqual([attachmentName]);
    // The body as Graph holds it, in a frame that runs nothing.
    const body = dialog.locator(`iframe[title="${g.bodyFrame}"]`);
    expect(await body.getAttribute("sandbox")).toBe("");
    const bodyText = await dialog.frameLocator(`iframe[title="${g.bodyFrame}"]`).locator("body").innerText();
    expect(bodyText).toContain("Brecht");
    expect(bodyText).toContain("3002");
    for (const other of members.filter((m) => m !== bert)) expect(bodyText).not.toContain(other.name);
    // The attachment downloads byte for byte.
    const [download] = await Promise.all([page.waitForEvent("download"), attachment.click()]);
    expect(download.suggestedFilename()).toBe(`Rechnung_${bert.number}.pdf`);
    expect(readFileSync(await download.path())).toEqual(pdf(bert.number));
    await photo(sandbox, `first-${lang}-4-draft-open`);
    expect(await axeViolations(page)).toEqual([]);

    // Escape closes it; the focus is back on the message it was opened from, and the page is whole again.
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.getAttribute("aria-label"))).toBe(g.messageLabel(bert.to));
    expect(await page.getByRole("button", { name: c.loadExample }).isVisible()).toBe(true);
    expect(sandbox.pageErrors).toEqual([]);
    expect(sandbox.consoleErrors).toEqual([]);
  });
});
