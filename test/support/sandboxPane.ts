// The sandbox page (sandbox.html) as the browser tests drive it: a fresh page in a fresh browser context (so a fresh
// IndexedDB), the task pane in its frame found by role and name, axe-core on a document, and screenshots of the whole
// page with the pane's frame grown to its content.
import path from "path";
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import type { Lang } from "../../src/i18n";
import { STEPS, type StepId } from "../../src/taskpane/state/wizard";
import { PANE_FRAME_ID } from "../../src/sandbox/paneFrame";
import { CHROME_STRINGS, type ChromeStrings } from "../../src/sandbox/sandboxStrings";
import { STRINGS, type TaskpaneStrings } from "../../src/taskpane/strings";
import { axeViolations } from "./axe";
import type { ServedAddin } from "./servedAddin";

export { axeViolations };

export const SCREENSHOTS = path.resolve(__dirname, "../../test-output/screenshots");
/** The task pane's frame, whatever the language of its title. */
export const PANE = `iframe#${PANE_FRAME_ID}`;
export const PANE_HEIGHT = 680;
export const VIEWPORT = { width: 1280, height: 1000 };

export interface Sandbox {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pane: FrameLocator;
  readonly t: TaskpaneStrings;
  /** The simulated Outlook's own words around the pane, in `lang`. */
  readonly c: ChromeStrings;
  readonly lang: Lang;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The Create step's start button for `n` drafts, whichever way is chosen: it says what will happen (create, download
 * the ZIP, open windows), so a test that does not care which way is the default finds it by any of these.
 */
export function startButtonName(t: TaskpaneStrings, n: number): RegExp {
  return new RegExp(`^(${[t.createButton(n), t.zipButton(n), t.composeButton(n)].map(escapeRegExp).join("|")})$`);
}

export interface OpenOptions {
  /**
   * With the example in the message (default), as the tests written before the sandbox opened empty expect: through
   * sandbox.html?example, which puts it there before the pane first looks, exactly the start those tests had. The
   * "Load the example" button itself is tested in sandbox.firstImpressions.browser.test.ts.
   */
  readonly example?: boolean;
}

/**
 * A fresh sandbox in `lang` (set through the page's own "Outlook language" selector), its task pane loaded and
 * connected. Nothing may leave the test server. Close `sandbox.context` when done.
 */
export async function openSandbox(browser: Browser, addin: ServedAddin, lang: Lang, { example = true }: OpenOptions = {}): Promise<Sandbox> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  // The test server and the emulator's upload origin (Graph's upload URLs are on another origin than Graph's).
  await context.route(
    (url) => url.origin !== addin.origin && url.origin !== addin.uploadOrigin,
    (route) => route.abort("blockedbyclient"),
  );
  // Every breach of a page's Content-Security-Policy becomes a console error, which each test expects none of.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} refused ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const sandbox: Sandbox = { context, page, pane: page.frameLocator(PANE), t: STRINGS[lang], c: CHROME_STRINGS[lang], lang, consoleErrors: [], pageErrors: [] };
  page.on("console", (message) => {
    if (message.type() === "error") sandbox.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => sandbox.pageErrors.push(error.message));
  await page.goto(`${addin.origin}/sandbox.html${example ? "?example" : ""}`);
  await setLanguage(sandbox);
  await paneReady(sandbox);
  return sandbox;
}

/** The sandbox starts as a German Outlook; English is chosen in its settings (which reloads the pane). */
async function setLanguage({ page, lang }: Sandbox): Promise<void> {
  // Nothing was done in the pane yet, so the switch asks nothing.
  if (lang === "en") await page.getByRole("combobox", { name: CHROME_STRINGS.de.language }).selectOption("en-US");
}

/** Waits until the (re)loaded task pane speaks the sandbox's language and Outlook is connected. */
export async function paneReady({ pane, t, lang }: Sandbox): Promise<void> {
  await pane.locator(`html[lang="${lang}"]`).waitFor({ state: "attached" });
  await pane.getByText(t.recipientsIntro, { exact: true }).waitFor();
  // Outlook is connected once the attached lists are offered.
  await pane.getByRole("button", { name: t.useAttachedCsv }).and(pane.locator(":not([aria-disabled='true'])")).waitFor();
}

/** Pastes as a user does: a paste event carrying the clipboard's text, on the focused paste box of step 1. */
export async function pasteTable({ pane, t }: Sandbox, text: string): Promise<void> {
  const box = pane.getByRole("textbox", { name: t.pasteLabel });
  await box.focus();
  await box.evaluate((element, clipboard) => {
    const data = new DataTransfer();
    data.setData("text/plain", clipboard);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Goes to a step through the list of steps (not the footer's Next), and waits for its heading. */
export async function goTo({ pane, t }: Sandbox, step: StepId): Promise<void> {
  await pane.getByRole("navigation", { name: t.stepsLabel }).getByRole("button", { name: t.stepButton(STEPS.indexOf(step) + 1, t.steps[step]), exact: true }).click();
  await pane.getByRole("heading", { name: t.steps[step], level: 2 }).waitFor();
}

/** Switches the simulated Outlook's theme, in its own language, and waits for the pane to come back. */
export async function chooseTheme(sandbox: Sandbox, theme: "light" | "dark"): Promise<void> {
  if (theme === "light") return;
  await sandbox.page.getByRole("combobox", { name: sandbox.c.theme }).selectOption({ label: sandbox.c.dark });
  await paneReady(sandbox);
}

/** Reloads the whole sandbox page (the simulated Outlook starts again; IndexedDB stays). */
export async function reloadPage(sandbox: Sandbox): Promise<void> {
  await sandbox.page.reload();
  await setLanguage(sandbox);
  await paneReady(sandbox);
}

/** Reloads only the task pane's frame, as closing and reopening the pane in Outlook does. */
export async function reloadPane(sandbox: Sandbox): Promise<void> {
  await sandbox.page.locator(PANE).evaluate((frame) => (frame as HTMLIFrameElement).contentWindow?.location.reload());
  await paneReady(sandbox);
}

/** The task pane's frame as it is now (changing Outlook's settings replaces it). */
export async function paneFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator(PANE).elementHandle())?.contentFrame();
  if (frame === null || frame === undefined) throw new Error("The task pane frame is not there.");
  return frame;
}

/** Goes to a step with the footer's Next button and waits for its heading. */
export async function next({ pane, t }: Sandbox, step: StepId): Promise<void> {
  await pane.getByRole("button", { name: t.next(t.steps[step]) }).click();
  await pane.getByRole("heading", { name: t.steps[step], level: 2 }).waitFor();
}

/**
 * The whole page into test-output/screenshots/`name`.png, with the task pane's frame as tall as its content (it
 * scrolls inside its 680 px otherwise). The window grows to the page: Chromium paints no frame outside the window.
 */
export async function snap({ page }: Sandbox, name: string): Promise<void> {
  const height = await (await paneFrame(page)).evaluate(() => document.documentElement.scrollHeight);
  const frame = page.locator(PANE);
  await frame.evaluate((element, h) => ((element as HTMLElement).style.height = `${h}px`), Math.max(PANE_HEIGHT, height));
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ ...VIEWPORT, height: Math.max(VIEWPORT.height, pageHeight) });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  await page.setViewportSize(VIEWPORT);
  await frame.evaluate((element) => ((element as HTMLElement).style.height = ""));
}

/** A state of the pane: photographed, and no serious or critical accessibility finding in it. */
export async function checkedState(sandbox: Sandbox, name: string): Promise<void> {
  await snap(sandbox, name);
  expect(await axeViolations(await paneFrame(sandbox.page))).toEqual([]);
}
