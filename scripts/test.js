// `npm test`: types, lint, then every jest test. Browser tests need Chromium: without it they are skipped and this
// says so loudly — unless RUNDMAIL_REQUIRE_BROWSER=1 (set by .ci/run), which makes a missing browser a failure.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (title, command, args, env = {}) => {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
};

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p) => p && fs.existsSync(p)) || null;
}

const banner = (lines) => {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  console.log(["", "!".repeat(width), ...lines.map((l) => `! ${l.padEnd(width - 4)} !`), "!".repeat(width), ""].join("\n"));
};

const extraArgs = process.argv.slice(2);
let ok = true;
if (extraArgs.length === 0) {
  ok = run("Type check (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]) && ok;
  ok = run("Lint (eslint)", bin("eslint"), ["."]) && ok;
}

// The command's tests run the compiled `rundmail`, so compile it from the current sources first.
ok = run("Build the rundmail command", bin("tsc"), ["-p", "tsconfig.cli.json"]) && ok;

const chromium = findChromium();
if (!chromium) {
  banner([
    "NO CHROMIUM FOUND: the browser tests of the task pane are SKIPPED.",
    "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.",
  ]);
  if (process.env.RUNDMAIL_REQUIRE_BROWSER === "1") {
    console.error("RUNDMAIL_REQUIRE_BROWSER=1: a missing browser is a failure here.");
    ok = false;
  }
}

const resultFile = path.join(os.tmpdir(), `rundmail-jest-${process.pid}.json`);
ok =
  run("Tests (jest)", bin("jest"), ["--json", `--outputFile=${resultFile}`, ...extraArgs], chromium ? { CHROMIUM_PATH: chromium } : {}) &&
  ok;

try {
  const summary = JSON.parse(fs.readFileSync(resultFile, "utf8"));
  fs.rmSync(resultFile);
  const skipped = summary.numPendingTests + summary.numTodoTests;
  // A plain closing line that any CI can read.
  console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`);
  if (summary.numTotalTests === 0) ok = false;
} catch {
  console.log("\n0 passed, 1 failed");
  ok = false;
}
process.exit(ok ? 0 : 1);
