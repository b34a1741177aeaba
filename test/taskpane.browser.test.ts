// The built task pane in a real Chromium, with a fake Office.js in place of Microsoft's CDN: what a user sees in
// each language and theme, that it is accessible, and that it loads nothing from anywhere else.
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { AxeResults } from "axe-core";
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Lang } from "../src/core/types";
import type { ThemeKind } from "../src/office/hostEnvironment";
import { CLI_EXAMPLE, STRINGS } from "../src/taskpane/strings";
import { describeInBrowser, launchChromium } from "./support/browser";
import { fakeOfficeJs, OFFICE_JS_ORIGIN, OFFICE_JS_ROUTE, type FakeOfficeContext } from "./support/fakeOffice";
import { serveBuiltAddin, type ServedAddin } from "./support/servedAddin";

const SCREENSHOTS = path.resolve(__dirname, "../test-output/screenshots");
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// Outlook's task pane is about 320–350 px wide.
const VIEWPORT = { width: 350, height: 640 };
const THEMES = { light: webLightTheme, dark: webDarkTheme } as const;

interface PaneCase {
  readonly name: string;
  /** What the fake Office.js reports, or "unreachable" when the CDN cannot be reached at all. */
  readonly office: FakeOfficeContext | "unreachable";
  readonly lang: Lang;
  readonly theme: ThemeKind;
  /** Console errors this case causes on purpose. */
  readonly expectedConsoleErrors: readonly { readonly text: string; readonly url: string }[];
}

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

const CASES: readonly PaneCase[] = [
  {
    name: "english-light",
    office: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" } },
    lang: "en",
    theme: "light",
    expectedConsoleErrors: [],
  },
  {
    name: "german-dark",
    office: { displayLanguage: "de-DE", officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff" } },
    lang: "de",
    theme: "dark",
    expectedConsoleErrors: [],
  },
  {
    name: "without-office-js",
    office: "unreachable",
    lang: "en",
    theme: "light",
    expectedConsoleErrors: [{ text: "Failed to load resource: net::ERR_NAME_NOT_RESOLVED", url: OFFICE_JS_URL }],
  },
];

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

describeInBrowser("the task pane in Chromium", () => {
  let addin: ServedAddin;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [addin, browser] = await Promise.all([serveBuiltAddin("production"), launchChromium()]);
  }, 120_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await addin?.close();
  });

  /** Opens taskpane.html in a fresh profile, with Office.js faked (or unreachable), and waits for the heading. */
  async function openPane(office: PaneCase["office"]): Promise<OpenedPane> {
    const context = await browser.newContext({ viewport: VIEWPORT });
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

  test.each(CASES)("$name: shows the pane in its language and theme, accessibly, loading nothing foreign", async (paneCase) => {
    const { page, requests, consoleErrors, pageErrors } = await openPane(paneCase.office);
    const text = STRINGS[paneCase.lang];
    const otherText = STRINGS[paneCase.lang === "de" ? "en" : "de"];

    // What the user reads.
    expect(await page.locator("html").getAttribute("lang")).toBe(paneCase.lang);
    await page.getByText(text.summary, { exact: true }).waitFor({ state: "visible" });
    expect(await page.getByText(otherText.summary).count()).toBe(0);
    expect(await page.getByText(text.comingTitle, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(CLI_EXAMPLE, { exact: true }).isVisible()).toBe(true);

    // The theme: the Fluent provider paints the whole pane in the theme's background.
    const provider = await page.locator(".fui-FluentProvider").evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { background: getComputedStyle(element).backgroundColor, width: box.width, height: box.height };
    });
    expect(provider.background).toBe(cssRgb(THEMES[paneCase.theme].colorNeutralBackground1));
    expect(provider.width).toBe(VIEWPORT.width);
    expect(provider.height).toBeGreaterThanOrEqual(VIEWPORT.height);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${paneCase.name}.png`), fullPage: true });

    // Only the test server and the Office.js CDN were asked for anything; Office.js exactly once.
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([addin.origin, OFFICE_JS_ORIGIN].sort());
    expect(requests.filter((url) => url.startsWith(OFFICE_JS_ORIGIN))).toEqual([OFFICE_JS_URL]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual(paneCase.expectedConsoleErrors);

    // axe-core, evaluated through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
    await page.evaluate(AXE_SOURCE);
    const { rulesPassed, violations } = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results: AxeResults = await axe.run(document, { resultTypes: ["violations"] });
      return {
        rulesPassed: results.passes.length,
        violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) })),
      };
    });
    expect(rulesPassed).toBeGreaterThan(10); // axe really ran
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  test("the Content-Security-Policy refuses inline scripts and connections elsewhere", async () => {
    const [paneCase] = CASES;
    if (paneCase === undefined) throw new Error("no cases");
    const { page, requests } = await openPane(paneCase.office);
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
