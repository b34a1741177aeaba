// startRun's capabilities for gateways that are not Graph: a caller's own keys, a shorter retry base, and a gateway
// that marks "attempted" itself at the moment a message really leaves (SMTP: a failed connect leaves no doubt).
import { fakeClock, planned, render } from "../../../test/support/runFixtures";
import type { PlannedDraft } from "../plan";
import { memoryLedger } from "./ledger";
import { startRun } from "./startRun";
import type { CreateResult, DraftGateway, GatewayCall, OutgoingDraft, RunLedger } from "./types";

/** A ledger that writes down every call, in order. */
function recordingLedger(): RunLedger & { log: string[] } {
  const inner = memoryLedger();
  const log: string[] = [];
  return {
    log,
    get: (key) => inner.get(key),
    set: async (key, state) => {
      log.push(`${state} ${key}`);
      await inner.set(key, state);
    },
    forget: async (key) => {
      log.push(`forget ${key}`);
      await inner.forget?.(key);
    },
  };
}

type Step = "connect-fails" | "sent" | "refused" | "no-answer" | "sent-without-mark";

/** A gateway that, per try, either fails before anything leaves or marks the attempt and then answers. */
function selfMarking(script: Step[]): DraftGateway {
  return {
    id: "smtp",
    concurrency: 1,
    marksAttempts: true,
    async create(_draft: OutgoingDraft, _signal?: AbortSignal, call?: GatewayCall): Promise<CreateResult> {
      const step = script.shift() ?? "sent";
      if (step === "connect-fails") return { status: "failed", transient: true, code: "connect", message: "no connection" };
      if (step !== "sent-without-mark") await call?.attempting?.();
      if (step === "refused") return { status: "failed", transient: false, code: "550", message: "no such user" };
      if (step === "no-answer") throw new Error("connection lost after the last byte");
      return { status: "created", ref: "250 OK" };
    },
  };
}

describe("a gateway that marks its attempts", () => {
  const cases: Array<{ name: string; script: Step[]; status: string; log: string[]; left: string | undefined }> = [
    { name: "sent at once", script: ["sent"], status: "created", log: ["attempted k", "created k"], left: "created" },
    { name: "a connect that fails, then sent: no doubt from the failed try", script: ["connect-fails", "sent"], status: "created", log: ["forget k", "attempted k", "created k"], left: "created" },
    { name: "refused after leaving", script: ["refused"], status: "failed", log: ["attempted k", "forget k"], left: undefined },
    { name: "no answer after leaving: stays attempted", script: ["no-answer"], status: "failed", log: ["attempted k"], left: "attempted" },
    { name: "never connected: nothing attempted", script: ["connect-fails", "connect-fails"], status: "failed", log: ["forget k", "forget k"], left: undefined },
  ];
  test.each(cases)("$name", async ({ script, status, log, left }) => {
    const ledger = recordingLedger();
    const run = startRun({
      runId: "r",
      drafts: [planned(2)],
      render,
      gateway: selfMarking(script),
      ledger,
      lang: "en",
      keyOf: () => "k",
      maxAttempts: 2,
      clock: fakeClock(),
      random: () => 0,
    });
    const summary = await run.done;
    expect(summary.outcomes.map((o) => o.status)).toEqual([status]);
    expect(ledger.log).toEqual(log);
    expect(await ledger.get("k")).toBe(left);
  });

  test("a ledger that cannot write: the gateway is told before anything leaves", async () => {
    const failing: RunLedger = { get: async () => undefined, set: async () => Promise.reject(new Error("disk full")) };
    let attemptingFailed = false;
    const gateway: DraftGateway = {
      id: "smtp",
      concurrency: 1,
      marksAttempts: true,
      async create(_d, _s, call) {
        try {
          await call?.attempting?.();
        } catch {
          attemptingFailed = true;
          return { status: "failed", transient: false, code: "run-ledger-failed", message: "disk full" };
        }
        return { status: "created", ref: null };
      },
    };
    const summary = await startRun({ runId: "r", drafts: [planned(2)], render, gateway, ledger: failing, lang: "en", clock: fakeClock() }).done;
    expect(attemptingFailed).toBe(true);
    expect(summary.outcomes[0]?.status).toBe("failed");
  });
});

