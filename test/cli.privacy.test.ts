// What `rundmail` attaches, and where it writes, as a careless or hostile setup would test it: a saved .eml template
// that still carries the member list, files swapped for links during a run, output folders holding the user's own
// files. The compiled command on real files; mail read back with mailparser from a real SMTP server.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import MailComposer from "nodemailer/lib/mail-composer";
import { makeTestCertificates, type TestCertificates } from "./support/smtpCerts";
import { rundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario, type Scenario } from "./support/smtpScenario";
import { startTestServer, type TestServer } from "./support/smtpServer";

const env = testEnv();
const LIST = "Vorname;E-Mail\r\nAnna;anna@example.de\r\nBen;ben@example.de\r\n";

/** A saved message as a mail program writes it, with the given attachments: an independent composer (nodemailer). */
async function emlTemplate(attachments: Array<{ filename: string; content: string | Buffer }>): Promise<Buffer> {
  return new MailComposer({
    subject: "Einladung für {{Vorname}}",
    html: "<p>Hallo {{Vorname}}, anbei die Unterlagen.</p>",
    attachments,
  })
    .compile()
    .build();
}

async function emlScenario(attachments: Array<{ filename: string; content: string | Buffer }>) {
  const { dir } = writeScenario([]);
  writeFileSync(join(dir, "mitglieder.csv"), LIST);
  writeFileSync(join(dir, "vorlage.eml"), await emlTemplate(attachments));
  return { dir, args: ["--recipients", join(dir, "mitglieder.csv"), "--template", join(dir, "vorlage.eml")] };
}

interface CheckJson {
  drafts: Array<{ to: string; attachments: Array<{ name: string }> }>;
  issues: Array<{ code: string; severity: string; message: string }>;
}

describe("privacy: an .eml template's attachments never carry the recipient list to everyone", () => {
  const templateFiles = [
    { filename: "mitglieder.csv", content: LIST }, // the list itself, as it was attached when the template was saved
    { filename: "Anhang 2.dat", content: LIST }, // the list again, under a name that does not look like a table
    { filename: "Beiträge 2026.xlsx", content: Buffer.from("PK\u0003\u0004 not really a workbook") },
    { filename: "Satzung.pdf", content: Buffer.from("%PDF-1.4 Satzung") },
  ];

  test("check: only the ordinary file goes to everyone; each held-back file is a warning that names it", async () => {
    const { args } = await emlScenario(templateFiles);
    const run = await rundmail(["check", "--json", ...args], env);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.drafts.map((d) => [d.to, d.attachments.map((a) => a.name)])).toEqual([
      ["anna@example.de", ["Satzung.pdf"]],
      ["ben@example.de", ["Satzung.pdf"]],
    ]);
    expect(json.issues.map((i) => [i.severity, i.code, i.message.split("'")[1]])).toEqual([
      ["warning", "attachment-is-recipient-list", "mitglieder.csv"],
      ["warning", "attachment-is-recipient-list", "Anhang 2.dat"],
      ["warning", "attachment-held-back", "Beiträge 2026.xlsx"],
    ]);
  });

  test("drafts: what arrives in each .eml is the ordinary file only, byte for byte", async () => {
    const { dir, args } = await emlScenario(templateFiles);
    const out = join(dir, "entwuerfe");
    const run = await rundmail(["drafts", ...args, "--out", out, "--lang", "de"], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("'Beiträge 2026.xlsx', an die Vorlage angehängt, ist eine Tabellendatei");
    const drafts = readdirSync(out).filter((n) => n.endsWith(".eml"));
    expect(drafts).toEqual(["0002_anna@example.de.eml", "0003_ben@example.de.eml"]);
    const pairs: Array<[string, string]> = [
      [drafts[0]!, "ben@example.de"],
      [drafts[1]!, "anna@example.de"],
    ];
    for (const [name, other] of pairs) {
      const mail = await simpleParser(readFileSync(join(out, name)));
      expect(mail.attachments.map((a) => a.filename)).toEqual(["Satzung.pdf"]);
      expect(mail.attachments[0]?.content.toString()).toBe("%PDF-1.4 Satzung");
      expect(JSON.stringify([mail.text, mail.html, mail.attachments.map((a) => a.content.toString())])).not.toContain(other);
    }
  });

  test("--attach-to-everyone sends a named table file to everyone, but never the list itself", async () => {
    const { args } = await emlScenario(templateFiles);
    const run = await rundmail(
      ["check", "--json", ...args, "--attach-to-everyone", "beiträge 2026.XLSX", "--attach-to-everyone", "mitglieder.csv"],
      env,
    );
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.drafts[0]?.attachments.map((a) => a.name)).toEqual(["Beiträge 2026.xlsx", "Satzung.pdf"]);
    expect(json.issues.map((i) => i.code)).toEqual(["attachment-is-recipient-list", "attachment-is-recipient-list"]);
  });

  test("--attach-to-everyone with a name the template does not carry is a usage error that lists what it carries", async () => {
    const { args } = await emlScenario(templateFiles);
    const run = await rundmail(["check", ...args, "--attach-to-everyone", "Satzung-2025.pdf"], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("the template has no attachment of that name");
    expect(run.stderr).toContain("Satzung.pdf");
  });
});

