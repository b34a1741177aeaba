// Issue 12: what the sandbox's mailbox panel downloads per poll (once a second) while a run fills the mailbox —
// before, the whole state (GET /emulator/state); now, only what changed since its last look (GET
// /emulator/changes?since=…), kept in its own copy. A run of BENCH_PANEL_DRAFTS drafts (default 10,000) as the pane
// makes them (4 at a time, BENCH_GRAPH_LATENCY_MS = 50 ms latency: about 80 drafts/s, the browser bench's ceiling),
// each draft tagged with its RundmailKey and RundmailComplete as the Graph gateway does. Each second both are asked,
// side by side: bytes per poll, and the time JSON.parse takes for them here (the panel parses on the page's thread).
// Uses the compiled code in dist/node (npm run build:cli), like the other benchmarks. `node bench/panel-poll.js`.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist", "node");
const N = Number(process.env.BENCH_PANEL_DRAFTS || 10000);
const LATENCY_MS = Number(process.env.BENCH_GRAPH_LATENCY_MS || 50);
const CONCURRENCY = 4;
const POLL_MS = 1000;
const PROPERTY_SET = "{5c2e8f3a-8b1d-4e57-9a64-0d3f2b7c91e4}";

function load() {
  const need = ["emulator/graphEmulator.js", "emulator/controlProtocol.js"];
  if (need.some((file) => !fs.existsSync(path.join(dist, file)))) spawnSync("npm", ["run", "build:cli"], { cwd: root, stdio: "inherit" });
  return { ...require(path.join(dist, "emulator/graphEmulator.js")), ...require(path.join(dist, "emulator/controlProtocol.js")) };
}

/** One draft as the pane creates it: one address, the merged subject, the idempotency key. */
function draft(i, runId) {
  const to = `vorname${i}.nachname-${i}@mitglieder.example.de`;
  return {
    subject: `Beitragsrechnung ${100000 + i} für Vorname${i} Müller-${i}`,
    body: { contentType: "HTML", content: `<p>Hallo Vorname${i},</p><p>anbei Ihre Rechnung.</p>` },
    toRecipients: [{ emailAddress: { address: to } }],
    singleValueExtendedProperties: [
      { id: `String ${PROPERTY_SET} Name RundmailKey`, value: `${runId}:${i + 2}:${to}` },
      { id: `String ${PROPERTY_SET} Name RundmailComplete`, value: "1" },
    ],
  };
}

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0, sum: xs.reduce((a, b) => a + b, 0) };
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main() {
  const { startGraphEmulator, EMULATOR_CONTROL_HEADER } = load();
  const emulator = await startGraphEmulator({ separateUploadOrigin: false, requestLimit: 1e9, recipientLimit: 1e9 });
  emulator.faults.latencyMs = LATENCY_MS;
  const token = emulator.issueToken();
  const control = { [EMULATOR_CONTROL_HEADER]: emulator.controlToken };
  const runId = "3f6d2a0e-7c41-4b8e-9f12-5a7b3c9d1e20";

  /** One look of each kind: the body's size and how long parsing it takes. */
  async function look(url) {
    const text = await (await fetch(url, { headers: control })).text();
    const started = process.hrtime.bigint();
    const parsed = JSON.parse(text);
    return { bytes: Buffer.byteLength(text), parseMs: Number(process.hrtime.bigint() - started) / 1e6, parsed };
  }

  let next = 0;
  const worker = async () => {
    while (next < N) {
      const i = next++;
      const res = await fetch(`${emulator.baseUrl}/me/messages`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(draft(i, runId)),
      });
      if (res.status !== 201) throw new Error(`create ${i}: ${res.status}`);
      await res.arrayBuffer();
    }
  };

  const full = [];
  const delta = [];
  let cursor = null;
  let running = true;
  const poller = (async () => {
    while (running) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const before = await look(`${emulator.origin}/emulator/state`);
      const since = await look(`${emulator.origin}/emulator/changes${cursor === null ? "" : `?since=${encodeURIComponent(cursor)}`}`);
      cursor = since.parsed.cursor;
      full.push({ bytes: before.bytes, parseMs: before.parseMs, messages: before.parsed.drafts.length });
      delta.push({ bytes: since.bytes, parseMs: since.parseMs, changed: since.parsed.changed.length });
    }
  })();

  const started = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - started) / 1000;
  running = false;
  await poller;
  // A second with nothing new: what an idle panel downloads.
  const idle = await look(`${emulator.origin}/emulator/changes?since=${encodeURIComponent(cursor)}`);
  const last = await look(`${emulator.origin}/emulator/state`);
  await emulator.close();

  // The first look of the new panel asks for everything (no cursor yet): left out of the per-poll figures.
  const steady = delta.slice(1);
  const f = stats(full.map((p) => p.bytes));
  const d = stats(steady.map((p) => p.bytes));
  const c = stats(steady.map((p) => p.changed));
  // Medians: one parse is short enough for a garbage collection or this shared machine's load to swamp it.
  const fullParse = stats(full.map((p) => p.parseMs));
  const deltaParse = stats(steady.map((p) => p.parseMs));
  console.log(`Issue 12: the mailbox panel's poll during a run of ${N.toLocaleString("en-GB")} drafts (${seconds.toFixed(0)} s, ${(N / seconds).toFixed(0)} drafts/s, ${full.length} polls, one a second)`);
  console.log(`  before, the whole state: median ${kb(f.median)} per poll, ${mb(f.max)} at the end; ${mb(f.sum)} over the run; parsing it took ${fullParse.median.toFixed(1)} ms (median), ${last.parseMs.toFixed(1)} ms at the end`);
  console.log(`  now, changes since the last poll: median ${kb(d.median)} per poll (${c.median} drafts), at most ${kb(d.max)} (${c.max} drafts); ${mb(d.sum + (delta[0]?.bytes ?? 0))} over the run (the first look included); parsing it took ${deltaParse.median.toFixed(2)} ms (median)`);
  console.log(`  an idle poll (nothing changed): ${idle.bytes} bytes; the whole state then: ${last.bytes.toLocaleString("en-GB")} bytes`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