describe("the caller's keys", () => {
  test.each([
    ["given: used for the outcome and the ledger", (d: PlannedDraft) => `hash-${d.row}`, ["hash-2", "hash-3"]],
    ["a key function that throws: the default shape, the run goes on", () => {
      throw new Error("x");
    }, ["r:2:p2@example.de", "r:3:p3@example.de"]],
  ])("%s", async (_name, keyOf, keys) => {
    const ledger = memoryLedger();
    const summary = await startRun({ runId: "r", drafts: [planned(2), planned(3)], render, gateway: selfMarking([]), ledger, lang: "en", keyOf }).done;
    expect(summary.outcomes.map((o) => o.key)).toEqual(keys);
    expect([...ledger.entries.keys()]).toEqual(keys);
  });

  test("two rows with the same key: the second is a duplicate, never created", async () => {
    const summary = await startRun({ runId: "r", drafts: [planned(2), planned(3)], render, gateway: selfMarking([]), lang: "en", keyOf: () => "same" }).done;
    expect(summary.outcomes.map((o) => [o.status, o.code ?? null])).toEqual([
      ["created", null],
      ["failed", "run-duplicate"],
    ]);
  });
});

test.each([
  [undefined, [1000, 2000]],
  [20, [20, 40]],
])("retry base %p: waits %p between tries", async (retryBaseMs, waits) => {
  const clock = fakeClock();
  const gateway: DraftGateway = {
    id: "memory",
    concurrency: 1,
    create: async () => ({ status: "failed", transient: true, code: "busy", message: "try later" }),
  };
  await startRun({ runId: "r", drafts: [planned(2)], render, gateway, lang: "en", maxAttempts: 3, clock, random: () => 1, ...(retryBaseMs === undefined ? {} : { retryBaseMs }) }).done;
  expect(clock.sleeps).toEqual(waits);
});

test('the next row does not wait for a "created" mark, but the run ends only once every mark is written', async () => {
  const inner = memoryLedger();
  const held: Array<() => void> = [];
  const ledger: RunLedger = {
    get: (key) => inner.get(key),
    // "attempted" is written at once; each "created" waits until the test lets it through (a slow disk).
    set: (key, state) => (state === "attempted" ? inner.set(key, state) : new Promise<void>((resolve) => held.push(() => void inner.set(key, state).then(resolve)))),
  };
  const creates: number[] = [];
  const gateway: DraftGateway = {
    id: "memory",
    concurrency: 1,
    create: async (draft) => {
      creates.push(draft.row);
      return { status: "created", ref: `ref-${draft.row}` };
    },
  };
  let ended = false;
  const run = startRun({ runId: "r", drafts: [planned(2), planned(3), planned(4)], render, gateway, ledger, lang: "en" });
  void run.done.then(() => (ended = true));
  for (let i = 0; i < 50 && held.length < 3; i += 1) await new Promise((resolve) => setImmediate(resolve));
  expect(creates).toEqual([2, 3, 4]); // one worker went on while the first marks were still being written
  expect(held).toHaveLength(3);
  expect(ended).toBe(false);
  for (const release of held) release();
  const summary = await run.done;
  expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "created", "created"]);
  expect(await Promise.all(["r:2:p2@example.de", "r:3:p3@example.de", "r:4:p4@example.de"].map((k) => inner.get(k)))).toEqual(["created", "created", "created"]);
});

test('a row made ready while the requests are out is marked "attempted" before its request, and takes the mark back when cancelled before it', async () => {
  const ledger = recordingLedger();
  const held: Array<() => void> = [];
  const gateway: DraftGateway = {
    id: "graph-like",
    concurrency: 2,
    create: (_draft, signal) =>
      new Promise<CreateResult>((resolve, reject) => {
        held.push(() => resolve({ status: "created", ref: "r" }));
        signal?.addEventListener("abort", () => reject(new Error("aborted")));
      }),
  };
  const run = startRun({ runId: "r", drafts: [planned(2), planned(3), planned(4), planned(5)], render, gateway, ledger, lang: "en" });
  for (let i = 0; i < 50 && !(held.length === 2 && ledger.log.length === 3); i += 1) await new Promise((resolve) => setImmediate(resolve));
  // Two requests out, and the third row's mark already written while it waits for a slot.
  expect(ledger.log).toEqual(["attempted r:2:p2@example.de", "attempted r:3:p3@example.de", "attempted r:4:p4@example.de"]);
  run.cancel();
  const summary = await run.done;
  expect(summary.outcomes.map((o) => [o.row, o.status, o.code ?? null])).toEqual([
    [2, "cancelled", "run-cancelled-maybe-created"],
    [3, "cancelled", "run-cancelled-maybe-created"],
    [4, "cancelled", null],
    [5, "cancelled", null],
  ]);
  expect(ledger.log).toContain("forget r:4:p4@example.de");
  expect(await ledger.get("r:4:p4@example.de")).toBeUndefined();
  expect(await ledger.get("r:2:p2@example.de")).toBe("attempted"); // its request was out: a resume looks
});
