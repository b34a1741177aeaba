// Exactly once into the mailbox, proven the hard way: `rundmail drafts --imap` is killed with SIGKILL at random
// moments — while starting, just after the server stored a draft, a little later — and started again with the same
// command. In the end every row has exactly one draft in the folder.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { AddressObject } from "mailparser";
import { seededRandom as random } from "../src/emulator/rollingBudget";
import { describeWithDovecot, startDovecot, type Dovecot } from "./support/dovecot";
import { readFolder } from "./support/imapFolder";
import { startRundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario } from "./support/smtpScenario";

const SEED = Number(process.env["RUNDMAIL_KILL_SEED"] ?? 20261203);
const ROUNDS = 6;
const ROWS = 60;
const PASSWORD = "Geh3im!Pass";
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((f) => f.value.map((v) => v.address ?? ""));

/** Drafts Dovecot has stored so far, counted in its Maildir (cheaper than asking over IMAP while the run goes on). */
function storedCount(server: Dovecot): number {
  const folder = join(server.dir, "mail", "anna", "Maildir", ".Drafts");
  return ["cur", "new"].reduce((sum, sub) => {
    try {
      return sum + readdirSync(join(folder, sub)).length;
    } catch {
      return sum;
    }
  }, 0);
}

describeWithDovecot("rundmail drafts --imap killed and resumed (Dovecot)", () => {
  let dovecot: Dovecot;
  beforeAll(async () => {
    dovecot = await startDovecot();
  }, 60_000);
  afterAll(async () => {
    await dovecot?.stop();
  });

  test(`SIGKILL at random moments (seed ${SEED}, ${ROUNDS} rounds), then the same command: every row exactly once`, async () => {
    const next = random(SEED);
    const list = people(ROWS);
    const scenario = writeScenario(list);
    const args = ["drafts", ...scenario.args, "--imap", `imaps://anna@127.0.0.1:${dovecot.tlsPort}`, "--ca", dovecot.caFile];
    const env = testEnv({ RUNDMAIL_IMAP_PASSWORD: PASSWORD, RUNDMAIL_IMAP_TIMEOUT_MS: "5000" });
    let killed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const run = startRundmail(args, env);
      const moment = round % 3;
      if (moment === 0) await sleep(50 + next() * 300); // while starting: reading the list, connecting, logging in
      else {
        const target = storedCount(dovecot) + 1 + Math.floor(next() * 4);
        const deadline = Date.now() + 20_000;
        while (storedCount(dovecot) < target && run.child.exitCode === null && Date.now() < deadline) await sleep(1);
        await sleep(moment === 1 ? next() * 2 : next() * 15); // just after a draft was stored, or in the middle of the next
      }
      if (run.child.exitCode === null) {
        run.child.kill("SIGKILL");
        killed += 1;
      }
      await run.done;
    }
    expect(killed).toBe(ROUNDS); // a run that finished by itself would prove nothing
    expect(storedCount(dovecot)).toBeLessThan(ROWS);

    const last = await startRundmail(args, env).done;
    expect(last.stderr).toBe("");
    expect(last.status).toBe(0);
    expect(last.stdout).toMatch(/\d+ drafts put into 'Drafts'; \d+ were there already from an earlier run/);

    const stored = await readFolder(dovecot, "anna", PASSWORD, "Drafts");
    const perPerson = new Map<string, number>();
    for (const m of stored) for (const a of addresses(m.mail.to)) perPerson.set(a, (perPerson.get(a) ?? 0) + 1);
    expect(list.filter((p) => perPerson.get(p.email) !== 1).map((p) => [p.email, perPerson.get(p.email) ?? 0])).toEqual([]);
    expect(stored).toHaveLength(ROWS);
  }, 120_000);
});
