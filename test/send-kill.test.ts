// Exactly once, proven the hard way: `rundmail send` is killed with SIGKILL at random moments, round after round,
// and restarted each time. In the end every row has arrived exactly once — except rows the journal reports as
// unknown (killed between handing the message over and hearing the answer), which arrived at most once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { readJournal } from "../src/cli/send/journal";
import { startRundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario } from "./support/smtpScenario";
import { startTestServer } from "./support/smtpServer";
import { seededRandom as random } from "../src/emulator/rollingBudget";


const SEED = Number(process.env["RUNDMAIL_KILL_SEED"] ?? 20270115);
const ROUNDS = 9;
// More rows than the rounds can send: every round must end by the kill, never by finishing.
const ROWS = 60;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test(`SIGKILL at random moments (seed ${SEED}, ${ROUNDS} rounds): every row exactly once, unknown rows at most once`, async () => {
  const next = random(SEED);
  // The server takes a moment to answer, so that some kills fall between "accepted" and "answer heard".
  const server = await startTestServer({ answerDelayMs: () => Math.floor(next() * 8) });
  try {
    const list = people(ROWS);
    const scenario = writeScenario(list);
    const args = ["send", ...scenario.args, "--smtp", `smtp://127.0.0.1:${server.port}`, "--from", "kasse@tsv.de", "--insecure", "--rate", "0", "--yes"];
    const waitForDeliveries = async (count: number): Promise<void> => {
      const target = server.received.length + count;
      const deadline = Date.now() + 10_000;
      while (server.received.length < target && Date.now() < deadline) await sleep(1);
    };
    let killed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const run = startRundmail(args, testEnv());
      const moment = round % 3;
      if (moment === 0) await sleep(30 + next() * 170); // while starting: reading the list, the journal, connecting
      else {
        await waitForDeliveries(1 + Math.floor(next() * 4));
        // Just after the server accepted a message (the answer may not have arrived), or somewhat later (mid-message).
        await sleep(moment === 1 ? next() * 3 : next() * 15);
      }
      if (run.child.exitCode === null) {
        run.child.kill("SIGKILL");
        killed += 1;
      }
      await run.done;
    }
    expect(killed).toBe(ROUNDS); // a run that finished by itself would prove nothing
    expect(server.received.length).toBeLessThan(ROWS);

    const last = await startRundmail(args, testEnv()).done;
    expect(last.stderr).toBe("");
    expect([0, 1]).toContain(last.status);

    const outDir = join(scenario.dir, "mitglieder.rundmail");
    expect(() => readJournal(readFileSync(join(outDir, "journal.jsonl"), "utf8"))).not.toThrow();
    const report = Papa.parse<string[]>(readFileSync(join(outDir, "report.csv"), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1);
    expect(report).toHaveLength(ROWS);
    const count = (address: string): number => server.received.filter((m) => m.rcpt[0] === address).length;
    for (const [, address = "", status = ""] of report) {
      if (status === "sent") expect([address, count(address)]).toEqual([address, 1]);
      else {
        expect([address, status]).toEqual([address, "unknown — check your Sent folder"]);
        expect(count(address)).toBeLessThanOrEqual(1);
      }
    }
    expect(server.received.every((m) => list.some((p) => p.email === m.rcpt[0]))).toBe(true);

    // The user decides to send the unknown ones again: now everyone has it, and the sent rows were not touched.
    const resend = await startRundmail([...args, "--resend-unknown"], testEnv()).done;
    // With no unknown row the list was sent completely, and a repeat without --again is refused (exit 4).
    expect(resend.status).toBe(report.some(([, , status]) => status !== "sent") ? 0 : 4);
    for (const [, address = "", status = ""] of report) {
      if (status === "sent") expect([address, count(address)]).toEqual([address, 1]);
      else expect(count(address)).toBeGreaterThanOrEqual(1);
    }
  } finally {
    await server.close();
  }
});
