// The baseline for issue 14: the same drafts appended with imapflow in a plain loop over one connection, the way a
// short script would — no checks, no key look-up, no report. Each message is composed here from the row, as simply
// as such a script would (one multipart/mixed with the HTML and the base64 attachment).
"use strict";
const fs = require("fs");
const { ImapFlow } = require("imapflow");

async function main() {
  const [, , messagesFile, port, user, caFile] = process.argv;
  const messages = JSON.parse(fs.readFileSync(messagesFile, "utf8"));
  const client = new ImapFlow({
    host: "127.0.0.1",
    port: Number(port),
    secure: true,
    tls: { ca: [fs.readFileSync(caFile, "utf8")] },
    auth: { user, pass: process.env.RUNDMAIL_IMAP_PASSWORD },
    logger: false,
    disableAutoIdle: true,
  });
  await client.connect();
  for (const [i, m] of messages.entries()) {
    const boundary = `b${i}x${Date.now()}`;
    const file = fs.readFileSync(m.file).toString("base64").replace(/.{76}/g, "$&\r\n");
    const message = [
      `To: ${m.to}`,
      `Subject: =?UTF-8?B?${Buffer.from(m.subject).toString("base64")}?=`,
      `Date: ${new Date().toUTCString()}`,
      "MIME-Version: 1.0",
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      "",
      `--${boundary}`,
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from(m.html).toString("base64").replace(/.{76}/g, "$&\r\n"),
      `--${boundary}`,
      `Content-Type: application/pdf; name="${m.file.split(/[\\/]/).pop()}"`,
      "Content-Transfer-Encoding: base64",
      "Content-Disposition: attachment",
      "",
      file,
      `--${boundary}--`,
      "",
    ].join("\r\n");
    await client.append("Drafts", message, ["\\Draft"]);
  }
  await client.logout();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
