// `rundmail drafts --imap` as a user runs it: the compiled command against a real Dovecot on 127.0.0.1 (TLS, STARTTLS,
// SPECIAL-USE, a German folder name, quota), and the folder read back with mailparser.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import type { AddressObject } from "mailparser";
import Papa from "papaparse";
import { describeWithDovecot, startDovecot, type Dovecot } from "./support/dovecot";
import { readFolder } from "./support/imapFolder";
import { rundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario, type Scenario } from "./support/smtpScenario";

const PASSWORD = "Geh3im!Pass";
const imapEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv =>
  testEnv({ RUNDMAIL_IMAP_PASSWORD: PASSWORD, RUNDMAIL_IMAP_TIMEOUT_MS: "5000", ...extra });
const draftsArgs = (server: Dovecot, scenario: Scenario, user = "anna", ...more: string[]): string[] => [
  "drafts",
  ...scenario.args,
  "--imap",
  `imaps://${user}@127.0.0.1:${server.tlsPort}`,
  "--ca",
  server.caFile,
  ...more,
];
const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((f) => f.value.map((v) => v.address ?? ""));

describeWithDovecot("rundmail drafts --imap (Dovecot)", () => {
  let dovecot: Dovecot;
  let german: Dovecot;
  beforeAll(async () => {
    dovecot = await startDovecot();
    german = await startDovecot({ folders: [{ name: "Entwürfe" }, { name: "Gesendet" }, { name: "Archiv" }] });
  }, 60_000);
  afterAll(async () => {
    await dovecot?.stop();
    await german?.stop();
  });

  test("one draft per row in Drafts, flagged \\Draft: one To each, its Cc, no Bcc, the attachment byte for byte; the same command again adds nothing", async () => {
    const list = people(5).map((p, i) => (i === 1 ? { ...p, cc: "eltern@example.de" } : p));
    const scenario = writeScenario(list, `Subject: Rechnung {{Nr}}\nBcc: archiv@tsv.de\n\n<p>Hallo {{Vorname}}</p>`);
    const out = join(scenario.dir, "bericht");
    const first = await rundmail([...draftsArgs(dovecot, scenario, "anna", "--out", out)], imapEnv());
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain(`Putting 5 drafts into the folder 'Drafts' of anna at 127.0.0.1:${dovecot.tlsPort}`);
    expect(first.stdout).toContain("5 drafts put into 'Drafts'; 0 were there already");
    expect(first.stdout).toContain("the template's Bcc is not put into the drafts");
    expect(first.status).toBe(0);

    const stored = await readFolder(dovecot, "anna", PASSWORD, "Drafts");
    expect(stored).toHaveLength(5);
    for (const person of list) {
      const mine = stored.filter((m) => addresses(m.mail.to).includes(person.email));
      expect(mine).toHaveLength(1);
      const { mail, flags } = mine[0]!;
      expect(flags.has("\\Draft")).toBe(true);
      expect(addresses(mail.to)).toEqual([person.email]);
      expect(addresses(mail.cc)).toEqual(person.cc ? [person.cc] : []);
      expect(mail.bcc).toBeUndefined();
      expect(mail.subject).toBe(`Rechnung ${person.nr}`);
      expect(mail.messageId).toMatch(/^<rundmail\.[0-9a-f]{32}@rundmail\.invalid>$/);
      const file = scenario.files.get(person.email)!;
      expect(mail.attachments.map((a) => a.filename)).toEqual([file.name]);
      expect(Buffer.compare(mail.attachments[0]!.content, file.bytes)).toBe(0);
    }
    const report = Papa.parse<string[]>(readFileSync(join(out, "report.csv"), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(report.slice(1).map((r) => [r[1], r[2], r[3]?.replace(/\d+$/, "#")])).toEqual(list.map((p) => [p.email, "draft created", "Drafts UID #"]));

    const again = await rundmail([...draftsArgs(dovecot, scenario, "anna", "--out", out)], imapEnv());
    expect(again.stdout).toContain("0 drafts put into 'Drafts'; 5 were there already from an earlier run");
    expect(again.status).toBe(0);
    expect(await readFolder(dovecot, "anna", PASSWORD, "Drafts")).toHaveLength(5);
  });

  test("a German folder 'Entwürfe' without SPECIAL-USE is found by its name; --folder picks another, and a missing one is refused", async () => {
    const scenario = writeScenario(people(2, 10));
    const found = await rundmail([...draftsArgs(german, scenario), "--lang", "de"], imapEnv());
    expect(found.stdout).toContain("Lege 2 Entwürfe im Ordner „Entwürfe“ von anna");
    expect(found.status).toBe(0);
    expect(await readFolder(german, "anna", PASSWORD, "Entwürfe")).toHaveLength(2);

    const named = await rundmail([...draftsArgs(german, scenario), "--folder", "Archiv"], imapEnv());
    expect(named.status).toBe(0);
    expect(await readFolder(german, "anna", PASSWORD, "Archiv")).toHaveLength(2);

    const missing = await rundmail([...draftsArgs(german, scenario), "--folder", "Entwurf", "--lang", "de"], imapEnv());
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/^rundmail: Das Postfach hat keinen Ordner „Entwurf“\. Seine Ordner: INBOX, .*\. Geben Sie einen davon mit --folder an\.$/m);
    for (const name of ["Entwürfe", "Gesendet", "Archiv"]) expect(missing.stderr).toContain(name);
  });

  test.each([
    ["en", "The mail server 127.0.0.1:PORT refused the login for anna (Authentication failed.). Check the user in --imap and the password"],
    ["de", "Der Mailserver 127.0.0.1:PORT hat die Anmeldung für anna abgelehnt (Authentication failed.). Prüfen Sie den Benutzer in --imap und das Passwort"],
  ])("a wrong password is a clear error (%s), exit 3, nothing stored, the password nowhere", async (lang, message) => {
    const scenario = writeScenario(people(1, 20));
    const wrong = "Falsch-Pa55wört";
    const result = await rundmail([...draftsArgs(dovecot, scenario, "anna"), "--lang", lang], imapEnv({ RUNDMAIL_IMAP_PASSWORD: wrong }));
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(message.replace("PORT", String(dovecot.tlsPort)));
    expect(result.stdout + result.stderr).not.toContain(wrong);
  });

  test.each([
    [
      "TLS spoken to the STARTTLS port",
      (d: Dovecot) => [`imaps://anna@127.0.0.1:${d.port}`, "--ca", d.caFile],
      "en",
      /^rundmail: No encrypted connection to 127\.0\.0\.1:\d+ \(.+\)\. Check the port: imaps:\/\/ usually uses 993/m,
    ],
    [
      "a certificate nobody vouches for (no --ca)",
      (d: Dovecot) => [`imaps://anna@127.0.0.1:${d.tlsPort}`],
      "de",
      /^rundmail: Dem Zertifikat von 127\.0\.0\.1:\d+ wird nicht vertraut \(.*(self-signed|unable to verify).*\)\. .*--ca DATEI/m,
    ],
    ["STARTTLS with our authority works", (d: Dovecot) => [`imap://anna@127.0.0.1:${d.port}`, "--ca", d.caFile], "en", null],
  ])("%s", async (_name, url, lang, message) => {
    const scenario = writeScenario(people(1, 30));
    const result = await rundmail(["drafts", ...scenario.args, "--imap", ...url(dovecot), "--folder", "Sent", "--lang", lang], imapEnv());
    if (message === null) {
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    } else {
      expect(result.stderr).toMatch(message);
      expect(result.status).toBe(3);
    }
  });

  test("imap:// to a server that offers no STARTTLS is refused before the password is sent", async () => {
    const seen: string[] = [];
    const fake: Server = createServer((socket) => {
      socket.write("* OK IMAP4rev1 ready\r\n");
      socket.on("data", (data) => {
        for (const line of data.toString().split("\r\n").filter(Boolean)) {
          seen.push(line);
          const tag = line.split(" ")[0];
          socket.write(/CAPABILITY/i.test(line) ? `* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n` : `${tag} BAD no\r\n`);
        }
      });
    });
    await new Promise<void>((r) => fake.listen(0, "127.0.0.1", r));
    try {
      const port = (fake.address() as { port: number }).port;
      const scenario = writeScenario(people(1, 40));
      const result = await rundmail(["drafts", ...scenario.args, "--imap", `imap://anna@127.0.0.1:${port}`, "--lang", "de"], imapEnv());
      expect(result.status).toBe(3);
      expect(result.stderr).toMatch(/^rundmail: Keine verschlüsselte Verbindung zu 127\.0\.0\.1:\d+ \(.*STARTTLS.*\)/m);
      expect(seen.join("\n")).not.toContain(PASSWORD);
      expect(seen.some((l) => /LOGIN|AUTHENTICATE/i.test(l))).toBe(false);
    } finally {
      fake.close();
    }
  });

  test("a hostile server's reply can neither drive the terminal nor show the password it echoes (imap:// with --insecure)", async () => {
    const fake: Server = createServer((socket) => {
      socket.write("* OK IMAP4rev1 ready\r\n");
      socket.on("data", (data) => {
        for (const line of data.toString().split("\r\n").filter(Boolean)) {
          const tag = line.split(" ")[0];
          // No AUTH= offered: the client sends LOGIN with the password in it, which this server echoes back.
          if (/CAPABILITY/i.test(line)) socket.write(`* CAPABILITY IMAP4rev1\r\n${tag} OK done\r\n`);
          else if (/ LOGIN /i.test(line)) socket.write(`${tag} NO [AUTHENTICATIONFAILED] \x1b[2J\x1b]0;pwned\x07 you said: ${line}\r\n`);
          else socket.write(`${tag} BAD no\r\n`);
        }
      });
    });
    await new Promise<void>((r) => fake.listen(0, "127.0.0.1", r));
    try {
      const port = (fake.address() as { port: number }).port;
      const scenario = writeScenario(people(1, 45));
      const secret = "Geh3im-x";
      const result = await rundmail(["drafts", ...scenario.args, "--imap", `imap://anna@127.0.0.1:${port}`, "--insecure"], imapEnv({ RUNDMAIL_IMAP_PASSWORD: secret }));
      expect(result.status).toBe(3);
      expect(result.stderr).toContain("refused the login for anna");
      expect(result.stderr).not.toContain("\x1b");
      expect(result.stderr).not.toContain("\x07");
      expect(result.stderr).toContain("␛[2J");
      expect(result.stderr).toMatch(/you said: \S+ LOGIN "?anna"? "?\*\*\*"?/);
      expect(result.stdout + result.stderr).not.toContain(secret);
      expect(result.stdout + result.stderr).not.toContain(JSON.stringify(secret));
    } finally {
      fake.close();
    }
  });

  test("a full mailbox stops the run with a clear message (en, de); the same command later adds only what is missing", async () => {
    // "voll" may store 60 KB: two drafts with a 20 KB attachment (27 KB in base64) fit, the third does not.
    const list = people(4, 50);
    const scenario = writeScenario(list);
    const en = await rundmail(draftsArgs(dovecot, scenario, "voll"), imapEnv());
    expect(en.status).toBe(3);
    expect(en.stdout).toMatch(/Row \d+ \(person5\d@example\.de\): The mailbox is full \(.*[Qq]uota.*\)\. Delete or archive some mail/);
    expect(en.stdout).toContain("Stopped: The mailbox is full");
    const stored = await readFolder(dovecot, "voll", PASSWORD, "Drafts");
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(4);

    const de = await rundmail([...draftsArgs(dovecot, scenario, "voll"), "--lang", "de"], imapEnv());
    expect(de.status).toBe(3);
    expect(de.stdout).toContain("Das Postfach ist voll");
    expect(de.stdout).toContain(`0 Entwürfe in „Drafts“ abgelegt; ${stored.length} lagen schon von einem früheren Durchlauf dort.`);
    expect(await readFolder(dovecot, "voll", PASSWORD, "Drafts")).toHaveLength(stored.length);
  });

  test("a row value with CR/LF cannot add a header; nor can the subject", async () => {
    const scenario = writeScenario([{ first: "Eva\r\nBcc: alle@example.de", last: "Evil", email: "eva@example.de", nr: "66" }],
      "Subject: Hallo {{Vorname}}\r\n\r\n<p>Hallo {{Vorname}}</p>");
    // The CSV writer splits the value into two table rows, one of them without an address: it is excluded here,
    // so that the other row's draft is made and checked (without --skip-invalid nothing would be made, exit 4).
    const result = await rundmail([...draftsArgs(dovecot, scenario), "--skip-invalid"], imapEnv());
    expect([0, 1]).toContain(result.status);
    const mine = (await readFolder(dovecot, "anna", PASSWORD, "Drafts")).filter((m) => addresses(m.mail.to).includes("eva@example.de"));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.mail.bcc).toBeUndefined();
    expect(mine[0]!.source).not.toMatch(/^Bcc:/im);
    expect(mine[0]!.source.match(/^X-Rundmail-Key:/gim)).toHaveLength(1);
  });

  test("a password in the URL is refused before anything happens, and not echoed", async () => {
    const scenario = writeScenario(people(1, 70));
    const result = await rundmail(["drafts", ...scenario.args, "--imap", `imaps://anna:${PASSWORD}@127.0.0.1:${dovecot.tlsPort}`], imapEnv());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Do not put the password into --imap");
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });
});


