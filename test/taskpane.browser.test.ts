// The built task pane in a real Chromium, with a fake Office.js in place of Microsoft's CDN: what a user sees in
// each language and theme, the guided flow from a pasted table to the drafts, that every step is accessible, and
// that the pane loads nothing from anywhere else. Screenshots of every step go to test-output/screenshots/.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import type { Lang } from "../src/i18n";
import type { ThemeKind } from "../src/office/hostEnvironment";
import { OFFICE_STRINGS } from "../src/office/strings";
import { STEPS, type StepId } from "../src/taskpane/state/wizard";
import { STRINGS } from "../src/taskpane/strings";
import { craftZip, honest, zeroBomb } from "./support/zipForTests";
import { axeViolations } from "./support/axe";
import { describeInBrowser, launchChromium } from "./support/browser";
import {
  fakeOfficeJs,
  OFFICE_JS_ORIGIN,
  OFFICE_JS_ROUTE,
  type FakeMailbox,
  type FakeOfficeContext,
  type FakeOfficeRecord,
} from "./support/fakeOffice";
import { startButtonName } from "./support/sandboxPane";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";

const SCREENSHOTS = path.resolve(__dirname, "../test-output/screenshots");
// Outlook's task pane is about 320–350 px wide.
const VIEWPORT = { width: 320, height: 640 };
const THEMES = { light: webLightTheme, dark: webDarkTheme } as const;
const BACKGROUNDS = { light: "#ffffff", dark: "#1f1f1f" } as const;
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The message being written in the fake Outlook: the template, with terms for everyone and the member list. */
const MAILBOX: FakeMailbox = {
  userAddress: "kassenwart@tsv.example",
  mailboxVersion: "1.13",
  item: {
    subject: "Ihre Rechnung {{Nr}} für {{Vorname}}",
    html: '<html><head><meta charset="utf-8"></head><body><p>Hallo {{Vorname}},</p><p>anbei Ihre Rechnung Nr. <b>{{Nr}}</b>.</p></body></html>',
    attachments: [
      { name: "AGB.pdf", contentType: "application/pdf", content: "%PDF-1.4 Allgemeine Geschäftsbedingungen" },
      { name: "mitglieder.csv", contentType: "text/csv", content: "E-Mail;Vorname;Nr\r\nanna@example.de;Anna;1001\r\n" },
    ],
  },
};

/** A table as Excel puts it on the clipboard: an HTML table beside tab-separated text. Row 4's address is broken. */
const ROWS = [
  ["E-Mail", "Vorname", "Nr"],
  ["anna@example.de", "Anna", "1001"],
  ["bob@example.de", "Bob", "1002"],
  ["kaputt", "Kim", "1003"],
];
const PASTED_TEXT = ROWS.map((r) => r.join("\t")).join("\r\n");
const PASTED_HTML = `<html><body><table>${ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table></body></html>`;
const FIXED_TEXT = ROWS.slice(0, 3)
  .map((r) => r.join("\t"))
  .join("\n");

interface PaneCase {
  readonly name: string;
  readonly lang: Lang;
  readonly theme: ThemeKind;
}

const FLOWS: readonly PaneCase[] = [
  { name: "english-light", lang: "en", theme: "light" },
  { name: "german-dark", lang: "de", theme: "dark" },
  { name: "english-dark", lang: "en", theme: "dark" },
  { name: "german-light", lang: "de", theme: "light" },
];

function officeContext(paneCase: PaneCase, mailbox: FakeMailbox | undefined = MAILBOX): FakeOfficeContext {
  return {
    displayLanguage: paneCase.lang === "de" ? "de-DE" : "en-US",
    officeTheme: { bodyBackgroundColor: BACKGROUNDS[paneCase.theme], bodyForegroundColor: paneCase.theme === "dark" ? "#ffffff" : "#000000" },
    ...(mailbox ? { mailbox } : {}),
  };
}

