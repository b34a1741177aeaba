import type { Lang } from "../../i18n";
import { addr, fakeClock, planned, render, rows } from "../../../test/support/runFixtures";
import { memoryLedger } from "./ledger";
import { startRun, workerCount, MAX_CONCURRENCY, type StartRunInput } from "./startRun";
import type { CreateResult, DraftGateway, LookUpResult, OutgoingDraft, RowOutcome, RunLedger, RunProgress } from "./types";

// ---- fakes (core tests may not import a gateway) ----

type Script = (draft: OutgoingDraft, call: number, signal?: AbortSignal) => CreateResult | Promise<CreateResult>;

/** A gateway whose answers a test scripts; it records calls, keys created and the most creates in flight. */
function scripted(script: Script = () => ({ status: "created", ref: null }), options: { concurrency?: number; lookUp?: (key: string) => Promise<LookUpResult> } = {}) {
  const created: string[] = [];
  const calls: OutgoingDraft[] = [];
  const signals: AbortSignal[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const gateway: DraftGateway = {
    id: "memory",
    concurrency: options.concurrency ?? 1,
    async create(draft, signal) {
      calls.push(draft);
      if (signal) signals.push(signal);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        const answer = await script(draft, calls.length, signal);
        if (answer?.status === "created") created.push(draft.key);
        return answer;
      } finally {
        inFlight -= 1;
      }
    },
    ...(options.lookUp ? { lookUp: options.lookUp } : {}),
  };
  return { gateway, created, calls, signals, maxInFlight: () => maxInFlight };
}

