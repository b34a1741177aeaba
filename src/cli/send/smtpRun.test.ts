// `rundmail send`'s loop, as it now runs: core's startRun over the SMTP gateway with the journal as the ledger.
// The scenarios of the old loop's tests, each checked in the journal's records and the report's outcomes.
import type { RunClock } from "../../core/run/clock";
import { pace } from "../../core/run/pace";
import type { OutgoingDraft } from "../../core/run/types";
import type { PlannedDraft } from "../../core/plan";
import type { EmailAddress } from "../../core/types";
import { createSmtpDraftGateway } from "../../gateways/smtp/smtpDraftGateway";
import type { HandOverControl, MailSender, SendResult } from "../../gateways/smtp/types";
import { readJournal, type JournalRecord, type KnownMessage } from "./journal";
import type { SendItem } from "./sendItems";
import { sendOverSmtp, type SmtpRunInput } from "./smtpRun";

const to = (n: number): EmailAddress => `p${n}@example.de` as EmailAddress;
const planned = (n: number): PlannedDraft => ({ row: n + 1, to: to(n), toName: null, cc: [], bcc: [], attachments: [], rowIndex: n - 1 });
const item = (n: number): SendItem => ({ planned: planned(n), row: n + 1, to: to(n), key: `k${n}`, decision: { kind: "send" } });
const render = async (d: PlannedDraft): Promise<OutgoingDraft> => ({
  row: d.row,
  key: "",
  to: d.to,
  toName: null,
  cc: d.cc,
  bcc: d.bcc,
  subject: "s",
  html: "h",
  text: "h",
  attachments: [],
});

const sent: SendResult = { kind: "sent", response: "250 OK", eml: "raw", refused: [] };
const transient = (problem: "connect" | null = null): SendResult => ({ kind: "transient", code: 451, reason: "451 later", problem });
const permanent = (problem: "login" | null = null): SendResult => ({ kind: "permanent", code: 550, reason: "550 no", problem, deliveredTo: [] });
const unknown: SendResult = { kind: "unknown", reason: "Connection closed unexpectedly" };

/** A transport that answers from a script, per address and try; "sent" once the script runs out. */
function scriptedSender(script: Record<string, SendResult[]>, during?: (control: HandOverControl) => void): MailSender & { sentTo: string[] } {
  const sentTo: string[] = [];
  return {
    sentTo,
    async send(m, control) {
      sentTo.push(m.to);
      during?.(control);
      const result = script[m.to]?.shift() ?? sent;
      // As the transport does: a message is announced once the server is ready for it, not when the connect failed.
      if (!(result.kind === "transient" && result.problem === "connect") && result.kind !== "interrupted") await control.announce();
      return result;
    },
    async close() {},
  };
}

function instantClock(): RunClock & { slept: number[] } {
  let now = Date.UTC(2027, 0, 15);
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) return;
      slept.push(ms);
      now += ms;
    },
  };
}

interface Options {
  readonly limit?: number;
  readonly ratePerMinute?: number;
  readonly signal?: AbortSignal;
  readonly during?: (control: HandOverControl) => void;
  readonly render?: SmtpRunInput["render"];
  readonly known?: ReadonlyMap<string, KnownMessage>;
  readonly resendUnknown?: boolean;
}

async function run(items: SendItem[], script: Record<string, SendResult[]>, options: Options = {}) {
  const sender = scriptedSender(script, options.during);
  const records: JournalRecord[] = [];
  const clock = instantClock();
  const gateway = createSmtpDraftGateway({
    sender,
    from: { address: "me@verein.de", name: null },
    messageId: (key) => `<${key}>`,
    pace: pace(options.ratePerMinute ? 60_000 / options.ratePerMinute : 0, clock),
    lang: "en",
    now: clock.now,
  });
  const result = await sendOverSmtp({
    items,
    limit: options.limit ?? null,
    render: options.render ?? render,
    gateway,
    journal: { known: options.known ?? new Map(), append: (r) => records.push(r) },
    resendUnknown: options.resendUnknown ?? false,
    lang: "en",
    retryBaseMs: 1000,
    signal: options.signal ?? new AbortController().signal,
    clock,
    random: () => 1,
  });
  const statuses = result.outcomes.map((o) => (o.status === "not-sent" ? o.why : o.status));
  return { result, records, sender, clock, statuses };
}

const kinds = (records: JournalRecord[], key: string): string[] =>
  records.filter((r) => "key" in r && r.key === key).map((r) => (r.t === "failed" ? `failed:${r.kind}` : r.t));

