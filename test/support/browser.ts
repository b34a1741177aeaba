// Chromium for the task pane's browser tests: Debian's own build, driven by playwright-core. `npm test`
// (scripts/test.js) finds it and passes CHROMIUM_PATH; without it these tests are skipped, and test.js says so loudly.
import { chromium, type Browser } from "playwright-core";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || undefined;

/** `describe` when a Chromium is available, `describe.skip` otherwise (so the build and the browser never start). */
export const describeInBrowser: jest.Describe = CHROMIUM_PATH === undefined ? describe.skip : describe;

// Headless, and quiet: no first-run pages, no component updates or sync calling Google during a test.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh Chromium (launch gives it a new, empty profile each time). Close it in afterAll. */
export function launchChromium(): Promise<Browser> {
  if (CHROMIUM_PATH === undefined) throw new Error("CHROMIUM_PATH is not set: wrap browser tests in describeInBrowser.");
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