/** A create that waits until the test answers it. */
function deferredGateway(concurrency = 1) {
  const pending: { draft: OutgoingDraft; signal: AbortSignal | undefined; answer: (r: CreateResult) => void; fail: (e: unknown) => void }[] = [];
  const gateway: DraftGateway = {
    id: "memory",
    concurrency,
    create: (draft, signal) => new Promise((answer, fail) => pending.push({ draft, signal, answer, fail })),
  };
  return { gateway, pending };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function run(over: Partial<StartRunInput> & Pick<StartRunInput, "gateway">) {
  const rowsSeen: RowOutcome[] = [];
  const progress: RunProgress[] = [];
  const control = startRun({
    runId: "run1",
    drafts: rows(3),
    render,
    lang: "en",
    clock: fakeClock(),
    random: () => 0,
    onRow: (o) => rowsSeen.push(o),
    onProgress: (p) => progress.push(p),
    ...over,
  });
  return { control, rowsSeen, progress };
}

const ok: CreateResult = { status: "created", ref: "ref" };
const busy: CreateResult = { status: "failed", transient: true, code: "busy", message: "The mailbox is busy." };
const refused: CreateResult = { status: "failed", transient: false, code: "refused", message: "Refused by the server." };

// ---- behaviour ----

describe("startRun: one outcome per row", () => {
  test("creates every row once, reports in plan order with keys runId:row:address", async () => {
    const g = scripted();
    const { control, rowsSeen, progress } = run({ gateway: g.gateway, drafts: [planned(2, { to: addr("Anna@Example.DE") }), planned(3), planned(7)] });
    const summary = await control.done;
    expect(summary.cancelled).toBe(false);
    expect(summary.outcomes.map((o) => [o.row, o.status, o.key, o.to])).toEqual([
      [2, "created", "run1:2:anna@example.de", "Anna@Example.DE"],
      [3, "created", "run1:3:p3@example.de", "p3@example.de"],
      [7, "created", "run1:7:p7@example.de", "p7@example.de"],
    ]);
    expect(g.calls.map((d) => d.key)).toEqual(summary.outcomes.map((o) => o.key)); // the run sets the key
    expect(rowsSeen).toHaveLength(3);
    expect(progress.at(-1)).toEqual({ total: 3, created: 3, failed: 0, paused: false, secondsLeft: 0 });
    expect(progress[0]).toMatchObject({ total: 3, created: 0, failed: 0, secondsLeft: null });
  });

  test("startRun returns before any callback", () => {
    const seen: string[] = [];
    startRun({ runId: "r", drafts: rows(1), render, gateway: scripted().gateway, lang: "en", onProgress: () => seen.push("progress"), onRow: () => seen.push("row") });
    expect(seen).toEqual([]);
  });

  test("an empty plan settles at once and still calls finish", async () => {
    const finish = jest.fn(async () => undefined);
    const { control } = run({ gateway: { ...scripted().gateway, finish }, drafts: [] });
    expect(await control.done).toEqual({ outcomes: [], cancelled: false });
    expect(finish).toHaveBeenCalledTimes(1);
  });

  test("a failed row does not stop the others (stopOnError: false)", async () => {
    const g = scripted((d) => (d.row === 3 ? refused : ok));
    const { control } = run({ gateway: g.gateway, drafts: rows(4) });
    const { outcomes } = await control.done;
    expect(outcomes.map((o) => o.status)).toEqual(["created", "failed", "created", "created"]);
    expect(outcomes[1]).toMatchObject({ message: "Refused by the server.", code: "refused", ref: null });
  });
});

describe("startRun: concurrency", () => {
  test.each([
    [1, 1],
    [3, 3],
    [4, 4],
  ])("gateway concurrency %d -> at most %d creates in flight", async (concurrency, expected) => {
    const clock = fakeClock();
    const g = scripted(async () => {
      await tick();
      return ok;
    }, { concurrency });
    const { control } = run({ gateway: g.gateway, drafts: rows(10), clock });
    await control.done;
    expect(g.maxInFlight()).toBe(expected);
    expect(g.created).toHaveLength(10);
  });

  test.each<[string, number, number, number]>([
    ["zero", 0, 10, 1],
    ["negative", -3, 10, 1],
    ["NaN", Number.NaN, 10, 1],
    ["fraction", 2.7, 10, 2],
    ["Infinity", Number.POSITIVE_INFINITY, 100, MAX_CONCURRENCY],
    ["huge", 1e9, 100, MAX_CONCURRENCY],
    ["more workers than rows", 4, 2, 2],
    ["no rows", 4, 0, 0],
  ])("workerCount: %s", (_name, concurrency, rowCount, expected) => {
    expect(workerCount(concurrency, rowCount)).toBe(expected);
  });

  test("renders only when a row's turn comes: never more rendered drafts than creates in flight and the one made ready", async () => {
    let rendered = 0;
    let settled = 0;
    let most = 0;
    const g = scripted(async () => {
      await tick();
      return ok;
    }, { concurrency: 2 });
    const { control } = run({
      gateway: g.gateway,
      drafts: rows(12),
      render: async (d) => {
        rendered += 1;
        most = Math.max(most, rendered - settled);
        return render(d);
      },
      onRow: () => {
        settled += 1;
      },
    });
    await control.done;
    expect(rendered).toBe(12);
    expect(most).toBeLessThanOrEqual(3);
  });

  test("while the gateway's requests are out, the next row is made ready, and waits for a slot", async () => {
    const held: Array<() => void> = [];
    let rendered = 0;
    let inFlight = 0;
    let most = 0;
    const g = scripted(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => held.push(resolve));
      inFlight -= 1;
      return ok;
    }, { concurrency: 2 });
    const { control } = run({ gateway: g.gateway, drafts: rows(5), render: async (d) => ((rendered += 1), render(d)) });
    for (let i = 0; i < 20 && held.length < 2; i += 1) await tick();
    await tick();
    expect(held).toHaveLength(2); // two creates out, as many as the gateway takes
    expect(rendered).toBe(3); // and the third row ready for the first slot that frees
    let ended = false;
    void control.done.then(() => (ended = true));
    while (!ended) {
      held.shift()?.();
      await tick();
    }
    const summary = await control.done;
    expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "created", "created", "created", "created"]);
    expect(most).toBe(2);
  });
});