/** "#292929" → "rgb(41, 41, 41)", as getComputedStyle writes it. */
function cssRgb(hex: string): string {
  const digits = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (digits === undefined) throw new Error(`${hex} is not a #rrggbb colour.`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

interface OpenedPane {
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  readonly consoleErrors: { text: string; url: string }[];
  readonly pageErrors: string[];
}

/** Pastes as a user does: a paste event carrying the clipboard's HTML and text flavours, on the focused paste box. */
async function pasteTable(page: Page, label: string, html: string, text: string): Promise<void> {
  const box = page.getByRole("textbox", { name: label });
  await box.focus();
  await box.evaluate(
    (element, flavours) => {
      const data = new DataTransfer();
      data.setData("text/html", flavours.html);
      data.setData("text/plain", flavours.text);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

/**
 * Waits until the message reading `text` is in the window and clear of the sticky footer: the pane scrolls it into
 * view when it appears (smoothly, so this waits for the scroll to end).
 */
async function inViewAboveFooter(page: Page, text: string): Promise<void> {
  await page.waitForFunction((words) => {
    const message = [...document.querySelectorAll("main *")].find((e) => e.children.length === 0 && e.textContent === words);
    const footer = document.querySelector("footer");
    if (message === undefined || footer === null) return false;
    const box = message.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= footer.getBoundingClientRect().top;
  }, text);
}

/** A step's button in the list of steps. */
function stepButton(page: Page, lang: Lang, step: StepId) {
  const t = STRINGS[lang];
  return page.getByRole("navigation", { name: t.stepsLabel }).getByRole("button", { name: t.stepButton(STEPS.indexOf(step) + 1, t.steps[step]), exact: true });
}

/** The heading of the step shown, and whether it has the focus. */
async function stepHeading(page: Page): Promise<{ text: string; focused: boolean }> {
  return page.evaluate(() => {
    const heading = document.querySelector("main h2");
    return { text: heading?.textContent ?? "", focused: heading !== null && document.activeElement === heading };
  });
}

describeInBrowser("the task pane in Chromium", () => {
  let addin: ServedAddin;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 420_000); // as the other browser tests: webpack under load (2 cores shared by several test runs) can take minutes

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await addin?.close();
  });

  /** Opens taskpane.html in a fresh profile, with Office.js faked (or unreachable), and waits for the heading. */
  async function openPane(office: FakeOfficeContext | "unreachable"): Promise<OpenedPane> {
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    contexts.push(context);
    // Nothing may reach the internet, whatever the page does: all but the test server is refused. The page's own
    // requests are still recorded (and checked) below.
    await context.route(
      (url) => url.origin !== addin.origin,
      (route) => route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    await page.route(OFFICE_JS_ROUTE, (route) =>
      office === "unreachable"
        ? route.abort("namenotresolved")
        : route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fakeOfficeJs(office) }),
    );
    const opened: OpenedPane = { page, requests: [], consoleErrors: [], pageErrors: [] };
    page.on("request", (request) => opened.requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") opened.consoleErrors.push({ text: message.text(), url: message.location().url });
    });
    page.on("pageerror", (error) => opened.pageErrors.push(error.message));
    await page.goto(`${addin.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Rundmail", level: 1 }).waitFor({ state: "visible" });
    return opened;
  }

  /** The whole pane, as tall as its content, so that the sticky footer sits at the end instead of across it. */
  async function snap(page: Page, name: string): Promise<void> {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: VIEWPORT.width, height: Math.max(VIEWPORT.height, height) });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
    await page.setViewportSize(VIEWPORT);
  }

  /** Goes to a step with the footer's Next button; the step's heading then has the focus. */
  async function next(page: Page, lang: Lang, step: StepId): Promise<void> {
    const t = STRINGS[lang];
    await page.getByRole("button", { name: t.next(t.steps[step]) }).click();
    await page.waitForFunction((text) => document.querySelector("main h2")?.textContent === text, t.steps[step]);
    expect(await stepHeading(page)).toEqual({ text: t.steps[step], focused: true });
  }

  test.each([
    { name: "english-light", lang: "en", theme: "light", office: officeContext({ name: "", lang: "en", theme: "light" }), errors: [] },
    { name: "german-dark", lang: "de", theme: "dark", office: officeContext({ name: "", lang: "de", theme: "dark" }), errors: [] },
    {
      name: "without-office-js",
      lang: "en",
      theme: "light",
      office: "unreachable",
      errors: [{ text: "Failed to load resource: net::ERR_NAME_NOT_RESOLVED", url: OFFICE_JS_URL }],
    },
  ] as const)("$name: opens in its language and theme, accessibly, loading nothing foreign", async (paneCase) => {
    const { page, requests, consoleErrors, pageErrors } = await openPane(paneCase.office);
    const text = STRINGS[paneCase.lang];
    const otherText = STRINGS[paneCase.lang === "de" ? "en" : "de"];

    // What the user reads.
    expect(await page.locator("html").getAttribute("lang")).toBe(paneCase.lang);
    await page.getByText(text.recipientsIntro, { exact: true }).waitFor({ state: "visible" });
    expect(await page.getByText(otherText.recipientsIntro).count()).toBe(0);
    for (const step of STEPS) expect(await stepButton(page, paneCase.lang, step).isVisible()).toBe(true);
    expect(await stepButton(page, paneCase.lang, "recipients").getAttribute("aria-current")).toBe("step");

    // The theme: the Fluent provider paints the whole pane in the theme's background.
    const provider = await page.locator(".fui-FluentProvider").evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { background: getComputedStyle(element).backgroundColor, width: box.width, height: box.height };
    });
    expect(provider.background).toBe(cssRgb(THEMES[paneCase.theme].colorNeutralBackground1));
    expect(provider.width).toBe(VIEWPORT.width);
    expect(provider.height).toBeGreaterThanOrEqual(VIEWPORT.height);
    // Nothing is wider than the pane (no horizontal scrolling of the whole page).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);

    await snap(page, paneCase.name);

    // Only the test server and the Office.js CDN were asked for anything; Office.js exactly once.
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([addin.origin, OFFICE_JS_ORIGIN].sort());
    expect(requests.filter((url) => url.startsWith(OFFICE_JS_ORIGIN))).toEqual([OFFICE_JS_URL]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual(paneCase.errors);
    expect(await axeViolations(page, { iframes: true })).toEqual([]);
  });

  test.each(FLOWS)(
    "$name: paste a table, read the message, pick files, review each draft; a row error blocks Create",
    async (flow) => {
      const { page, pageErrors, consoleErrors } = await openPane(officeContext(flow));
      const t = STRINGS[flow.lang];
      const shot = (step: StepId): Promise<void> => snap(page, `${flow.name}-${STEPS.indexOf(step) + 1}-${step}`);

      // ---- 1. Recipients: a pasted table, its e-mail column found, the broken row explained ----
      // Outlook is connected once the attached lists are offered.
      await page.getByRole("button", { name: t.useAttachedCsv }).and(page.locator(":not([aria-disabled='true'])")).waitFor();
      await pasteTable(page, t.pasteLabel, PASTED_HTML, PASTED_TEXT);
      const emailColumn = page.getByRole("combobox", { name: t.emailColumnLabel });
      await emailColumn.waitFor();
      expect(await emailColumn.textContent()).toBe("E-Mail");
      expect(await page.getByRole("combobox", { name: t.ccColumnLabel }).textContent()).toBe(t.noCc);
      const grid = page.getByRole("table", { name: t.gridLabel });
      expect(await grid.getAttribute("aria-rowcount")).toBe("4");
      expect(await grid.getByRole("columnheader").allTextContents()).toEqual([t.rowHeader, `E-Mail${t.toLabel}`, "Vorname", "Nr"]);
      const brokenRow = grid.getByRole("row").filter({ hasText: "kaputt" });
      expect(await brokenRow.textContent()).toContain(`'kaputt'`);
      expect(await brokenRow.getByRole("rowheader").textContent()).toBe(`4${t.rowError}`);
      expect(await page.getByText(t.readyCount(2), { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(t.errorRowCount(1), { exact: true }).isVisible()).toBe(true);
      // The pasted text is shown in the box, as pasted.
      expect(await page.getByRole("textbox", { name: t.pasteLabel }).inputValue()).toBe(PASTED_TEXT.replace(/\r\n/g, "\n"));
      await shot("recipients");
      expect(await axeViolations(page, { iframes: true })).toEqual([]);

      // ---- 2. Message: read it, insert a field at the cursor ----
      await next(page, flow.lang, "message");
      await page.getByRole("button", { name: t.readMessage }).click();
      await page.getByText("Ihre Rechnung {{Nr}} für {{Vorname}}", { exact: true }).waitFor();
      await page.getByText(t.templateOk, { exact: true }).waitFor();
      await page.getByRole("button", { name: t.insertField("Vorname") }).click();
      await page.getByText(t.inserted("Vorname"), { exact: true }).waitFor();
      const record = await page.evaluate(() => (window as unknown as { rundmailFakeOffice: FakeOfficeRecord }).rundmailFakeOffice);
      expect(record.inserted).toEqual([{ target: "body", text: "{{Vorname}}", coercionType: "html" }]);
      // The salutation helper: this list has a first name but neither Anrede nor last name, so the neutral line.
      await page.getByRole("button", { name: t.insertSalutation }).click();
      await page.getByText(t.salutationInserted(false), { exact: true }).waitFor();
      const withSalutation = await page.evaluate(() => (window as unknown as { rundmailFakeOffice: FakeOfficeRecord }).rundmailFakeOffice);
      expect(withSalutation.inserted[1]).toEqual({ target: "body", text: flow.lang === "de" ? "Guten Tag {{Vorname}},<br><br>" : "Dear {{Vorname}},<br><br>", coercionType: "html" });
      // A fallback for empty cells: the chips then insert {{Vorname|…}}; a brace cannot stand in it.
      const fallbackBox = page.getByRole("textbox", { name: t.fallbackLabel });
      await fallbackBox.fill("{Gast}");
      await page.getByText(t.fallbackInvalid, { exact: true }).waitFor();
      expect(await page.getByRole("button", { name: t.insertField("Vorname") }).isDisabled()).toBe(true);
      await fallbackBox.fill("liebes Mitglied");
      await page.getByRole("button", { name: t.insertField("Vorname|liebes Mitglied") }).click();
      await page.getByText(t.inserted("Vorname|liebes Mitglied"), { exact: true }).waitFor();
      const withFallback = await page.evaluate(() => (window as unknown as { rundmailFakeOffice: FakeOfficeRecord }).rundmailFakeOffice);
      expect(withFallback.inserted[2]).toEqual({ target: "body", text: "{{Vorname|liebes Mitglied}}", coercionType: "html" });
      await fallbackBox.fill("");
      // The preview is a sandboxed frame that runs nothing.
      const preview = page.locator(`iframe[title="${t.previewLabel}"]`);
      expect(await preview.getAttribute("sandbox")).toBe("");
      expect(await preview.contentFrame().locator("body").textContent()).toContain("Hallo {{Vorname}}");
      await shot("message");
      expect(await axeViolations(page, { iframes: true })).toEqual([]);

      // ---- 3. Attachments: a pattern, two picked files; the terms go to everyone ----
      await next(page, flow.lang, "attachments");
      await page.getByRole("radio", { name: t.rulePattern }).check();
      await page.getByRole("textbox", { name: t.patternLabel }).fill("Rechnung_{{Nr}}.pdf");
      await page.locator('input[name="attachment-files"]').setInputFiles([
        { name: "Rechnung_1001.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 1001") },
        { name: "Rechnung_1002.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 1002") },
      ]);
      await page.getByText(/Rechnung_1001\.pdf \(/).waitFor();
      expect(await page.getByRole("checkbox", { name: /AGB\.pdf/ }).isChecked()).toBe(true);
      await shot("attachments");
      expect(await axeViolations(page, { iframes: true })).toEqual([]);

      // ---- 4. Review: each draft as it will be created; the broken row is reached as a problem ----
      await next(page, flow.lang, "review");
      const subject = page.getByTestId("draft-subject");
      expect(await subject.textContent()).toBe("Ihre Rechnung 1001 für Anna");
      await page.getByText(t.rowPosition(2, 1, 3), { exact: true }).waitFor();
      const frame = page.locator(`iframe[title="${t.draftPreviewLabel(2)}"]`);
      expect(await frame.getAttribute("sandbox")).toBe("");
      expect(await frame.contentFrame().locator("body").textContent()).toContain("Hallo Anna,");
      await page.getByText(/AGB\.pdf \(.*\), Rechnung_1001\.pdf/).waitFor();
      await shot("review");
      expect(await axeViolations(page, { iframes: true })).toEqual([]);
      await page.getByRole("button", { name: t.nextRow, exact: true }).click();
      await page.getByText("Ihre Rechnung 1002 für Bob", { exact: true }).waitFor();
      await page.getByRole("button", { name: t.nextProblem }).click();
      await page.getByText(t.rowPosition(4, 3, 3), { exact: true }).waitFor();
      expect(await page.getByText(t.noDraftForRow).isVisible()).toBe(true);
      expect(await subject.count()).toBe(0);

      // ---- 5. Create: blocked while a row has an error, and the errors listed ----
      await next(page, flow.lang, "create");
      const create = page.getByRole("button", { name: startButtonName(t, 2) });
      expect(await create.getAttribute("aria-disabled")).toBe("true");
      expect(await page.getByText(t.createBlocked.errors, { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(t.errorsToFix(2)).isVisible()).toBe(true);
      await shot("create");
      expect(await axeViolations(page, { iframes: true })).toEqual([]);

      expect(pageErrors).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  );

  test("english-light, the template opened to read: with the row fixed, a test draft goes to me alone and the run downloads the drafts and a report", async () => {
    const flow = FLOWS[0];
    if (flow === undefined) throw new Error("no flow");
    // Read mode, where Outlook opens compose windows ("Applicable Outlook mode: Read"); without attachments on the
    // message, so that a compose window suits the test draft.
    const item = MAILBOX.item === null ? null : { ...MAILBOX.item, attachments: [] };
    const { page, pageErrors } = await openPane(officeContext(flow, { ...MAILBOX, mode: "read", item }));
    const t = STRINGS.en;
    await page.getByRole("button", { name: t.useAttachedCsv }).and(page.locator(":not([aria-disabled='true'])")).waitFor();

    // Typed (not pasted) text is read once typing pauses.
    await page.getByRole("textbox", { name: t.pasteLabel }).fill(FIXED_TEXT);
    await page.getByText(t.readyCount(2), { exact: true }).waitFor();
    await stepButton(page, "en", "message").click();
    await page.getByRole("button", { name: t.readMessage }).click();
    await page.getByText(t.templateOk, { exact: true }).waitFor();

    // A test draft: with no files per row, Outlook's compose window is the default way.
    await stepButton(page, "en", "review").click();
    await page.getByText(t.testDraftHint(2, "kassenwart@tsv.example", t.gatewayNames.compose), { exact: true }).waitFor();
    // The test draft is the draft on screen: Bob's, row 3, once the review has moved on to it.
    await page.getByRole("button", { name: t.nextRow, exact: true }).click();
    await page.getByText(t.testDraftHint(3, "kassenwart@tsv.example", t.gatewayNames.compose), { exact: true }).waitFor();
    await page.getByRole("button", { name: t.testDraft }).click();
    await page.getByText(t.testDraftSent("kassenwart@tsv.example"), { exact: true }).waitFor();
    const opened = await page.evaluate(() => (window as unknown as { rundmailFakeOffice: FakeOfficeRecord }).rundmailFakeOffice.opened);
    expect(opened).toHaveLength(1);
    expect(opened[0]?.toRecipients).toEqual(["kassenwart@tsv.example"]);
    expect(opened[0]?.ccRecipients).toBeUndefined();
    expect(opened[0]?.subject).toBe("Ihre Rechnung 1002 für Bob");

    // The run, as a ZIP of .eml drafts.
    await stepButton(page, "en", "create").click();
    await page.getByRole("radio", { name: t.gatewayNames.eml }).check();
    const zip = page.waitForEvent("download");
    await page.getByRole("button", { name: t.zipButton(2) }).click();
    const zipDownload: Download = await zip;
    expect(zipDownload.suggestedFilename()).toBe("rundmail-drafts.zip");
    await page.getByText(t.runDone(2, 0), { exact: true }).waitFor();
    expect(await page.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("1");
    // The bar grows to its end (a short transition) before the picture is taken.
    await page.waitForFunction(() => {
      const bar = document.querySelector("[role=progressbar] > *");
      const track = document.querySelector("[role=progressbar]");
      return bar !== null && track !== null && Math.abs(bar.getBoundingClientRect().width - track.getBoundingClientRect().width) < 1;
    });
    const results = page.getByRole("list", { name: t.resultsLabel });
    expect(await results.getByRole("listitem").count()).toBe(2);
    await snap(page, "english-light-6-create-done");
    expect(await axeViolations(page, { iframes: true })).toEqual([]);

    const report = page.waitForEvent("download");
    await page.getByRole("button", { name: t.downloadReport }).click();
    const reportDownload = await report;
    expect(reportDownload.suggestedFilename()).toBe(t.reportFileName);
    const csv = readFileSync(await reportDownload.path(), "utf8");
    expect(csv.replace(/^\ufeff/, "").split("\r\n").slice(0, 3)).toEqual([
      "Row,To,Status,File or reason",
      expect.stringMatching(/^2,anna@example\.de,Created,/),
      expect.stringMatching(/^3,bob@example\.de,Created,/),
    ]);
    expect(pageErrors).toEqual([]);
  });

  test("10,000 pasted rows: the grid renders only what is in view and stays responsive", async () => {
    const { page, pageErrors } = await openPane(officeContext({ name: "", lang: "de", theme: "light" }));
    const t = STRINGS.de;
    const lines = ["E-Mail\tVorname\tNachname\tMitgliedsnummer\tAbteilung"];
    for (let i = 1; i <= 10_000; i++) {
      lines.push(`${i === 7777 ? "kaputt" : `mitglied${i}@example.de`}\tVorname ${i}\tNachname ${i}\t${100_000 + i}\tAbteilung ${i % 12}`);
    }
    const text = lines.join("\r\n");
    const started = Date.now();
    await pasteTable(page, t.pasteLabel, "", text);
    const grid = page.getByRole("table", { name: t.gridLabel });
    await grid.waitFor();
    const shownAfter = Date.now() - started;
    expect(await grid.getAttribute("aria-rowcount")).toBe("10001");
    expect(await page.getByText(t.readyCount(9_999), { exact: true }).isVisible()).toBe(true);
    // Only the rows in view (and a few more) are in the document.
    expect(await grid.getByRole("row").count()).toBeLessThan(40);
    // Scrolling to row 7,778 (the broken address) renders it, and it says what is wrong.
    const scrolled = Date.now();
    await grid.evaluate((element) => {
      element.scrollTop = 7776 * 32;
    });
    await grid.getByRole("row").filter({ hasText: "kaputt" }).waitFor();
    const scrolledAfter = Date.now() - scrolled;
    await grid.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await grid.getByRole("row").filter({ hasText: "mitglied10000@example.de" }).waitFor();
    // Generous bounds for a loaded test machine; typically about a second and a few frames.
    expect(shownAfter).toBeLessThan(10_000);
    expect(scrolledAfter).toBeLessThan(2_000);
    // Moving between steps does not rebuild the plan: the review opens at once.
    const review = Date.now();
    await stepButton(page, "de", "review").click();
    await page.getByText(t.rowPosition(2, 1, 10_000), { exact: true }).waitFor();
    expect(Date.now() - review).toBeLessThan(3_000);
    expect(pageErrors).toEqual([]);
  });

  test("the list attached to the message: read from Outlook, used as the recipients, and never sent", async () => {
    const { page, pageErrors } = await openPane(officeContext({ name: "", lang: "de", theme: "dark" }));
    const t = STRINGS.de;
    await page.getByRole("button", { name: t.useAttachedCsv }).and(page.locator(":not([aria-disabled='true'])")).click();
    // Only the lists are offered, not the terms.
    const offered = page.getByRole("list", { name: t.attachmentsListLabel }).getByRole("button");
    expect(await offered.allTextContents()).toEqual([t.useAttachment("mitglieder.csv", "46 B")]);
    await offered.first().click();
    await page.getByText(`${t.tableFrom.attachment("mitglieder.csv")}: ${t.tableSize(1, 3)}`, { exact: true }).waitFor();
    expect(await page.getByRole("combobox", { name: t.emailColumnLabel }).textContent()).toBe("E-Mail");
    // The message was read on the way: its attachments are listed, and the list is never sent.
    await stepButton(page, "de", "attachments").click();
    await page.getByText(t.recipientListNeverSent("mitglieder.csv"), { exact: true }).waitFor();
    expect(await page.getByRole("checkbox", { name: /mitglieder\.csv/ }).count()).toBe(0);
    expect(await page.getByRole("checkbox", { name: /AGB\.pdf/ }).isChecked()).toBe(true);
    await stepButton(page, "de", "review").click();
    await page.getByText(/^AGB\.pdf \([^)]*\)$/).waitFor();
    expect(pageErrors).toEqual([]);
  });

  test("german-light at 320 px, read mode (the template in Sent Items): list and template from the message, one compose window per row", async () => {
    // The template sent to oneself and opened to read: only the member list attached, so that a compose window suits.
    const item = MAILBOX.item === null ? null : { ...MAILBOX.item, attachments: MAILBOX.item.attachments.filter((a) => a.name.endsWith(".csv")) };
    const { page, pageErrors, consoleErrors } = await openPane(officeContext({ name: "", lang: "de", theme: "light" }, { ...MAILBOX, mode: "read", item }));
    const t = STRINGS.de;
    await page.getByRole("button", { name: t.useAttachedCsv }).and(page.locator(":not([aria-disabled='true'])")).click();
    await page.getByRole("list", { name: t.attachmentsListLabel }).getByRole("button", { name: t.useAttachment("mitglieder.csv", "46 B") }).click();
    await page.getByText(t.readyCount(1), { exact: true }).waitFor();

    // The message step says the open message is the template, and reads it (read on the way with the list).
    await stepButton(page, "de", "message").click();
    await page.getByText(t.messageIntroRead, { exact: true }).waitFor();
    await page.getByText(t.templateOk, { exact: true }).waitFor();
    await page.getByText("Ihre Rechnung {{Nr}} für {{Vorname}}", { exact: true }).waitFor();
    // Fields cannot be inserted into a message being read; the pane says why.
    await page.getByText(OFFICE_STRINGS.de.insertOnlyWhileWriting, { exact: true }).first().waitFor();
    await snap(page, "read-de-320-2-message");
    expect(await axeViolations(page, { iframes: true })).toEqual([]);

    // Create: Outlook's compose windows are offered here, one per row with exactly one To.
    await stepButton(page, "de", "create").click();
    const compose = page.getByRole("radio", { name: t.gatewayNames.compose });
    expect(await compose.isDisabled()).toBe(false);
    await compose.check();
    await snap(page, "read-de-320-5-create");
    expect(await axeViolations(page, { iframes: true })).toEqual([]);
    await page.getByRole("button", { name: t.composeButton(1) }).click();
    await page.getByText(t.runDone(1, 0), { exact: true }).waitFor();
    const opened = await page.evaluate(() => (window as unknown as { rundmailFakeOffice: FakeOfficeRecord }).rundmailFakeOffice.opened);
    expect(opened.map((form) => ({ to: form.toRecipients, cc: form.ccRecipients, bcc: form.bccRecipients, subject: form.subject }))).toEqual([
      { to: ["anna@example.de"], cc: undefined, bcc: undefined, subject: "Ihre Rechnung 1001 für Anna" },
    ]);
    await snap(page, "read-de-320-6-done");
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test.each(["de", "en"] as const)("%s, writing: no compose windows, and the pane says to start from the template opened to read", async (lang) => {
    const { page, pageErrors } = await openPane(officeContext({ name: "", lang, theme: "light" }));
    const t = STRINGS[lang];
    await pasteTable(page, t.pasteLabel, "", "E-Mail\tVorname\tNr\r\nanna@example.de\tAnna\t1001");
    await page.getByText(t.readyCount(1), { exact: true }).waitFor();
    await stepButton(page, lang, "create").click();
    expect(await page.getByRole("radio", { name: t.gatewayNames.compose }).isDisabled()).toBe(true);
    await page.getByText(OFFICE_STRINGS[lang].composeWindowsOnlyWhileReading, { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  test("a ZIP of invoices becomes the files to choose from", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    const { page } = await openPane(officeContext({ name: "", lang: "en", theme: "light" }));
    const t = STRINGS.en;
    await pasteTable(page, t.pasteLabel, PASTED_HTML, PASTED_TEXT);
    await stepButton(page, "en", "attachments").click();
    await page.getByRole("radio", { name: t.rulePattern }).check();
    await page.getByRole("textbox", { name: t.patternLabel }).fill("Rechnung_{{Nr}}.pdf");
    const zip = zipSync({
      "Rechnungen/Rechnung_1001.pdf": strToU8("%PDF 1001"),
      "Rechnungen/Rechnung_1002.pdf": strToU8("%PDF 1002"),
      "__MACOSX/Rechnungen/._Rechnung_1001.pdf": strToU8("x"),
    });
    await page.locator('input[name="attachment-zip"]').setInputFiles({ name: "rechnungen.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
    await page.getByText(t.filesCount(2, "18 B"), { exact: true }).waitFor();
    await page.getByText("Rechnung_1002.pdf (9 B)", { exact: true }).waitFor();
  });

  test.each([
    { lang: "en", theme: "light" },
    { lang: "de", theme: "dark" },
  ] as const)(
    "$lang, $theme, 320 px: a hostile ZIP — 1 GB of zeros, a size that lies, a path out of the archive, a name twice — each file refused by name, the invoices taken",
    async ({ lang, theme }) => {
      const { page, pageErrors } = await openPane(officeContext({ name: "", lang, theme }));
      await page.setViewportSize({ width: 320, height: VIEWPORT.height });
      const t = STRINGS[lang];
      await pasteTable(page, t.pasteLabel, PASTED_HTML, PASTED_TEXT);
      await stepButton(page, lang, "attachments").click();
      await page.getByRole("radio", { name: t.rulePattern }).check();
      await page.getByRole("textbox", { name: t.patternLabel }).fill("Rechnung_{{Nr}}.pdf");
      const MIB = 1024 * 1024;
      const bomb = zeroBomb(1024);
      const zip = craftZip([
        honest("Rechnungen/Rechnung_1001.pdf", Buffer.from("%PDF 1001")),
        honest("Rechnungen/Rechnung_1002.pdf", Buffer.from("%PDF 1002")),
        { name: "Rechnungen/Rechnung_1003.pdf", data: bomb, size: 1024 * MIB, crc: 0 },
        { name: "Rechnungen/Rechnung_1004.pdf", data: bomb, size: 20 * MIB, crc: 0 },
        honest("../../Rechnung_1005.pdf", Buffer.from("%PDF 1005")),
        honest("Rechnung_1006.pdf", Buffer.from("one")),
        honest("Rechnung_1006.pdf", Buffer.from("two")),
      ]);
      expect(zip.length).toBeLessThan(2.1 * MIB);
      await page.locator('input[name="attachment-zip"]').setInputFiles({ name: "rechnungen.zip", mimeType: "application/zip", buffer: Buffer.from(zip) });
      await page.getByText(t.filesCount(2, "18 B"), { exact: true }).waitFor();
      await page.getByText(t.zipRefusedTitle("rechnungen.zip", 4), { exact: true }).waitFor();
      for (const [name, kind] of [
        ["Rechnungen/Rechnung_1003.pdf", "too-large"],
        ["Rechnungen/Rechnung_1004.pdf", "damaged"],
        ["../../Rechnung_1005.pdf", "unsafe-path"],
        ["Rechnung_1006.pdf", "duplicate"],
      ] as const) {
        await page.getByText(t.zipRefused[kind](name, "150 MB"), { exact: true }).waitFor();
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.getByText(t.zipRefusedTitle("rechnungen.zip", 4), { exact: true }).scrollIntoViewIfNeeded();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 320, height: Math.max(VIEWPORT.height, height) });
      await page.screenshot({ path: path.join(SCREENSHOTS, `zip-refused-${lang}-${theme}-320.png`) });
      expect(await axeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
    },
  );

  // Issue 12, a narrow pane: Outlook's task pane is about 320 px wide. In German (the longer words), light and dark.
  test.each(["light", "dark"] as const)(
    "german-%s at 320 px: the address first in the grid, the ZIP button says what happens, and each answer comes into view above the footer",
    async (theme) => {
      const { page, pageErrors, consoleErrors } = await openPane(officeContext({ name: "", lang: "de", theme }));
      const t = STRINGS.de;
      const name = (step: string): string => `narrow-de-${theme}-${step}`;
      await page.getByRole("button", { name: t.useAttachedCsv }).and(page.locator(":not([aria-disabled='true'])")).waitFor();

      // ---- 1. A list as a club keeps it, the address last: the grid shows it first, in view beside the row number ----
      const rows = [
        ["Anrede", "Vorname", "Nachname", "Nr", "E-Mail"],
        ["Frau", "Anna", "Berg", "1001", "anna@example.de"],
        ["Herr", "Bob", "Kahn", "1002", "bob@example.de"],
      ];
      const html = `<html><body><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</table></body></html>`;
      await pasteTable(page, t.pasteLabel, html, rows.map((r) => r.join("\t")).join("\r\n"));
      await page.getByText(t.readyCount(2), { exact: true }).waitFor();
      const grid = page.getByRole("table", { name: t.gridLabel });
      expect(await grid.getByRole("columnheader").allTextContents()).toEqual([t.rowHeader, `E-Mail${t.toLabel}`, "Anrede", "Vorname", "Nachname", "Nr"]);
      const address = await grid.getByText("anna@example.de", { exact: true }).boundingBox();
      expect(address).not.toBeNull();
      expect((address?.x ?? 0) + (address?.width ?? 0)).toBeLessThanOrEqual(VIEWPORT.width);
      await snap(page, name("1-recipients"));
      expect(await axeViolations(page, { iframes: true })).toEqual([]);

      await stepButton(page, "de", "message").click();
      await page.getByRole("button", { name: t.readMessage }).click();
      await page.getByText(t.templateOk, { exact: true }).waitFor();

      // ---- 4. The test draft's answer comes into view (the ZIP way: a download of its own) ----
      await stepButton(page, "de", "create").click();
      await page.getByRole("radio", { name: t.gatewayNames.eml }).check();
      await stepButton(page, "de", "review").click();
      await page.evaluate(() => window.scrollTo(0, 0));
      const testDownload = page.waitForEvent("download");
      await page.getByRole("button", { name: t.testDraft }).click();
      await testDownload;
      await page.getByText(t.testDraftSent("kassenwart@tsv.example"), { exact: true }).waitFor();
      await inViewAboveFooter(page, t.testDraftSent("kassenwart@tsv.example"));

      // ---- 5. The button says it downloads a ZIP; once done, the label says so and the end is in view ----
      await stepButton(page, "de", "create").click();
      const start = page.getByRole("button", { name: t.zipButton(2) });
      await start.waitFor();
      const zip = page.waitForEvent("download");
      await start.click();
      expect((await zip).suggestedFilename()).toBe("rundmail-entwuerfe.zip");
      await page.getByText(t.runDone(2, 0), { exact: true }).waitFor();
      await page.getByText(t.runOverLabel.zip, { exact: true }).waitFor();
      expect(await page.getByText(t.progressLabel, { exact: true }).count()).toBe(0);
      await inViewAboveFooter(page, t.runDone(2, 0));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);
      await page.waitForFunction(() => {
        const bar = document.querySelector("[role=progressbar] > *");
        const track = document.querySelector("[role=progressbar]");
        return bar !== null && track !== null && Math.abs(bar.getBoundingClientRect().width - track.getBoundingClientRect().width) < 1;
      });
      await snap(page, name("5-done"));
      expect(await axeViolations(page, { iframes: true })).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  );

  test("keyboard only: Tab reaches the steps, Enter and Space use them, and the focus moves to the step's heading", async () => {
    const { page } = await openPane(officeContext({ name: "", lang: "en", theme: "light" }));
    const t = STRINGS.en;
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const e = document.activeElement;
        // What a screen reader names it: its aria-label where it has one (the step buttons), else its text.
        return `${e?.tagName.toLowerCase()}:${e?.getAttribute("aria-current") ?? ""}:${e?.getAttribute("aria-label") ?? e?.textContent ?? ""}`;
      });
    await page.getByRole("button", { name: t.useAttachedCsv }).and(page.locator(":not([aria-disabled='true'])")).waitFor();
    // The first Tab reaches the current step in the list of steps, the next one the step after it.
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(`button:step:${t.stepButton(1, t.steps.recipients)}`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await stepHeading(page)).toEqual({ text: t.steps.message, focused: true });
    // From the heading, Tab goes on into the step (once its code has loaded): Enter reads the message.
    await page.getByRole("button", { name: t.readMessage }).waitFor();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(`button::${t.readMessage}`);
    await page.keyboard.press("Enter");
    await page.getByText("Ihre Rechnung {{Nr}} für {{Vorname}}", { exact: true }).waitFor();
    // Back, with Space.
    await page.getByRole("button", { name: t.back }).focus();
    await page.keyboard.press("Space");
    expect(await stepHeading(page)).toEqual({ text: t.steps.recipients, focused: true });
    // Every control has a name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, textarea, select, [role=combobox], [role=radio], [role=checkbox]")]
        .filter((e) => !(e as HTMLElement).hidden)
        .filter((e) => {
          const labelledBy = e.getAttribute("aria-labelledby");
          const label = e.getAttribute("aria-label") ?? (labelledBy ? document.getElementById(labelledBy.split(" ")[0] ?? "")?.textContent : null);
          const labels = (e as HTMLInputElement).labels;
          return !(label?.trim() || e.textContent?.trim() || (labels && labels.length > 0));
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
  });

  test("the Content-Security-Policy refuses inline scripts and connections elsewhere", async () => {
    const { page, requests } = await openPane(officeContext({ name: "", lang: "en", theme: "light" }));
    const outcome = await page.evaluate(async () => {
      const violated: string[] = [];
      document.addEventListener("securitypolicyviolation", (event) => violated.push(event.effectiveDirective));
      const script = document.createElement("script");
      script.textContent = "window.rundmailInlineScriptRan = true;";
      document.head.append(script);
      const fetched = await fetch("https://example.org/").then(
        () => "fetched",
        () => "refused",
      );
      // Violation events are queued as tasks: let them arrive.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { violated: violated.sort(), fetched, inlineScriptRan: "rundmailInlineScriptRan" in window };
    });
    expect(outcome).toEqual({ violated: ["connect-src", "script-src-elem"], fetched: "refused", inlineScriptRan: false });
    expect(requests.filter((url) => url.startsWith("https://example.org"))).toEqual([]);
  });
});