let certs: TestCertificates;
const servers: TestServer[] = [];
beforeAll(async () => {
  certs = await makeTestCertificates();
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

describe("privacy: a file swapped for a link during a long send run is not sent", () => {
  test("the row whose invoice became a link to a secret fails with the reason; the secret never leaves", async () => {
    const list = people(3);
    const scenario: Scenario = writeScenario(list);
    const secret = join(scenario.dir, "geheim.pdf");
    writeFileSync(secret, "%PDF SECRET: the treasurer's private key");
    const ca = join(scenario.dir, "ca.pem");
    writeFileSync(ca, certs.ca);
    const second = scenario.files.get(list[1]!.email.toLowerCase())!;
    const swapped = { done: false };
    // The server holds its answer to the first message a moment; meanwhile the second invoice is swapped for a link.
    const s = await startTestServer({
      certificates: certs,
      answerDelayMs: () => {
        if (!swapped.done) {
          swapped.done = true;
          const target = join(scenario.dir, "rechnungen", second.name);
          rmSync(target);
          symlinkSync(secret, target);
        }
        return 50;
      },
    });
    servers.push(s);
    const run = await rundmail(
      ["send", ...scenario.args, "--smtp", `smtp://127.0.0.1:${s.port}`, "--ca", ca, "--from", "kasse@example.de", "--rate", "0", "--yes"],
      env,
    );
    expect(swapped.done).toBe(true);
    expect(run.status).toBe(1);
    expect(s.received.map((m) => m.rcpt[0])).toEqual([list[0]!.email, list[2]!.email]);
    for (const m of s.received) expect(m.raw.toString("latin1")).not.toContain(Buffer.from("SECRET").toString("base64").slice(0, 6));
    for (const m of s.received) expect((await simpleParser(m.raw)).attachments.every((a) => !a.content.includes("SECRET"))).toBe(true);
    expect(run.stdout).toContain(`'${second.name}' is no longer the file that was checked`);
    const report = readFileSync(join(scenario.dir, "mitglieder.rundmail", "report.csv"), "utf8");
    expect(report).toContain("no longer the file that was checked");
  });
});

describe("data never lost: output folders hold the user's own files too", () => {
  test("drafts --force removes only what an earlier run wrote: the template and other mail stay", async () => {
    const { dir, args } = await emlScenario([{ filename: "Satzung.pdf", content: "%PDF" }]);
    const out = join(dir, "ordner");
    mkdirSync(out);
    writeFileSync(join(out, "vorlage-kopie.eml"), "my own template");
    writeFileSync(join(out, "Brief an den Vorstand.eml"), "unrelated mail");
    writeFileSync(join(out, "notizen.txt"), "notes");
    // The first run needs --force (the folder is not empty); a second run replaces the first run's drafts only.
    expect((await rundmail(["drafts", ...args, "--out", out], env)).status).toBe(2);
    const first = await rundmail(["drafts", ...args, "--out", out, "--force"], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("3 other files in");
    writeFileSync(join(dir, "mitglieder.csv"), "Vorname;E-Mail\r\nCem;cem@example.de\r\n");
    expect((await rundmail(["drafts", ...args, "--out", out, "--force"], env)).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["0002_cem@example.de.eml", "Brief an den Vorstand.eml", "notizen.txt", "report.csv", "vorlage-kopie.eml"]);
    expect(readFileSync(join(out, "vorlage-kopie.eml"), "utf8")).toBe("my own template");
  });

  test("drafts refuses, even with --force, to replace a file of a draft's name that Rundmail did not write", async () => {
    const { dir, args } = await emlScenario([]);
    const out = join(dir, "ordner");
    mkdirSync(out);
    writeFileSync(join(out, "0002_anna@example.de.eml"), "the user's own file");
    const run = await rundmail(["drafts", ...args, "--out", out, "--force"], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'0002_anna@example.de.eml' in");
    expect(run.stderr).toContain("was not written by Rundmail");
    expect(readdirSync(out)).toEqual(["0002_anna@example.de.eml"]);
    expect(readFileSync(join(out, "0002_anna@example.de.eml"), "utf8")).toBe("the user's own file");
  });

  test("send, like drafts, does not overwrite a report.csv or saved copies without --force", async () => {
    const s = await startTestServer({ certificates: certs });
    servers.push(s);
    const scenario = writeScenario(people(2));
    const ca = join(scenario.dir, "ca.pem");
    writeFileSync(ca, certs.ca);
    const base = ["send", ...scenario.args, "--smtp", `smtp://127.0.0.1:${s.port}`, "--ca", ca, "--from", "kasse@example.de", "--rate", "0"];

    // --out pointing at a folder with someone's report.csv: refused in the dry run already, and with --yes.
    const foreign = join(scenario.dir, "auswertung");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "report.csv"), "Monat,Umsatz\r\nJanuar,100\r\n");
    for (const more of [[], ["--yes"], ["--yes", "--force"]]) {
      const run = await rundmail([...base, "--out", foreign, ...more], env);
      expect(run.status).toBe(2);
    }
    expect(readFileSync(join(foreign, "report.csv"), "utf8")).toBe("Monat,Umsatz\r\nJanuar,100\r\n");
    expect(s.received).toHaveLength(0);

    // --save-sent holding a copy of an earlier mailing under the same name: refused without --force, nothing sent.
    const copies = join(scenario.dir, "gesendet");
    mkdirSync(copies);
    writeFileSync(join(copies, "0002_person1@example.de.eml"), "last month's copy");
    const refused = await rundmail([...base, "--save-sent", copies, "--yes"], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("0002_person1@example.de.eml");
    expect(s.received).toHaveLength(0);
    expect(existsSync(join(scenario.dir, "mitglieder.rundmail", "journal.jsonl"))).toBe(false);
    const forced = await rundmail([...base, "--save-sent", copies, "--yes", "--force"], env);
    expect(forced.status).toBe(0);
    expect(s.received).toHaveLength(2);
    // The same mailing run again needs no --force for its own folder (else exit 2) and sends nothing twice: the list
    // was sent completely, so it is refused (exit 4) without --again.
    const again = await rundmail([...base, "--save-sent", copies, "--yes"], env);
    expect(again.status).toBe(4);
    expect(again.stdout).toContain("These 2 messages were already sent");
    expect(s.received).toHaveLength(2);
  });
});

describe("what reaches the terminal: user data never runs escape sequences or draws lines of its own", () => {
  const ESC = "\u001b";
  // A clear-screen, a window title, a bell, a carriage return that overwrites, line feeds that fake header lines,
  // a C1 control sequence introducer, and a right-to-left override that disguises a name.
  const hostile = `${ESC}[2J${ESC}]0;pwned\u0007\rAttachments: evil\nBcc: x@evil.de\u009b31m\u202Efdp.exe`;
  // eslint-disable-next-line no-control-regex -- the characters a terminal acts on are what this looks for
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  async function hostileScenario() {
    const scenario = writeScenario([]);
    const dir = scenario.dir;
    const files = join(dir, "anhaenge");
    mkdirSync(files);
    // A file name may hold a line break on Linux: "evil\nBcc: x@evil.de.pdf".
    writeFileSync(join(files, "Rechnung\nBcc: x@evil.de.pdf"), "%PDF");
    writeFileSync(join(files, `Datei${ESC}[31m.pdf`), "%PDF");
    writeFileSync(
      join(dir, "liste.csv"),
      [
        `Vorname;E-Mail;Spalte${ESC}[2J;Datei`,
        `"${hostile}";anna@example.de;x;Datei${ESC}[31m.pdf`,
        `Ben;"ben@example.de${ESC}[0m";y;"Rechnung\nBcc: x@evil.de.pdf"`,
        `Cem;cem@example.de;z;fehlt${ESC}]0;t\u0007.pdf`,
      ].join("\r\n"),
    );
    writeFileSync(join(dir, "vorlage.html"), `Subject: Hallo {{Vorname}} ${ESC}[5m\n\n<p>Hallo {{Vorname}}, {{Spalte${ESC}[2J}}</p>`);
    const args = ["--recipients", join(dir, "liste.csv"), "--template", join(dir, "vorlage.html"), "--attachments", files, "--attachment-column", "Datei"];
    return { dir, args };
  }

  const clean = (text: string): void => {
    expect(text).not.toMatch(CONTROL);
    for (const line of text.split("\n")) expect(line.trimStart()).not.toMatch(/^(Bcc|Attachments|Anhänge):.*evil/);
  };

  test.each([
    ["check", [] as string[]],
    ["check (German)", ["--lang", "de"]],
  ])("%s: previews, issues, column and file names are shown with their controls made visible", async (_name, more) => {
    const { args } = await hostileScenario();
    const run = await rundmail(["check", ...args, ...more], env);
    expect(run.status).toBe(1);
    clean(run.stdout);
    clean(run.stderr);
    expect(run.stdout).toContain("␛[2J"); // visible, not executed
    expect(run.stdout).toContain("<U+202E>");
  });

  test("check --json: the JSON means the same, and holds no raw control character", async () => {
    const { args } = await hostileScenario();
    const run = await rundmail(["check", "--json", ...args], env);
    clean(run.stdout);
    const json = JSON.parse(run.stdout) as CheckJson & { columns: string[] };
    expect(json.columns).toContain(`Spalte${ESC}[2J`);
  });

  test("drafts and send's dry run print their summaries safely too; usage errors with hostile values as well", async () => {
    const { dir, args } = await hostileScenario();
    const drafts = await rundmail(["drafts", ...args, "--out", join(dir, `out${ESC}[2J`)], env);
    clean(drafts.stdout);
    clean(drafts.stderr);
    const dry = await rundmail(["send", ...args, "--smtp", "smtp://127.0.0.1:1", "--from", "kasse@example.de"], env);
    clean(dry.stdout);
    clean(dry.stderr);
    const usage = await rundmail(["check", ...args, "--email-column", `Mail${ESC}[2J\nBcc: x@evil.de`], env);
    clean(usage.stdout);
    clean(usage.stderr);
    const missing = await rundmail(["check", "--recipients", join(dir, `weg${ESC}]0;t\u0007\n.csv`), "--template", join(dir, "vorlage.html")], env);
    expect(missing.status).toBe(2);
    clean(missing.stderr);
  });
});
