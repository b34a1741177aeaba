// Issue 13 in the task pane: an Excel workbook as the recipient list, in the sandbox at Outlook's 320 px — chosen from
// disk, dropped onto step 1 or attached to the message; its values as Excel shows them in the pane's language, the
// sheet picker, a merged field in Review, and the attached workbook never among the files every draft gets.
import { mkdirSync } from "fs";
import path from "path";
import { utils, write, type CellObject } from "@e965/xlsx";
import type { Browser } from "playwright-core";
import { formatBytes, formatNumber, type Lang } from "../src/i18n";
import { ISSUE_TEXTS } from "../src/core/issues/issueTexts";
import { describeInBrowser, launchChromium } from "./support/browser";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";
import { axeViolations, chooseTheme, escapeRegExp, next, openSandbox, PANE, paneFrame, type Sandbox } from "./support/sandboxPane";

const SHOTS = "/tmp/shots-wt-wbpane";
const WIDTH = 320;
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const NAME = "Mitglieder.xlsx";

const num = (v: number, z: string): CellObject => ({ t: "n", v, z });
const HEADER = ["Anrede", "Vorname", "Nachname", "E-Mail", "Mitgliedsnummer", "Beitrag", "Abteilung", "Eintritt", "PLZ", "Doppelt"];
const EURO = '#,##0.00 "€"';
/** Excel's built-in short date (format 14), which Excel writes in the reader's own locale. */
const SHORT_DATE = "m/d/yy";

/** A member row as Excel holds it: number 0000, a currency, a date, a text postcode, a formula with its saved value. */
function member(first: string, last: string, to: string, nr: number, fee: number, date: number, postcode: string, row: number): CellObject[] {
  return [
    { t: "s", v: "Frau" },
    { t: "s", v: first },
    { t: "s", v: last },
    { t: "s", v: to },
    num(nr, "0000"),
    num(fee, EURO),
    { t: "s", v: "Turnen" },
    num(date, SHORT_DATE),
    { t: "s", v: postcode },
    { t: "n", v: fee * 2, f: `F${row}*2` },
  ];
}

/**
 * A German club's workbook, written by SheetJS as a real .xlsx: "Mitglieder" (two members) and "Vorstand" (three,
 * the third row hidden, two cells merged).
 */
function clubWorkbook(): Buffer {
  const header = HEADER.map((v): CellObject => ({ t: "s", v }));
  const members = utils.aoa_to_sheet([
    header,
    member("Anna", "Müller", "anna@example.de", 42, 120, 43525, "01067", 2),
    member("Jürgen", "Weiß", "juergen@example.de", 43, 1234.5, 43800, "10115", 3),
  ]);
  const board = utils.aoa_to_sheet([
    header,
    member("Kim", "Berger", "kim@example.de", 7, 0.5, 44000, "80331", 2),
    member("Cem", "Yılmaz", "cem@example.de", 8, 10, 44001, "20095", 3),
    member("Ola", "Nowak", "ola@example.de", 9, 12, 44002, "04109", 4),
  ]);
  board["!rows"] = [];
  board["!rows"][3] = { hidden: true };
  board["!merges"] = [utils.decode_range("G3:H3")];
  const book = utils.book_new();
  utils.book_append_sheet(book, members, "Mitglieder");
  utils.book_append_sheet(book, board, "Vorstand");
  return Buffer.from(write(book, { type: "buffer", bookType: "xlsx", cellStyles: true }) as Uint8Array);
}

/** What the pane shows for the first member of each sheet, per language (the reader's rules). */
const SHOWN: Readonly<Record<Lang, { first: readonly string[]; board: readonly string[]; fee: string; boardFee: string }>> = {
  de: { first: ["0042", "120,00 €", "01.03.2019", "01067", "240"], board: ["0007", "0,50 €", "18.06.2020", "80331", "1"], fee: "120,00 €", boardFee: "0,50 €" },
  en: { first: ["0042", "€120.00", "01/03/2019", "01067", "240"], board: ["0007", "€0.50", "18/06/2020", "80331", "1"], fee: "€120.00", boardFee: "€0.50" },
};

type Way = "chosen" | "dropped" | "attached";
const VARIANTS: readonly { lang: Lang; theme: "light" | "dark"; way: Way }[] = [
  { lang: "de", theme: "light", way: "chosen" },
  { lang: "de", theme: "dark", way: "attached" },
  { lang: "en", theme: "light", way: "dropped" },
  { lang: "en", theme: "dark", way: "attached" },
];

