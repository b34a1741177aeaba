// The `rundmail` command as a user runs it: a child process on real files, output read back with real parsers.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import Papa from "papaparse";

const root = join(__dirname, "..");
const samples = join(root, "samples");
const bin = join(root, "bin", "rundmail.js");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function rundmail(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", LC_ALL: "", RUNDMAIL_LANG: "", ...env },
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "rundmail-cli-"));

const sampleArgs = [
  "--recipients",
  join(samples, "mitglieder.csv"),
  "--template",
  join(samples, "rechnung.html"),
  "--attachments",
  join(samples, "rechnungen"),
  "--attachment-pattern",
  "Rechnung_{{Mitgliedsnummer}}.pdf",
];

interface JsonDraft {
  row: number;
  to: string;
  cc: string[];
  bcc: string[];
  subject: string;
  html: string;
  text: string;
  attachments: { name: string; size: number }[];
}
interface JsonIssue {
  row: number | null;
  column: string | null;
  severity: "error" | "warning";
  code: string;
  message: string;
}
interface CheckJson {
  ready: boolean;
  columns: string[];
  drafts: JsonDraft[];
  issues: JsonIssue[];
}

function checkJson(args: string[], env: Record<string, string> = {}): { run: Run; json: CheckJson } {
  const run = rundmail(["check", "--json", ...args], env);
  return { run, json: JSON.parse(run.stdout) as CheckJson };
}

/** Writes a recipient table and a template into a fresh folder. */
function scenario(csv: string | Uint8Array, template = "Subject: Hallo {{Vorname}}\n\n<p>Hallo {{Vorname}}</p>", templateName = "t.html") {
  const dir = tmp();
  writeFileSync(join(dir, "list.csv"), csv);
  writeFileSync(join(dir, templateName), template);
  return { dir, args: ["--recipients", join(dir, "list.csv"), "--template", join(dir, templateName)] };
}

describe("rundmail check on the samples", () => {
  test("JSON: one draft per member, each with one recipient, merged subject, salutation and own invoice", () => {
    const { run, json } = checkJson(sampleArgs);
    expect(run.status).toBe(0);
    expect(json.ready).toBe(true);
    expect(json.columns).toEqual(["Anrede", "Vorname", "Nachname", "E-Mail", "Mitgliedsnummer", "Beitrag", "Abteilung"]);
    expect(json.drafts.map((d) => d.to)).toEqual([
      "anna.mueller@example.de",
      "j.weiss@example.de",
      "kim.oeztuerk@example.org",
      "sophie@example.net",
      "bjoern.schaefer@example.de",
      "zoe@bücher.example",
    ]);
    expect(json.drafts.map((d) => d.row)).toEqual([2, 3, 4, 5, 6, 7]);
    const [anna, juergen, kim] = json.drafts;
    expect(anna?.subject).toBe("Ihre Beitragsrechnung 2027 (Mitgliedsnummer 1001)");
    expect(anna?.html).toContain("Sehr geehrte Frau Müller,");
    expect(juergen?.text).toContain("Sehr geehrter Herr Weiß,");
    expect(kim?.text).toContain("Hallo Kim Öztürk,");
    expect(juergen?.html).toContain("<b>Fußball</b>");
    for (const d of json.drafts) {
      expect(typeof d.to).toBe("string");
      expect(d.cc).toEqual([]);
      expect(d.bcc).toEqual([]);
      expect(d.attachments).toHaveLength(1);
    }
    expect(anna?.attachments[0]).toEqual({ name: "Rechnung_1001.pdf", size: readFileSync(join(samples, "rechnungen", "Rechnung_1001.pdf")).length });
    expect(json.issues).toEqual([]);
  });

  test("human output: a summary, the first draft and 'ready'", () => {
    const run = rundmail(["check", ...sampleArgs]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("E-mail column: E-Mail");
    expect(run.stdout).toContain("6 of 6 rows ready as drafts");
    expect(run.stdout).toContain("Sehr geehrte Frau Müller,");
    expect(run.stdout).toContain("Ready");
  });

  test("German output when asked (--lang de) and from LANG", () => {
    const byFlag = rundmail(["check", ...sampleArgs, "--lang", "de"]);
    const byEnv = rundmail(["check", ...sampleArgs], { LANG: "de_DE.UTF-8" });
    for (const run of [byFlag, byEnv]) {
      expect(run.stdout).toContain("E-Mail-Spalte: E-Mail");
      expect(run.stdout).toContain("6 von 6 Zeilen werden Entwürfe");
    }
  });

  test("the list with mistakes: each bad row reported with its spreadsheet row number, exit 1", () => {
    const args = ["--recipients", join(samples, "mitglieder-mit-fehlern.csv"), "--template", join(samples, "rechnung.html")];
    const { run, json } = checkJson(args);
    expect(run.status).toBe(1);
    expect(json.ready).toBe(false);
    const codes = json.issues.map((i) => [i.row, i.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [4, "email-invalid"],
        [5, "email-multiple"],
        [7, "field-empty"],
        [8, "email-duplicate"],
      ]),
    );
    expect(json.drafts.map((d) => d.row)).toEqual([2, 3, 7, 8]);
    const invalid = json.issues.find((i) => i.code === "email-invalid");
    expect(invalid?.message).toMatch(/^Row 4: 'max@@example\.de' is not an e-mail address/);
    const german = checkJson([...args, "--lang", "de"]).json.issues.find((i) => i.code === "email-invalid");
    expect(german?.message).toMatch(/^Zeile 4: 'max@@example\.de' ist keine E-Mail-Adresse/);
  });
});

