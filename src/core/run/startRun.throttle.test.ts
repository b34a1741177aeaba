// startRun under a mailbox's limit: the whole run pauses, the waits grow (or follow Retry-After), no row fails and
// no row spends its attempts on throttling. Virtual time throughout: sleeping moves the clock.
import { fakeClock, render, rows } from "../../../test/support/runFixtures";
import type { RunClock } from "./clock";
import { startRun, type StartRunInput } from "./startRun";
import type { CreateResult, DraftGateway, GatewayCall, RunProgress } from "./types";

const T0 = 1_000_000;
const throttledAnswer = (retryAfterMs?: number): CreateResult => ({
  status: "failed",
  transient: true,
  throttled: true,
  code: "graph-busy",
  message: "429 ApplicationThrottled",
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});
const busy: CreateResult = { status: "failed", transient: true, code: "busy", message: "The mailbox is busy." };

/** A mailbox that throttles every create until `until` (clock time), then creates; it records when each call came. */
function limitedMailbox(clock: RunClock, until: number, options: { concurrency?: number; retryAfterMs?: number } = {}) {
  const calls: { key: string; at: number }[] = [];
  const created: string[] = [];
  const gateway: DraftGateway = {
    id: "memory",
    concurrency: options.concurrency ?? 4,
    async create(draft) {
      calls.push({ key: draft.key, at: clock.now() });
      await Promise.resolve();
      if (clock.now() < until) return throttledAnswer(options.retryAfterMs);
      created.push(draft.key);
      return { status: "created", ref: draft.key };
    },
  };
  return { gateway, calls, created };
}

function run(over: Partial<StartRunInput> & Pick<StartRunInput, "gateway" | "clock">) {
  const progress: (RunProgress & { readonly at: number })[] = [];
  const clock = over.clock;
  const control = startRun({
    runId: "run1",
    drafts: rows(3),
    render,
    lang: "en",
    random: () => 0,
    onProgress: (p) => progress.push({ ...p, at: clock?.now() ?? 0 }),
    ...over,
  });
  return { control, progress };
}

/** The pauses the run announced: [from, until) in clock time. */
const pauses = (progress: readonly (RunProgress & { at: number })[]): [number, number][] =>
  progress.filter((p) => p.waitingUntil !== undefined).map((p) => [p.at, p.waitingUntil as number]);

