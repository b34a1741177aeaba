// `npm run bench`, issue 11: the run as users have it — in the browser. The production build of the add-in in headless
// Chromium, the sandbox around the real task pane (its real Graph gateway, MSAL through the sandbox's simulated
// nested-app-auth bridge, its IndexedDB ledger), against the Graph emulator with 50 ms latency in a process of its
// own (as Graph is a remote server) that also serves the built pane (bench/browser-run-server.js). Printed after bench/graph.js, whose Node figure (the engine alone, 4 workers) it is
// compared with, against the same ceiling: 4 concurrent requests / 50 ms = 80 drafts/s.
//
// The run: BENCH_BROWSER_DRAFTS rows (default 1,000) pasted into step 1, the sandbox's sample message as the template
// with its attachments removed (drafts without files: the figure is the pane's own work per draft, not base64), on
// through the steps, "Create N drafts" clicked; timed from the click to the pane's "Done:" (so it includes loading
// the run's code and the first sign-in). Every draft exactly once is checked in the emulator's state.
// Runs alone too: `node bench/browser-run.js` (CHROMIUM_PATH=/usr/bin/chromium; needs `npm run build:cli`).
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const N = Number(process.env.BENCH_BROWSER_DRAFTS || 1000);
const LATENCY_MS = Number(process.env.BENCH_GRAPH_LATENCY_MS || 50);
const CONCURRENCY = 4;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PANE = 'iframe[title="Rundmail task pane"]';

/** A free local port (for the emulator's upload origin, which the build writes into the sandbox pane's CSP). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}:\n${output}`))));
  });
}

/**
 * The built add-in and the emulator (under /graph, 50 ms latency) served by one process of their own
 * (bench/browser-run-server.js); resolves with its origin and control token.
 */
async function startServer(dir, uploadPort) {
  if (!fs.existsSync(path.join(root, "dist", "node", "emulator", "graphEmulator.js"))) throw new Error("dist/node/emulator is missing: run npm run build:cli first.");
  const child = spawn(process.execPath, [path.join(__dirname, "browser-run-server.js"), dir, String(LATENCY_MS), `http://127.0.0.1:${uploadPort}`], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve(JSON.parse(out.slice(0, out.indexOf("\n"))));
    });
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { ...ready, close: () => new Promise((done) => (child.once("exit", () => done()), child.kill("SIGTERM"))) };
}

/** The list, tab-separated as pasted from Excel, with the columns the sandbox's sample message uses. */
function table() {
  const lines = ["Anrede\tVorname\tNachname\tE-Mail\tMitgliedsnummer\tBeitrag\tAbteilung"];
  for (let i = 0; i < N; i++) lines.push([i % 2 === 0 ? "Frau" : "Herr", `Vorname${i}`, `Müller-${i}`, `mitglied.${i}@example.de`, String(10000 + i), "60,00", "Turnen"].join("\t"));
  return lines.join("\n");
}

