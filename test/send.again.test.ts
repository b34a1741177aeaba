// Issue 12 for `rundmail send`, against a real SMTP server on 127.0.0.1: rows in error block the run (named, in
// English and German) unless excluded with --skip-invalid; a list sent completely is not sent a second time by
// running the same command — only with --again — while an interrupted run still resumes without asking.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { rundmail, startRundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario, type Scenario } from "./support/smtpScenario";
import { startTestServer, type TestServer } from "./support/smtpServer";
import { LANGUAGE_CASES, LIST_WITH_TWO_BROKEN_ROWS, VALID_ADDRESSES, expectExcluded, reportRows } from "./support/rowsInError";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});
async function server(): Promise<TestServer> {
  const s = await startTestServer();
  servers.push(s);
  return s;
}

const sendArgs = (s: TestServer, scenario: Scenario, ...more: string[]): string[] => [
  "send",
  ...scenario.args,
  "--smtp",
  `smtp://127.0.0.1:${s.port}`,
  "--insecure",
  "--from",
  "kasse@tsv.de",
  "--rate",
  "0",
  ...more,
];
const reportOf = (scenario: Scenario, delimiter: string): string[][] =>
  reportRows(readFileSync(join(scenario.dir, "mitglieder.rundmail", "report.csv"), "utf8"), delimiter);
const recipients = (s: TestServer): string[] => s.received.map((m) => m.rcpt[0] ?? "");

const NOTHING_SENT = { en: "Nothing was sent", de: "Nichts wurde gesendet" } as const;

describe.each(LANGUAGE_CASES)("rundmail send, two rows in error ($lang)", (c) => {
  test("nothing is sent (no connection): both rows named with their row numbers and reasons; exit 4", async () => {
    const s = await server();
    const scenario = writeScenario(LIST_WITH_TWO_BROKEN_ROWS);
    const run = await rundmail(sendArgs(s, scenario, "--yes", "--lang", c.lang), testEnv());
    expect(run.status).toBe(4);
    for (const error of c.rowErrors) expect(run.stdout).toMatch(error);
    expect(run.stdout).toMatch(c.refusal(NOTHING_SENT[c.lang]));
    expect(s.connections).toBe(0);
  });

  test("--skip-invalid: three messages; the report lists the two rows as excluded with their reasons; exit 1", async () => {
    const s = await server();
    const scenario = writeScenario(LIST_WITH_TWO_BROKEN_ROWS);
    const run = await rundmail(sendArgs(s, scenario, "--yes", "--lang", c.lang, "--skip-invalid"), testEnv());
    expect(run.status).toBe(1);
    expect(recipients(s)).toEqual(VALID_ADDRESSES);
    const rows = reportOf(scenario, c.delimiter);
    expect(rows.map((r) => r[0])).toEqual(["2", "3", "4", "5", "6"]);
    expectExcluded(rows, c);
  });
});

describe("rundmail send: never twice by accident", () => {
  test.each([
    ["en", /These 3 messages were already sent \(the last on [^)]+; journal: .*journal\.jsonl\)\. Nothing was sent\. To send them all once more, add --again\./],
    ["de", /Diese 3 Nachrichten wurden schon gesendet \(die letzte am [^)]+; Protokoll: .*journal\.jsonl\)\. Es wurde nichts gesendet\. Um sie alle noch einmal zu senden, ergänzen Sie --again\./],
  ] as const)("%s: the same command on a finished list refuses (exit 4, nothing sent); --again sends the list once more", async (lang, refusal) => {
    const s = await server();
    const list = people(3);
    const scenario = writeScenario(list);
    expect((await rundmail(sendArgs(s, scenario, "--yes", "--lang", lang), testEnv())).status).toBe(0);
    const reportBefore = readFileSync(join(scenario.dir, "mitglieder.rundmail", "report.csv"), "utf8");

    const second = await rundmail(sendArgs(s, scenario, "--yes", "--lang", lang), testEnv());
    expect(second.status).toBe(4);
    expect(second.stdout).toMatch(refusal);
    expect(s.received).toHaveLength(3);
    expect(readFileSync(join(scenario.dir, "mitglieder.rundmail", "report.csv"), "utf8")).toBe(reportBefore);

    const dry = await rundmail(sendArgs(s, scenario, "--lang", lang), testEnv());
    expect(dry.stdout).toMatch(lang === "en" ? /These 3 messages were already sent .* unless you add --again/ : /Diese 3 Nachrichten wurden schon gesendet .* außer Sie ergänzen --again/);

    const again = await rundmail(sendArgs(s, scenario, "--yes", "--again", "--lang", lang), testEnv());
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("--again");
    expect(s.received).toHaveLength(6);
    expect(recipients(s).sort()).toEqual([...list, ...list].map((p) => p.email).sort());
    // A new run: new Message-IDs, so that no mail system takes the second message for a copy of the first.
    const ids = await Promise.all(s.received.map(async (m) => (await simpleParser(m.raw)).messageId));
    expect(new Set(ids).size).toBe(6);

    // And that second run is a finished list in its turn.
    expect((await rundmail(sendArgs(s, scenario, "--yes", "--lang", lang), testEnv())).status).toBe(4);
    expect(s.received).toHaveLength(6);
  });

  test("an interrupted run resumes without --again and without a question; --again there changes nothing", async () => {
    const s = await server();
    const list = people(6);
    const scenario = writeScenario(list);
    const started = startRundmail(sendArgs(s, scenario, "--yes", "--rate", "240"), testEnv()); // one every 250 ms
    while (s.received.length < 2) await new Promise((r) => setTimeout(r, 10));
    started.child.kill("SIGINT");
    expect((await started.done).status).toBe(130);
    const sentFirst = s.received.length;
    expect(sentFirst).toBeLessThan(6);

    const rest = await rundmail(sendArgs(s, scenario, "--yes", "--again"), testEnv());
    expect(rest.status).toBe(0);
    expect(rest.stdout).toContain(`--again has no effect: ${6 - sentFirst} messages of this list have not been sent yet`);
    expect(s.received).toHaveLength(6);
    expect(recipients(s).sort()).toEqual(list.map((p) => p.email).sort());

    expect((await rundmail(sendArgs(s, scenario, "--yes"), testEnv())).status).toBe(4);
    expect(s.received).toHaveLength(6);
  });

  test("--limit, then the same command: the rest is sent without --again; an --again run cut short resumes as well", async () => {
    const s = await server();
    const scenario = writeScenario(people(4));
    expect((await rundmail(sendArgs(s, scenario, "--yes", "--limit", "3"), testEnv())).status).toBe(1);
    expect((await rundmail(sendArgs(s, scenario, "--yes"), testEnv())).status).toBe(0);
    expect(s.received).toHaveLength(4);
    expect((await rundmail(sendArgs(s, scenario, "--yes", "--again", "--limit", "2"), testEnv())).status).toBe(1);
    expect(s.received).toHaveLength(6);
    const rest = await rundmail(sendArgs(s, scenario, "--yes"), testEnv());
    expect(rest.status).toBe(0);
    expect(rest.stdout).toContain("Sent 2 messages in this run");
    expect(s.received).toHaveLength(8);
  });
});
