import { PrivacyRuleError } from "../../core/privacy/privacy";
import type { HandOverControl, MailSender, OutgoingMessage, SendResult } from "../../gateways/smtp/types";
import type { JournalRecord } from "./journal";
import type { Clock } from "./pacing";
import { sendRows, type RowJob, type RunSettings } from "./sendRun";

const message = (to: string): OutgoingMessage => ({
  from: { address: "me@verein.de", name: null },
  to,
  toName: null,
  cc: [],
  bcc: [],
  subject: "s",
  html: "h",
  text: "h",
  attachments: [],
  messageId: `<${to}>`,
});
const job = (n: number, make?: () => OutgoingMessage): RowJob => {
  const to = `p${n}@example.de`;
  return { row: n + 1, to, key: `k${n}`, message: make ?? (() => message(to)) };
};

const sent: SendResult = { kind: "sent", response: "250 OK", eml: "raw", refused: [] };
const transient = (problem: "connect" | null = null): SendResult => ({ kind: "transient", code: 451, reason: "451 later", problem });
const permanent = (problem: "login" | null = null): SendResult => ({ kind: "permanent", code: 550, reason: "550 no", problem, deliveredTo: [] });
const unknown: SendResult = { kind: "unknown", reason: "Connection closed unexpectedly" };

/** A sender that answers from a script, per address and attempt; "sent" once the script runs out. */
function scriptedSender(script: Record<string, SendResult[]>): MailSender & { sentTo: string[] } {
  const sentTo: string[] = [];
  return {
    sentTo,
    async send(m, control) {
      sentTo.push(m.to);
      const result = script[m.to]?.shift() ?? sent;
      // As the gateway does: a message is announced once the server is ready for it, not when the connect failed.
      if (!(result.kind === "transient" && result.problem === "connect") && result.kind !== "interrupted") control.announce();
      return result;
    },
    async close() {},
  };
}

function instantClock(): Clock & { slept: number[] } {
  let now = Date.UTC(2027, 0, 15);
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal.aborted) return false;
      slept.push(ms);
      now += ms;
      return true;
    },
  };
}

const settings: RunSettings = { ratePerMinute: 0, limit: null, maxTries: 6, retryBaseMs: 1000 };

async function run(jobs: RowJob[], script: Record<string, SendResult[]>, change: Partial<RunSettings> = {}, signal = new AbortController().signal) {
  const sender = scriptedSender(script);
  const records: JournalRecord[] = [];
  const clock = instantClock();
  const result = await sendRows(jobs, { sender, journal: { append: (r) => records.push(r) }, clock, signal, settings: { ...settings, ...change } });
  return { result, records, sender, clock, statuses: result.outcomes.map((o) => o.status) };
}

const kinds = (records: JournalRecord[], key: string): string[] =>
  records.filter((r) => "key" in r && r.key === key).map((r) => (r.t === "failed" ? `failed:${r.kind}` : r.t));