describe("startRun: retries", () => {
  test("a transient failure is retried with exponential backoff and jitter until it is created", async () => {
    const clock = fakeClock();
    const g = scripted((_d, call) => (call <= 3 ? busy : ok));
    const { control } = run({ gateway: g.gateway, drafts: rows(1), clock, random: () => 0 });
    const { outcomes } = await control.done;
    expect(outcomes[0]?.status).toBe("created");
    expect(g.calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([500, 1000, 2000]); // equal jitter with random 0: half of 1 s, 2 s, 4 s
    expect(g.created).toEqual(["run1:2:p2@example.de"]);
  });

  test("jitter spreads the waits between half and all of the backoff", async () => {
    const clock = fakeClock();
    const g = scripted((_d, call) => (call <= 2 ? busy : ok));
    await run({ gateway: g.gateway, drafts: rows(1), clock, random: () => 0.5 }).control.done;
    expect(clock.sleeps).toEqual([750, 1500]);
  });

  test("a server's Retry-After is honoured instead of the backoff", async () => {
    const clock = fakeClock();
    const g = scripted((_d, call) => (call === 1 ? { ...busy, retryAfterMs: 7000 } : ok));
    await run({ gateway: g.gateway, drafts: rows(1), clock }).control.done;
    expect(clock.sleeps).toEqual([7000]);
  });

  test.each<[string, number | undefined, number]>([
    ["default", undefined, 5],
    ["two", 2, 2],
    ["zero means once", 0, 1],
    ["negative means once", -4, 1],
    ["NaN means the default", Number.NaN, 5],
    ["a thousand is bounded", 1000, 10],
  ])("attempts are bounded (%s)", async (_name, maxAttempts, calls) => {
    const g = scripted(() => busy);
    const { control } = run({ gateway: g.gateway, drafts: rows(1), ...(maxAttempts === undefined ? {} : { maxAttempts }) });
    const { outcomes } = await control.done;
    expect(g.calls).toHaveLength(calls);
    expect(outcomes[0]).toMatchObject({ status: "failed", code: "run-gave-up" });
    expect(outcomes[0]?.message).toBe(`Still failing after ${calls} attempts (The mailbox is busy.). Try this row again later.`);
  });

  test("a permanent failure is not retried", async () => {
    const g = scripted(() => refused);
    await run({ gateway: g.gateway, drafts: rows(1) }).control.done;
    expect(g.calls).toHaveLength(1);
  });
});

describe("startRun: defence in depth and hostile input", () => {
  const breaking: [string, Partial<OutgoingDraft>, string][] = [
    ["two Cc", { cc: [addr("a@x.de"), addr("b@x.de")] }, "more than one Cc address"],
    ["two Bcc", { bcc: [addr("a@x.de"), addr("b@x.de")] }, "more than one Bcc address"],
    ["two addresses joined in To", { to: addr("p2@example.de, other@example.de") }, "line break, comma or semicolon"],
    ["header injection in Cc", { cc: [addr("a@x.de\r\nBcc: all@x.de")] }, "line break"],
  ];
  test.each(breaking)("refuses a draft with %s before calling the gateway", async (_name, change, words) => {
    const g = scripted();
    const { control } = run({ gateway: g.gateway, drafts: rows(2), render: async (d) => ({ ...(await render(d)), ...(d.row === 2 ? change : {}) }) });
    const { outcomes } = await control.done;
    expect(g.calls.map((d) => d.row)).toEqual([3]);
    expect(outcomes[0]).toMatchObject({ status: "failed", code: "privacy-rule" });
    expect(outcomes[0]?.message).toContain(words);
    expect(outcomes[1]?.status).toBe("created");
  });

  test("the privacy message is German with lang de", async () => {
    const { control } = run({
      gateway: scripted().gateway,
      drafts: rows(1),
      lang: "de" as Lang,
      render: async (d) => ({ ...(await render(d)), cc: [addr("a@x.de"), addr("b@x.de")] }),
    });
    const { outcomes } = await control.done;
    expect(outcomes[0]?.message).toMatch(/^Abgelehnt: Diese Nachricht würde die Datenschutzregel verletzen \(mehr als eine Cc-Adresse\)/);
  });

  test.each<[string, StartRunInput["render"], string]>([
    ["render throws", async () => Promise.reject(new Error("row not found")), "row not found"],
    ["render returns another address", async (d) => ({ ...(await render(d)), to: addr("stranger@example.de") }), "stranger@example.de"],
    ["render returns another row", async (d) => ({ ...(await render(d)), row: d.row + 1 }), "made for row"],
  ])("%s: the row fails, nothing is created, the run goes on", async (_name, badRender, words) => {
    const g = scripted();
    const { control } = run({ gateway: g.gateway, drafts: rows(2), render: async (d) => (d.row === 2 ? badRender(d) : render(d)) });
    const { outcomes } = await control.done;
    expect(outcomes[0]).toMatchObject({ status: "failed", code: "run-render-failed" });
    expect(outcomes[0]?.message).toContain(words);
    expect(g.calls.map((d) => d.row)).toEqual([3]);
  });

  test("a row planned twice is created once", async () => {
    const g = scripted();
    const { control } = run({ gateway: g.gateway, drafts: [planned(2), planned(2), planned(3)] });
    const { outcomes } = await control.done;
    expect(outcomes.map((o) => o.status)).toEqual(["created", "failed", "created"]);
    expect(outcomes[1]?.code).toBe("run-duplicate");
    expect(g.created).toEqual(["run1:2:p2@example.de", "run1:3:p3@example.de"]);
  });

  test.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ["an unknown status", { status: "maybe" }],
    ["a string", "created"],
  ])("a gateway answering %s is treated as no answer: may have been created, not retried", async (_name, answer) => {
    const g = scripted(() => answer as CreateResult);
    const { control } = run({ gateway: g.gateway, drafts: rows(1) });
    const { outcomes } = await control.done;
    expect(g.calls).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: "failed", code: "run-no-answer" });
    expect(outcomes[0]?.message).toContain("Check your Drafts folder");
  });

  test("a failed answer without a message still says something", async () => {
    const g = scripted(() => ({ status: "failed", transient: false, code: "x", message: "" }));
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(1) }).control.done;
    expect(outcomes[0]?.message).toBe("x");
  });

  test("listeners that throw cannot stop the run", async () => {
    const g = scripted();
    const { control } = run({
      gateway: g.gateway,
      drafts: rows(3),
      onRow: () => {
        throw new Error("UI bug");
      },
      onProgress: () => {
        throw new Error("UI bug");
      },
    });
    expect((await control.done).outcomes.map((o) => o.status)).toEqual(["created", "created", "created"]);
  });

  test("a finish that fails is reported in the summary, in the user's language", async () => {
    const gateway: DraftGateway = { ...scripted().gateway, finish: () => Promise.reject(new Error("disk full")) };
    const summary = await run({ gateway, drafts: rows(1), lang: "de" }).control.done;
    expect(summary.finishError).toBe("Die Entwürfe konnten am Ende nicht übergeben werden (disk full).");
    expect(summary.outcomes[0]?.status).toBe("created");
  });
});

