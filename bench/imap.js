// `npm run bench`, issue 14: drafts per second that `rundmail drafts --imap` appends to Dovecot on 127.0.0.1, 500
// drafts with a 100 KB attachment each, next to a bare imapflow loop appending the same drafts over one connection
// (bench/imapflow-loop.js), measured in the same run. Both are child processes (start-up included), each run into a
// mailbox of its own so that neither finds the other's drafts. Dovecot is the tests' throwaway one
// (test/support/dovecot.ts, loaded through TypeScript's transpiler); without Dovecot the figure is skipped, loudly.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ts = require("typescript");

// The tests' Dovecot harness is TypeScript: transpile it (and what it imports) as it is required.
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};
const { dovecotBinary, startDovecot } = require("../test/support/dovecot.ts");

const root = path.join(__dirname, "..");
const N = Number(process.env.BENCH_IMAP_DRAFTS || 500);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const FILE_SIZE = 100 * 1024;
const PASSWORD = "Bench-Pa55";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rundmail-bench-imap-"));

function makeInputs() {
  const body = "<p>Sehr geehrte(r) {{Vorname}} {{Nachname}},</p>\n<p>anbei Ihre Rechnung Nr. {{Nr}}. Mit freundlichen Grüßen</p>\n";
  const subject = "Rechnung {{Nr}} für {{Vorname}} {{Nachname}}";
  fs.writeFileSync(path.join(work, "vorlage.html"), `Subject: ${subject}\n\n${body}`);
  const files = path.join(work, "rechnungen");
  fs.mkdirSync(files);
  const lines = ["Vorname;Nachname;E-Mail;Nr"];
  const messages = [];
  for (let i = 0; i < N; i++) {
    const row = { Vorname: `Vorname${i}`, Nachname: `Müller-${i}`, "E-Mail": `mitglied.${i}@example.de`, Nr: String(100000 + i) };
    lines.push([row.Vorname, row.Nachname, row["E-Mail"], row.Nr].join(";"));
    const file = path.join(files, `Rechnung_${row.Nr}.pdf`);
    const bytes = Buffer.alloc(FILE_SIZE);
    for (let b = 0; b < FILE_SIZE; b++) bytes[b] = (b * 31 + i * 7) % 256;
    fs.writeFileSync(file, bytes);
    const merge = (text) => text.replace(/\{\{(\w+)\}\}/g, (_, name) => row[name]);
    messages.push({ to: row["E-Mail"], subject: merge(subject), html: merge(body), file });
  }
  fs.writeFileSync(path.join(work, "mitglieder.csv"), lines.join("\r\n") + "\r\n");
  fs.writeFileSync(path.join(work, "messages.json"), JSON.stringify(messages));
}

function timed(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const env = { ...process.env, LANG: "C", RUNDMAIL_IMAP_PASSWORD: PASSWORD };
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (status !== 0) reject(new Error(`${args.join(" ")} exited ${status}: ${output}`));
      else resolve(seconds);
    });
  });
}

/** Drafts stored in a user's Drafts folder (counted in Dovecot's Maildir). */
function stored(server, user) {
  const folder = path.join(server.dir, "mail", user, "Maildir", ".Drafts");
  return ["cur", "new"].reduce((sum, sub) => sum + (fs.existsSync(path.join(folder, sub)) ? fs.readdirSync(path.join(folder, sub)).length : 0), 0);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (dovecotBinary() === null) {
    console.warn(`\nIssue 14: SKIPPED — Dovecot is not installed (apt-get install dovecot-imapd); no IMAP figure.`);
    fs.rmSync(work, { recursive: true, force: true });
    return;
  }
  makeInputs();
  const users = Array.from({ length: 2 * RUNS }, (_, i) => ({ name: `bench${i}`, password: PASSWORD }));
  const server = await startDovecot({ users });
  try {
    const cli = path.join(root, "bin", "rundmail.js");
    const rundmailArgs = (user) => [
      cli, "drafts", "--recipients", path.join(work, "mitglieder.csv"), "--template", path.join(work, "vorlage.html"),
      "--attachments", path.join(work, "rechnungen"), "--attachment-pattern", "Rechnung_{{Nr}}.pdf",
      "--imap", `imaps://${user}@127.0.0.1:${server.tlsPort}`, "--ca", server.caFile,
    ];
    const loopArgs = (user) => [path.join(__dirname, "imapflow-loop.js"), path.join(work, "messages.json"), String(server.tlsPort), user, server.caFile];
    const loop = [];
    const ours = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so that neither side always gets the warmer machine.
      loop.push(await timed(loopArgs(`bench${2 * run}`)));
      ours.push(await timed(rundmailArgs(`bench${2 * run + 1}`)));
    }
    for (const user of users) {
      if (stored(server, user.name) !== N) throw new Error(`${user.name} has ${stored(server, user.name)} drafts, expected ${N}`);
    }
    const rate = (seconds) => N / seconds;
    const baseline = median(loop);
    const rundmail = median(ours);
    const ratio = rundmail / baseline;
    console.log(`\nIssue 14: ${N} drafts with a ${FILE_SIZE / 1024} KB attachment appended to Dovecot on 127.0.0.1 (imaps), median of ${RUNS}`);
    console.log(`  ${"imapflow, plain APPEND loop, one connection (baseline)".padEnd(64)} ${rate(baseline).toFixed(0).padStart(6)} drafts/s  ${baseline.toFixed(2)} s`);
    console.log(`  ${"rundmail drafts --imap (the folder's keys read once)".padEnd(64)} ${rate(rundmail).toFixed(0).padStart(6)} drafts/s  ${rundmail.toFixed(2)} s`);
    console.log(`  target: within 1.5× of the plain loop (${ratio <= 1.5 ? "met" : "MISSED"}: ${ratio.toFixed(2)}× its time)`);
  } finally {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
