// The real Office.js (Microsoft's @microsoft/office-js package: the files the CDN serves) in the built task pane,
// in Chromium, outside Outlook, under the add-in's own Content-Security-Policy. Office.js cannot be run as Outlook
// without Outlook, but this far it can: it loads, follows its own script loader (further files from its own folder),
// answers Office.onReady with no host, and the pane says it is not in Outlook. Two builds:
//
//   default                 taskpane.html loads https://appsforoffice.microsoft.com/lib/1/hosted/office.js; here
//                           Playwright answers that folder from the package's dist folder
//   --env officejs=self     the package's files are copied into the build (office-js/) and loaded from the add-in's
//                           own origin, script-src 'self' only, as the package's README suggests for networks that
//                           cannot reach the CDN ("download the necessary files from the CDN and bundle them")
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, BrowserContext } from "playwright-core";
import { OFFICE_STRINGS } from "../src/office/strings";
import { describeInBrowser, launchChromium } from "./support/browser";
import { OFFICE_JS_ORIGIN } from "./support/fakeOffice";
import { buildAddin, serveDirectory } from "./support/servedAddin";

const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
/** The folder of the CDN URL in src/taskpane/taskpane.html. */
const CDN_FOLDER = `${OFFICE_JS_ORIGIN}/lib/1/hosted/`;
const VIEWPORT = { width: 320, height: 640 };
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".png": "image/png",
};

type Source = "cdn" | "self";

interface Variant {
  readonly name: string;
  readonly source: Source;
  readonly env: Readonly<Record<string, string>>;
  /** The script-src the built taskpane.html must declare, exactly. */
  readonly scriptSrc: string;
}

const VARIANTS: readonly Variant[] = [
  { name: "default build, Office.js from Microsoft's CDN", source: "cdn", env: {}, scriptSrc: `'self' ${OFFICE_JS_ORIGIN}` },
  { name: "--env officejs=self, Office.js from the add-in's own origin", source: "self", env: { officejs: "self" }, scriptSrc: "'self'" },
];

interface Build {
  readonly dir: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** The file of the package's dist folder that a URL under the CDN folder names, or null if there is none. */
function packageFileFor(url: string): string | null {
  const relative = decodeURIComponent(new URL(url).pathname).slice(new URL(CDN_FOLDER).pathname.length);
  const file = path.join(OFFICE_JS_DIST, path.normalize(relative));
  return file.startsWith(OFFICE_JS_DIST + path.sep) && existsSync(file) ? file : null;
}

/** The directives of the page's Content-Security-Policy <meta>, by name. */
function cspOf(html: string): Map<string, string> {
  const policy = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html)?.[1];
  if (policy === undefined) throw new Error("taskpane.html has no Content-Security-Policy.");
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim())
      .filter((directive) => directive !== "")
      .map((directive) => {
        const [name = "", ...values] = directive.split(/\s+/);
        return [name, values.join(" ")];
      }),
  );
}

