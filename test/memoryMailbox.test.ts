// The memory mailbox (test/support/memoryGateway.ts) and startRun's guarantees end to end through it.
import { memoryLedger } from "../src/core/run/ledger";
import { startRun } from "../src/core/run/startRun";
import type { OutgoingAttachment, OutgoingDraft } from "../src/core/run/types";
import type { EmailAddress } from "../src/core/types";
import { createMemoryGateway, type MemoryGatewayOptions } from "./support/memoryGateway";
import { addr, draft, instantClock, keyOf, plannedRows, render, rows, RUN_ID } from "./support/runFixtures";

const file = (name: string, text: string): OutgoingAttachment => ({
  name,
  size: text.length,
  bytes: async () => new TextEncoder().encode(text),
});
const instantSleep = async (): Promise<void> => undefined;
const gw = (options: MemoryGatewayOptions = {}) => createMemoryGateway({ sleep: instantSleep, ...options });

describe("createMemoryGateway", () => {
  test("stores each draft with its attachments' bytes and gives a reference", async () => {
    const g = gw();
    const result = await g.create(draft(2, { attachments: [file("Rechnung.pdf", "PDF-2")] }));
    expect(result).toEqual({ status: "created", ref: "memory-1" });
    expect(g.drafts).toHaveLength(1);
    expect(g.drafts[0]).toMatchObject({ key: keyOf(2), to: "p2@example.de", subject: "Betreff 2", ref: "memory-1" });
    expect(new TextDecoder().decode(g.drafts[0]?.attachments[0]?.bytes)).toBe("PDF-2");
  });

  test("a second create of the same key makes a second copy, as a real mailbox would", async () => {
    const g = gw();
    await g.create(draft(2));
    await g.create(draft(2));
    expect(g.drafts.map((d) => d.key)).toEqual([keyOf(2), keyOf(2)]);
  });

  test.each<[string, Partial<OutgoingDraft>]>([
    ["two To", { to: ["a@x.de", "b@x.de"] as unknown as EmailAddress }],
    ["two Cc", { cc: [addr("a@x.de"), addr("b@x.de")] }],
    ["two Bcc", { bcc: [addr("a@x.de"), addr("b@x.de")] }],
    ["a comma-joined To", { to: addr("a@x.de,b@x.de") }],
    ["a line break in Cc", { cc: [addr("a@x.de\nBcc: all@x.de")] }],
  ])("refuses %s and stores nothing", async (_name, over) => {
    const g = gw();
    const result = await g.create(draft(2, over));
    expect(result).toMatchObject({ status: "failed", transient: false, code: "privacy-rule" });
    expect(g.drafts).toHaveLength(0);
  });

  test.each<[string, MemoryGatewayOptions, string[]]>([
    ["every 2nd call busy", { faults: { transientEvery: 2 } }, ["created", "memory-busy", "created", "memory-busy"]],
    ["every 1st call busy", { faults: { transientEvery: 1 } }, ["memory-busy", "memory-busy", "memory-busy", "memory-busy"]],
    ["a refused address (any case)", { faults: { permanentFor: [" P3@Example.DE "] } }, ["created", "memory-refused", "created", "created"]],
    ["no faults", {}, ["created", "created", "created", "created"]],
    ["transientEvery 0 means never", { faults: { transientEvery: 0 } }, ["created", "created", "created", "created"]],
  ])("faults: %s", async (_name, options, expected) => {
    const g = gw(options);
    const results = [];
    for (const row of [2, 3, 4, 5]) results.push(await g.create(draft(row)));
    expect(results.map((r) => (r.status === "created" ? "created" : r.code))).toEqual(expected);
    const busy = results.find((r) => r.status === "failed" && r.code === "memory-busy");
    if (busy && busy.status === "failed") expect(busy.transient).toBe(true);
  });

  test("a throttled create carries Retry-After", async () => {
    const result = await gw({ faults: { transientEvery: 1, retryAfterMs: 3000 } }).create(draft(2));
    expect(result).toMatchObject({ status: "failed", transient: true, retryAfterMs: 3000 });
  });

  test("latency goes through the given sleep; an abort during it creates nothing", async () => {
    const controller = new AbortController();
    const waits: number[] = [];
    const g = createMemoryGateway({
      faults: { latencyMs: 250 },
      sleep: async (ms) => {
        waits.push(ms);
        controller.abort();
      },
    });
    const result = await g.create(draft(2), controller.signal);
    expect(waits).toEqual([250]);
    expect(result).toMatchObject({ status: "failed", transient: true, code: "run-cancelled" });
    expect(g.drafts).toHaveLength(0);
  });

  test("lookUp finds what is stored; canLookUp false leaves it out", async () => {
    const g = gw();
    await g.create(draft(2));
    expect(await g.lookUp?.(keyOf(2))).toEqual({ found: true, ref: "memory-1" });
    expect(await g.lookUp?.(keyOf(3))).toEqual({ found: false });
    expect(gw({ canLookUp: false }).lookUp).toBeUndefined();
  });

  test("a lost answer: the draft is stored, then create throws", async () => {
    const g = gw({ faults: { loseAnswerFor: [keyOf(2)] } });
    await expect(g.create(draft(2))).rejects.toThrow("connection was lost");
    expect(g.drafts).toHaveLength(1);
  });

  test("concurrency is whole and at least 1", () => {
    expect([gw().concurrency, gw({ concurrency: 2.5 }).concurrency, gw({ concurrency: 0 }).concurrency, gw({ concurrency: Number.NaN }).concurrency]).toEqual([4, 2, 1, 1]);
  });

  test("clear empties the mailbox", async () => {
    const g = gw();
    await g.create(draft(2));
    g.clear();
    expect(g.drafts).toHaveLength(0);
  });
});

