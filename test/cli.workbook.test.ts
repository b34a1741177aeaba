// `rundmail` on a workbook (issue 13): the club list as .xlsx, merged as a German and an English user sees it, the
// drafts read back with a real parser, and a workbook's usage errors (exit 2, the sheets named, no stack trace).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { clubWorkbook } from "../src/core/table/workbook/workbookForTests";

const root = join(__dirname, "..");
const bin = join(root, "bin", "rundmail.js");

function rundmail(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, LANG: "C", LC_ALL: "", RUNDMAIL_LANG: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TEMPLATE = "Subject: Beitrag für Mitglied {{Nr}}\n\n<p>Hallo {{Vorname}}, Ihr Beitrag: {{Beitrag}}, Mitglied seit {{Eintritt}}, PLZ {{PLZ}}, Summe {{Doppelt}}.</p>";

function scenario(bytes: Uint8Array = clubWorkbook("xlsx"), name = "mitglieder.xlsx") {
  const dir = mkdtempSync(join(tmpdir(), "rundmail-xlsx-"));
  writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, "t.html"), TEMPLATE);
  return { dir, args: ["--recipients", join(dir, name), "--template", join(dir, "t.html")] };
}

interface CheckJson {
  ready: boolean;
  columns: string[];
  drafts: { row: number; to: string; subject: string; html: string }[];
  issues: { row: number | null; severity: string; code: string; message: string }[];
}

describe("rundmail check on a workbook", () => {
  test.each([
    ["de", "Beitrag für Mitglied 0042", "Hallo Jürgen, Ihr Beitrag: 120,00 €, Mitglied seit 01.03.2019, PLZ 01067, Summe 240."],
    ["en", "Beitrag für Mitglied 0042", "Hallo Jürgen, Ihr Beitrag: €120.00, Mitglied seit 01/03/2019, PLZ 01067, Summe 240."],
  ])("--lang %s: values as Excel shows them; hidden row and merged cells at the sheet's row numbers", (lang, subject, text) => {
    const { args } = scenario();
    const run = rundmail(["check", "--json", "--lang", lang, ...args]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.ready).toBe(true);
    expect(json.drafts.map((d) => [d.row, d.to])).toEqual([
      [3, "j@example.de"],
      [4, "a@example.de"],
      [5, "b@example.de"],
      [6, "c@example.de"],
    ]);
    expect(json.drafts[0]?.subject).toBe(subject);
    expect(json.drafts[0]?.html).toContain(text);
    expect(json.issues.map((i) => [i.row, i.code])).toEqual([
      [5, "workbook-hidden-row"],
      [6, "workbook-merged-cells"],
    ]);
    expect(json.issues[0]?.message).toMatch(lang === "de" ? /^Zeile 5: Diese Zeile ist in der Arbeitsmappe ausgeblendet/ : /^Row 5: This row is hidden/);
  });

  test("the summary names the sheet; --sheet chooses the hidden one", () => {
    const { args } = scenario();
    expect(rundmail(["check", ...args]).stdout).toContain("(4 rows, 9 columns, sheet 'Mitglieder')");
    const intern = JSON.parse(rundmail(["check", "--json", ...args, "--sheet", "Intern"]).stdout) as CheckJson;
    expect(intern.columns).toEqual(["Kasse", "E-Mail"]);
    expect(intern.ready).toBe(false); // the template's {{Vorname}} is no column of that sheet
  });
});

test("rundmail drafts on an .xlsx: one .eml per row, read back", async () => {
  const { dir, args } = scenario();
  const out = join(dir, "entwuerfe");
  const run = rundmail(["drafts", "--lang", "de", ...args, "--out", out]);
  expect(run.status).toBe(0);
  expect(readdirSync(out).filter((f) => f.endsWith(".eml")).sort()).toEqual([
    "0003_j@example.de.eml",
    "0004_a@example.de.eml",
    "0005_b@example.de.eml",
    "0006_c@example.de.eml",
  ]);
  const mail = await simpleParser(readFileSync(join(out, "0004_a@example.de.eml")));
  expect(mail.headers.get("x-unsent")).toBe("1");
  expect(mail.subject).toBe("Beitrag für Mitglied 0007");
  expect(mail.html).toContain("Hallo Anna, Ihr Beitrag: 1.234,50 €, Mitglied seit 01.12.2019, PLZ 10115, Summe 2469.");
});

describe("workbook usage errors: exit 2, one clear sentence, no stack trace", () => {
  const club = clubWorkbook("xlsx");
  test.each([
    ["a sheet that does not exist (en)", [], club, ["--sheet", "Kasse"], /no sheet 'Kasse'\. Its sheets are: Mitglieder, Intern\./],
    ["a sheet that does not exist (de)", ["--lang", "de"], club, ["--sheet", "Kasse"], /kein Blatt 'Kasse'\. Ihre Blätter sind: Mitglieder, Intern\./],
    ["a truncated workbook", [], club.slice(0, 2000), [], /damaged or incomplete/],
    ["--sheet with a CSV", [], new TextEncoder().encode("E-Mail;Vorname\na@example.de;Anna\n"), ["--sheet", "Tabelle1"], /--sheet is for workbooks/],
  ] as const)("%s", (_name, lang, bytes, extra, message) => {
    const { args } = scenario(bytes, extra.length > 0 && message.source.includes("workbooks") ? "list.csv" : "mitglieder.xlsx");
    const run = rundmail(["check", ...lang, ...args, ...extra]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
