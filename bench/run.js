// `npm run bench`: figures each issue asks for, each next to its baseline measured in the same run.
// Issue 2: `rundmail check` on 100,000 rows with a 5 KB HTML body vs PapaParse alone on the same file.
// Issue 3: `rundmail send` messages per second vs a plain nodemailer loop (bench/send.js).
// Task pane: JS loaded at open (raw, gzip) and time to an interactive first step vs a bare Fluent UI page (bench/taskpane.js).
// Issue 5: Graph drafts per second against the emulator (50 ms latency) vs the 4-concurrent ceiling and a bare fetch loop (bench/graph.js).
// Issue 11: the same in the browser, the built pane in the sandbox in Chromium (bench/browser-run.js).
// Issue 12: the sandbox's mailbox panel, bytes per poll during a 10,000-draft run: whole state vs changes (bench/panel-poll.js).
// Issue 9: checking a 500 KB HTML template with 60,000 unbalanced tags in nested sections vs htmlparser2 parsing it (bench/template.js).
// Issue 13: `rundmail check` on 100,000 rows as .xlsx vs the same rows as CSV and SheetJS alone (bench/workbook.js).
// Issue 14: `rundmail drafts --imap` drafts per second into Dovecot vs a bare imapflow APPEND loop (bench/imap.js).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rundmail-bench-"));
const ROWS = Number(process.env.BENCH_ROWS || 100000);
const RUNS = Number(process.env.BENCH_RUNS || 3);

function makeCsv(file) {
  const lines = ["Anrede;Vorname;Nachname;E-Mail;Mitgliedsnummer;Beitrag;Abteilung;Straße;PLZ;Ort"];
  const departments = ["Turnen", "Fußball", "Schwimmen", "Leichtathletik"];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      [i % 3 === 0 ? "Frau" : i % 3 === 1 ? "Herr" : "", `Vorname${i}`, `Müller-${i}`, `mitglied.${i}@example.de`, String(100000 + i),
        `${(i % 200) + 20},00`, departments[i % 4], `Hauptstraße ${i % 300}`, String(10000 + (i % 89999)).padStart(5, "0"), "Dresden"].join(";"),
    );
  }
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
}

function makeTemplate(file) {
  const paragraph =
    "<p class=MsoNormal>Wir freuen uns, dass Sie in der Abteilung <b>{{Abteilung}}</b> aktiv sind. Ihr Beitrag von " +
    "{{Beitrag}}&nbsp;€ wird zum 1.&nbsp;Februar fällig; bitte geben Sie die Mitgliedsnummer {{Mitgliedsnummer}} an.<o:p></o:p></p>\n";
  let body =
    "<html><head><style>p.MsoNormal {margin:0cm; font-family:Calibri}</style></head><body>\n" +
    "<p>{{#Anrede=Frau}}Sehr geehrte Frau {{Nachname}},{{/Anrede}}{{#Anrede=Herr}}Sehr geehrter Herr {{Nachname}},{{/Anrede}}{{^Anrede}}Hallo {{Vorname}},{{/Anrede}}</p>\n";
  while (body.length < 5000) body += paragraph;
  body += "<p>{{Straße}}, {{PLZ}} {{Ort}}</p></body></html>\n";
  fs.writeFileSync(file, `Subject: Beitragsrechnung {{Mitgliedsnummer}} für {{Vorname}} {{Nachname}}\n\n${body}`);
  return body.length;
}