describe("sending through the run engine", () => {
  test("every message is announced before and recorded after", async () => {
    const { statuses, records } = await run([item(1), item(2)], {});
    expect(statuses).toEqual(["sent", "sent"]);
    expect(records.map((r) => r.t)).toEqual(["attempt", "sent", "attempt", "sent"]);
    expect(records[1]).toMatchObject({ key: "k1", row: 2, to: "p1@example.de", response: "250 OK" });
  });

  test("a transient failure is tried again after 1, 2, 4 … seconds", async () => {
    const { statuses, records, clock } = await run([item(1)], { "p1@example.de": [transient(), transient()] });
    expect(statuses).toEqual(["sent"]);
    expect(kinds(records, "k1")).toEqual(["attempt", "failed:transient", "attempt", "failed:transient", "attempt", "sent"]);
    expect(clock.slept).toEqual([1000, 2000]);
  });

  test("after six transient failures the row fails and the run goes on", async () => {
    const { statuses, sender } = await run([item(1), item(2)], { "p1@example.de": Array.from({ length: 6 }, () => transient()) });
    expect(statuses).toEqual(["failed", "sent"]);
    expect(sender.sentTo.filter((t) => t === "p1@example.de")).toHaveLength(6);
  });

  test("a permanent failure is recorded once; the run goes on", async () => {
    const { statuses, records, result } = await run([item(1), item(2)], { "p1@example.de": [permanent()] });
    expect(statuses).toEqual(["failed", "sent"]);
    expect(kinds(records, "k1")).toEqual(["attempt", "failed:permanent"]);
    expect(result.outcomes[0]).toMatchObject({ reason: "550 no", code: 550, retryable: true });
  });

  test("an unknown outcome is never tried again in the same run, and the journal says 'unknown'", async () => {
    const { statuses, records, sender, result } = await run([item(1), item(2)], { "p1@example.de": [unknown] });
    expect(statuses).toEqual(["unknown", "sent"]);
    expect(sender.sentTo.filter((t) => t === "p1@example.de")).toHaveLength(1);
    expect(kinds(records, "k1")).toEqual(["attempt"]);
    expect(result.outcomes[0]).toMatchObject({ reason: "Connection closed unexpectedly" });
    const text = records.map((r) => JSON.stringify(r) + "\n").join("");
    expect(readJournal(text).known.get("k1")?.status).toBe("unknown");
  });

  test("a refused login stops the run: nothing more is tried", async () => {
    const { result, sender, statuses } = await run([item(1), item(2), item(3)], { "p1@example.de": [permanent("login")] });
    expect(statuses).toEqual(["failed", "stopped", "stopped"]);
    expect(result.stoppedBy).toEqual({ problem: "login", reason: "550 no" });
    expect(sender.sentTo).toEqual(["p1@example.de"]);
  });

  test("an unreachable server stops the run after the retries", async () => {
    const { result, statuses } = await run([item(1), item(2)], { "p1@example.de": Array.from({ length: 6 }, () => transient("connect")) });
    expect(result.stoppedBy?.problem).toBe("connect");
    expect(statuses).toEqual(["failed", "stopped"]);
  });

  test("--limit: only so many messages this run", async () => {
    const { statuses, sender } = await run([item(1), item(2), item(3)], {}, { limit: 2 });
    expect(statuses).toEqual(["sent", "sent", "limit"]);
    expect(sender.sentTo).toHaveLength(2);
  });

  test("the rate spaces the messages", async () => {
    const { clock } = await run([item(1), item(2), item(3)], {}, { ratePerMinute: 30 });
    expect(clock.slept).toEqual([2000, 2000]);
  });

  test("Ctrl-C: the message in flight is finished and recorded, nothing new starts", async () => {
    const controller = new AbortController();
    const { result, records, statuses } = await run([item(1), item(2)], {}, { signal: controller.signal, during: () => controller.abort() });
    expect(result.interrupted).toBe(true);
    expect(statuses).toEqual(["sent", "interrupted"]);
    expect(records.map((r) => r.t)).toEqual(["attempt", "sent"]);
  });

  test("Ctrl-C while connecting: the row is not sent and nothing is 'unknown'; the journal never heard of it", async () => {
    const controller = new AbortController();
    const { statuses, records } = await run([item(1), item(2)], { "p1@example.de": [{ kind: "interrupted" }] }, { signal: controller.signal, during: () => controller.abort() });
    expect(statuses).toEqual(["interrupted", "interrupted"]);
    expect(records).toEqual([]);
  });

  test("a connection that cannot be opened fails the row without announcing it", async () => {
    const { statuses, records } = await run([item(1)], { "p1@example.de": Array.from({ length: 6 }, () => transient("connect")) });
    expect(statuses).toEqual(["failed"]);
    expect(kinds(records, "k1")).toEqual(Array(6).fill("failed:transient"));
  });

  test("a file that cannot be read fails its row without announcing a message; the report quotes why", async () => {
    const broken: SmtpRunInput["render"] = async (d) => {
      if (d.row === 2) throw new Error("Cannot read Rechnung_1.pdf");
      return render(d);
    };
    const { statuses, records, result } = await run([item(1), item(2)], {}, { render: broken });
    expect(statuses).toEqual(["failed", "sent"]);
    expect(kinds(records, "k1")).toEqual([]);
    expect(result.outcomes[0]).toMatchObject({ reason: "Cannot read Rechnung_1.pdf", retryable: true });
  });

  test("a message breaking the privacy rule is refused before the journal hears of it", async () => {
    const bad: SmtpRunInput["render"] = async (d) => ({ ...(await render(d)), cc: ["b@example.de", "c@example.de"] as EmailAddress[] });
    const { statuses, records, sender } = await run([item(1)], {}, { render: bad });
    expect(statuses).toEqual(["failed"]);
    expect(records).toEqual([]);
    expect(sender.sentTo).toEqual([]);
  });

  test.each([
    [false, ["unknown"], 0],
    [true, ["sent"], 1],
  ])("an earlier unknown row, --resend-unknown %p: %p", async (resendUnknown, statuses, sends) => {
    const known = new Map<string, KnownMessage>([["k1", { key: "k1", row: 2, to: "p1@example.de", status: "unknown", at: "2027-01-14T00:00:00.000Z", detail: "", deliveredTo: [] }]]);
    const ran = await run([item(1)], {}, { known, resendUnknown });
    expect(ran.statuses).toEqual(statuses);
    expect(ran.sender.sentTo).toHaveLength(sends);
  });
});
