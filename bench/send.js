// `npm run bench`, issue 3: messages per second of `rundmail send --rate 0` against a local SMTP server, next to
// nodemailer sending the same messages in a plain loop over one pooled connection, measured in the same run.
// Both run as child processes (start-up included); the server lives here, accepts everything and keeps nothing.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { SMTPServer } = require("smtp-server");

const root = path.join(__dirname, "..");
const N = Number(process.env.BENCH_SEND_MESSAGES || 500);
const RUNS = Number(process.env.BENCH_RUNS || 3);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rundmail-bench-send-"));

function startServer() {
  let received = 0;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received += 1;
        callback(null, "OK");
      });
    },
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ port: server.server.address().port, received: () => received, close: () => new Promise((r) => server.close(r)) })),
  );
}

function makeInputs() {
  const paragraph =
    "<p>Wir freuen uns, dass Sie in der Abteilung <b>{{Abteilung}}</b> aktiv sind. Ihr Beitrag von {{Beitrag}}&nbsp;€ wird zum " +
    "1.&nbsp;Februar fällig; bitte geben Sie die Mitgliedsnummer {{Nr}} an.</p>\n";
  let body = "<p>Sehr geehrte(r) {{Vorname}} {{Nachname}},</p>\n";
  while (body.length < 5000) body += paragraph;
  const subject = "Beitragsrechnung {{Nr}} für {{Vorname}} {{Nachname}}";
  fs.writeFileSync(path.join(work, "vorlage.html"), `Subject: ${subject}\n\n${body}`);
  const files = path.join(work, "rechnungen");
  fs.mkdirSync(files);
  const lines = ["Vorname;Nachname;E-Mail;Nr;Beitrag;Abteilung"];
  const messages = [];
  const departments = ["Turnen", "Fußball", "Schwimmen", "Leichtathletik"];
  for (let i = 0; i < N; i++) {
    const row = { Vorname: `Vorname${i}`, Nachname: `Müller-${i}`, "E-Mail": `mitglied.${i}@example.de`, Nr: String(100000 + i), Beitrag: `${(i % 200) + 20},00`, Abteilung: departments[i % 4] };
    lines.push([row.Vorname, row.Nachname, row["E-Mail"], row.Nr, row.Beitrag, row.Abteilung].join(";"));
    const file = path.join(files, `Rechnung_${row.Nr}.pdf`);
    fs.writeFileSync(file, Buffer.alloc(2048, i % 251));
    const merge = (text) => text.replace(/\{\{(\w+)\}\}/g, (_, name) => row[name]);
    const html = merge(body);
    messages.push({ to: row["E-Mail"], subject: merge(subject), html, text: html.replace(/<[^>]+>/g, ""), file });
  }
  fs.writeFileSync(path.join(work, "mitglieder.csv"), lines.join("\r\n") + "\r\n");
  fs.writeFileSync(path.join(work, "messages.json"), JSON.stringify(messages));
  return body.length;
}

function timed(args) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, LANG: "C" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (status !== 0) reject(new Error(`${args.join(" ")} exited ${status}: ${stderr}`));
      else resolve(seconds);
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const bodySize = makeInputs();
  const server = await startServer();
  const cli = path.join(root, "bin", "rundmail.js");
  const rundmailArgs = (run) => [
    cli, "send", "--recipients", path.join(work, "mitglieder.csv"), "--template", path.join(work, "vorlage.html"),
    "--attachments", path.join(work, "rechnungen"), "--attachment-pattern", "Rechnung_{{Nr}}.pdf",
    "--smtp", `smtp://127.0.0.1:${server.port}`, "--insecure", "--from", "kasse@tsv.example", "--rate", "0", "--yes",
    "--out", path.join(work, `out-${run}`),
  ];
  const loopArgs = [path.join(__dirname, "nodemailer-loop.js"), path.join(work, "messages.json"), String(server.port)];
  const loop = [];
  const ours = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternating, so that neither side always gets the warmer machine.
    loop.push(await timed(loopArgs));
    ours.push(await timed(rundmailArgs(run)));
  }
  const expected = 2 * RUNS * N;
  if (server.received() !== expected) throw new Error(`the server received ${server.received()} messages, expected ${expected}`);
  await server.close();

  const rate = (seconds) => N / seconds;
  const baseline = median(loop);
  const rundmail = median(ours);
  const ratio = rundmail / baseline;
  console.log(`\nIssue 3: send ${N} messages (${(bodySize / 1000).toFixed(1)} KB HTML body, 2 KB attachment) to a local SMTP server, no rate limit, median of ${RUNS}`);
  console.log(`  ${"nodemailer, plain loop, one pooled connection (baseline)".padEnd(64)} ${rate(baseline).toFixed(0).padStart(6)} msgs/s  ${baseline.toFixed(2)} s`);
  console.log(`  ${"rundmail send --rate 0 (journal on disk before and after each)".padEnd(64)} ${rate(rundmail).toFixed(0).padStart(6)} msgs/s  ${rundmail.toFixed(2)} s`);
  console.log(`  target: within 1.5× of the plain loop (${ratio <= 1.5 ? "met" : "MISSED"}: ${ratio.toFixed(2)}× its time)`);
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