describe("sendRows", () => {
  test("every message is announced before and recorded after", async () => {
    const { statuses, records } = await run([job(1), job(2)], {});
    expect(statuses).toEqual(["sent", "sent"]);
    expect(records.map((r) => r.t)).toEqual(["attempt", "sent", "attempt", "sent"]);
  });

  test("a transient failure is tried again after 1, 2, 4 … seconds", async () => {
    const { statuses, records, clock } = await run([job(1)], { "p1@example.de": [transient(), transient()] });
    expect(statuses).toEqual(["sent"]);
    expect(kinds(records, "k1")).toEqual(["attempt", "failed:transient", "attempt", "failed:transient", "attempt", "sent"]);
    expect(clock.slept).toEqual([1000, 2000]);
  });

  test("after six transient failures the row fails and the run goes on", async () => {
    const { statuses, sender } = await run([job(1), job(2)], { "p1@example.de": Array.from({ length: 6 }, () => transient()) });
    expect(statuses).toEqual(["failed", "sent"]);
    expect(sender.sentTo.filter((t) => t === "p1@example.de")).toHaveLength(6);
  });

  test("a permanent failure is recorded once; the run goes on", async () => {
    const { statuses, records } = await run([job(1), job(2)], { "p1@example.de": [permanent()] });
    expect(statuses).toEqual(["failed", "sent"]);
    expect(kinds(records, "k1")).toEqual(["attempt", "failed:permanent"]);
  });

  test("an unknown outcome is never tried again in the same run", async () => {
    const { statuses, records } = await run([job(1), job(2)], { "p1@example.de": [unknown] });
    expect(statuses).toEqual(["unknown", "sent"]);
    expect(kinds(records, "k1")).toEqual(["attempt", "failed:unknown"]);
  });

  test("a refused login stops the run: nothing more is tried", async () => {
    const { result, sender } = await run([job(1), job(2), job(3)], { "p1@example.de": [permanent("login")] });
    expect(result.outcomes.map((o) => (o.status === "not-sent" ? o.why : o.status))).toEqual(["failed", "stopped", "stopped"]);
    expect(result.stoppedBy).toEqual({ problem: "login", reason: "550 no" });
    expect(sender.sentTo).toEqual(["p1@example.de"]);
  });

  test("an unreachable server stops the run after the retries", async () => {
    const { result } = await run([job(1), job(2)], { "p1@example.de": Array.from({ length: 6 }, () => transient("connect")) });
    expect(result.stoppedBy?.problem).toBe("connect");
    expect(result.outcomes.map((o) => o.status)).toEqual(["failed", "not-sent"]);
  });

  test("--limit: only so many messages this run", async () => {
    const { result, sender } = await run([job(1), job(2), job(3)], {}, { limit: 2 });
    expect(result.outcomes.map((o) => (o.status === "not-sent" ? o.why : o.status))).toEqual(["sent", "sent", "limit"]);
    expect(sender.sentTo).toHaveLength(2);
  });

  test("the rate spaces the messages", async () => {
    const { clock } = await run([job(1), job(2), job(3)], {}, { ratePerMinute: 30 });
    expect(clock.slept).toEqual([2000, 2000]);
  });

  /** Two rows; Ctrl-C is pressed while the first is with the sender, which then answers as `answer` says. */
  async function ctrlCDuring(answer: (control: HandOverControl) => SendResult) {
    const controller = new AbortController();
    const sender: MailSender = {
      async send(_m, control) {
        controller.abort();
        return answer(control);
      },
      async close() {},
    };
    const records: JournalRecord[] = [];
    const result = await sendRows([job(1), job(2)], { sender, journal: { append: (r) => records.push(r) }, clock: instantClock(), signal: controller.signal, settings });
    return { result, records, statuses: result.outcomes.map((o) => (o.status === "not-sent" ? o.why : o.status)) };
  }

  test("Ctrl-C: the message in flight is finished and recorded, nothing new starts", async () => {
    const { result, records, statuses } = await ctrlCDuring((control) => {
      control.announce(); // pressed while the first message is on its way
      return sent;
    });
    expect(result.interrupted).toBe(true);
    expect(statuses).toEqual(["sent", "interrupted"]);
    expect(records.map((r) => r.t)).toEqual(["attempt", "sent"]);
  });

  test("Ctrl-C while connecting: the row is not sent and nothing is 'unknown'; the journal never heard of it", async () => {
    // Pressed while the server has not answered the connection yet: the gateway gives up before announcing.
    const { statuses, records } = await ctrlCDuring(() => ({ kind: "interrupted" }));
    expect(statuses).toEqual(["interrupted", "interrupted"]);
    expect(records).toEqual([]);
  });

  test("a connection that cannot be opened fails the row without announcing it", async () => {
    const { statuses, records } = await run([job(1)], { "p1@example.de": [transient("connect"), transient("connect"), transient("connect")] }, { maxTries: 3 });
    expect(statuses).toEqual(["failed"]);
    expect(kinds(records, "k1")).toEqual(["failed:transient", "failed:transient", "failed:transient"]);
  });

  test("a file that cannot be read fails its row without announcing a message", async () => {
    const broken = job(1, () => {
      throw new Error("Cannot read Rechnung_1.pdf");
    });
    const { statuses, records } = await run([broken, job(2)], {});
    expect(statuses).toEqual(["failed", "sent"]);
    expect(kinds(records, "k1")).toEqual([]);
  });

  test("a message breaking the privacy rule stops everything before the journal hears of it", async () => {
    const bad = job(1, () => ({ ...message("a@example.de"), cc: ["b@example.de", "c@example.de"] }));
    const records: JournalRecord[] = [];
    await expect(
      sendRows([bad], { sender: scriptedSender({}), journal: { append: (r) => records.push(r) }, clock: instantClock(), signal: new AbortController().signal, settings }),
    ).rejects.toThrow(PrivacyRuleError);
    expect(records).toEqual([]);
  });
});