describe("rundmail drafts", () => {
  test("writes one .eml per row that Outlook opens as a draft, with the row's own PDF, and a report", async () => {
    const out = join(tmp(), "entwuerfe");
    const run = rundmail(["drafts", ...sampleArgs, "--out", out]);
    expect(run.status).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      "0002_anna.mueller@example.de.eml",
      "0003_j.weiss@example.de.eml",
      "0004_kim.oeztuerk@example.org.eml",
      "0005_sophie@example.net.eml",
      "0006_bjoern.schaefer@example.de.eml",
      "0007_zoe@bücher.example.eml",
      "report.csv",
    ]);
    const mail = await simpleParser(readFileSync(join(out, "0003_j.weiss@example.de.eml")));
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.subject).toBe("Ihre Beitragsrechnung 2027 (Mitgliedsnummer 1002)");
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(to.flatMap((t) => t?.value ?? []).map((v) => v.address)).toEqual(["j.weiss@example.de"]);
    expect(mail.cc).toBeUndefined();
    expect(mail.html).toContain("Sehr geehrter Herr Weiß,");
    expect(mail.attachments.map((a) => a.filename)).toEqual(["Rechnung_1002.pdf"]);
    expect(Buffer.compare(mail.attachments[0]!.content, readFileSync(join(samples, "rechnungen", "Rechnung_1002.pdf")))).toBe(0);

    const sophie = await simpleParser(readFileSync(join(out, "0005_sophie@example.net.eml")));
    expect(sophie.to && !Array.isArray(sophie.to) ? sophie.to.value[0] : null).toEqual({ address: "sophie@example.net", name: "Sophie Größer" });

    const report = Papa.parse<string[]>(readFileSync(join(out, "report.csv"), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(report[0]).toEqual(["row", "address", "status", "file or reason"]);
    expect(report[2]).toEqual(["3", "j.weiss@example.de", "draft created", "0003_j.weiss@example.de.eml"]);
    expect(report).toHaveLength(7);
  });

  test("does not overwrite earlier output unless --force", () => {
    const out = join(tmp(), "out");
    expect(rundmail(["drafts", ...sampleArgs, "--out", out]).status).toBe(0);
    const again = rundmail(["drafts", ...sampleArgs, "--out", out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already holds earlier output");
    expect(rundmail(["drafts", ...sampleArgs, "--out", out, "--force"]).status).toBe(0);
    expect(readdirSync(out)).toHaveLength(7);
  });

  test("rows with errors block the run; excluded with --skip-invalid, they are reported with the reason; formula-like cells are neutralised", () => {
    const { args } = scenario(
      "Vorname;E-Mail\r\nAnna;anna@example.de\r\nEvil;=HYPERLINK(\"http://evil.example\")\r\nBen;-ben@example.de\r\n",
    );
    const out = join(tmp(), "out");
    expect(rundmail(["drafts", ...args, "--out", out, "--lang", "de"]).status).toBe(4);
    expect(existsSync(out)).toBe(false);
    const run = rundmail(["drafts", ...args, "--out", out, "--lang", "de", "--skip-invalid"]);
    expect(run.status).toBe(1);
    const report = Papa.parse<string[]>(readFileSync(join(out, "report.csv"), "utf8").replace(/^\uFEFF/, ""), {
      delimiter: ";",
      skipEmptyLines: true,
    }).data;
    expect(report[0]).toEqual(["Zeile", "Adresse", "Status", "Datei oder Grund"]);
    expect(report[1]?.slice(0, 3)).toEqual(["2", "anna@example.de", "Entwurf erstellt"]);
    expect(report[2]?.[1]).toBe("'=HYPERLINK(\"http://evil.example\")");
    expect(report[2]?.[2]).toBe("ausgelassen");
    expect(report[2]?.[3]).toMatch(/^'?Zeile 3: /);
    expect(report[3]?.[1]).toBe("'-ben@example.de");
    // "-ben@example.de" is a valid address: the draft is made, only the report cell is neutralised.
    expect(report[3]?.[2]).toBe("Entwurf erstellt");
    expect(readdirSync(out).filter((f) => f.endsWith(".eml"))).toEqual(["0002_anna@example.de.eml", "0004_-ben@example.de.eml"]);
  });

  test("an .eml template: its subject and body are used and its attachments go to everyone", async () => {
    const dir = tmp();
    const eml = [
      "Subject: =?UTF-8?B?" + Buffer.from("Einladung für {{Vorname}}").toString("base64") + "?=",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Liebe(r) {{Vorname}}, anbei das Programm.</p>",
      "--b",
      'Content-Type: application/pdf; name="Programm.pdf"',
      "Content-Transfer-Encoding: base64",
      'Content-Disposition: attachment; filename="Programm.pdf"',
      "",
      Buffer.from("%PDF-1.4 Programm").toString("base64"),
      "--b--",
      "",
    ].join("\r\n");
    writeFileSync(join(dir, "vorlage.eml"), eml);
    writeFileSync(join(dir, "list.csv"), "Vorname,Email\nAnna,anna@example.de\nBen,ben@example.de\n");
    const out = join(dir, "out");
    const run = rundmail(["drafts", "--recipients", join(dir, "list.csv"), "--template", join(dir, "vorlage.eml"), "--out", out]);
    expect(run.status).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, "0003_ben@example.de.eml")));
    expect(mail.subject).toBe("Einladung für Ben");
    expect(mail.html).toContain("Liebe(r) Ben, anbei das Programm.");
    expect(mail.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([["Programm.pdf", "%PDF-1.4 Programm"]]);
  });

  test("an HTML template's <title> becomes the subject as a browser shows it: references decoded, one line", async () => {
    const { args } = scenario(
      "Vorname,Email\nAnna,anna@example.de\n",
      "<html><head><title>Rechnung &amp; Mahnung\n  f&uuml;r {{Vorname}} &#8211; &#x20AC; 12&nbsp;</title></head><body><p>Hallo</p></body></html>",
    );
    const out = join(tmp(), "out");
    expect(rundmail(["drafts", ...args, "--out", out]).status).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, "0002_anna@example.de.eml")));
    expect(mail.subject).toBe("Rechnung & Mahnung für Anna – € 12");
  });

  test("a text template with Subject/Cc/Bcc lines: one Cc and the archive Bcc in every draft", async () => {
    const { args } = scenario(
      "Vorname,Email\nAnna,anna@example.de\n",
      "Subject: Hallo {{Vorname}}\nCc: vorstand@verein.de\nBcc: archiv@verein.de\n\nHallo {{Vorname}},\nbis bald.\n",
      "t.txt",
    );
    const out = join(tmp(), "out");
    expect(rundmail(["drafts", ...args, "--out", out]).status).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, "0002_anna@example.de.eml")));
    expect(mail.subject).toBe("Hallo Anna");
    expect(mail.text?.trim()).toBe("Hallo Anna,\nbis bald.");
    const list = (f: typeof mail.cc) => (Array.isArray(f) ? f : f ? [f] : []).flatMap((a) => a.value.map((v) => v.address));
    expect(list(mail.cc)).toEqual(["vorstand@verein.de"]);
    expect(list(mail.bcc)).toEqual(["archiv@verein.de"]);
  });
});

