// The whole way through the sandbox (sandbox.html) in Chromium, as a user goes it: the simulated Outlook compose
// window with the sample message, the real task pane beside it, and what comes out at the end — the drafts of the
// ZIP download, parsed with mailparser, and the compose windows the simulated Outlook lists. Every step is checked
// with axe-core and photographed (light and dark, German and English) into test-output/screenshots/sandbox-*.png.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { unzipSync, strFromU8 } from "fflate";
import { mkdirSync, readFileSync } from "fs";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import path from "path";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { formatBytes, type Lang } from "../src/i18n";
import type { SandboxHost } from "../src/sandbox/sandboxGlobal";
import { CHROME_STRINGS } from "../src/sandbox/sandboxStrings";
import type { OpenedMessageWindow } from "../src/sandbox/simulatedMailbox";
import { STEPS, type StepId } from "../src/taskpane/state/wizard";
import { OFFICE_STRINGS } from "../src/office/strings";
import { STRINGS } from "../src/taskpane/strings";
import { axeViolations } from "./support/axe";
import { describeInBrowser, launchChromium } from "./support/browser";
import { escapeRegExp, goTo, next, PANE, paneFrame, pasteTable, SCREENSHOTS, snap as snapPage, startButtonName, VIEWPORT, type Sandbox } from "./support/sandboxPane";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";

const INVOICES = path.resolve(__dirname, "../samples/rechnungen");
const PATTERN = "Rechnung_{{Mitgliedsnummer}}.pdf";
const SAMPLE_SUBJECT = "Ihre Beitragsrechnung 2027 (Mitgliedsnummer {{Mitgliedsnummer}})";
const invoice = (n: number): string => `Rechnung_${n}.pdf`;
const invoiceBytes = (n: number): Buffer => readFileSync(path.join(INVOICES, invoice(n)));

/** What each member of samples/mitglieder.csv must get: one address, the merged subject and salutation, their invoice. */
interface Expected {
  readonly row: number;
  readonly to: string;
  readonly number: number;
  readonly salutation: string;
  /** The invoice that row must carry (by its number), when it carries one. */
  readonly file: number | null;
}

const MEMBERS: readonly Expected[] = [
  { row: 2, to: "anna.mueller@example.de", number: 1001, salutation: "Sehr geehrte Frau Müller,", file: 1001 },
  { row: 3, to: "j.weiss@example.de", number: 1002, salutation: "Sehr geehrter Herr Weiß,", file: 1002 },
  { row: 4, to: "kim.oeztuerk@example.org", number: 1003, salutation: "Hallo Kim Öztürk,", file: 1003 },
  // The cell reads "Sophie Größer <sophie@example.net>": the name goes with the one address.
  { row: 5, to: "sophie@example.net", number: 1004, salutation: "Sehr geehrte Frau Größer,", file: 1004 },
  { row: 6, to: "bjoern.schaefer@example.de", number: 1005, salutation: "Sehr geehrter Herr Schäfer,", file: 1005 },
  // An internationalised domain: xn--bcher-kva.example on the wire.
  { row: 7, to: "zoe@bücher.example", number: 1006, salutation: "Sehr geehrte Frau Lindqvist,", file: 1006 },
];
const subjectOf = (number: number): string => `Ihre Beitragsrechnung 2027 (Mitgliedsnummer ${number})`;
/** The forms an address takes in a message's source: as written, and with its domain in ASCII (xn--…). */
function addressForms(address: string): string[] {
  const at = address.lastIndexOf("@");
  return [address, `${address.slice(0, at)}@${new URL(`http://${address.slice(at + 1)}`).hostname}`];
}

/** A table as pasted: tab-separated, with the columns the sample template uses. */
const HEADER = ["Anrede", "Vorname", "Nachname", "E-Mail", "Mitgliedsnummer", "Beitrag", "Abteilung"];
const tsv = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.join("\t")).join("\r\n");

interface Variant {
  readonly lang: Lang;
  readonly theme: "light" | "dark";
  /** Rundmail opened on the message being written (default) or on the template in Sent Items (read mode). */
  readonly mode?: "compose" | "read";
}
const VARIANTS: readonly Variant[] = [
  { lang: "de", theme: "light" },
  { lang: "de", theme: "dark" },
  { lang: "en", theme: "light" },
  { lang: "en", theme: "dark" },
];
const THEMES = { light: webLightTheme, dark: webDarkTheme } as const;