async function main() {
  const ceiling = CONCURRENCY / (LATENCY_MS / 1000);
  console.log(`\nIssue 11: the same run in the browser — headless Chromium, the built pane in the sandbox, ${N.toLocaleString("en")} drafts (no files), Graph emulator with ${LATENCY_MS} ms latency in its own process`);
  if (!fs.existsSync(CHROMIUM_PATH)) {
    console.log(`  NOT MEASURED — no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    process.exitCode = 1;
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "rundmail-bench-browser-"));
  let server = null;
  let browser = null;
  try {
    // BENCH_BROWSER_BUILD: a folder this bench built before (kept with BENCH_BROWSER_KEEP=1), to measure again quickly.
    const built = process.env.BENCH_BROWSER_BUILD;
    const dir = built || work;
    let uploadPort;
    if (built) {
      uploadPort = Number(/connect-src 'self' http:\/\/127\.0\.0\.1:(\d+)/.exec(fs.readFileSync(path.join(built, "taskpane-sandbox.html"), "utf8"))[1]);
    } else {
      uploadPort = await freePort();
      const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
      await run(process.execPath, [webpackCli, "--mode", "production", "--env", `uploadOrigin=http://127.0.0.1:${uploadPort}`, "--output-path", work]);
    }
    server = await startServer(dir, uploadPort);
    const { chromium } = require("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.origin}/sandbox.html`);
    await page.getByRole("combobox", { name: "Outlook language" }).selectOption("en-US");
    const pane = page.frameLocator(PANE);
    await pane.locator('html[lang="en"]').waitFor({ state: "attached" });
    // The sample message's attachments out: the drafts carry no files.
    const compose = page.getByRole("region", { name: "New message (simulated Outlook)" });
    const remove = compose.getByRole("button", { name: /^Remove / });
    await remove.first().waitFor();
    while ((await remove.count()) > 0) await remove.first().click();
    await pane.getByRole("textbox", { name: /^Paste/ }).fill(table());
    await pane.getByText(`${N.toLocaleString("en-GB")} drafts ready`, { exact: true }).waitFor({ timeout: 120_000 });
    const create = pane.getByRole("button", { name: `Create ${N.toLocaleString("en-GB")} drafts` });
    try {
      const nextStep = () => pane.getByRole("button", { name: /^Next: / }).click({ timeout: 10_000 });
      await nextStep();
      // The message is read as the template (src/taskpane/strings.ts: readTemplate, templateOk).
      await pane.getByRole("button", { name: "Read message" }).click();
      await pane.getByText("Every field in the message is a column of the table.", { exact: true }).waitFor({ timeout: 30_000 });
      for (let step = 0; step < 3 && !(await create.isVisible()); step++) await nextStep();
      await create.and(pane.locator(":not([aria-disabled='true'])")).waitFor({ timeout: 30_000 });
    } catch (error) {
      await page.screenshot({ path: path.join(os.tmpdir(), "rundmail-bench-browser-failed.png") });
      throw error;
    }
    // BENCH_BROWSER_PROFILE=file.cpuprofile: Chromium's CPU profile of the run (the pane shares the page's renderer),
    // for DevTools' Performance panel or a summary by function.
    const profiling = process.env.BENCH_BROWSER_PROFILE ? await context.newCDPSession(page) : null;
    if (profiling) {
      await profiling.send("Profiler.enable");
      await profiling.send("Profiler.setSamplingInterval", { interval: 200 });
      await profiling.send("Profiler.start");
    }
    const paneFrame = page.frames().find((frame) => frame.url().includes("taskpane"));
    await paneFrame?.evaluate(() => performance.setResourceTimingBufferSize(100_000));
    const started = Date.now();
    const clickedAt = await paneFrame?.evaluate(() => performance.now());
    await create.click();
    await pane.getByText(/^Done: /).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    const doneAt = await paneFrame?.evaluate(() => performance.now());
    if (profiling) {
      const { profile } = await profiling.send("Profiler.stop");
      fs.writeFileSync(process.env.BENCH_BROWSER_PROFILE, JSON.stringify(profile));
    }
    const done = await pane.getByText(/^Done: /).textContent();
    const state = await (await fetch(`${server.origin}/graph/emulator/state`, { headers: { [server.controlHeader]: server.controlToken } })).json();
    const drafts = state.drafts.length;
    const rate = N / seconds;
    console.log(`  ceiling: ${CONCURRENCY} concurrent requests / ${LATENCY_MS} ms = ${ceiling.toFixed(1)} drafts/s (Node figure: "Rundmail (startRun + Graph gateway)" above)`);
    console.log(`  ${"Rundmail task pane in Chromium".padEnd(46)} ${rate.toFixed(1).padStart(6)} drafts/s  ${seconds.toFixed(1).padStart(5)} s  ${String(drafts).padStart(5)} drafts  ${((100 * rate) / ceiling).toFixed(0).padStart(3)}% of ceiling`);
    console.log(`  target: ≥ 90% of the ceiling in the browser (${rate / ceiling >= 0.9 ? "met" : "MISSED"}: ${((100 * rate) / ceiling).toFixed(1)}%)`);
    // Where the time between the ceiling and the figure goes: each create's round trip as the pane saw it.
    const { trips, first, last } = (await paneFrame?.evaluate(() => {
      const creates = performance.getEntriesByType("resource").filter((e) => /\/graph\/v1\.0\/me\/messages$/.test(e.name));
      return { trips: creates.map((e) => e.duration), first: creates[0]?.startTime, last: Math.max(...creates.map((e) => e.responseEnd)), now: performance.now() };
    })) ?? { trips: [] };
    if (trips.length > 0) {
      console.log(`  first create ${(first - clickedAt).toFixed(0)} ms after the click; last answer to "Done:" ${(doneAt - last).toFixed(0)} ms`);
      const mean = trips.reduce((sum, ms) => sum + ms, 0) / trips.length;
      const perDraft = (CONCURRENCY * 1000) / rate;
      console.log(`  a create's round trip as the pane saw it: ${mean.toFixed(1)} ms on average (the emulator's latency: ${LATENCY_MS} ms); each worker's time per draft: ${perDraft.toFixed(1)} ms`);
    }
    const exactlyOnce = drafts === N && new Set(state.drafts.map((d) => d.to ?? d.subject ?? JSON.stringify(d))).size === N;
    console.log(`  every draft exactly once: ${exactlyOnce ? "yes" : "NO"} (${drafts} drafts in the mailbox; the pane said "${done}")`);
    if (!exactlyOnce || errors.length > 0) process.exitCode = 1;
    if (errors.length > 0) console.log(`  page errors: ${errors.join("; ")}`);
  } finally {
    if (browser) await browser.close();
    if (server) await server.close();
    if (process.env.BENCH_BROWSER_KEEP === "1") console.log(`  build kept in ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