describe("startRun: a throttled mailbox pauses the whole run", () => {
  test.each([
    { name: "1 worker, 1 row, throttled 20 s", workers: 1, n: 1, throttledMs: 20_000 },
    { name: "4 workers, 12 rows, throttled 45 s", workers: 4, n: 12, throttledMs: 45_000 },
    { name: "4 workers, 40 rows, throttled 10 minutes (the 10,000-request window)", workers: 4, n: 40, throttledMs: 600_000 },
  ])("$name: every row created once, none failed, none sent while the run waits", async ({ workers, n, throttledMs }) => {
    const clock = fakeClock();
    const mailbox = limitedMailbox(clock, T0 + throttledMs, { concurrency: workers });
    // One attempt per row: throttling must not use it up.
    const { control, progress } = run({ gateway: mailbox.gateway, clock, drafts: rows(n), maxAttempts: 1 });
    const summary = await control.done;
    expect(summary.outcomes.map((o) => o.status)).toEqual(Array(n).fill("created"));
    expect(new Set(mailbox.created).size).toBe(n);
    expect(mailbox.created).toHaveLength(n);
    const announced = pauses(progress);
    expect(announced.length).toBeGreaterThan(0);
    // While a pause is on, no worker starts a create (those in flight when it began came back before it).
    for (const call of mailbox.calls) {
      expect(announced.filter(([from, until]) => call.at > from && call.at < until)).toEqual([]);
    }
    // The pause is reported over once the run goes on.
    expect(progress.at(-1)?.waitingUntil).toBeUndefined();
  });

  test("throttled after some rows are done: the time left shown during the pause counts the wait", async () => {
    const clock = fakeClock();
    let calls = 0;
    const gateway: DraftGateway = {
      id: "memory",
      concurrency: 1,
      async create(draft) {
        calls += 1;
        await Promise.resolve();
        // Six rows go through (the rate can be estimated), then the mailbox is throttled for 60 s of clock time.
        if (calls > 6 && clock.now() < T0 + 60_000) return throttledAnswer();
        return { status: "created", ref: draft.key };
      },
    };
    const { control, progress } = run({ gateway, clock, drafts: rows(10) });
    const summary = await control.done;
    expect(summary.outcomes.map((o) => o.status)).toEqual(Array(10).fill("created"));
    const shown = progress.filter((q) => q.waitingUntil !== undefined && q.secondsLeft !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) {
      expect(p.secondsLeft).toBeGreaterThanOrEqual(Math.ceil(((p.waitingUntil as number) - p.at) / 1000));
    }
  });

  test.each([
    { name: "no Retry-After: the waits grow 1, 2, 4, 8, 16 s", retryAfterMs: undefined, throttledMs: 20_000, waits: [1000, 2000, 4000, 8000, 16_000] },
    { name: "Retry-After 7 s is honoured", retryAfterMs: 7000, throttledMs: 20_000, waits: [7000, 7000, 7000] },
    { name: "Retry-After 0 s: tried again at once", retryAfterMs: 0, throttledMs: 0, waits: [] },
  ])("$name", async ({ retryAfterMs, throttledMs, waits }) => {
    const clock = fakeClock();
    const mailbox = limitedMailbox(clock, T0 + throttledMs, { concurrency: 1, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
    const { control, progress } = run({ gateway: mailbox.gateway, clock, drafts: rows(1), maxAttempts: 2 });
    const summary = await control.done;
    expect(summary.outcomes[0]?.status).toBe("created");
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual(waits);
    expect(pauses(progress).map(([from, until]) => until - from)).toEqual(waits);
  });

  test("throttled tries do not count toward the row's attempts; other transient failures still do", async () => {
    const clock = fakeClock();
    const script = ["throttled", "busy", "throttled", "throttled", "busy", "throttled"] as const;
    let call = 0;
    const gateway: DraftGateway = {
      id: "memory",
      concurrency: 1,
      create: async () => (script[call++] === "busy" ? busy : script[call - 1] === "throttled" ? throttledAnswer() : { status: "created", ref: null }),
    };
    // Two real attempts are allowed: the first "busy" and the second "busy" use them, the throttles none.
    const gaveUp = await run({ gateway, clock, drafts: rows(1), maxAttempts: 2 }).control.done;
    expect(gaveUp.outcomes[0]).toMatchObject({ status: "failed", code: "run-gave-up" });
    expect(call).toBe(5);

    call = 0;
    const made = await run({ gateway, clock: fakeClock(), drafts: rows(1), maxAttempts: 3 }).control.done;
    expect(made.outcomes[0]?.status).toBe("created");
    expect(call).toBe(7);
  });

  test("cancel during a pause: the run ends at once, rows cancelled (not failed), nothing created afterwards", async () => {
    let t = T0;
    let wake: () => void = () => undefined;
    // A clock whose sleeps last until the run is cancelled (a long pause the user does not wait out).
    const clock: RunClock = {
      now: () => t,
      sleep: (ms, signal) =>
        new Promise<void>((resolve) => {
          wake = resolve;
          signal?.addEventListener("abort", () => resolve(), { once: true });
          void ms;
        }),
    };
    const mailbox = limitedMailbox(clock, Number.POSITIVE_INFINITY, { concurrency: 2 });
    const { control, progress } = run({ gateway: mailbox.gateway, clock, drafts: rows(5) });
    await new Promise((r) => setTimeout(r, 0));
    expect(pauses(progress)).toHaveLength(1);
    const callsBefore = mailbox.calls.length;
    control.cancel();
    const summary = await control.done;
    expect(summary.cancelled).toBe(true);
    expect(summary.outcomes.map((o) => o.status)).toEqual(Array(5).fill("cancelled"));
    expect(mailbox.calls).toHaveLength(callsBefore);
    expect(progress.at(-1)?.waitingUntil).toBeUndefined();
    t += 1;
    wake();
  });

  test("a gateway's own retries (the draft exists) wait at the same gate, and the whole run waits with them", async () => {
    const clock = fakeClock();
    const until = T0 + 10_000;
    const events: string[] = [];
    const gateway: DraftGateway = {
      id: "memory",
      concurrency: 2,
      async create(draft, _signal, call?: GatewayCall) {
        events.push(`create ${draft.row} @${clock.now() - T0}`);
        // The draft exists; its attachment is throttled until `until`.
        for (;;) {
          const ticket = call?.throttle?.ticket() ?? 0;
          await Promise.resolve();
          if (clock.now() >= until) break;
          if (!(await call?.throttle?.throttled(ticket, undefined))) return { status: "failed", transient: false, code: "x", message: "gave up" };
        }
        return { status: "created", ref: `draft-${draft.row}` };
      },
    };
    const { control, progress } = run({ gateway, clock, drafts: rows(4), maxAttempts: 1 });
    const summary = await control.done;
    expect(summary.outcomes.map((o) => o.ref)).toEqual(["draft-2", "draft-3", "draft-4", "draft-5"]);
    // Rows 4 and 5 were started only after the pause: no new draft while the attachments wait.
    expect(events.slice(2).every((e) => Number(e.split("@")[1]) >= 10_000)).toBe(true);
    expect(pauses(progress).length).toBeGreaterThan(0);
  });
});