function measure(args) {
  const peakFile = path.join(work, `peak-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", path.join(__dirname, "peak.js"), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_PEAK_FILE: peakFile, LANG: "C" },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return { seconds, peak: Number(fs.readFileSync(peakFile, "utf8")) };
}

function median(runs) {
  const sorted = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { seconds: sorted("seconds"), peak: sorted("peak") };
}

const repeat = (args) => median(Array.from({ length: RUNS }, () => measure(args)));
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
const s = (seconds) => `${seconds.toFixed(2)} s`;

const csv = path.join(work, "mitglieder-100k.csv");
const template = path.join(work, "rechnung-5k.html");
makeCsv(csv);
const bodySize = makeTemplate(template);
const cli = path.join(root, "bin", "rundmail.js");
// Always built: a build left over from older sources would measure the old code (and the Graph bench's emulator
// would refuse faults it does not know yet).
const built = spawnSync("npm", ["run", "build:cli"], { cwd: root, stdio: "inherit" });
if (built.status !== 0) throw new Error("npm run build:cli failed");

console.log(`Rundmail benchmarks — ${os.cpus().length} cores, Node ${process.version}, median of ${RUNS} runs\n`);
console.log(`Issue 2: check ${ROWS.toLocaleString("en")} rows (${mb(fs.statSync(csv).size)} CSV), ${(bodySize / 1000).toFixed(1)} KB HTML body`);
const baseline = repeat([path.join(__dirname, "papaparse-only.js"), csv]);
const check = repeat([cli, "check", "--recipients", csv, "--template", template]);
const json = repeat([cli, "check", "--json", "--recipients", csv, "--template", template]);
const rows = [
  ["PapaParse alone (baseline)", baseline],
  ["rundmail check", check],
  ["rundmail check --json (renders every draft)", json],
];
for (const [name, r] of rows) {
  console.log(`  ${name.padEnd(46)} ${s(r.seconds).padStart(8)}  peak ${mb(r.peak).padStart(7)}  ${(r.seconds / baseline.seconds).toFixed(2)}× baseline`);
}
const ratio = check.seconds / baseline.seconds;
console.log(`  target: check within 3× of the bare parse (${ratio <= 3 ? "met" : "MISSED"}: ${ratio.toFixed(2)}×),` +
  ` peak under 400 MB (${check.peak < 400e6 ? "met" : "MISSED"}: ${mb(check.peak)})`);
fs.rmSync(work, { recursive: true, force: true });

// Issue 3: `rundmail send` against a local SMTP server vs a plain nodemailer loop (its own process: the server is
// asynchronous and would freeze under spawnSync).
const sendBench = spawnSync(process.execPath, [path.join(__dirname, "send.js")], { cwd: root, stdio: "inherit" });
if (sendBench.status !== 0) process.exitCode = 1;

// The task pane issue: the production bundle loaded at open and the time to an interactive first step in headless
// Chromium, next to a bare Fluent UI page built the same way (its own process: it builds both and drives Chromium).
const taskpaneBench = spawnSync(process.execPath, [path.join(__dirname, "taskpane.js")], { cwd: root, stdio: "inherit" });
if (taskpaneBench.status !== 0) process.exitCode = 1;

// Issue 5: drafts per second through the Graph gateway against the local Graph emulator (bench/graph.js).
const graphBench = spawnSync(process.execPath, [path.join(__dirname, "graph.js")], { cwd: root, stdio: "inherit" });
if (graphBench.status !== 0) process.exitCode = 1;

// Issue 11: the same Graph run in the browser — the built pane in the sandbox, in Chromium — printed right after the
// Node figure above, against the same ceiling (bench/browser-run.js).
const browserBench = spawnSync(process.execPath, [path.join(__dirname, "browser-run.js")], { cwd: root, stdio: "inherit" });
if (browserBench.status !== 0) process.exitCode = 1;

// Issue 12: what the sandbox's mailbox panel downloads per poll during a 10,000-draft run, the whole state next to
// only the changes (bench/panel-poll.js).
const panelBench = spawnSync(process.execPath, [path.join(__dirname, "panel-poll.js")], { cwd: root, stdio: "inherit" });
if (panelBench.status !== 0) process.exitCode = 1;

// Issue 13: a 100,000-row .xlsx next to the same rows as CSV, and SheetJS alone (bench/workbook.js).
const workbookBench = spawnSync(process.execPath, [path.join(__dirname, "workbook.js")], { cwd: root, stdio: "inherit" });
if (workbookBench.status !== 0) process.exitCode = 1;

// Issue 14: `rundmail drafts --imap` into a throwaway Dovecot vs a bare imapflow loop of the same APPENDs (its own
// process: Dovecot and the children are asynchronous). Skipped, loudly, where Dovecot is not installed.
const imapBench = spawnSync(process.execPath, [path.join(__dirname, "imap.js")], { cwd: root, stdio: "inherit" });
if (imapBench.status !== 0) process.exitCode = 1;

// Issue 9: checking a pasted 500 KB template with 60,000 unbalanced tags in nested sections (bench/template.js).
const templateBench = spawnSync(process.execPath, [path.join(__dirname, "template.js")], { cwd: root, stdio: "inherit" });
if (templateBench.status !== 0) process.exitCode = 1;