describe("hostile input", () => {
  test("a line break in a value bound for the subject never reaches the subject", () => {
    const { args } = scenario('Vorname;E-Mail\r\n"Anna\r\nBcc: all@evil.example";anna@example.de\r\n');
    const { json } = checkJson(args);
    expect(json.drafts[0]?.subject).toBe("Hallo Anna Bcc: all@evil.example");
    expect(json.drafts[0]?.subject).not.toMatch(/[\r\n]/);
    expect(json.issues.map((i) => i.code)).toContain("subject-line-break");
  });

  test("<script> in a value bound for the body is escaped", () => {
    const { args } = scenario("Vorname;E-Mail\r\n<script>alert(1)</script>;anna@example.de\r\n");
    const { json } = checkJson(args);
    expect(json.drafts[0]?.html).not.toContain("<script>");
    expect(json.drafts[0]?.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test.each([
    ["a binary file given as CSV", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), /not a text table/],
    // A ZIP goes to the workbook reader whatever its name (issue 13); a broken one is said to be so.
    ["a broken ZIP given as CSV", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe]), /workbook is damaged/],
    ["an empty file", new Uint8Array(0), /empty/],
  ])("%s: exit 2 with a clear message and no stack trace", (_name, bytes, message) => {
    const { args } = scenario(bytes);
    const run = rundmail(["check", ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test("a 20 MB CSV is checked", () => {
    const lines = ["Vorname;Nachname;E-Mail;PLZ;Notiz"];
    const note = "x".repeat(120);
    let size = 0;
    for (let i = 0; size < 20e6; i++) {
      const line = `Vorname${i};Müller;person${i}@example.de;0${(1000 + (i % 8999)).toString()};${note}`;
      lines.push(line);
      size += line.length + 2;
    }
    const { args } = scenario(lines.join("\r\n"), "Subject: Hallo {{Vorname}}\n\n<p>{{PLZ}}</p>");
    const run = rundmail(["check", ...args]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${lines.length - 1} of ${lines.length - 1} rows ready as drafts`);
    expect(run.stdout).toContain("| 01000");
  });
});

describe("usage errors: exit 2, one clear sentence, no stack trace", () => {
  const missing = join(tmpdir(), "does-not-exist.csv");
  const cases: Array<[string, string[], RegExp]> = [
    ["no command", [], /rundmail check/],
    ["unknown command", ["sendall"], /Unknown command 'sendall'/],
    ["unknown option", ["check", "--recipients", "a.csv", "--template", "t.html", "--bogus"], /Unknown option '--bogus'/],
    ["missing --recipients", ["check", "--template", "t.html"], /--recipients is required/],
    ["missing --out for drafts", ["drafts", "--recipients", "a.csv", "--template", "t.html"], /--out is required/],
    ["a recipients file that does not exist", ["check", "--recipients", missing, "--template", join(samples, "rechnung.html")], /Cannot read the recipient list .*no such file/],
    ["a template of the wrong kind", ["check", "--recipients", join(samples, "mitglieder.csv"), "--template", join(samples, "mitglieder.csv")], /must be an \.html/],
    ["both attachment options", ["check", ...sampleArgs, "--attachment-column", "Datei"], /either --attachment-column or --attachment-pattern/],
  ];
  test.each(cases)("%s", (_name, args, message) => {
    const run = rundmail(args);
    expect(run.status).toBe(2);
    expect(run.stderr + run.stdout).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test("German usage errors", () => {
    const run = rundmail(["check", "--template", "t.html", "--lang", "de"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Die Option --recipients fehlt.");
  });
});

test("samples folder holds what the README uses", () => {
  for (const f of ["mitglieder.csv", "mitglieder-mit-fehlern.csv", "rechnung.html", "rechnungen/Rechnung_1001.pdf"]) {
    expect(existsSync(join(samples, f))).toBe(true);
  }
  // German Excel's CSV: Windows-1252, so "ü" is one byte 0xFC.
  expect(readFileSync(join(samples, "mitglieder.csv")).includes(0xfc)).toBe(true);
});
