// The baseline for issue 3: nodemailer sending the given messages one after the other over one pooled connection,
// the way a short script would — no journal, no checks. `maxMessages: Infinity` keeps it to one connection, as
// rundmail does (nodemailer's default reconnects every 100 messages, which would halve the baseline's speed).
"use strict";
const fs = require("fs");
const nodemailer = require("nodemailer");

async function main() {
  const messages = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: Number(process.argv[3]), secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: Infinity });
  for (const m of messages) {
    await transport.sendMail({
      from: "kasse@tsv.example",
      to: m.to,
      subject: m.subject,
      html: m.html,
      text: m.text,
      attachments: [{ filename: m.file.split(/[\\/]/).pop(), path: m.file }],
    });
  }
  transport.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
