// Issue 12 for `rundmail drafts --imap`, against a real Dovecot: a list with rows in error puts nothing into the
// mailbox (no password asked, no connection) and names each row; with --skip-invalid the other rows become drafts and
// report.csv lists the rows in error as excluded, with their reasons.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AddressObject } from "mailparser";
import { DEFAULT_USERS, describeWithDovecot, startDovecot, type Dovecot } from "./support/dovecot";
import { readFolder } from "./support/imapFolder";
import { LANGUAGE_CASES, LIST_WITH_TWO_BROKEN_ROWS, VALID_ADDRESSES, expectExcluded, reportRows } from "./support/rowsInError";
import { rundmail, testEnv } from "./support/smtpRundmail";
import { writeScenario } from "./support/smtpScenario";

const PASSWORD = "Geh3im!Pass";
const NOTHING_STORED = { en: "Nothing was put into the mailbox", de: "Nichts wurde ins Postfach gelegt" } as const;
const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((f) => f.value.map((v) => v.address ?? ""));

describeWithDovecot("rundmail drafts --imap, two rows in error (Dovecot)", () => {
  let dovecot: Dovecot;
  beforeAll(async () => {
    // One mailbox per case, so that each case's Drafts folder holds only its own drafts.
    dovecot = await startDovecot({ users: [...DEFAULT_USERS, { name: "berten", password: PASSWORD }, { name: "bertde", password: PASSWORD }] });
  }, 60_000);
  afterAll(async () => {
    await dovecot?.stop();
  });
  const args = (user: string, ...more: string[]): string[] => {
    const scenario = writeScenario(LIST_WITH_TWO_BROKEN_ROWS);
    return ["drafts", ...scenario.args, "--imap", `imaps://${user}@127.0.0.1:${dovecot.tlsPort}`, "--ca", dovecot.caFile, "--out", join(scenario.dir, "bericht"), ...more];
  };

  test.each(LANGUAGE_CASES)("$lang: nothing in the mailbox, no password asked for; both rows named; exit 4", async (c) => {
    // No password in the environment and no terminal: asking for one would fail the run with another message.
    const run = await rundmail(args("anna", "--lang", c.lang), testEnv());
    expect(run.stderr).toBe("");
    expect(run.status).toBe(4);
    for (const error of c.rowErrors) expect(run.stdout).toMatch(error);
    expect(run.stdout).toMatch(c.refusal(NOTHING_STORED[c.lang]));
    expect(await readFolder(dovecot, "anna", PASSWORD, "Drafts")).toHaveLength(0);
  });

  test.each(LANGUAGE_CASES)("$lang --skip-invalid: three drafts; the report lists both rows as excluded with their reasons; exit 1", async (c) => {
    const user = `bert${c.lang}`;
    const given = args(user, "--lang", c.lang, "--skip-invalid");
    const run = await rundmail(given, testEnv({ RUNDMAIL_IMAP_PASSWORD: PASSWORD, RUNDMAIL_IMAP_TIMEOUT_MS: "5000" }));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const stored = await readFolder(dovecot, user, PASSWORD, "Drafts");
    expect(stored.flatMap((m) => addresses(m.mail.to)).sort()).toEqual([...VALID_ADDRESSES].sort());
    const rows = reportRows(readFileSync(join(given[given.indexOf("--out") + 1]!, "report.csv"), "utf8"), c.delimiter);
    expect(rows.map((r) => r[0])).toEqual(["2", "3", "4", "5", "6"]);
    expectExcluded(rows, c);
  });
});
