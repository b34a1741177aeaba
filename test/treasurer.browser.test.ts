// The treasurer's afternoon (issue 12), end to end in the sandbox at Outlook's 320 px: a five-row list with two
// broken rows is pasted; one is corrected in the grid, the other left out; four drafts reach the Graph emulator's
// mailbox and the report says which row was left out, by whom. The same list pasted again (the same corrections, so
// the same drafts) is recognised, and Create asks first: the focused answer is "no", and nothing new is created.
// The edit dialog, the excluded row and the question are photographed in both languages, light and dark, into
// /tmp/shots-wt-rows/ (to be looked at, not compared).
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import type { Lang } from "../src/i18n";
import { describeInBrowser, launchChromium } from "./support/browser";
import { axeViolations, chooseTheme, escapeRegExp, next, pasteTable, openSandbox, PANE, paneFrame, reloadPane, type Sandbox } from "./support/sandboxPane";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";

const SHOTS = "/tmp/shots-wt-rows";
/** Outlook's task pane on the desktop (the sandbox's own frame is a little wider). */
const PANE_WIDTH = 320;

/** The columns the sandbox's sample message uses; row 3 has two addresses in one cell, row 5 "(at)" for "@". */
const LIST = [
  ["Anrede", "Vorname", "Nachname", "E-Mail", "Mitgliedsnummer", "Beitrag", "Abteilung"],
  ["Frau", "Anna", "Berg", "anna@verein.example", "1001", "60,00", "Turnen"],
  ["Herr", "Bob", "Brandt", "bob@verein.example, berta@verein.example", "1002", "60,00", "Turnen"],
  ["", "Kim", "Koch", "kim@verein.example", "1003", "45,00", "Schwimmen"],
  ["Frau", "Nele", "Neumann", "nele(at)verein.example", "1004", "60,00", "Turnen"],
  ["Herr", "Otto", "Ost", "otto@verein.example", "1005", "45,00", "Schwimmen"],
];
const LIST_TEXT = LIST.map((cells) => cells.join("\t")).join("\r\n");
const CREATED = ["anna@verein.example", "kim@verein.example", "nele@verein.example", "otto@verein.example"];

interface Variant {
  readonly lang: Lang;
  readonly theme: "light" | "dark";
}

const VARIANTS: readonly Variant[] = [
  { lang: "de", theme: "light" },
  { lang: "de", theme: "dark" },
  { lang: "en", theme: "light" },
  { lang: "en", theme: "dark" },
];

/** The pane's frame at 320 px (set again after every reload that replaces the frame). */
async function narrow({ page }: Sandbox): Promise<void> {
  await page.locator(PANE).evaluate((frame, width) => ((frame as HTMLElement).style.width = `${width}px`), PANE_WIDTH);
}

/** What the task pane shows at this moment, as the user sees it in its 320 × 680 frame. */
async function shot(sandbox: Sandbox, variant: Variant, name: string): Promise<void> {
  await sandbox.page.locator(PANE).screenshot({ path: path.join(SHOTS, `${variant.lang}-${variant.theme}-${name}.png`) });
}


/** The message's own attachments (the sample's invoices) would go to everyone: the treasurer removes them. */
async function removeAttachments({ page, c }: Sandbox): Promise<void> {
  const compose = page.getByRole("region", { name: c.composeRegion });
  // "Remove Rechnung_1001.pdf" / "Rechnung_1001.pdf entfernen": the sandbox's words around any file name.
  const [before = "", after = ""] = c.remove("\u0000").split("\u0000");
  const remove = compose.getByRole("button", { name: new RegExp(`^${escapeRegExp(before)}.+${escapeRegExp(after)}$`) });
  while ((await remove.count()) > 0) await remove.first().click();
}

/** A pasted list does not read the message by itself: the treasurer asks for it on the Message step. */
async function readMessage(sandbox: Sandbox): Promise<void> {
  const { pane, t } = sandbox;
  await next(sandbox, "message");
  await pane.getByRole("button", { name: t.readMessage, exact: true }).click();
  await pane.getByText(t.templateOk, { exact: true }).waitFor();
}

/** Row 5 corrected through its dialog, row 3 left out; `photograph` takes the dialog and the excluded row. */
async function fixAndExclude(sandbox: Sandbox, photograph: (name: string) => Promise<void>): Promise<void> {
  const { pane, t } = sandbox;
  await pane.getByText(t.readyCount(3), { exact: true }).waitFor();
  await pane.getByText(t.errorRowCount(2), { exact: true }).waitFor();

  await pane.getByRole("button", { name: t.rowActionsLabel(5) }).click();
  const dialog = pane.getByRole("dialog", { name: t.editRowTitle(5) });
  const address = dialog.getByRole("textbox", { name: "E-Mail" });
  expect(await address.inputValue()).toBe("nele(at)verein.example");
  await address.fill("nele@verein.example");
  await photograph("1-edit");
  await address.press("Enter");
  await dialog.waitFor({ state: "detached" });
  await pane.getByText(t.readyCount(4), { exact: true }).waitFor();
  await pane.getByText(t.errorRowCount(1), { exact: true }).waitFor();

  // Escape changes nothing.
  await pane.getByRole("button", { name: t.rowActionsLabel(3) }).click();
  await pane.getByRole("dialog", { name: t.editRowTitle(3) }).getByRole("textbox", { name: "E-Mail" }).fill("bob@verein.example");
  await sandbox.page.keyboard.press("Escape");
  await pane.getByRole("dialog").waitFor({ state: "detached" });
  await pane.getByText(t.errorRowCount(1), { exact: true }).waitFor();

  await pane.getByRole("button", { name: t.rowActionsLabel(3) }).click();
  await pane.getByRole("dialog", { name: t.editRowTitle(3) }).getByRole("button", { name: t.excludeRow }).click();
  await pane.getByRole("dialog").waitFor({ state: "detached" });
  await pane.getByText(t.excludedCount(1), { exact: true }).first().waitFor();
  expect(await pane.getByText(t.errorRowCount(1), { exact: true }).count()).toBe(0);
  const excludedRow = pane.getByRole("row").filter({ has: pane.getByRole("button", { name: t.rowActionsLabel(3) }) });
  expect(await excludedRow.innerText()).toContain(t.excludedByYou.charAt(0).toUpperCase() + t.excludedByYou.slice(1));
  await excludedRow.scrollIntoViewIfNeeded();
  await photograph("2-excluded");
}

