// jest's globalSetup: the one production build the browser test files share (test/support/sharedBuild.ts). Built only
// when they will run — Chromium is there (scripts/test.js passes CHROMIUM_PATH) and the run selects at least one of
// them — so `npx jest src/core` costs no webpack. The folder is removed by test/globalTeardown.ts.
import { mkdtempSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import type { Config } from "@jest/types";
import { buildAddin } from "./support/servedAddin";
import { PLACEHOLDER_UPLOAD_ORIGIN, SHARED_BUILD_ENV } from "./support/sharedBuild";

/** The files that serve the production build (officejs.browser.test.ts makes builds of its own, with other options). */
const USERS = ["taskpane.browser.test.ts", "sandbox.browser.test.ts", "sandbox.flow.browser.test.ts", "sandbox.graph.browser.test.ts", "narrow.browser.test.ts"];

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (!process.env.CHROMIUM_PATH) return;
  const present = readdirSync(__dirname).filter((name) => USERS.includes(name)).map((name) => path.join(__dirname, name));
  const patterns = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  const selected = patterns.isSet() ? present.filter((file) => patterns.isMatch(file)) : present;
  if (selected.length < 2) return; // one file alone builds for itself, as it did before
  const dir = mkdtempSync(path.join(os.tmpdir(), "rundmail-shared-addin-"));
  const started = Date.now();
  try {
    await buildAddin(dir, "production", { uploadOrigin: PLACEHOLDER_UPLOAD_ORIGIN });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  process.env[SHARED_BUILD_ENV] = dir;
  console.log(`\nOne production build for ${selected.length} browser test files: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
