// `rundmail send --save-sent-imap`: each message the SMTP server accepted also lands in the mailbox's Sent folder
// (Dovecot), flagged \Seen, exactly once — the same command again adds nothing, and a copy that went missing (a kill
// between sending and copying) is made by the next run, with the Message-ID that was sent.
import { ImapFlow } from "imapflow";
import { simpleParser, type AddressObject } from "mailparser";
import { describeWithDovecot, startDovecot, type Dovecot } from "./support/dovecot";
import { readFolder } from "./support/imapFolder";
import { rundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario } from "./support/smtpScenario";
import { startTestServer, type TestServer } from "./support/smtpServer";

const PASSWORD = "Geh3im!Pass";
const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((f) => f.value.map((v) => v.address ?? ""));

describeWithDovecot("rundmail send --save-sent-imap (Dovecot)", () => {
  let dovecot: Dovecot;
  let smtp: TestServer;
  beforeAll(async () => {
    dovecot = await startDovecot({ folders: [{ name: "Entwürfe", specialUse: "\\Drafts" }, { name: "Gesendet", specialUse: "\\Sent" }] });
    smtp = await startTestServer();
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
  });

  const env = testEnv({ RUNDMAIL_IMAP_PASSWORD: PASSWORD, RUNDMAIL_IMAP_TIMEOUT_MS: "5000" });

  test("each sent message in Sent (SPECIAL-USE), \\Seen, with the Message-ID the recipient got; again: nothing added; a lost copy is made again", async () => {
    const list = people(4, 100);
    const scenario = writeScenario(list);
    const args = [
      "send",
      ...scenario.args,
      "--smtp",
      `smtp://127.0.0.1:${smtp.port}`,
      "--insecure",
      "--from",
      "kasse@tsv.de",
      "--rate",
      "0",
      "--yes",
      "--save-sent-imap",
      `imaps://anna@127.0.0.1:${dovecot.tlsPort}`,
      "--ca",
      dovecot.caFile,
    ];
    const first = await rundmail(args, env);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("Copies in 'Gesendet': 4 put there now, 0 were there already.");
    expect(first.status).toBe(0);

    const received = await Promise.all(smtp.received.map(async (m) => simpleParser(m.raw)));
    const stored = await readFolder(dovecot, "anna", PASSWORD, "Gesendet");
    expect(stored).toHaveLength(4);
    for (const person of list) {
      const copy = stored.filter((m) => addresses(m.mail.to).includes(person.email));
      expect(copy).toHaveLength(1);
      expect(copy[0]!.flags.has("\\Seen")).toBe(true);
      expect(copy[0]!.flags.has("\\Draft")).toBe(false);
      const sent = received.find((m) => addresses(m.to).includes(person.email));
      expect(copy[0]!.mail.messageId).toBe(sent?.messageId);
      expect(copy[0]!.mail.bcc).toBeUndefined();
      expect(Buffer.compare(copy[0]!.mail.attachments[0]!.content, scenario.files.get(person.email)!.bytes)).toBe(0);
    }

    // The list is sent completely: the same command is refused (exit 4), but still checks the copies.
    const again = await rundmail(args, env);
    expect(again.stdout).toContain("These 4 messages were already sent");
    expect(again.stdout).toContain("Copies in 'Gesendet': 0 put there now, 4 were there already.");
    expect(again.status).toBe(4);
    expect(smtp.received).toHaveLength(4);

    // One copy goes missing (as after a kill between sending and copying): the next run makes it, once.
    const lost = stored.find((m) => addresses(m.mail.to).includes(list[2]!.email))!;
    const client = new ImapFlow({ host: "127.0.0.1", port: dovecot.tlsPort, secure: true, tls: { ca: [dovecot.ca] }, auth: { user: "anna", pass: PASSWORD }, logger: false });
    await client.connect();
    const lock = await client.getMailboxLock("Gesendet");
    await client.messageDelete(String(lost.uid), { uid: true });
    lock.release();
    await client.logout();

    const repair = await rundmail([...args, "--lang", "de"], env);
    expect(repair.stdout).toContain("Kopien in „Gesendet“: 1 jetzt abgelegt, 3 lagen schon dort.");
    expect(repair.status).toBe(4); // nothing sent: the list was sent completely; the copy is made all the same
    expect(smtp.received).toHaveLength(4);
    const after = await readFolder(dovecot, "anna", PASSWORD, "Gesendet");
    expect(after.map((m) => addresses(m.mail.to)[0]).sort()).toEqual(list.map((p) => p.email).sort());
    const remade = after.find((m) => addresses(m.mail.to).includes(list[2]!.email))!;
    expect(remade.mail.messageId).toBe(lost.mail.messageId);
    expect(remade.mail.subject).toBe(lost.mail.subject);
  });

  test("a mailbox that cannot take the copies stops the command before anything is sent", async () => {
    const scenario = writeScenario(people(2, 200));
    const before = smtp.received.length;
    const result = await rundmail(
      [
        "send", ...scenario.args, "--smtp", `smtp://127.0.0.1:${smtp.port}`, "--insecure", "--from", "kasse@tsv.de", "--rate", "0", "--yes",
        "--save-sent-imap", `imaps://anna@127.0.0.1:${dovecot.tlsPort}`, "--ca", dovecot.caFile, "--sent-folder", "Postausgang",
      ],
      env,
    );
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/^rundmail: The mailbox has no folder 'Postausgang'\. Its folders: .*Gesendet/m);
    expect(smtp.received.length).toBe(before);
  });
});