describe("startRun: a lost answer is never answered with a second copy", () => {
  test("a create that throws, with no way to look: failed 'may have been created', not retried", async () => {
    const g = scripted(() => {
      throw new Error("socket hang up");
    });
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(1) }).control.done;
    expect(g.calls).toHaveLength(1);
    expect(outcomes[0]?.message).toBe(
      "Creating this draft ended without an answer (socket hang up), so it may have been created. Check your Drafts folder: Rundmail did not try again, so there is no second copy.",
    );
  });

  test("a create that throws but did create: lookUp finds it, reported created, no second copy", async () => {
    const stored = new Set<string>();
    const g = scripted(
      (d) => {
        stored.add(d.key);
        throw new Error("timeout");
      },
      { lookUp: async (key) => (stored.has(key) ? { found: true, ref: "found-ref" } : { found: false }) },
    );
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(1) }).control.done;
    expect(g.calls).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: "created", ref: "found-ref", message: null });
  });

  test("a create that throws and created nothing: lookUp says so, and it is retried", async () => {
    const g = scripted((_d, call) => {
      if (call === 1) throw new Error("timeout");
      return ok;
    }, { lookUp: async () => ({ found: false }) });
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(1) }).control.done;
    expect(g.calls).toHaveLength(2);
    expect(outcomes[0]?.status).toBe("created");
  });

  test("a lookUp that itself fails counts as not knowing", async () => {
    const g = scripted(() => {
      throw new Error("timeout");
    }, { lookUp: () => Promise.reject(new Error("offline")) });
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(1) }).control.done;
    expect(outcomes[0]?.code).toBe("run-no-answer");
    expect(g.calls).toHaveLength(1);
  });
});