describeInBrowser("the real Office.js (@microsoft/office-js) in the built task pane, outside Outlook", () => {
  let browser: Browser;
  const builds = new Map<Source, Build>();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    // Both builds at once: webpack is mostly single-threaded.
    await Promise.all(
      VARIANTS.map(async (variant) => {
        const dir = mkdtempSync(path.join(os.tmpdir(), `rundmail-officejs-${variant.source}-`));
        try {
          await buildAddin(dir, "production", variant.env);
          const server = await serveDirectory(dir);
          builds.set(variant.source, {
            dir,
            origin: server.origin,
            close: async () => {
              await server.close();
              rmSync(dir, { recursive: true, force: true });
            },
          });
        } catch (error) {
          rmSync(dir, { recursive: true, force: true });
          throw error;
        }
      }),
    );
  }, 600_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([...builds.values()].map((build) => build.close()));
  });

  function buildOf(source: Source): Build {
    const build = builds.get(source);
    if (build === undefined) throw new Error(`The ${source} build is missing.`);
    return build;
  }

  test.each(VARIANTS)("$name: taskpane.html loads it with script-src $scriptSrc", ({ source, scriptSrc }) => {
    const html = readFileSync(path.join(buildOf(source).dir, "taskpane.html"), "utf8");
    expect(cspOf(html).get("script-src")).toBe(scriptSrc);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(scripts.filter((src) => src?.includes("office") === true && !src.startsWith("taskpane."))).toEqual([
      source === "cdn" ? `${CDN_FOLDER}office.js` : "office-js/office.js",
    ]);
    if (source === "self") expect(html).not.toContain(OFFICE_JS_ORIGIN);
  });

  test("--env officejs=self copies the package's files byte for byte, less debug builds and other Office applications' files", () => {
    const copied = path.join(buildOf("self").dir, "office-js");
    for (const name of ["office.js", "o15apptofilemappingtable.js", "outlook-web-16.01.js", "outlook-win32-16.02.js", "en-us/outlook_strings.js", "de-de/office_strings.js"]) {
      expect(readFileSync(path.join(copied, name)).equals(readFileSync(path.join(OFFICE_JS_DIST, name)))).toBe(true);
    }
    const top = readdirSync(copied);
    expect(top.filter((name) => name.endsWith(".debug.js") || /^(excel|word|powerpoint|onenote|project|visio|access)/.test(name))).toEqual([]);
  });

  test.each(VARIANTS)(
    "$name: no CSP violation, Office.onReady answers no host, and the pane says to open it in Outlook (or try the sandbox)",
    async ({ source }) => {
      const build = buildOf(source);
      const context = await browser.newContext({ viewport: VIEWPORT });
      contexts.push(context);
      // Nothing reaches the internet. The CDN's folder is answered from the package (the default build only asks it);
      // everything else that is not the test server is refused and recorded.
      const servedFromPackage: string[] = [];
      const missingFromPackage: string[] = [];
      const refused: string[] = [];
      await context.route(
        (url) => url.origin !== build.origin,
        (route) => {
          const url = route.request().url();
          if (url.startsWith(CDN_FOLDER)) {
            const file = packageFileFor(url);
            if (file !== null) {
              servedFromPackage.push(url);
              return route.fulfill({ status: 200, contentType: CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
            }
            missingFromPackage.push(url);
            return route.fulfill({ status: 404, contentType: "text/plain", body: "Not in @microsoft/office-js" });
          }
          refused.push(url);
          return route.abort("blockedbyclient");
        },
      );
      const page = await context.newPage();
      const requests: string[] = [];
      const consoleMessages: { type: string; text: string }[] = [];
      const pageErrors: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      page.on("console", (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
      page.on("pageerror", (error) => pageErrors.push(error.message));
      // Every violation of the page's policy, from the first script on (the listener is in place before any).
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.assign(window, { rundmailCspViolations: seen });
        document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`), true);
      });

      await page.goto(`${build.origin}/taskpane.html`);
      // The state a pane outside Outlook ends in (connect.ts: outsideOffice), shown beside "use the attached list".
      await page.getByText(OFFICE_STRINGS.en.notInOutlook, { exact: true }).waitFor({ state: "visible" });
      const ready = await page.evaluate(async () => {
        const office = (window as unknown as { Office?: { onReady(): Promise<{ host: unknown; platform: unknown }> } }).Office;
        return office === undefined ? "no Office" : await office.onReady();
      });
      expect(ready).toMatchObject({ host: null, platform: null });

      const violations = await page.evaluate(() => [...(window as unknown as { rundmailCspViolations: string[] }).rundmailCspViolations]);
      expect(violations).toEqual([]);
      expect(consoleMessages.filter((m) => /Content.Security.Policy|Refused to/i.test(m.text))).toEqual([]);
      expect(consoleMessages.filter((m) => m.type === "error")).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(refused).toEqual([]);
      expect(missingFromPackage).toEqual([]);

      const officeJsRequests = requests.filter((url) => /\/office\.js$/.test(url));
      if (source === "cdn") {
        expect(officeJsRequests).toEqual([`${CDN_FOLDER}office.js`]);
        // office.js fetched its further files from its own (the CDN's) folder, all of them found in the package.
        expect(servedFromPackage).toEqual(requests.filter((url) => url.startsWith(OFFICE_JS_ORIGIN)));
        expect(servedFromPackage.length).toBeGreaterThan(1);
      } else {
        expect(officeJsRequests).toEqual([`${build.origin}/office-js/office.js`]);
        // Nothing leaves for Microsoft's CDN, nor anywhere else.
        expect(requests.filter((url) => new URL(url).origin !== build.origin)).toEqual([]);
        expect(requests.filter((url) => url.startsWith(`${build.origin}/office-js/`)).length).toBeGreaterThan(1);
      }

      // The detector itself works, and the policy is in force: an inline script is refused and reported.
      const inline = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true });
            const script = document.createElement("script");
            script.textContent = "window.rundmailInlineScriptRan = true;";
            document.head.append(script);
          }),
      );
      expect(inline).toBe("script-src-elem");
      expect(await page.evaluate(() => "rundmailInlineScriptRan" in window)).toBe(false);
    },
  );
});
