// `npm run bench`, issue 13: `rundmail check` on 100,000 rows as .xlsx, next to the same rows as CSV and next to
// SheetJS alone reading the .xlsx (bench/sheetjs-only.js) and PapaParse alone reading the CSV, time and peak memory,
// median of BENCH_RUNS. The member number is a number in format 0000 and the fee a euro amount, as clubs keep them,
// so the per-cell formatting is in the figure. Runs alone too: `node bench/workbook.js` (uses dist/node).
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { utils, write } = require("@e965/xlsx");

const root = path.join(__dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rundmail-bench-xlsx-"));
const ROWS = Number(process.env.BENCH_ROWS || 100000);
const RUNS = Number(process.env.BENCH_RUNS || 3);

const HEADER = ["Anrede", "Vorname", "Nachname", "E-Mail", "Mitgliedsnummer", "Beitrag", "Abteilung", "PLZ", "Ort"];
const departments = ["Turnen", "Fußball", "Schwimmen", "Leichtathletik"];
const member = (i) => [i % 3 === 0 ? "Frau" : i % 3 === 1 ? "Herr" : "", `Vorname${i}`, `Müller-${i}`, `mitglied.${i}@example.de`,
  i + 1, (i % 200) + 20, departments[i % 4], String(10000 + (i % 89999)).padStart(5, "0"), "Dresden"];

function makeFiles() {
  const rows = Array.from({ length: ROWS }, (_, i) => member(i));
  // The CSV as German Excel saves these cells: what the user sees, ";"-separated.
  const shown = (row) => [...row.slice(0, 4), String(row[4]).padStart(4, "0"), `${row[5]},00 €`, ...row.slice(6)];
  fs.writeFileSync(path.join(work, "mitglieder.csv"), [HEADER, ...rows.map(shown)].map((r) => r.join(";")).join("\r\n") + "\r\n");
  const sheet = utils.aoa_to_sheet([HEADER, ...rows], { dense: true });
  for (const row of sheet["!data"].slice(1)) {
    row[4].z = "0000";
    row[5].z = '#,##0.00 "€"';
  }
  const book = utils.book_new();
  utils.book_append_sheet(book, sheet, "Mitglieder");
  fs.writeFileSync(path.join(work, "mitglieder.xlsx"), write(book, { type: "buffer", bookType: "xlsx", compression: true }));
  fs.writeFileSync(path.join(work, "t.html"), "Subject: Beitrag {{Mitgliedsnummer}}\n\n<p>Hallo {{Vorname}}, Ihr Beitrag: {{Beitrag}}</p>\n");
}

function measure(args) {
  const peakFile = path.join(work, `peak-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", path.join(__dirname, "peak.js"), ...args], {
    cwd: root,
    env: { ...process.env, BENCH_PEAK_FILE: peakFile, LANG: "C" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  return { seconds, peak: Number(fs.readFileSync(peakFile, "utf8")) };
}

function median(args) {
  const runs = Array.from({ length: RUNS }, () => measure(args));
  const middle = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { seconds: middle("seconds"), peak: middle("peak") };
}

makeFiles();
const file = (name) => path.join(work, name);
const cli = path.join(root, "bin", "rundmail.js");
const check = (list) => [cli, "check", "--recipients", file(list), "--template", file("t.html")];
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
console.log(`\nIssue 13: check ${ROWS.toLocaleString("en")} rows as .xlsx (${mb(fs.statSync(file("mitglieder.xlsx")).size)}) and as CSV (${mb(fs.statSync(file("mitglieder.csv")).size)})`);
const figures = [
  ["PapaParse alone on the CSV", median([path.join(__dirname, "papaparse-only.js"), file("mitglieder.csv")])],
  ["rundmail check, CSV (baseline)", median(check("mitglieder.csv"))],
  ["SheetJS alone on the .xlsx", median([path.join(__dirname, "sheetjs-only.js"), file("mitglieder.xlsx")])],
  ["rundmail check, .xlsx", median(check("mitglieder.xlsx"))],
];
const baseline = figures[1][1];
for (const [name, r] of figures) {
  console.log(`  ${name.padEnd(46)} ${`${r.seconds.toFixed(2)} s`.padStart(8)}  peak ${mb(r.peak).padStart(7)}  ${(r.seconds / baseline.seconds).toFixed(2)}× baseline`);
}
fs.rmSync(work, { recursive: true, force: true });
