// Issue 12 for `rundmail drafts` (.eml): a list with rows in error writes nothing and names each row; with
// --skip-invalid the other rows become drafts and the rows in error are reported as excluded, with their reasons.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { rundmail, testEnv } from "./support/smtpRundmail";
import { writeScenario } from "./support/smtpScenario";
import { LANGUAGE_CASES, LIST_WITH_TWO_BROKEN_ROWS, VALID_ADDRESSES, expectExcluded, reportRows } from "./support/rowsInError";

const NOTHING_WRITTEN = { en: "Nothing was written", de: "Nichts geschrieben" } as const;

describe.each(LANGUAGE_CASES)("rundmail drafts, two rows in error ($lang)", (c) => {
  test("nothing is written; both rows are named with their row numbers and reasons; exit 4", async () => {
    const scenario = writeScenario(LIST_WITH_TWO_BROKEN_ROWS);
    const out = join(scenario.dir, "entwuerfe");
    const run = await rundmail(["drafts", ...scenario.args, "--out", out, "--lang", c.lang], testEnv());
    expect(run.status).toBe(4);
    for (const error of c.rowErrors) expect(run.stdout).toMatch(error);
    expect(run.stdout).toMatch(c.refusal(NOTHING_WRITTEN[c.lang]));
    expect(existsSync(out)).toBe(false);
  });

  test("--skip-invalid: three drafts, the two rows excluded in the report with their reasons; exit 1", async () => {
    const scenario = writeScenario(LIST_WITH_TWO_BROKEN_ROWS);
    const out = join(scenario.dir, "entwuerfe");
    const run = await rundmail(["drafts", ...scenario.args, "--out", out, "--lang", c.lang, "--skip-invalid"], testEnv());
    expect(run.status).toBe(1);
    const emls = readdirSync(out).filter((f) => f.endsWith(".eml")).sort();
    expect(emls).toHaveLength(3);
    const to = await Promise.all(emls.map(async (f) => (await simpleParser(readFileSync(join(out, f)))).to));
    expect(to.map((t) => (t && !Array.isArray(t) ? t.value[0]?.address : null))).toEqual(VALID_ADDRESSES);
    const rows = reportRows(readFileSync(join(out, "report.csv"), "utf8"), c.delimiter);
    expect(rows.map((r) => r[0])).toEqual(["2", "3", "4", "5", "6"]);
    expectExcluded(rows, c);
  });
});

test("rundmail check still only reports: the same list, exit 1, no word of excluding", async () => {
  const scenario = writeScenario(LIST_WITH_TWO_BROKEN_ROWS);
  const run = await rundmail(["check", ...scenario.args], testEnv());
  expect(run.status).toBe(1);
  expect(run.stdout).toContain("3 of 5 rows ready as drafts, 2 rows with errors");
  expect(run.stdout).toContain("Not ready: correct the errors above, then check again.");
  expect(run.stdout).not.toMatch(/skipped|excluded/);
});

test("--skip-invalid does not help against an error in the template: it would be in every message (exit 4)", async () => {
  const scenario = writeScenario(LIST_WITH_TWO_BROKEN_ROWS, "Subject: Hallo {{Vornam}}\n\n<p>x</p>");
  const out = join(scenario.dir, "entwuerfe");
  const run = await rundmail(["drafts", ...scenario.args, "--out", out, "--skip-invalid"], testEnv());
  expect(run.status).toBe(4);
  expect(run.stdout).toContain("Nothing was written: the errors above affect every message.");
  expect(existsSync(out)).toBe(false);
});
