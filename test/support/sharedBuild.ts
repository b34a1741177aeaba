// One production build for the browser test files of a jest run (issue 11): webpack takes one to several minutes on
// two cores, and taskpane, sandbox, sandbox.flow and sandbox.graph all serve the same production build. jest's
// globalSetup (test/globalSetup.ts) makes it once — when Chromium is there and a browser test is among those selected
// — into a folder named by RUNDMAIL_SHARED_ADDIN_BUILD, which the test workers inherit. Each file then serves its own
// copy, because one thing in the build depends on the file: the emulator's upload origin (a free port of its own) in
// the sandbox pane's Content-Security-Policy (webpack.config.js, SandboxTaskpanePlugin). The shared build carries a
// placeholder origin there, and the copy gets the real one — the same text webpack would have written.
import { cpSync, existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";

export const SHARED_BUILD_ENV = "RUNDMAIL_SHARED_ADDIN_BUILD";
/** A local origin nothing listens on (port 9, "discard"), which webpack.config.js accepts as an upload origin. */
export const PLACEHOLDER_UPLOAD_ORIGIN = "http://127.0.0.1:9";
/** The one page whose policy names the upload origin. */
const SANDBOX_PANE = "taskpane-sandbox.html";

/** The shared production build's folder, or null when there is none (a file run alone builds its own). */
export function sharedBuild(): string | null {
  const dir = process.env[SHARED_BUILD_ENV];
  return dir !== undefined && dir !== "" && existsSync(path.join(dir, SANDBOX_PANE)) ? dir : null;
}

/** Copies the shared build into `dir` with `uploadOrigin` in the sandbox pane's connect-src. */
export function copySharedBuild(shared: string, dir: string, uploadOrigin: string): void {
  cpSync(shared, dir, { recursive: true });
  const page = path.join(dir, SANDBOX_PANE);
  const html = readFileSync(page, "utf8");
  const placeholder = `connect-src 'self' ${PLACEHOLDER_UPLOAD_ORIGIN};`;
  const found = html.split(placeholder).length - 1;
  // Exactly once, as the build plugin checks: anything else means the build changed and this copy would lie.
  if (found !== 1) throw new Error(`${SANDBOX_PANE} of the shared build has its upload-origin placeholder ${found} times, not once.`);
  writeFileSync(page, html.replace(placeholder, `connect-src 'self' ${uploadOrigin};`));
}
