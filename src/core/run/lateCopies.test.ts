// Late copies: a create the gateway gave up on lands after the run looked for its key (and created the row again).
// Driven through startRun with a fake mailbox whose creates can land late, at a moment the test chooses.
import type { PlannedDraft } from "../plan";
import { fakeClock, keyOf, render, rows } from "../../../test/support/runFixtures";
import { LATE_COPY_GRACE_MS } from "./lateCopies";
import { memoryLedger } from "./ledger";
import { startRun } from "./startRun";
import type { CreateResult, DraftGateway, LookUpResult, OutgoingDraft, RunClock, RunLedger, RunProgress } from "./index";

const refused: CreateResult = { status: "failed", transient: false, code: "refused", message: "Refused by the server." };

/**
 * A mailbox: drafts per key in the order they landed. Its lookUp keeps the oldest and removes the others, as the
 * Graph gateway's does. `answer` decides each create: "created" stores and answers; "lost" stores nothing yet and
 * throws, the draft landing right after the next look for that key (the server had the request, the client gave up).
 */
function mailbox(answer: (draft: OutgoingDraft, call: number) => "created" | "lost" | CreateResult, concurrency = 1) {
  const drafts = new Map<string, string[]>();
  const late = new Map<string, () => void>();
  const looks: string[] = [];
  let stored = 0;
  let calls = 0;
  let looking = 0;
  let mostLooking = 0;
  const landAfterNextLook = (key: string): void => {
    late.set(key, () => store(key));
  };
  const store = (key: string): string => {
    stored += 1;
    const ref = `draft-${stored}`;
    drafts.set(key, [...(drafts.get(key) ?? []), ref]);
    return ref;
  };
  const gateway: DraftGateway & { lookUp(key: string): Promise<LookUpResult> } = {
    id: "memory",
    concurrency,
    async create(draft) {
      calls += 1;
      const what = answer(draft, calls);
      if (what === "created") return { status: "created", ref: store(draft.key) };
      if (what === "lost") {
        landAfterNextLook(draft.key);
        throw new Error("timeout");
      }
      return what;
    },
    async lookUp(key) {
      looks.push(key);
      looking += 1;
      mostLooking = Math.max(mostLooking, looking);
      await new Promise((resolve) => setTimeout(resolve, 0));
      looking -= 1;
      const [kept, ...copies] = drafts.get(key) ?? [];
      if (copies.length > 0) drafts.set(key, [kept as string]);
      const found: LookUpResult = kept === undefined ? { found: false } : { found: true, ref: kept };
      late.get(key)?.();
      late.delete(key);
      return found;
    },
  };
  return { gateway, drafts, looks, landAfterNextLook, mostLooking: () => mostLooking };
}

function start(gateway: DraftGateway, options: { ledger?: RunLedger; clock?: RunClock; drafts?: PlannedDraft[] } = {}) {
  const progress: RunProgress[] = [];
  const control = startRun({
    runId: "run1",
    drafts: options.drafts ?? rows(1),
    render,
    gateway,
    lang: "en",
    clock: options.clock ?? fakeClock(),
    random: () => 0,
    onProgress: (p) => progress.push(p),
    ...(options.ledger ? { ledger: options.ledger } : {}),
  });
  return { control, progress };
}