// ---- the run through the memory mailbox: the guarantees end to end ----


describe("startRun with the memory mailbox", () => {
  test("throttled every 3rd call, one address refused, 50 rows at concurrency 4: every other row exactly once", async () => {
    const g = gw({ concurrency: 4, faults: { transientEvery: 3, permanentFor: ["p10@example.de"], latencyMs: 1 }, sleep: () => new Promise((r) => setTimeout(r, 1)) });
    const drafts = rows(50);
    const summary = await startRun({ runId: RUN_ID, drafts, render, gateway: g, lang: "en", clock: instantClock }).done;
    expect(summary.outcomes.filter((o) => o.status === "created")).toHaveLength(49);
    expect(summary.outcomes.find((o) => o.row === 10)).toMatchObject({ status: "failed", code: "memory-refused" });
    const keys = g.drafts.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(49);
    expect(g.stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(g.stats.finished).toBe(1);
    expect(g.lastSummary).toBe(summary);
  });

  test("answers lost on the way back: lookUp finds the drafts, no second copy", async () => {
    const g = gw({ faults: { loseAnswerFor: [keyOf(3), keyOf(5)] } });
    const summary = await startRun({ runId: RUN_ID, drafts: plannedRows([2, 3, 4, 5]), render, gateway: g, lang: "en", clock: instantClock }).done;
    expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "created", "created", "created"]);
    expect(g.drafts.map((d) => d.row)).toEqual([2, 3, 4, 5]);
  });

  test("cancelled, then resumed with the same runId and ledger: every row exactly once", async () => {
    const ledger = memoryLedger();
    const g = gw({ concurrency: 2, faults: { latencyMs: 1 }, sleep: () => new Promise((r) => setTimeout(r, 1)) });
    const drafts = rows(20);
    let seen = 0;
    const first = startRun({
      runId: RUN_ID,
      drafts,
      render,
      gateway: g,
      ledger,
      lang: "en",
      clock: instantClock,
      onRow: () => {
        seen += 1;
        if (seen === 7) first.cancel();
      },
    });
    const a = await first.done;
    expect(a.cancelled).toBe(true);
    const createdFirst = g.drafts.length;
    expect(createdFirst).toBeGreaterThanOrEqual(7);
    expect(createdFirst).toBeLessThan(20);

    const b = await startRun({ runId: RUN_ID, drafts, render, gateway: g, ledger, lang: "en", clock: instantClock }).done;
    expect(b.outcomes.every((o) => o.status === "created")).toBe(true);
    expect(b.outcomes.filter((o) => o.code === "run-already-created")).toHaveLength(createdFirst);
    expect(g.drafts.map((d) => d.row).sort((x, y) => x - y)).toEqual(drafts.map((d) => d.row));
  });
});
