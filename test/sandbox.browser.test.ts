// The sandbox (sandbox.html) in a real Chromium: the simulated Outlook compose window with the sample message, the
// real task pane in its frame running on the simulated Office.js, the two wired together — and not one request
// leaving the test server.
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { describeInBrowser, launchChromium } from "./support/browser";
import { CHROME_STRINGS } from "../src/sandbox/sandboxStrings";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";
import { PANE } from "./support/sandboxPane";

const SCREENSHOTS = path.resolve(__dirname, "../test-output/screenshots");
const SAMPLE_SUBJECT = "Ihre Beitragsrechnung 2027 (Mitgliedsnummer {{Mitgliedsnummer}})";
// The sandbox starts as a German Outlook, and speaks German all round.
const c = CHROME_STRINGS.de;
const CSP = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/;

describeInBrowser("the sandbox in Chromium", () => {
  let addin: ServedAddin;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    // Nothing may reach anywhere else, whatever the page does; its requests are still recorded and checked.
    await context.route(
      (url) => url.origin !== addin.origin,
      (route) => route.abort("blockedbyclient"),
    );
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${addin.origin}/sandbox.html?example`);
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await addin?.close();
  });

  /** The task pane's frame, once its page has loaded. */
  async function paneFrame(): Promise<Frame> {
    await page.locator(PANE).waitFor({ state: "attached" });
    const frame = page.frames().find((f) => f.url().endsWith("/taskpane-sandbox.html"));
    if (frame === undefined) throw new Error("The task pane frame is not there.");
    await frame.waitForLoadState("load");
    return frame;
  }

  test("shows the sample message in the compose window and the real task pane beside it", async () => {
    const pane = page.frameLocator(PANE);
    await pane.getByRole("heading", { name: "Rundmail", exact: true }).first().waitFor({ state: "visible" });

    const compose = page.getByRole("region", { name: c.composeRegion });
    expect(await compose.getByRole("textbox", { name: c.subject }).inputValue()).toBe(SAMPLE_SUBJECT);
    expect(await compose.getByRole("textbox", { name: c.messageBody }).innerText()).toContain("{{Mitgliedsnummer}}");
    const attachments = compose.getByRole("list", { name: c.attachments }).getByRole("listitem");
    expect(await attachments.count()).toBe(7);
    expect(await attachments.first().innerText()).toContain("mitglieder.csv");

    // The frame runs on the simulated Office.js, which reads this page's message.
    const frame = await paneFrame();
    const seen = await frame.evaluate(async () => {
      const office = (window as unknown as { Office: typeof Office }).Office;
      const info = await office.onReady();
      const item = office.context.mailbox.item as Office.MessageCompose;
      const subject = await new Promise<string>((resolve) => item.subject.getAsync((r) => resolve(r.value)));
      return { host: info.host, subject, mailbox114: office.context.requirements.isSetSupported("Mailbox", "1.14") };
    });
    expect(seen).toEqual({ host: "Outlook", subject: SAMPLE_SUBJECT, mailbox114: true });

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "sandbox.png"), fullPage: true });
  });

  test("what the task pane does through Office.js shows in the simulated Outlook; while writing there are no compose windows", async () => {
    const frame = await paneFrame();
    const outcome = await frame.evaluate(async () => {
      const office = (window as unknown as { Office: typeof Office }).Office;
      await office.onReady();
      const item = office.context.mailbox.item as Office.MessageCompose;
      const inserted = await new Promise<string>((resolve) =>
        item.body.setSelectedDataAsync("{{Vorname}} ", { coercionType: office.CoercionType.Text }, (r) => resolve(String(r.status))),
      );
      // "Applicable Outlook mode: Read" (Office.Mailbox in @types/office-js): absent in compose.
      const mailbox = office.context.mailbox as Partial<Office.Mailbox>;
      return { inserted, async: typeof mailbox.displayNewMessageFormAsync, sync: typeof mailbox.displayNewMessageForm };
    });
    expect(outcome).toEqual({ inserted: "succeeded", async: "undefined", sync: "undefined" });

    // Inserted at the top of the body (the cursor was never in it).
    const body = page.getByRole("textbox", { name: c.messageBody });
    expect(await body.innerText()).toMatch(/^\{\{Vorname\}\}\s+\{\{#Anrede=Frau\}\}/);
  });

  test("a field goes where the cursor is in the compose window's body", async () => {
    const body = page.getByRole("textbox", { name: c.messageBody });
    // The user clicks at the end of the closing paragraph ("… e. V.").
    await body.evaluate((element) => {
      const last = element.querySelector("p:last-of-type");
      if (last === null) throw new Error("no paragraph");
      (element as HTMLElement).focus();
      document.getSelection()?.setPosition(last, last.childNodes.length);
    });
    await page.waitForTimeout(50); // selectionchange arrives as a task
    const frame = await paneFrame();
    const status = await frame.evaluate(async () => {
      const office = (window as unknown as { Office: typeof Office }).Office;
      const item = office.context.mailbox.item as Office.MessageCompose;
      return new Promise<string>((resolve) =>
        item.body.setSelectedDataAsync(" {{Abteilung}}", { coercionType: office.CoercionType.Html }, (r) => resolve(String(r.status))),
      );
    });
    expect(status).toBe("succeeded");
    expect(await body.locator("p:last-of-type").innerText()).toMatch(/e\.\s?V\. \{\{Abteilung\}\}$/);
  });

  test("loads everything from its own origin: the sandbox task pane has no Microsoft script and no Microsoft origin in its policy", async () => {
    const origins = new Set(requests.map((url) => new URL(url).origin).filter((origin) => origin !== "null"));
    expect([...origins]).toEqual([addin.origin]);
    expect(requests.filter((url) => url.includes("appsforoffice"))).toEqual([]);
    expect(requests).toEqual(
      expect.arrayContaining([`${addin.origin}/taskpane-sandbox.html`, `${addin.origin}/sandbox/samples/mitglieder.csv`, `${addin.origin}/sandbox/samples/rechnung.html`]),
    );
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);

    const sandboxPane = readFileSync(path.join(addin.dir, "taskpane-sandbox.html"), "utf8");
    const realPane = readFileSync(path.join(addin.dir, "taskpane.html"), "utf8");
    // The same policy less Microsoft's origins: Office.js is simulated, and Graph is the emulator on this origin —
    // its upload URLs on a second one, as Graph's are on outlook.office.com, which the pane may connect to.
    const microsoft = [" https://appsforoffice.microsoft.com", " https://graph.microsoft.com", " https://outlook.office.com"];
    const local = microsoft.reduce((policy, origin) => policy?.split(origin).join(""), CSP.exec(realPane)?.[1]);
    expect(CSP.exec(sandboxPane)?.[1]).toBe(local?.replace("connect-src 'self'", `connect-src 'self' ${addin.uploadOrigin}`));
    expect(CSP.exec(sandboxPane)?.[1]).toContain(`connect-src 'self' ${addin.uploadOrigin};`);
    // Outlook's own pane may reach Graph and Graph's upload URLs, and nothing else.
    expect(CSP.exec(realPane)?.[1]).toContain("connect-src 'self' https://graph.microsoft.com https://outlook.office.com;");
    expect(sandboxPane).not.toMatch(/microsoft\.com|office\.com/);
    expect(CSP.exec(sandboxPane)?.[1]).toContain("script-src 'self';");
    expect(sandboxPane).not.toContain("appsforoffice");
    expect(sandboxPane).toMatch(/<script src="?sandbox-office\.[0-9a-f]+\.js"?><\/script>/);
    // The same task pane bundle as Outlook's.
    const bundle = (html: string) => /<script [^>]*src="?(taskpane\.[0-9a-f]+\.js)/.exec(html)?.[1];
    expect(bundle(sandboxPane)).toBeDefined();
    expect(bundle(sandboxPane)).toBe(bundle(realPane));
  });

  test("read mode: the template in Sent Items, read only; the pane reads it and opens compose windows from there", async () => {
    await page.getByRole("combobox", { name: c.openedOn }).selectOption("read");
    const reading = page.getByRole("region", { name: c.readRegion });
    await reading.waitFor();
    expect(await page.getByRole("region", { name: c.composeRegion }).count()).toBe(0);
    expect(await reading.getByRole("heading", { level: 2 }).innerText()).toBe(SAMPLE_SUBJECT);
    expect(await reading.getByRole("list", { name: c.attachments }).getByRole("listitem").first().innerText()).toContain("mitglieder.csv");
    await reading.frameLocator("iframe").getByText("{{Mitgliedsnummer}}", { exact: false }).first().waitFor();

    // The reloaded frame runs on an Office.js in read mode: Office.MessageRead, and the mailbox's compose windows.
    await page.waitForFunction((pane) => {
      const frame = document.querySelector<HTMLIFrameElement>(pane);
      const office = (frame?.contentWindow as unknown as { Office?: typeof Office } | null)?.Office;
      return typeof office?.context.mailbox.item?.subject === "string";
    }, PANE);
    const frame = await paneFrame();
    const outcome = await frame.evaluate(async () => {
      const office = (window as unknown as { Office: typeof Office }).Office;
      await office.onReady();
      const item = office.context.mailbox.item as Office.MessageRead;
      const opened = await new Promise<string>((resolve) =>
        office.context.mailbox.displayNewMessageFormAsync(
          { toRecipients: ["anna.mueller@example.de"], subject: "Ihre Beitragsrechnung 2027 (Mitgliedsnummer 1001)", htmlBody: "<p>Sehr geehrte Frau Müller,</p>" },
          (r) => resolve(String(r.status)),
        ),
      );
      let thrown = "";
      try {
        office.context.mailbox.displayNewMessageFormAsync({ toRecipients: ["a@example.de"], subject: "x".repeat(256) });
      } catch (error) {
        thrown = (error as Error).name;
      }
      return { subject: item.subject, attachments: item.attachments.length, getTypeAsync: typeof (item.body as Partial<Office.Body>).getTypeAsync, opened, thrown };
    });
    expect(outcome).toEqual({ subject: SAMPLE_SUBJECT, attachments: 7, getTypeAsync: "undefined", opened: "succeeded", thrown: "Sys.ArgumentOutOfRangeException" });

    // One window opened, offered as .eml.
    const card = page.getByRole("listitem", { name: c.openedLabel("anna.mueller@example.de") });
    await card.waitFor({ state: "visible" });
    expect(await card.innerText()).toContain("Ihre Beitragsrechnung 2027 (Mitgliedsnummer 1001)");
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: c.downloadEml }).click()]);
    expect(download.suggestedFilename()).toBe("1-anna.mueller@example.de.eml");
    await page.screenshot({ path: path.join(SCREENSHOTS, "sandbox-opened-window.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
