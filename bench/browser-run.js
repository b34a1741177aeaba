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
/* global window, document, XPathResult, DataTransfer, ClipboardEvent -- timedRun() and the paste run in the page */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const net = require("net");
const os = require("os");
const path = require("path");
const { CHROMIUM_ARGS } = require("./browserSupport");

const root = path.join(__dirname, "..");
const N = Number(process.env.BENCH_BROWSER_DRAFTS || 1000);
const LATENCY_MS = Number(process.env.BENCH_GRAPH_LATENCY_MS || 50);
const CONCURRENCY = 4;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// The pane's frame by its id (src/sandbox/paneFrame.ts): its title follows the sandbox's language.
const PANE = "iframe#rundmail-taskpane";

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
  // Its lines: first where it listens, later the figures the pane posted (see timedRun).
  const lines = [];
  const waiting = [];
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
    for (let at = out.indexOf("\n"); at >= 0; at = out.indexOf("\n")) {
      lines.push(JSON.parse(out.slice(0, at)));
      out = out.slice(at + 1);
    }
    while (lines.length > 0 && waiting.length > 0) waiting.shift()(lines.shift());
  });
  const exited = new Promise((_resolve, reject) => child.once("exit", (code) => reject(new Error(`the server exited with ${code}`))));
  exited.catch(() => undefined);
  const nextLine = (timeoutMs) => {
    let timer;
    const line = lines.length > 0 ? Promise.resolve(lines.shift()) : new Promise((resolve) => waiting.push(resolve));
    const late = new Promise((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`nothing from the pane in ${timeoutMs / 1000} s`)), timeoutMs)));
    return Promise.race([line, late, exited]).finally(() => clearTimeout(timer));
  };
  const ready = await nextLine(30_000);
  return {
    ...ready,
    result: (timeoutMs) => nextLine(timeoutMs).then((line) => line.result),
    close: () => new Promise((done) => (child.once("exit", () => done()), child.kill("SIGTERM"))),
  };
}

/** Debian's Chromium, started by the bench so that Playwright can attach to it for the setup and let go of it for the run. */
async function launchChromium(profileDir) {
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profileDir}`, "about:blank"], { stdio: ["ignore", "ignore", "pipe"] });
  const endpoint = await new Promise((resolve, reject) => {
    let err = "";
    child.stderr.on("data", (chunk) => {
      err += chunk;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (found) resolve(found[1]);
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited with ${code}: ${err.slice(-2000)}`)));
  });
  return { endpoint, close: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once("exit", () => done()), child.kill("SIGTERM")))) };
}

/**
 * Runs in the pane (page.evaluate): after `delayMs` (Playwright has let go by then) it clicks "Create N drafts", waits
 * for "Done:", reads each create's timing, then runs the baseline — the pane's first create request (its token and
 * body, noted on the way) repeated N times, `concurrency` at a time, with nothing else — and posts it all to the server.
 */