describe("startRun: the ledger and resuming", () => {
  test("writes attempted before the create and created after it; forgets the mark after a definite failure", async () => {
    const ledger = memoryLedger();
    const seenAtCreate: (string | undefined)[] = [];
    const g = scripted((d) => {
      seenAtCreate.push(ledger.entries.get(d.key));
      return d.row === 3 ? refused : ok;
    });
    await run({ gateway: g.gateway, drafts: rows(2), ledger }).control.done;
    expect(seenAtCreate).toEqual(["attempted", "attempted"]);
    expect([...ledger.entries]).toEqual([["run1:2:p2@example.de", "created"]]);
  });

  test("a resumed run creates only what is missing", async () => {
    const ledger = memoryLedger();
    const first = deferredGateway(1);
    const drafts = rows(5);
    const one = run({ gateway: first.gateway, drafts, ledger });
    for (let i = 0; i < 2; i += 1) {
      await tick();
      first.pending[i]?.answer(ok);
    }
    await tick();
    one.control.cancel();
    first.pending[2]?.answer({ status: "failed", transient: true, code: "run-cancelled", message: "cancelled" });
    const a = await one.control.done;
    expect(a.outcomes.map((o) => o.status)).toEqual(["created", "created", "cancelled", "cancelled", "cancelled"]);
    expect(a.cancelled).toBe(true);

    const second = scripted();
    const b = await run({ gateway: second.gateway, drafts, ledger }).control.done;
    expect(second.calls.map((d) => d.row)).toEqual([4, 5, 6]);
    expect(b.outcomes.map((o) => [o.status, o.code ?? null])).toEqual([
      ["created", "run-already-created"],
      ["created", "run-already-created"],
      ["created", null],
      ["created", null],
      ["created", null],
    ]);
    expect(b.outcomes[0]?.message).toBe("Already created by an earlier run; not created again.");
  });

  test("another runId is another run: nothing is skipped", async () => {
    const ledger = memoryLedger([["run1:2:p2@example.de", "created"]]);
    const g = scripted();
    await run({ gateway: g.gateway, drafts: rows(1), ledger, runId: "run2" }).control.done;
    expect(g.calls).toHaveLength(1);
  });

  test("an 'attempted' key without a way to look: failed 'may have been created', gateway not called", async () => {
    const ledger = memoryLedger([["run1:2:p2@example.de", "attempted"]]);
    const g = scripted();
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(2), ledger }).control.done;
    expect(g.calls.map((d) => d.row)).toEqual([3]);
    expect(outcomes[0]).toMatchObject({ status: "failed", code: "run-maybe-created" });
    expect(outcomes[0]?.message).toContain("Check your Drafts folder");
    expect(ledger.entries.get("run1:2:p2@example.de")).toBe("attempted"); // still unknown for the next resume
  });

  test.each<[string, LookUpResult, string[], string]>([
    ["found: reported created, no second copy", { found: true, ref: "r9" }, [], "created"],
    ["certainly absent: created now", { found: false }, ["run1:2:p2@example.de"], "created"],
  ])("an 'attempted' key with lookUp %s", async (_name, found, createdKeys, ledgerAfter) => {
    const ledger = memoryLedger([["run1:2:p2@example.de", "attempted"]]);
    const g = scripted(() => ok, { lookUp: async () => found });
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(1), ledger }).control.done;
    expect(g.created).toEqual(createdKeys);
    expect(outcomes[0]?.status).toBe("created");
    expect(ledger.entries.get("run1:2:p2@example.de")).toBe(ledgerAfter);
  });

  const broken = (which: "get" | "attempted" | "created"): RunLedger => {
    const inner = memoryLedger();
    return {
      get: (key) => (which === "get" ? Promise.reject(new Error("storage gone")) : inner.get(key)),
      set: (key, state) => (state === which ? Promise.reject(new Error("quota exceeded")) : inner.set(key, state)),
    };
  };
  test.each<[string, "get" | "attempted" | "created", string, number]>([
    ["cannot be read: not created", "get", "failed", 0],
    ["cannot note the attempt: not created", "attempted", "failed", 0],
    ["cannot note the success: still created", "created", "created", 1],
  ])("a ledger that %s", async (_name, which, status, calls) => {
    const g = scripted();
    const { outcomes } = await run({ gateway: g.gateway, drafts: rows(1), ledger: broken(which) }).control.done;
    expect(g.calls).toHaveLength(calls);
    expect(outcomes[0]?.status).toBe(status);
    if (status === "failed") expect(outcomes[0]?.code).toBe("run-ledger-failed");
  });
});