/** "#292929" → "rgb(41, 41, 41)", as getComputedStyle writes it. */
function cssRgb(hex: string): string {
  const digits = /^#([0-9a-f]{6})$/i.exec(hex)?.[1];
  if (digits === undefined) throw new Error(`${hex} is not a #rrggbb colour.`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}



/** The whole page, the pane as tall as its content (support/sandboxPane.ts), as sandbox-`name`.png. */
const snap = (sandbox: Sandbox, name: string): Promise<void> => snapPage(sandbox, `sandbox-${name}`);

/** The progress bar grows to its end in a short transition: waited for, so that the picture shows it full. */
async function progressBarFull({ pane }: Sandbox): Promise<void> {
  await pane.getByRole("progressbar").evaluate(
    (track) =>
      new Promise<void>((resolve) => {
        const full = () => Math.abs((track.firstElementChild?.getBoundingClientRect().width ?? 0) - track.getBoundingClientRect().width) < 1;
        const check = () => (full() ? resolve() : requestAnimationFrame(check));
        check();
      }),
  );
}

/** A step done: photographed, and no serious or critical accessibility finding in the pane. */
async function stepChecked(sandbox: Sandbox, name: string): Promise<void> {
  await snap(sandbox, name);
  expect(await axeViolations(await paneFrame(sandbox.page))).toEqual([]);
}

/** Whether what is drawn at the middle of the first `selector` is that element (or inside it), not something over it. */
function topmostIsInside(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((css) => {
    const element = document.querySelector(css);
    if (element === null) return false;
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && element.contains(hit);
  }, selector);
}

/** The compose windows the simulated Outlook has open, as its state holds them. */
function openedWindows(page: Page): Promise<OpenedMessageWindow[]> {
  return page.evaluate(() => [...(window as unknown as { __rundmailSandbox: SandboxHost }).__rundmailSandbox.mailbox.state.openedWindows]);
}

/** The drafts of the ZIP: each .eml parsed, with its source; and report.csv. */
async function readZip(bytes: Uint8Array): Promise<{ drafts: { name: string; raw: string; mail: ParsedMail }[]; report: string; names: string[] }> {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const drafts = await Promise.all(
    names
      .filter((name) => name.endsWith(".eml"))
      .map(async (name) => {
        const content = files[name] ?? new Uint8Array();
        return { name, raw: strFromU8(content), mail: await simpleParser(Buffer.from(content)) };
      }),
  );
  return { drafts, report: strFromU8(files["report.csv"] ?? new Uint8Array()).replace(/^\uFEFF/, ""), names };
}

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (field === undefined ? [] : Array.isArray(field) ? field : [field]).flatMap((a) => a.value.map((v) => v.address ?? ""));

/**
 * The ZIP holds one draft per expected row and nothing else: exactly one To (the row's), no Cc or Bcc, the merged
 * subject and salutation, the row's invoice byte for byte, no other row's address anywhere in it, marked unsent;
 * report.csv lists every row.
 */
async function expectDrafts(zip: Uint8Array, expected: readonly Expected[]): Promise<void> {
  const { drafts, report, names } = await readZip(zip);
  expect(names.sort()).toEqual([...drafts.map((d) => d.name), "report.csv"].sort());
  expect(drafts).toHaveLength(expected.length);
  for (const row of expected) {
    const draft = drafts.find((d) => addresses(d.mail.to).includes(row.to));
    if (draft === undefined) throw new Error(`No draft for row ${row.row} (${row.to}).`);
    const { mail, raw } = draft;
    const headers = raw.slice(0, raw.indexOf("\r\n\r\n"));
    expect(headers.match(/^To:/gim)).toHaveLength(1);
    expect(headers).not.toMatch(/^(Cc|Bcc):/im);
    expect(addresses(mail.to)).toEqual([row.to]);
    expect(addresses(mail.cc)).toEqual([]);
    expect(addresses(mail.bcc)).toEqual([]);
    expect(mail.subject).toBe(subjectOf(row.number));
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.text).toContain(row.salutation);
    expect(mail.html || "").toContain(row.salutation);
    expect(mail.text).toContain(`Mitgliedsnummer ${row.number}.`);
    expect(mail.attachments.map((a) => a.filename)).toEqual(row.file === null ? [] : [invoice(row.file)]);
    if (row.file !== null) expect(mail.attachments[0]?.content.equals(invoiceBytes(row.file))).toBe(true);
    // Nobody else: no other row's address in the source, the text, the HTML or a file name.
    const everything = [raw, mail.text ?? "", mail.html || "", ...mail.attachments.map((a) => a.filename ?? "")].join("\n");
    for (const other of MEMBERS.filter((m) => m.to !== row.to)) {
      for (const form of addressForms(other.to)) expect(everything).not.toContain(form);
    }
  }
  const lines = report.trimEnd().split("\r\n");
  expect(lines).toHaveLength(expected.length + 1);
  // One line per row: its number, its address, a status, and the draft's file.
  for (const row of expected) {
    const file = drafts.find((d) => addresses(d.mail.to).includes(row.to))?.name ?? "";
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${row.row}[;,]${escapeRegExp(row.to)}[;,][^;,]+[;,]${escapeRegExp(file)}$`)));
  }
}

describeInBrowser("the sandbox end to end: from the message and its list to the drafts", () => {
  let addin: ServedAddin;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await addin?.close();
  });

  /**
   * A fresh sandbox with the sample message, Outlook set to the variant's language and theme through the page's own
   * selectors (each reloads the task pane, as reopening it in Outlook would), and the pane connected to Outlook.
   */
  async function openSandbox({ lang, theme, mode = "compose" }: Variant): Promise<Sandbox> {
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    contexts.push(context);
    // Nothing may leave the test server, whatever the page does.
    await context.route(
      (url) => url.origin !== addin.origin,
      (route) => route.abort("blockedbyclient"),
    );
    const page = await context.newPage();
    const c = CHROME_STRINGS[lang];
    const sandbox: Sandbox = { context, page, pane: page.frameLocator(PANE), t: STRINGS[lang], c, lang, consoleErrors: [], pageErrors: [] };
    page.on("console", (message) => {
      if (message.type() === "error") sandbox.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => sandbox.pageErrors.push(error.message));
    await page.goto(`${addin.origin}/sandbox.html?example`);
    // The sandbox starts as German, light Outlook; its settings then speak the chosen language.
    if (lang === "en") await page.getByRole("combobox", { name: CHROME_STRINGS.de.language }).selectOption("en-US");
    if (theme === "dark") await page.getByRole("combobox", { name: c.theme }).selectOption({ label: c.dark });
    if (mode === "read") {
      await page.getByRole("combobox", { name: c.openedOn }).selectOption("read");
      // The pane reloaded on the read-mode Office.js (the subject is a string in Office.MessageRead).
      await page.waitForFunction((selector) => {
        const frame = document.querySelector<HTMLIFrameElement>(selector);
        const office = (frame?.contentWindow as unknown as { Office?: typeof Office } | null)?.Office;
        return typeof office?.context.mailbox.item?.subject === "string";
      }, PANE);
    }
    const { pane, t } = sandbox;
    await pane.locator(`html[lang="${lang}"]`).waitFor({ state: "attached" });
    await pane.getByText(t.recipientsIntro, { exact: true }).waitFor();
    // Outlook is connected once the attached lists are offered.
    await pane.getByRole("button", { name: t.useAttachedCsv }).and(pane.locator(":not([aria-disabled='true'])")).waitFor();
    const background = await pane.locator(".fui-FluentProvider").first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe(cssRgb(THEMES[theme].colorNeutralBackground1));
    return sandbox;
  }

  /** Creates the drafts with the ZIP gateway and answers the ZIP's bytes, once the run says it is done. */
  async function createZip(sandbox: Sandbox, count: number): Promise<Uint8Array> {
    const { page, pane, t } = sandbox;
    await pane.getByRole("radio", { name: t.gatewayNames.eml }).check();
    const [zip] = await Promise.all([page.waitForEvent("download"), pane.getByRole("button", { name: t.zipButton(count) }).click()]);
    expect(zip.suggestedFilename()).toBe(sandbox.lang === "de" ? "rundmail-entwuerfe.zip" : "rundmail-drafts.zip");
    await pane.getByText(t.runDone(count, 0), { exact: true }).waitFor();
    return new Uint8Array(readFileSync(await zip.path()));
  }

  test.each(VARIANTS)(
    "$lang-$theme: the attached list and the attached invoices, by pattern, become one private draft per member in a ZIP",
    async (variant) => {
      const sandbox = await openSandbox(variant);
      const { pane, t, lang } = sandbox;
      const name = (step: StepId | "create-done"): string =>
        `${lang}-${variant.theme}-${step === "create-done" ? 6 : STEPS.indexOf(step) + 1}-${step}`;

      // ---- 1. Recipients: the list attached to the message ----
      await pane.getByRole("button", { name: t.useAttachedCsv }).click();
      await pane.getByRole("button", { name: t.useAttachment("mitglieder.csv", formatBytes(447, lang)) }).click();
      await pane.getByText(`${t.tableFrom.attachment("mitglieder.csv")}: ${t.tableSize(6, 7)}`, { exact: true }).waitFor();
      await pane.getByText(t.readyCount(6), { exact: true }).waitFor();
      expect(await pane.getByRole("combobox", { name: t.emailColumnLabel }).textContent()).toBe("E-Mail");
      expect(await pane.getByRole("table", { name: t.gridLabel }).getAttribute("aria-rowcount")).toBe("7");
      await stepChecked(sandbox, name("recipients"));

      // ---- 2. Message: read from the compose window on the way (the list came from it) ----
      await next(sandbox, "message");
      await pane.getByText(t.templateOk, { exact: true }).waitFor();
      await pane.getByText(SAMPLE_SUBJECT, { exact: true }).waitFor();
      await stepChecked(sandbox, name("message"));

      // ---- 3. Attachments: the pattern names each member's invoice among the message's attachments ----
      await next(sandbox, "attachments");
      await pane.getByRole("radio", { name: t.rulePattern }).check();
      await pane.getByRole("textbox", { name: t.patternLabel }).fill(PATTERN);
      const rowFiles = pane.getByRole("list", { name: t.rowFilesLabel });
      await rowFiles.getByText(`${invoice(1001)} (${formatBytes(900, lang)})`, { exact: true }).waitFor();
      await pane.getByText(t.recipientListNeverSent("mitglieder.csv"), { exact: true }).waitFor();
      // Each invoice goes only to the row naming it, not to everyone.
      for (const member of MEMBERS) {
        expect(await pane.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(invoice(member.number))}`) }).isChecked()).toBe(false);
      }
      // Each says which row: "Only for row 2, which names it".
      for (const member of MEMBERS) expect(await pane.getByText(t.namedByRows([member.row], 0), { exact: true }).count()).toBe(1);
      await stepChecked(sandbox, name("attachments"));

      // ---- 4. Review: row 2 as it will be created ----
      await next(sandbox, "review");
      await pane.getByText(t.rowPosition(2, 1, 6), { exact: true }).waitFor();
      expect(await pane.getByTestId("draft-subject").textContent()).toBe(subjectOf(1001));
      await pane.getByText(`${invoice(1001)} (${formatBytes(900, lang)})`, { exact: true }).waitFor();
      await pane.getByText(t.allGood, { exact: true }).waitFor();
      const preview = pane.frameLocator(`iframe[title="${t.draftPreviewLabel(2)}"]`);
      await preview.getByText(MEMBERS[0]?.salutation ?? "", { exact: true }).waitFor();
      await stepChecked(sandbox, name("review"));

      // ---- 5. Create: no compose windows while writing (a read-mode API), and the pane says where to get them; the ZIP ----
      await next(sandbox, "create");
      expect(await pane.getByRole("radio", { name: t.gatewayNames.compose }).isDisabled()).toBe(true);
      await pane.getByText(OFFICE_STRINGS[lang].composeWindowsOnlyWhileReading, { exact: true }).waitFor();
      await pane.getByRole("radio", { name: t.gatewayNames.eml }).check();
      await stepChecked(sandbox, name("create"));
      const zip = await createZip(sandbox, 6);
      expect(await pane.getByRole("list", { name: t.resultsLabel }).getByRole("listitem").count()).toBe(6);
      await progressBarFull(sandbox);
      await stepChecked(sandbox, name("create-done"));

      await expectDrafts(zip, MEMBERS);
      // Nothing went through Outlook's compose windows.
      expect(await openedWindows(sandbox.page)).toEqual([]);
      expect(sandbox.pageErrors).toEqual([]);
      expect(sandbox.consoleErrors).toEqual([]);
    },
  );

  test("en-light, read mode (the template in Sent Items): a pasted table with a broken address blocks Create until it is pasted again corrected; then one compose window per member", async () => {
    const sandbox = await openSandbox({ lang: "en", theme: "light", mode: "read" });
    const { page, pane, t } = sandbox;
    const rows = [
      ["Frau", "Anna", "Müller", "anna.mueller@example.de", "1001", "120,00", "Turnen"],
      ["Herr", "Jürgen", "Weiß", "j.weiss@@example.de", "1002", "96,00", "Fußball"],
      ["", "Kim", "Öztürk", "kim.oeztuerk@example.org", "1003", "60,00", "Schwimmen"],
    ];
    const problem = `'j.weiss@@example.de' is not an e-mail address. Correct the cell or remove the row.`;

    // ---- The broken row is shown where it is put right ----
    await pasteTable(sandbox, tsv([HEADER, ...rows]));
    const grid = pane.getByRole("table", { name: t.gridLabel });
    await grid.getByRole("row").filter({ hasText: "j.weiss@@example.de" }).getByText(problem, { exact: true }).waitFor();
    expect(await pane.getByText(t.readyCount(2), { exact: true }).isVisible()).toBe(true);
    expect(await pane.getByText(t.errorRowCount(1), { exact: true }).isVisible()).toBe(true);
    await stepChecked(sandbox, "compose-1-recipients-error");

    // ---- The template comes from the message open to read ----
    await next(sandbox, "message");
    await pane.getByText(t.messageIntroRead, { exact: true }).waitFor();
    await pane.getByRole("button", { name: t.readMessage }).click();
    await pane.getByText(t.templateOk, { exact: true }).waitFor();
    await pane.getByText(SAMPLE_SUBJECT, { exact: true }).waitFor();

    // The invoices attached to the message would otherwise go to everyone: this list gets no files.
    await next(sandbox, "attachments");
    await pane.getByRole("checkbox", { name: t.toEveryone("mitglieder.csv"), exact: false }).waitFor();
    expect(await pane.getByRole("radio", { name: t.ruleNone }).isChecked()).toBe(true);
    for (const member of MEMBERS) await pane.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(invoice(member.number))}`) }).uncheck();
    await stepChecked(sandbox, "compose-3-attachments");

    // ---- Create is blocked, and the error is listed ----
    await goTo(sandbox, "create");
    const create2 = pane.getByRole("button", { name: startButtonName(t, 2) });
    expect(await create2.getAttribute("aria-disabled")).toBe("true");
    await pane.getByText(t.createBlocked.errors, { exact: true }).waitFor();
    await pane.getByText(t.errorsToFix(1), { exact: true }).waitFor();
    await pane.getByText(`Row 3: ${problem}`, { exact: true }).waitFor();
    // A click on the blocked button (it stays focusable, so it can be clicked) starts nothing.
    await create2.click({ force: true });
    expect(await pane.getByRole("progressbar").count()).toBe(0);
    expect(await create2.isVisible()).toBe(true);
    expect(await openedWindows(page)).toEqual([]);
    await stepChecked(sandbox, "compose-5-create-blocked");

    // ---- Put right: the table pasted again, corrected ----
    await goTo(sandbox, "recipients");
    await pasteTable(sandbox, tsv([HEADER, ...rows.map((r) => r.map((cell) => cell.replace("@@", "@")))]));
    await pane.getByText(t.readyCount(3), { exact: true }).waitFor();
    expect(await pane.getByText(t.errorRowCount(1), { exact: true }).count()).toBe(0);
    expect(await grid.getByText(problem).count()).toBe(0);

    await goTo(sandbox, "create");
    await pane.getByRole("radio", { name: t.gatewayNames.compose }).check();
    // With windows chosen, the button says so.
    const create3 = pane.getByRole("button", { name: t.composeButton(3) });
    expect(await create3.getAttribute("aria-disabled")).toBeNull();
    expect(await pane.getByText(t.createBlockedTitle).count()).toBe(0);
    await stepChecked(sandbox, "compose-5-create-ready");
    await create3.click();
    await pane.getByText(t.runDone(3, 0), { exact: true }).waitFor();
    await progressBarFull(sandbox);

    // ---- The simulated Outlook opened one window per member, each to that member alone ----
    const expected = MEMBERS.slice(0, 3);
    await page.getByRole("heading", { name: "Message windows opened by the add-in (3)" }).waitFor();
    const windows = await openedWindows(page);
    expect(windows.map((w) => ({ to: w.to, cc: w.cc, bcc: w.bcc, subject: w.subject, attachments: w.attachments, openedWith: w.openedWith }))).toEqual(
      expected.map((m) => ({ to: [m.to], cc: [], bcc: [], subject: subjectOf(m.number), attachments: [], openedWith: "displayNewMessageFormAsync" })),
    );
    for (const [i, member] of expected.entries()) {
      const body = windows[i]?.htmlBody ?? "";
      expect(body).toContain(member.salutation);
      for (const other of MEMBERS.filter((m) => m.to !== member.to)) expect(body).not.toContain(other.to);
      // What the user sees: the window's card, its one To, its subject, its body.
      const card = page.getByRole("listitem", { name: `Message to ${member.to}` });
      const text = await card.innerText();
      expect(text).toContain(`To: ${member.to}`);
      expect(text).toContain(`Subject: ${subjectOf(member.number)}`);
      expect(text).not.toMatch(/^(Cc|Bcc|Attachments):/m);
      await card.frameLocator("iframe").getByText(member.salutation, { exact: true }).waitFor();
    }
    expect(await page.getByRole("listitem", { name: /^Message to / }).count()).toBe(3);
    await snap(sandbox, "compose-6-windows");
    expect(await axeViolations(page)).toEqual([]);
    expect(sandbox.pageErrors).toEqual([]);
    expect(sandbox.consoleErrors).toEqual([]);
  });

  /** The message's own invoices are removed in the compose window first: the files come from the computer. */
  const PICKED: readonly {
    readonly name: string;
    readonly variant: Variant;
    readonly rule: "pattern" | "column";
    readonly expected: readonly Expected[];
  }[] = [
    { name: "the attached list, a pattern", variant: { lang: "de", theme: "light" }, rule: "pattern", expected: MEMBERS },
    {
      name: "a pasted table, a column naming each row's file",
      variant: { lang: "en", theme: "dark" },
      rule: "column",
      // The column, not the member number, decides: the first two swap invoices; case and folders do not matter.
      expected: [
        { row: 2, to: "anna.mueller@example.de", number: 1001, salutation: "Sehr geehrte Frau Müller,", file: 1002 },
        { row: 3, to: "j.weiss@example.de", number: 1002, salutation: "Sehr geehrter Herr Weiß,", file: 1001 },
        { row: 4, to: "kim.oeztuerk@example.org", number: 1003, salutation: "Hallo Kim Öztürk,", file: 1003 },
      ],
    },
  ];

  test.each(PICKED)("$variant.lang-$variant.theme: files picked from the computer, $name: review and drafts carry each row's own file", async ({ variant, rule, expected }) => {
    const sandbox = await openSandbox(variant);
    const { page, pane, t, c, lang } = sandbox;

    // The user takes the invoices off the message in the compose window.
    const compose = page.getByRole("region", { name: c.composeRegion });
    for (const member of MEMBERS) await compose.getByRole("button", { name: c.remove(invoice(member.number)) }).click();
    expect(await compose.getByRole("list", { name: c.attachments }).getByRole("listitem").allInnerTexts()).toEqual([expect.stringContaining("mitglieder.csv")]);

    if (rule === "pattern") {
      await pane.getByRole("button", { name: t.useAttachedCsv }).click();
      await pane.getByRole("button", { name: t.useAttachment("mitglieder.csv", formatBytes(447, lang)) }).click();
      await pane.getByText(t.readyCount(6), { exact: true }).waitFor();
      await next(sandbox, "message");
      await pane.getByText(t.templateOk, { exact: true }).waitFor();
    } else {
      const files = ["rechnungen/RECHNUNG_1002.PDF", "Rechnung_1001.pdf", "Rechnungen\\Rechnung_1003.pdf"];
      const table = MEMBERS.slice(0, 3).map((m, i) => [
        ...HEADER.map((column) => {
          const cells: Record<string, string> = {
            Anrede: ["Frau", "Herr", ""][i] ?? "",
            Vorname: ["Anna", "Jürgen", "Kim"][i] ?? "",
            Nachname: ["Müller", "Weiß", "Öztürk"][i] ?? "",
            "E-Mail": m.to,
            Mitgliedsnummer: String(m.number),
            Beitrag: "60,00",
            Abteilung: "Turnen",
          };
          return cells[column] ?? "";
        }),
        files[i] ?? "",
      ]);
      await pasteTable(sandbox, tsv([[...HEADER, "Rechnung"], ...table]));
      await pane.getByText(t.readyCount(3), { exact: true }).waitFor();
      await next(sandbox, "message");
      await pane.getByRole("button", { name: t.readMessage }).click();
      await pane.getByText(t.templateOk, { exact: true }).waitFor();
    }

    await next(sandbox, "attachments");
    if (rule === "pattern") {
      await pane.getByRole("radio", { name: t.rulePattern }).check();
      await pane.getByRole("textbox", { name: t.patternLabel }).fill(PATTERN);
    } else {
      await pane.getByRole("radio", { name: t.ruleColumn }).check();
      await pane.getByRole("combobox", { name: t.attachmentColumnLabel }).click();
      await pane.getByRole("option", { name: "Rechnung", exact: true }).click();
      expect(await pane.getByRole("combobox", { name: t.attachmentColumnLabel }).textContent()).toBe("Rechnung");
      // The closed list leaves the pane as it was: nothing lies over it (Fluent's layer for pop-ups once did).
      expect(await topmostIsInside(await paneFrame(page), "h2")).toBe(true);
    }
    const picked = MEMBERS.map((m) => path.join(INVOICES, invoice(m.number)));
    await pane.locator('input[name="attachment-files"]').setInputFiles(picked);
    const total = MEMBERS.reduce((sum, m) => sum + invoiceBytes(m.number).length, 0);
    await pane.getByText(t.filesCount(6, formatBytes(total, lang)), { exact: true }).waitFor();
    const firstFile = expected[0]?.file ?? 0;
    await pane
      .getByRole("list", { name: t.rowFilesLabel })
      .getByText(`${invoice(firstFile)} (${formatBytes(invoiceBytes(firstFile).length, lang)})`, { exact: true })
      .waitFor();
    await stepChecked(sandbox, `picked-${rule}-3-attachments`);

    // ---- Review: row 2 carries its own file, and the next row its own ----
    await next(sandbox, "review");
    await pane.getByText(t.rowPosition(2, 1, expected.length), { exact: true }).waitFor();
    const shown = (file: number | null) =>
      file === null ? t.none : `${invoice(file)} (${formatBytes(invoiceBytes(file).length, lang)})`;
    const attachmentsOfDraft = pane.locator("dt", { hasText: t.attachmentsLabel }).locator("xpath=following-sibling::dd[1]");
    expect(await attachmentsOfDraft.textContent()).toBe(shown(firstFile));
    await stepChecked(sandbox, `picked-${rule}-4-review`);
    await pane.getByRole("button", { name: t.nextRow, exact: true }).click();
    await pane.getByText(t.rowPosition(3, 2, expected.length), { exact: true }).waitFor();
    expect(await attachmentsOfDraft.textContent()).toBe(shown(expected[1]?.file ?? null));

    // ---- Create: the picked files' bytes reach the drafts ----
    await next(sandbox, "create");
    await expectDrafts(await createZip(sandbox, expected.length), expected);
    expect(sandbox.pageErrors).toEqual([]);
    expect(sandbox.consoleErrors).toEqual([]);
  });
});