function timedRun({ createName, n, concurrency, delayMs }) {
  performance.setResourceTimingBufferSize(100_000);
  const errors = [];
  window.addEventListener("error", (event) => errors.push(String(event.message)));
  window.addEventListener("unhandledrejection", (event) => errors.push(String(event.reason)));
  const original = window.fetch;
  let firstCreate = null;
  window.fetch = (url, init) => {
    if (firstCreate === null && init?.method === "POST" && /\/me\/messages$/.test(String(url))) firstCreate = { url: String(url), headers: init.headers, body: init.body };
    return original(url, init);
  };
  const post = (result) => original("/bench/result", { method: "POST", body: JSON.stringify(result) });
  const doneText = () => {
    if (!document.body.textContent.includes("Done: ")) return null;
    const found = document.evaluate("//*[starts-with(normalize-space(.), 'Done: ')]", document.body, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    return found.snapshotLength > 0 ? found.snapshotItem(found.snapshotLength - 1).textContent : null;
  };
  setTimeout(async () => {
    try {
      const button = [...document.querySelectorAll("button")].find((candidate) => candidate.textContent.trim() === createName);
      if (!button) throw new Error(`no button "${createName}"`);
      // Issue 12: long tasks (over 50 ms) on the page's one main thread during the run — the pane's own (observed
      // here, in its frame) and the sandbox page's around it, whose mailbox panel polls the emulator once a second
      // throughout (observed there: main() starts that observer before the run).
      const longTasks = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: "longtask" });
      const outer = window.top.__benchLongTasks ?? [];
      const outerBefore = outer.length;
      const clickedAt = performance.now();
      button.click();
      const text = await new Promise((resolve) => {
        const look = () => {
          const seen = doneText();
          if (seen !== null) resolve(seen);
          else setTimeout(look, 20);
        };
        look();
      });
      const doneAt = performance.now();
      observer.disconnect();
      const creates = performance.getEntriesByType("resource").filter((entry) => /\/me\/messages$/.test(entry.name));
      const result = {
        clickedAt,
        doneAt,
        doneText: text,
        trips: creates.map((entry) => entry.duration),
        first: creates[0]?.startTime,
        last: Math.max(...creates.map((entry) => entry.responseEnd)),
        longTasks: { count: longTasks.length, ms: longTasks.reduce((sum, ms) => sum + ms, 0), longest: Math.max(0, ...longTasks) },
        pageLongTasks: { count: outer.length - outerBefore, ms: outer.slice(outerBefore).reduce((sum, ms) => sum + ms, 0), longest: Math.max(0, ...outer.slice(outerBefore)) },
      };
      if (firstCreate === null) throw new Error("the pane made no create request");
      let left = n;
      let bareCreated = 0;
      const loop = async () => {
        while (left-- > 0) {
          const answer = await original(firstCreate.url, { method: "POST", headers: firstCreate.headers, body: firstCreate.body });
          if (answer.status === 201) bareCreated += 1;
          await answer.text();
        }
      };
      const bareStarted = performance.now();
      await Promise.all(Array.from({ length: concurrency }, loop));
      await post({ ...result, bare: n / ((performance.now() - bareStarted) / 1000), bareCreated, errors });
    } catch (error) {
      await post({ error: String(error?.stack ?? error) });
    }
  }, delayMs);
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
  let attached = null;
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
    browser = await launchChromium(path.join(work, "profile"));
    attached = await chromium.connectOverCDP(browser.endpoint);
    const detach = async () => {
      // Playwright's connection goes; the browser and its page stay (they are not Playwright's own context).
      await attached?.close();
      attached = null;
    };
    const page = attached.contexts()[0].pages()[0] ?? (await attached.contexts()[0].newPage());
    await page.setViewportSize({ width: 1280, height: 1000 });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The sandbox opens empty and in German; ?example puts the sample message in (its template is the bench's).
    await page.goto(`${server.origin}/sandbox.html?example`);
    await page.getByRole("combobox", { name: /^(Outlook-Sprache|Outlook language)$/ }).selectOption("en-US");
    const pane = page.frameLocator(PANE);
    await pane.locator('html[lang="en"]').waitFor({ state: "attached" });
    // The sample message's attachments out: the drafts carry no files.
    const compose = page.getByRole("region", { name: "New message (simulated Outlook)" });
    const remove = compose.getByRole("button", { name: /^Remove / });
    await remove.first().waitFor();
    while ((await remove.count()) > 0) await remove.first().click();
    // Pasted, as a user does (a paste event with the text): typing 10,000 rows into the box would read the table anew
    // at every change, and Playwright's fill retries while the pane is busy reading.
    const box = pane.getByRole("textbox", { name: /^Paste/ });
    await box.focus();
    await box.evaluate((element, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, table());
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
    // From the click on, the run is timed inside the pane and Playwright lets go of the browser (unless profiling):
    // attached, it has Chromium report every request to it (the DevTools Network domain), which costs each fetch about
    // 1.5 ms and this 2-core machine's CPU — work a user's Outlook does not do. The page clicks "Create" itself, notes
    // "Done:", measures the bare loop beside it, and posts the figures to the server (bench/browser-run-server.js).
    const paneFrame = page.frames().find((frame) => frame.url().includes("taskpane"));
    if (!paneFrame) throw new Error("the task pane's frame was not found");
    // BENCH_BROWSER_PROFILE=file.cpuprofile: Chromium's CPU profile of the run (the pane shares the page's renderer),
    // for DevTools' Performance panel or a summary by function; Playwright then stays attached.
    const profiling = process.env.BENCH_BROWSER_PROFILE ? await page.context().newCDPSession(page) : null;
    if (profiling) {
      await profiling.send("Profiler.enable");
      await profiling.send("Profiler.setSamplingInterval", { interval: 200 });
      await profiling.send("Profiler.start");
    }
    await page.evaluate(() => {
      window.__benchLongTasks = [];
      new PerformanceObserver((list) => window.__benchLongTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: "longtask" });
    });
    await paneFrame.evaluate(timedRun, { createName: `Create ${N.toLocaleString("en-GB")} drafts`, n: N, concurrency: CONCURRENCY, delayMs: 1000 });
    if (!profiling) await detach();
    const result = await server.result(600_000);
    if (profiling) {
      const { profile } = await profiling.send("Profiler.stop");
      fs.writeFileSync(process.env.BENCH_BROWSER_PROFILE, JSON.stringify(profile));
    }
    if (result.error) throw new Error(`in the pane: ${result.error}`);
    const seconds = (result.doneAt - result.clickedAt) / 1000;
    result.created = Number(/^Done: ([\d,]+)/.exec(result.doneText.trim())?.[1]?.replace(/,/g, "") ?? NaN);
    errors.push(...result.errors);
    const state = await (await fetch(`${server.origin}/graph/emulator/state`, { headers: { [server.controlHeader]: server.controlToken } })).json();
    const rate = N / seconds;
    console.log(`  ceiling: ${CONCURRENCY} concurrent requests / ${LATENCY_MS} ms = ${ceiling.toFixed(1)} drafts/s (Node figure: "Rundmail (startRun + Graph gateway)" above)`);
    console.log(`  ${"bare fetch loop in the same pane (baseline)".padEnd(46)} ${result.bare.toFixed(1).padStart(6)} drafts/s  ${((N / result.bare)).toFixed(1).padStart(5)} s  ${((100 * result.bare) / ceiling).toFixed(0).padStart(15)}% of ceiling`);
    console.log(`  ${"Rundmail task pane in Chromium".padEnd(46)} ${rate.toFixed(1).padStart(6)} drafts/s  ${seconds.toFixed(1).padStart(5)} s  ${String(result.created).padStart(5)} drafts  ${((100 * rate) / ceiling).toFixed(0).padStart(3)}% of ceiling`);
    console.log(`  target: ≥ 90% of the ceiling in the browser (${rate / ceiling >= 0.9 ? "met" : "MISSED"}: ${((100 * rate) / ceiling).toFixed(1)}%; ${((100 * rate) / result.bare).toFixed(1)}% of the bare loop)`);
    // Where the time between the ceiling and the figure goes: each create's round trip as the pane saw it.
    const { trips, first, last } = result;
    if (trips.length > 0) {
      const mean = trips.reduce((sum, ms) => sum + ms, 0) / trips.length;
      // How full the slots were between the first create and the last answer: the pane's own work per draft shows as less than 4.
      const inFlight = trips.reduce((sum, ms) => sum + ms, 0) / (last - first);
      console.log(`  first create ${(first - result.clickedAt).toFixed(0)} ms after the click; last answer to "Done:" ${(result.doneAt - last).toFixed(0)} ms; creates in flight on average: ${inFlight.toFixed(2)} of ${CONCURRENCY}`);
      console.log(`  a create's round trip as the pane saw it: ${mean.toFixed(1)} ms on average (the emulator's latency: ${LATENCY_MS} ms); each worker's time per draft: ${((CONCURRENCY * 1000) / rate).toFixed(1)} ms`);
    }
    for (const [where, long] of [["in the pane's frame", result.longTasks], ["in the sandbox page around it (its mailbox panel polls once a second)", result.pageLongTasks]]) {
      console.log(`  long tasks (over 50 ms) during the run ${where}: ${long.count}, ${long.ms.toFixed(0)} ms in all, the longest ${long.longest.toFixed(0)} ms`);
    }
    // The pane's drafts, each once; the bare loop's N copies of the first one's request come on top.
    const counts = new Map();
    for (const { to } of state.drafts) counts.set(to.join(", "), (counts.get(to.join(", ")) ?? 0) + 1);
    // Beyond 10,000 requests in 10 minutes (Graph's limit, which the emulator keeps) the bare loop's creates are refused:
    // then its figure counts quick 429s and is no baseline, and fewer copies of the first draft are in the mailbox.
    if (result.bareCreated < N) console.log(`  the bare loop: only ${result.bareCreated} of its ${N} creates were accepted (Graph's 10,000 requests per 10 minutes): its figure is no baseline at this size`);
    const exactlyOnce =
      state.drafts.length === N + result.bareCreated &&
      counts.size === N &&
      [...counts.values()].filter((c) => c !== 1).length === (result.bareCreated > 0 ? 1 : 0) &&
      result.created === N;
    console.log(`  every draft exactly once: ${exactlyOnce ? "yes" : "NO"} (${state.drafts.length - result.bareCreated} drafts from the pane in the mailbox; the pane said "${result.doneText}")`);
    if (!exactlyOnce || errors.length > 0) process.exitCode = 1;
    if (errors.length > 0) console.log(`  page errors: ${errors.join("; ")}`);
  } finally {
    if (attached) await attached.close().catch(() => undefined);
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