describe("startRun: pause, resume, cancel", () => {
  test("pause starts no new create, lets the in-flight one finish; resume goes on", async () => {
    const d = deferredGateway(1);
    const { control, progress } = run({ gateway: d.gateway, drafts: rows(3) });
    await tick();
    expect(d.pending).toHaveLength(1);
    control.pause();
    expect(progress.at(-1)?.paused).toBe(true);
    d.pending[0]?.answer(ok);
    await tick();
    await tick();
    expect(d.pending).toHaveLength(1); // nothing new while paused
    control.resume();
    expect(progress.at(-1)?.paused).toBe(false);
    await tick();
    expect(d.pending).toHaveLength(2);
    d.pending[1]?.answer(ok);
    await tick();
    d.pending[2]?.answer(ok);
    const summary = await control.done;
    expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "created", "created"]);
  });

  test("a paused run whose last row is in flight still ends", async () => {
    const d = deferredGateway(1);
    const { control } = run({ gateway: d.gateway, drafts: rows(1) });
    await tick();
    control.pause();
    d.pending[0]?.answer(ok);
    expect((await control.done).outcomes[0]?.status).toBe("created");
  });

  test("cancel aborts the in-flight creates and reports the rest as cancelled", async () => {
    const d = deferredGateway(2);
    const finish = jest.fn(async () => undefined);
    const { control, rowsSeen } = run({ gateway: { ...d.gateway, finish }, drafts: rows(5) });
    await tick();
    expect(d.pending).toHaveLength(2);
    control.cancel();
    expect(d.pending.every((p) => p.signal?.aborted)).toBe(true);
    d.pending[0]?.answer(ok); // finished despite the cancel: it exists, so it is reported created
    d.pending[1]?.answer({ status: "failed", transient: true, code: "run-cancelled", message: "x" });
    const summary = await control.done;
    expect(summary.cancelled).toBe(true);
    expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "cancelled", "cancelled", "cancelled", "cancelled"]);
    expect(summary.outcomes[1]?.message).toBe("Cancelled before the draft was created.");
    expect(summary.outcomes[4]?.message).toBeNull();
    expect(rowsSeen).toHaveLength(5);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(finish).toHaveBeenCalledWith(summary);
  });

  test("a create that throws after cancel: cancelled, and it may exist", async () => {
    const d = deferredGateway(1);
    const { control } = run({ gateway: d.gateway, drafts: rows(2) });
    await tick();
    control.cancel();
    d.pending[0]?.fail(new DOMException("aborted", "AbortError"));
    const { outcomes } = await control.done;
    expect(outcomes[0]).toMatchObject({ status: "cancelled", code: "run-cancelled-maybe-created" });
  });

  test("cancel while paused ends the run", async () => {
    const d = deferredGateway(1);
    const { control } = run({ gateway: d.gateway, drafts: rows(3) });
    await tick();
    control.pause();
    d.pending[0]?.answer(ok);
    await tick();
    control.cancel();
    const summary = await control.done;
    expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "cancelled", "cancelled"]);
    expect(d.pending).toHaveLength(1);
  });

  test("cancel during a backoff wait: the row is cancelled, not tried again", async () => {
    let control: ReturnType<typeof startRun> | null = null;
    const clock = fakeClock();
    const sleepThenCancel = async (ms: number, signal?: AbortSignal): Promise<void> => {
      control?.cancel();
      await clock.sleep(ms, signal);
    };
    const g = scripted(() => busy);
    control = run({ gateway: g.gateway, drafts: rows(2), clock: { now: clock.now, sleep: sleepThenCancel } }).control;
    const { outcomes } = await control.done;
    expect(g.calls).toHaveLength(1);
    expect(outcomes.map((o) => [o.status, o.code ?? null])).toEqual([
      ["cancelled", "run-cancelled"],
      ["cancelled", null],
    ]);
  });

  test("pause, resume and cancel after the end change nothing", async () => {
    const { control, progress } = run({ gateway: scripted().gateway, drafts: rows(1) });
    const summary = await control.done;
    const before = progress.length;
    control.pause();
    control.resume();
    control.cancel();
    expect(progress).toHaveLength(before);
    expect(await control.done).toBe(summary);
    expect(summary.cancelled).toBe(false);
  });

  test("pausing twice and resuming twice report once each", async () => {
    const d = deferredGateway(1);
    const { control, progress } = run({ gateway: d.gateway, drafts: rows(1) });
    await tick();
    const before = progress.length;
    control.pause();
    control.pause();
    control.resume();
    control.resume();
    expect(progress.slice(before).map((p) => p.paused)).toEqual([true, false]);
    d.pending[0]?.answer(ok);
    await control.done;
  });
});

describe("startRun: seconds left", () => {
  test("unknown at first, then from the recent rate", async () => {
    const clock = fakeClock();
    const g = scripted(async () => {
      clock.advance(1000); // each create takes one second
      return ok;
    });
    const progress: RunProgress[] = [];
    const control = startRun({ runId: "r", drafts: rows(10), render, gateway: g.gateway, lang: "en", clock, onProgress: (p) => progress.push(p) });
    await control.done;
    const afterRows = progress.slice(1, -1);
    expect(afterRows.map((p) => p.secondsLeft)).toEqual([null, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(progress.at(-1)?.secondsLeft).toBe(0);
  });
});