describeWithDovecot("rundmail drafts --imap: a message larger than the server takes (Dovecot)", () => {
  const servers: Dovecot[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  test.each([
    ["refused by the server (NO [LIMIT], quota_max_mail_size, not announced)", { maxMailSize: "40K" }, /The mail server refused this draft as too large \(Mail size is larger than the maximum size allowed by server configuration.*\)\. Make its attachments smaller\./],
    ["above the announced APPENDLIMIT, refused before it is sent", { maxMailSize: "40K", appendLimit: 40960 }, /This draft is \d+(\.\d+)? KB; the mail server takes at most 41 KB per message\. Make its attachments smaller\./],
  ])("%s: a clear error for its row, the other rows go on", async (_name, options, message) => {
    const server = await startDovecot(options);
    servers.push(server);
    const list = people(3, 80).map((p, i) => ({ ...p, fileSize: i === 1 ? 60_000 : 8_000 }));
    const scenario = writeScenario(list);
    const result = await rundmail(draftsArgs(server, scenario), imapEnv());
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`Row 3 \\(person81@example\\.de\\): `));
    expect(result.stdout).toMatch(message);
    expect(result.stdout).toContain("2 drafts put into 'Drafts'; 0 were there already");
    const stored = await readFolder(server, "anna", PASSWORD, "Drafts");
    expect(stored.flatMap((m) => addresses(m.mail.to)).sort()).toEqual(["person80@example.de", "person82@example.de"]);
  });
});