describeInBrowser("the treasurer's afternoon: correct a row, leave one out, never twice by accident", () => {
  let addin: ServedAddin;
  let browser: Browser;
  const open: Sandbox[] = [];

  beforeAll(async () => {
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
    mkdirSync(SHOTS, { recursive: true });
  }, 420_000); // webpack under load can take minutes

  beforeEach(() => addin.graph.reset());

  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await addin?.close();
  });

  test.each(VARIANTS)(
    "$lang-$theme at 320 px: four drafts, one row excluded by the user, and the same list is not created twice",
    async (variant) => {
      const sandbox = await openSandbox(browser, addin, variant.lang);
      open.push(sandbox);
      await chooseTheme(sandbox, variant.theme);
      await narrow(sandbox);
      await removeAttachments(sandbox);
      const photograph = (name: string): Promise<void> => shot(sandbox, variant, name);
      try {
        await afternoon(sandbox, photograph, variant);
      } catch (error) {
        await photograph("failed").catch(() => undefined);
        throw error;
      }
    },
    300_000,
  );

  /** The afternoon itself: the list, its corrections, the drafts, the report, and the same list once more. */
  async function afternoon(sandbox: Sandbox, photograph: (name: string) => Promise<void>, variant: Variant): Promise<void> {
    const { page, pane, t } = sandbox;

    await pasteTable(sandbox, LIST_TEXT);
    await fixAndExclude(sandbox, photograph);
    expect(await axeViolations(await paneFrame(page))).toEqual([]);

    await readMessage(sandbox);
    await next(sandbox, "attachments");
    await next(sandbox, "review");
    await pane.getByText(t.rowsInError(0), { exact: true }).waitFor();
    await pane.getByText(t.excludedCount(1), { exact: true }).waitFor();
    await next(sandbox, "create");
    await pane.getByRole("button", { name: t.createButton(4) }).click();
    await pane.getByText(t.runDone(4, 0), { exact: true }).waitFor({ timeout: 60_000 });
    expect(addin.graph.messages.map((m) => m.toRecipients.map((r) => r.emailAddress.address)).sort()).toEqual(CREATED.map((a) => [a]));

    // The report: one line per row; row 3 excluded by the user, with its error; Graph's ids nowhere.
    const [download] = await Promise.all([page.waitForEvent("download"), pane.getByRole("button", { name: t.downloadReport }).click()]);
    const report = readFileSync(await download.path(), "utf8").replace(/^\ufeff/, "").split("\r\n").filter((l) => l !== "");
    expect(report).toHaveLength(6);
    const excluded = report.filter((line) => line.includes(t.status.excluded));
    expect(excluded).toHaveLength(1);
    expect(excluded[0]).toMatch(/^3[;,]/);
    expect(excluded[0]).toContain(t.excludedByYou);
    for (const message of addin.graph.messages) expect(report.join("\n")).not.toContain(message.id);
    expect(report.filter((line) => line.includes(t.status.created))).toHaveLength(4);

    // The same list again, after the pane was closed and opened: the same corrections make the same drafts.
    await reloadPane(sandbox);
    await narrow(sandbox);
    await pasteTable(sandbox, LIST_TEXT);
    await fixAndExclude(sandbox, async () => undefined);
    await readMessage(sandbox);
    await next(sandbox, "attachments");
    await next(sandbox, "review");
    await next(sandbox, "create");
    await pane.getByText(t.earlierRunTitle, { exact: true }).waitFor();
    await pane.getByRole("button", { name: t.createButton(4) }).click();
    const question = pane.getByRole("alertdialog", { name: t.createAgainTitle("drafts") });
    await question.waitFor();
    // Fluent fades the dialog in: axe would measure the contrast of a half-transparent button.
    await question.evaluate((surface) => Promise.all(surface.getAnimations({ subtree: true }).map((a) => a.finished.catch(() => undefined))));
    const words = await question.innerText();
    expect(words).toContain(variant.lang === "de" ? "Diese 4 Entwürfe wurden am" : "These 4 drafts were created on");
    expect(words).toContain(variant.lang === "de" ? "noch einmal erstellen?" : "create them again?");
    // The answer that does nothing is the focused one: a hurried Enter creates nothing.
    const focused = await (await paneFrame(page)).evaluate(() => document.activeElement?.textContent ?? "");
    expect(focused).toBe(t.createAgainNo("drafts"));
    expect(await axeViolations(await paneFrame(page))).toEqual([]);
    await photograph("3-create-again");
    await page.keyboard.press("Enter");
    await question.waitFor({ state: "detached" });
    // Nothing started: the Create button is still there, and the mailbox holds the four drafts only.
    await pane.getByRole("button", { name: t.createButton(4) }).waitFor();
    await page.waitForTimeout(500);
    expect(addin.graph.messages).toHaveLength(4);
    expect(await pane.getByText(t.runDone(4, 0), { exact: true }).count()).toBe(0);

    expect(sandbox.pageErrors).toEqual([]);
    expect(sandbox.consoleErrors).toEqual([]);
  }
});