describeInBrowser("a workbook as the recipient list, in the task pane at 320 px", () => {
  let addin: ServedAddin;
  let browser: Browser;
  const bytes = clubWorkbook();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await addin?.close();
  });

  /** The task pane's frame as wide as Outlook's pane, in the variant's theme (choosing it reloads the pane). */
  async function narrowPane(sandbox: Sandbox, theme: "light" | "dark"): Promise<void> {
    await chooseTheme(sandbox, theme);
    await sandbox.page.locator(PANE).evaluate((frame, width) => ((frame as HTMLElement).style.width = `${width}px`), WIDTH);
  }

  /** The pane alone, as tall as its content, into SHOTS/`name`.png; and no serious accessibility finding. */
  async function shot(sandbox: Sandbox, name: string): Promise<void> {
    const frame = await paneFrame(sandbox.page);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    const height = await frame.evaluate(() => document.documentElement.scrollHeight);
    const pane = sandbox.page.locator(PANE);
    await pane.evaluate((element, h) => ((element as HTMLElement).style.height = `${h}px`), Math.max(680, height));
    await sandbox.page.setViewportSize({ width: 1280, height: Math.max(1000, height + 400) });
    await pane.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    await sandbox.page.setViewportSize({ width: 1280, height: 1000 });
    await pane.evaluate((element) => ((element as HTMLElement).style.height = ""));
    expect(await axeViolations(frame)).toEqual([]);
  }

  /** The workbook chunk's scripts the pane has loaded (the reader and SheetJS: webpackChunkName "workbook"). */
  async function workbookScripts(sandbox: Sandbox): Promise<string[]> {
    const frame = await paneFrame(sandbox.page);
    return frame.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((name) => /^\/workbook\.[0-9a-f]+\.js$/.test(name)),
    );
  }

  /** Drops a file onto step 1, as dragging it from the file manager does. */
  async function drop(sandbox: Sandbox, name: string, type: string, content: Buffer, shotName?: string): Promise<void> {
    const frame = await paneFrame(sandbox.page);
    const dataTransfer = await frame.evaluateHandle(
      ({ name, type, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(content)], name, { type }));
        return transfer;
      },
      { name, type, content: [...content] },
    );
    const target = sandbox.pane.getByText(sandbox.t.recipientsIntro, { exact: true });
    await target.dispatchEvent("dragenter", { dataTransfer });
    await target.dispatchEvent("dragover", { dataTransfer });
    await sandbox.pane.getByText(sandbox.t.dropHere, { exact: true }).waitFor();
    if (shotName !== undefined) await shot(sandbox, shotName);
    await target.dispatchEvent("drop", { dataTransfer });
    await sandbox.pane.getByText(sandbox.t.dropHere, { exact: true }).waitFor({ state: "detached" });
  }

  /** The user attaches the workbook to the message in the compose window, beside the sample's attachments. */
  async function attachToMessage({ page, c }: Sandbox): Promise<void> {
    const compose = page.getByRole("region", { name: c.composeRegion });
    await compose.getByLabel(c.filesToAttach).setInputFiles([{ name: NAME, mimeType: XLSX_TYPE, buffer: bytes }]);
    await compose.getByRole("list", { name: c.attachments }).getByRole("listitem").filter({ hasText: NAME }).waitFor();
  }

  test.each(VARIANTS)(
    "$lang-$theme, $way: the values as Excel shows them, the second sheet chosen, a merged field in Review",
    async ({ lang, theme, way }) => {
      const sandbox = await openSandbox(browser, addin, lang);
      try {
        const { pane, t } = sandbox;
        await narrowPane(sandbox, theme);
        const shown = SHOWN[lang];
        const from = way === "attached" ? t.tableFrom.attachment(NAME) : t.tableFrom.file(NAME);

        // ---- 1. the workbook, however it comes ----
        // The pane opened without the workbook reader: it is loaded only when a workbook is.
        expect(await workbookScripts(sandbox)).toEqual([]);
        if (way === "chosen") {
          await pane.locator('input[name="recipients-file"]').setInputFiles({ name: NAME, mimeType: XLSX_TYPE, buffer: bytes });
        } else if (way === "dropped") {
          // A CSV dropped first (drop works for every list), then the workbook replaces it.
          await drop(sandbox, "liste.csv", "text/csv", Buffer.from("E-Mail;Vorname\nanna@example.de;Anna\n"));
          await pane.getByText(`${t.tableFrom.file("liste.csv")}: ${t.tableSize(1, 2)}`, { exact: true }).waitFor();
          expect(await workbookScripts(sandbox)).toEqual([]);
          await drop(sandbox, NAME, XLSX_TYPE, bytes, `drop-${lang}-${theme}`);
        } else {
          await attachToMessage(sandbox);
          await pane.getByRole("button", { name: t.useAttachedCsv }).click();
          await pane.getByRole("button", { name: t.useAttachment(NAME, formatBytes(bytes.length, lang)) }).click();
        }
        await pane.getByText(`${from}: ${t.tableSize(2, HEADER.length)}`, { exact: true }).waitFor();
        await pane.getByText(t.readyCount(2), { exact: true }).waitFor();
        expect(await workbookScripts(sandbox)).toHaveLength(1);

        const grid = pane.getByRole("table", { name: t.gridLabel });
        const firstRow = grid.getByRole("row").filter({ hasText: "anna@example.de" });
        for (const value of shown.first) await firstRow.getByRole("cell", { name: value, exact: true }).waitFor();

        const picker = pane.getByRole("combobox", { name: t.sheetLabel });
        expect(await picker.textContent()).toBe("Mitglieder");
        await pane.getByText(t.sheetHint(2), { exact: true }).waitFor();
        await shot(sandbox, `sheet-picker-${lang}-${theme}`);

        // ---- the second sheet ----
        await picker.click();
        await pane.getByRole("option", { name: "Vorstand", exact: true }).waitFor();
        await shot(sandbox, `sheet-picker-${lang}-${theme}-open`);
        await pane.getByRole("option", { name: "Vorstand", exact: true }).click();
        await pane.getByText(`${from}: ${t.tableSize(3, HEADER.length)}`, { exact: true }).waitFor();
        expect(await picker.textContent()).toBe("Vorstand");
        const boardRow = grid.getByRole("row").filter({ hasText: "kim@example.de" });
        for (const value of shown.board) await boardRow.getByRole("cell", { name: value, exact: true }).waitFor();
        // The hidden row (sheet row 4) and the merged cells (row 3) are warnings at their rows, in the pane's language.
        const texts = ISSUE_TEXTS[lang].codes;
        const hiddenRow = grid.getByRole("row").filter({ hasText: texts["workbook-hidden-row"]({}) });
        expect(await hiddenRow.getByRole("rowheader").textContent()).toMatch(new RegExp(`^${formatNumber(4, lang)}`));
        const mergedRow = grid.getByRole("row").filter({ hasText: texts["workbook-merged-cells"]({ range: "G3:H3" }) });
        expect(await mergedRow.getByRole("rowheader").textContent()).toMatch(new RegExp(`^${formatNumber(3, lang)}`));
        await shot(sandbox, `sheet-picker-${lang}-${theme}-second`);

        // ---- 2.–4. the message read, on to Review: the merged fields are Excel's text ----
        await next(sandbox, "message");
        // A list from the message reads the message on the way; one from the computer leaves that to the user.
        const read = pane.getByRole("button", { name: t.readMessage, exact: true });
        const ok = pane.getByText(t.templateOk, { exact: true });
        await read.or(ok).first().waitFor();
        if (await read.isVisible()) await read.click();
        await ok.waitFor();
        await next(sandbox, "attachments");
        if (way === "attached") {
          // The workbook is the list: never sent, not to everyone, and no box offers it.
          await pane.getByText(t.recipientListNeverSent(NAME), { exact: true }).waitFor();
          expect(await pane.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(t.toEveryone(NAME))}`) }).count()).toBe(0);
        }
        await next(sandbox, "review");
        await pane.getByTestId("draft-subject").filter({ hasText: "(Mitgliedsnummer 0007)" }).waitFor();
        const preview = pane.frameLocator(`iframe[title="${t.draftPreviewLabel(2)}"]`);
        await preview.getByText(shown.boardFee, { exact: false }).waitFor();
        const attachments = pane.locator("dt", { hasText: t.attachmentsLabel }).locator("xpath=following-sibling::dd[1]");
        expect(await attachments.textContent()).not.toContain(NAME);
        await shot(sandbox, `review-${lang}-${theme}-${way}`);

        expect(sandbox.consoleErrors).toEqual([]);
        expect(sandbox.pageErrors).toEqual([]);
      } finally {
        await sandbox.context.close();
      }
    },
    300_000,
  );
});