// Usage mistakes around --imap: found before any file is read or any server contacted (exit 2), in the user's words.
describe("rundmail drafts --imap: usage", () => {
  test.each([
    [["--imap", "imaps://anna:geheim@imap.example.de"], "en", "Do not put the password into --imap", "geheim"],
    [["--imap", "imaps://imap.example.de"], "de", "--imap braucht den Anmeldenamen des Postfachs", null],
    [["--imap", "imaps://anna@imap.example.de/INBOX"], "en", "Name the folder with --folder", null],
    [["--imap", "smtps://anna@imap.example.de"], "de", "--imap muss die Form imaps://benutzer@host:993 (TLS)", null],
    [["--folder", "Entwürfe", "--out", "x"], "en", "--folder, --ca and --insecure go with --imap.", null],
  ])("%j (%s)", async (more, lang, message, secret) => {
    const scenario = writeScenario(people(1, 90));
    const result = await rundmail(["drafts", ...scenario.args, ...more, "--lang", lang], testEnv({ RUNDMAIL_IMAP_PASSWORD: PASSWORD }));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    if (secret !== null) expect(result.stdout + result.stderr).not.toContain(secret);
  });

  test("no password and no terminal to ask on: a clear message, nothing contacted", async () => {
    const scenario = writeScenario(people(1, 91));
    // Port 9 on 127.0.0.1: nobody listens; the command must stop before trying.
    const result = await rundmail(["drafts", ...scenario.args, "--imap", "imaps://anna@127.0.0.1:9"], testEnv({ RUNDMAIL_IMAP_PASSWORD: "" }));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("RUNDMAIL_IMAP_PASSWORD is not set and there is no terminal to ask on");
  });
});