describe("late copies: every row in doubt is looked up once more before the run ends", () => {
  test("a create that lands after its row was looked up and created again is found and removed before the run ends", async () => {
    const m = mailbox((_d, call) => (call === 1 ? "lost" : "created"));
    const ledger = memoryLedger();
    const clock = fakeClock();
    const { control, progress } = start(m.gateway, { ledger, clock });
    const { outcomes } = await control.done;
    expect(m.drafts.get(keyOf(2))).toEqual(["draft-1"]); // the late one landed first: it is kept, the second removed
    expect(outcomes[0]).toMatchObject({ status: "created", ref: "draft-1" }); // the outcome names the draft that is left
    expect(m.looks).toEqual([keyOf(2), keyOf(2)]);
    expect(ledger.entries.get(keyOf(2))).toBe("created");
    // The backoff before the look, the backoff before the retry, then the rest of the grace period since the lost
    // answer: all on the run's clock, and the wait shows as seconds left.
    expect(clock.sleeps).toEqual([500, 500, LATE_COPY_GRACE_MS - 1000]);
    expect(progress.map((p) => p.secondsLeft)).toContain((LATE_COPY_GRACE_MS - 1000) / 1000);
  });

  test("a resumed row whose earlier create lands after the look is found and removed before the run ends", async () => {
    const m = mailbox(() => "created");
    m.landAfterNextLook(keyOf(2)); // the earlier run, cancelled a moment ago, had sent this row's create
    const ledger = memoryLedger([[keyOf(2), "attempted"]]);
    const { outcomes } = await start(m.gateway, { ledger }).control.done;
    expect(m.drafts.get(keyOf(2))).toEqual(["draft-1"]);
    expect(outcomes[0]).toMatchObject({ status: "created", ref: "draft-1" });
    expect(ledger.entries.get(keyOf(2))).toBe("created");
  });

  test("rows never in doubt are not looked up again, and the run does not wait", async () => {
    const m = mailbox(() => "created");
    const clock = fakeClock();
    await start(m.gateway, { clock, drafts: rows(3) }).control.done;
    expect(m.looks).toEqual([]);
    expect(clock.sleeps).toEqual([]);
  });

  test("the last looks stay within the gateway's concurrency, one per row in doubt", async () => {
    const lost = new Set<string>();
    const m = mailbox((d) => (lost.has(d.key) ? "created" : (lost.add(d.key), "lost")), 2);
    const { outcomes } = await start(m.gateway, { drafts: rows(6) }).control.done;
    expect(outcomes.every((o) => o.status === "created")).toBe(true);
    expect(m.looks).toHaveLength(12); // one after each lost answer, one at the end
    expect(m.mostLooking()).toBeLessThanOrEqual(2);
    expect([...m.drafts.values()].every((refs) => refs.length === 1)).toBe(true);
  });

  test("a last look that cannot look leaves the row created and its mark 'attempted', for a resume to look", async () => {
    const m = mailbox((_d, call) => (call === 1 ? "lost" : "created"));
    const gateway = { ...m.gateway, lookUp: (key: string) => (m.looks.length === 0 ? m.gateway.lookUp(key) : Promise.reject(new Error("offline"))) };
    const ledger = memoryLedger();
    const { outcomes } = await start(gateway, { ledger }).control.done;
    expect(outcomes[0]?.status).toBe("created");
    expect(ledger.entries.get(keyOf(2))).toBe("attempted");
  });

  test("cancel during the wait ends the run at once; the row keeps 'attempted', for a resume to look", async () => {
    const m = mailbox((_d, call) => (call === 1 ? "lost" : "created"));
    const ledger = memoryLedger();
    const clock = fakeClock();
    let control: ReturnType<typeof startRun> | null = null;
    const cancelOnLongWait: RunClock = {
      now: clock.now,
      sleep: async (ms, signal) => {
        if (ms > 5000) control?.cancel();
        await clock.sleep(ms, signal);
      },
    };
    control = start(m.gateway, { ledger, clock: cancelOnLongWait }).control;
    const summary = await control.done;
    expect(summary.cancelled).toBe(true);
    expect(summary.outcomes[0]?.status).toBe("created");
    expect(m.looks).toHaveLength(1);
    expect(ledger.entries.get(keyOf(2))).toBe("attempted");
  });

  test("a row that fails after an unknown outcome keeps 'attempted': its lost create may still land", async () => {
    const m = mailbox((_d, call) => (call === 1 ? "lost" : refused));
    const ledger = memoryLedger();
    const { outcomes } = await start(m.gateway, { ledger }).control.done;
    expect(outcomes[0]).toMatchObject({ status: "failed", code: "refused" });
    expect(ledger.entries.get(keyOf(2))).toBe("attempted");
  });
});
