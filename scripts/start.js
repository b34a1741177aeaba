#!/usr/bin/env node
// `npm start`.
//   Windows: sideload into desktop Outlook with office-addin-debugging (it also starts the dev server).
//   Elsewhere office-addin-debugging cannot sideload, so: serve the add-in on https://localhost:3000 in the
//   foreground and explain how to add it to Outlook on the web, and how to try Rundmail without Outlook.
// RUNDMAIL_HTTP=1 serves plain http (for the sandbox); RUNDMAIL_PORT changes the port (tests).
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");
const { setTimeout } = require("timers");
const { devServerHttps, trustInstructions } = require("./dev-https");
const { readServerRecord, removeServerRecord, serverRecordPath, isAlive } = require("./dev-server-record");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = Number(process.env.RUNDMAIL_PORT || require("../package.json").config.dev_server_port);
const PLAIN_HTTP = process.env.RUNDMAIL_HTTP === "1";
const ORIGIN = `${PLAIN_HTTP ? "http" : "https"}://localhost:${PORT}`;
const READY_TIMEOUT_MS = 180_000;

function tryWithoutOutlook(origin) {
  return [
    `Try Rundmail without Outlook: open ${origin}/sandbox.html`,
    "  (the real task pane beside a simulated Outlook with sample data; nothing is sent).",
    `  Its Microsoft Graph is a local emulator under ${origin}/graph; the sandbox page shows the simulated mailbox`,
    "  (only pages of this origin can read it: other sites open in your browser cannot).",
    ...(PLAIN_HTTP ? [] : ["  The sandbox also works over plain http: RUNDMAIL_HTTP=1 npm start"]),
    "Or with the command line:",
    "  npx rundmail check --recipients samples/mitglieder.csv --template samples/rechnung.html \\",
    '    --attachments samples/rechnungen --attachment-pattern "Rechnung_{{Mitgliedsnummer}}.pdf"',
    "  npx rundmail drafts --recipients samples/mitglieder.csv --template samples/rechnung.html \\",
    '    --attachments samples/rechnungen --attachment-pattern "Rechnung_{{Mitgliedsnummer}}.pdf" --out drafts',
    "  (check lists every problem; drafts writes one .eml draft per recipient into drafts/.)",
  ];
}

function outlookOnTheWeb(httpsKind, caPath) {
  const lines = [
    "Add Rundmail to Outlook on the web:",
    "  1. Open https://aka.ms/olksideload and sign in; after a few seconds the \"Add-ins for Outlook\" dialog opens.",
    "  2. My add-ins → (Custom add-ins) Add a custom add-in → Add from file…",
    `  3. Choose ${MANIFEST} and confirm.`,
    "  4. Write a new message: Rundmail is on the ribbon (or under Apps).",
  ];
  if (PLAIN_HTTP) {
    return [
      ...lines,
      "Note: this server speaks plain http (RUNDMAIL_HTTP=1). Outlook loads add-ins only over https; use this",
      "mode for the sandbox and tests, and `npm start` without RUNDMAIL_HTTP for Outlook.",
    ];
  }
  const trust = trustInstructions(httpsKind, caPath, `${ORIGIN}/taskpane.html`);
  return trust.length === 0 ? lines : [...lines, "", "The browser must trust https://localhost:", ...trust.map((l) => `  ${l}`)];
}

function banner(lines) {
  const rule = "─".repeat(78);
  console.log(`\n${rule}\n${lines.join("\n")}\n${rule}\n`);
}

/** Resolves when GET /taskpane.html answers 200; rejects after the timeout. */
function waitUntilServing(child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    let exited = false;
    child.once("exit", () => {
      exited = true;
      reject(new Error("The dev server stopped before it was ready (see its output above)."));
    });
    const probe = () => {
      if (exited) return;
      const client = PLAIN_HTTP ? http : https;
      // Our own localhost server; its certificate may not be trusted by Node.
      const request = client.get(`${ORIGIN}/taskpane.html`, { rejectUnauthorized: false, timeout: 5000 }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry();
      });
      request.on("error", retry);
      request.on("timeout", () => request.destroy());
    };
    const retry = () => {
      if (exited) return;
      if (Date.now() > deadline) reject(new Error(`The dev server did not answer on ${ORIGIN} within ${READY_TIMEOUT_MS / 1000} s.`));
      else setTimeout(probe, 500);
    };
    probe();
  });
}

function startOnWindows() {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const child = spawn(process.execPath, [cli, "start", "manifest.xml", "--dev-server-port", String(PORT)], {
    cwd: ROOT,
    stdio: "inherit",
  });
  child.on("exit", (code) => {
    // office-addin-debugging reports its own errors above (and exits 0 even then).
    banner([
      "When Outlook shows Rundmail on the ribbon, it is sideloaded; `npm stop` removes it and stops the dev server.",
      "",
      ...tryWithoutOutlook(ORIGIN),
    ]);
    process.exit(code ?? 1);
  });
}

async function startElsewhere() {
  const existing = readServerRecord(PORT);
  if (existing && isAlive(existing.pid)) {
    console.log(`The Rundmail dev server is already running on ${existing.origin} (process ${existing.pid}).`);
    banner([...outlookOnTheWeb(existing.httpsKind, existing.caPath), "", ...tryWithoutOutlook(existing.origin)]);
    return;
  }
  removeServerRecord(PORT);

  let httpsKind = "plain-http";
  let caPath;
  if (!PLAIN_HTTP) {
    if (process.platform === "darwin" && !process.env.RUNDMAIL_CERT_DIR) {
      httpsKind = "trusted"; // office-addin-dev-certs installs and trusts its CA when the dev server starts.
    } else {
      // Made now so the dev server finds the same certificate, and so we can say how to trust it.
      const result = await devServerHttps();
      httpsKind = result.kind;
      caPath = result.caPath;
    }
  }

  console.log(`Building the Rundmail add-in and serving it on ${ORIGIN} …`);
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    env: { ...process.env, RUNDMAIL_PORT: String(PORT) },
    stdio: ["ignore", "inherit", "inherit"],
    // Its own process group, so that stopping it (here or from `npm stop`) takes every child with it.
    detached: true,
  });
  fs.writeFileSync(
    serverRecordPath(PORT),
    JSON.stringify({ pid: child.pid, starter: process.pid, origin: ORIGIN, httpsKind, caPath, manifest: MANIFEST }),
  );

  const stopServer = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stopServer("SIGTERM"));
  process.on("exit", () => stopServer("SIGTERM"));
  child.on("exit", (code, signal) => {
    removeServerRecord(PORT, child.pid);
    process.exit(signal ? 0 : (code ?? 0));
  });

  try {
    await waitUntilServing(child);
  } catch (error) {
    console.error(String(error.message || error));
    stopServer("SIGTERM");
    process.exitCode = 1;
    return;
  }
  banner([
    `The Rundmail add-in is served on ${ORIGIN} (manifest: ${path.relative(process.cwd(), MANIFEST) || MANIFEST}).`,
    "Stop it with Ctrl+C here, or `npm stop` from another terminal.",
    "",
    ...outlookOnTheWeb(httpsKind, caPath),
    "",
    "Desktop Outlook for Windows: run `npm start` on Windows to sideload it there.",
    "",
    ...tryWithoutOutlook(ORIGIN),
  ]);
}

if (process.platform === "win32") {
  startOnWindows();
} else {
  startElsewhere().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
