import "fake-indexeddb/auto";
import { addr, planned, rows } from "../../../test/support/runFixtures";
import { IDBFactory } from "fake-indexeddb";
import type { PlannedDraft } from "../../core/plan";
import { DAILY_WINDOW_MS } from "../../core/run/dailyLimit";
import { draftKey } from "../../core/run/key";
import type { RunProgress, RunSummary } from "../../core/run/types";
import { openRunStore, type RunRecord, type RunStore } from "./indexedDbLedger";
import { memoryRunStore } from "./memoryRunStore";
import { runBook, splitForDailyLimit, unfinished } from "./runBook";

const NOW = Date.UTC(2026, 10, 28, 10, 42);
const HOUR = 60 * 60 * 1000;

/** Rows 2… with a Cc of their own and the archive Bcc: three recipients per message. */
const withCopies = (n: number): PlannedDraft[] => rows(n).map((d) => planned(d.row, { cc: [addr(`cc${d.row}-0@x.de`)], bcc: [addr("me@x.de")] }));

interface SplitCase {
  readonly name: string;
  readonly drafts: readonly PlannedDraft[];
  /** Earlier sends: [hours ago, recipients]. */
  readonly history: readonly (readonly [number, number])[];
  /** Rows the ledger of this run already has. */
  readonly ledger?: readonly (readonly [number, "created" | "attempted"])[];
  /** Rows handed to the run. */
  readonly given: number;
  readonly sendNow: number;
  readonly heldBack: number;
  /** When the held-back rows fit: hours from now, or null. */
  readonly fromInHours?: number | null;
}

const SPLITS: readonly SplitCase[] = [
  { name: "a fresh mailbox: everything goes", drafts: rows(5), history: [], given: 5, sendNow: 5, heldBack: 0 },
  {
    name: "9,998 sent an hour ago: two go now, the rest 23 hours later",
    drafts: rows(5),
    history: [[1, 9_998]],
    given: 2,
    sendNow: 2,
    heldBack: 3,
    fromInHours: 23,
  },
  { name: "sends older than a day do not count", drafts: rows(5), history: [[25, 10_000]], given: 5, sendNow: 5, heldBack: 0 },
  {
    name: "the limit already reached: nothing goes",
    drafts: rows(3),
    history: [[2, 10_000]],
    given: 0,
    sendNow: 0,
    heldBack: 3,
    fromInHours: 22,
  },
  {
    name: "Cc and Bcc count: three recipients per message",
    drafts: withCopies(4),
    history: [[1, 9_994]],
    given: 2,
    sendNow: 2,
    heldBack: 2,
    fromInHours: 23,
  },
  {
    name: "a resume: rows already sent cost nothing and are given to the run to be reported",
    drafts: rows(5),
    history: [[1, 9_998]],
    ledger: [
      [2, "created"],
      [3, "created"],
    ],
    given: 4,
    sendNow: 2,
    heldBack: 1,
    fromInHours: 23,
  },
  {
    name: "a row whose answer was lost counts: it may still have to go",
    drafts: rows(3),
    history: [[1, 9_998]],
    ledger: [[2, "attempted"]],
    given: 2,
    sendNow: 2,
    heldBack: 1,
    fromInHours: 23,
  },
];

describe("splitForDailyLimit", () => {
  test.each(SPLITS.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const store = memoryRunStore();
    for (const [hoursAgo, recipients] of c.history) await store.recordSends(NOW - hoursAgo * HOUR, recipients);
    const ledger = store.ledger("run-1");
    for (const [row, state] of c.ledger ?? []) await ledger.set(draftKey("run-1", row, planned(row).to), state);

    const split = await splitForDailyLimit(c.drafts, { runId: "run-1", ledger, store, now: NOW });

    expect(split.drafts).toHaveLength(c.given);
    expect(split.sendNow).toBe(c.sendNow);
    expect(split.heldBack?.rows ?? 0).toBe(c.heldBack);
    if (c.fromInHours !== undefined) {
      expect(split.heldBack?.from ?? null).toBe(c.fromInHours === null ? null : NOW + c.fromInHours * HOUR);
    }
    // The run keeps the plan's order, and a held-back row is never also given.
    const given = split.drafts.map((d) => d.row);
    expect(given).toEqual([...given].sort((a, b) => a - b));
  });

  test("a ledger that cannot be read counts the row as still to send", async () => {
    const store = memoryRunStore();
    await store.recordSends(NOW - HOUR, 9_999);
    const broken = { get: () => Promise.reject(new Error("disk")), set: () => Promise.resolve() };
    const split = await splitForDailyLimit(rows(3), { runId: "r", ledger: broken, store, now: NOW });
    expect([split.sendNow, split.heldBack?.rows]).toEqual([1, 2]);
  });

  test("the day's window is 24 hours", () => expect(DAILY_WINDOW_MS).toBe(24 * HOUR));
});

const progress = (created: number, failed = 0): RunProgress => ({ total: 4, created, failed, paused: false, secondsLeft: null });
const summary = (statuses: readonly ("created" | "failed" | "cancelled")[], cancelled = false): RunSummary => ({
  outcomes: statuses.map((status, i) => ({ row: i + 2, key: `k${i}`, to: `p${i + 2}@example.de`, status, ref: null, message: null })),
  cancelled,
});

describe("runBook: the record a reopened pane finds", () => {
  function book(over: { heldBack?: { rows: number; from: number | null } | null; earlier?: RunRecord | null; store?: RunStore } = {}) {
    let clock = NOW;
    const store = over.store ?? memoryRunStore();
    const saved: RunRecord[] = [];
    const spy: RunStore = { ...store, saveRun: async (record) => void saved.push(record) };
    const b = runBook({
      store: spy,
      runId: "run-1",
      fingerprint: "fp",
      gatewayId: "graph",
      mode: "send",
      drafts: rows(4),
      heldBack: over.heldBack ?? null,
      earlier: over.earlier ?? null,
      now: () => clock,
      saveEveryMs: 2000,
    });
    return { b, saved, tick: (ms: number) => (clock += ms) };
  }

  test("written at the start, at most every 2 s while it runs, and at the end", async () => {
    const { b, saved, tick } = book();
    await b.started();
    b.progress(progress(1));
    tick(500);
    b.progress(progress(2));
    tick(2000);
    b.progress(progress(3));
    await b.done(summary(["created", "created", "created", "created"]));
    // `ended` only at the end: a record without it is a run cut off in the middle, kept longer (runRetention.ts).
    expect(saved.map((r) => [r.created, r.finished, r.ended])).toEqual([
      [0, false, false],
      [3, false, false],
      [4, true, true],
    ]);
    expect(saved[0]).toMatchObject({ runId: "run-1", fingerprint: "fp", gatewayId: "graph", mode: "send", total: 4, startedAt: NOW });
  });

  test.each<[string, RunSummary | null, { rows: number; from: number | null } | null, boolean]>([
    ["every row created: finished", summary(["created", "created", "created", "created"]), null, true],
    ["a row failed: worth continuing", summary(["created", "failed", "created", "created"]), null, false],
    ["cancelled", summary(["created", "cancelled", "cancelled", "cancelled"], true), null, false],
    ["rows held back by the daily limit", summary(["created", "created"]), { rows: 2, from: NOW + HOUR }, false],
    ["the engine itself failed", null, null, false],
  ])("%s", async (_name, result, heldBack, finished) => {
    const { b, saved } = book({ heldBack });
    await b.started();
    await b.done(result);
    expect(saved.at(-1)?.finished).toBe(finished);
    expect(saved.at(-1)?.ended).toBe(true);
    expect(unfinished(saved.at(-1) ?? null)).toBe(!finished);
  });

  test("a resumed run keeps the start of the run it continues, and its count until progress says more", async () => {
    const earlier: RunRecord = {
      runId: "run-1",
      fingerprint: "fp",
      gatewayId: "graph",
      mode: "send",
      total: 4,
      created: 2,
      failed: 0,
      startedAt: NOW - 5 * HOUR,
      updatedAt: NOW - 4 * HOUR,
      finished: false,
      ended: false,
    };
    const { b, saved } = book({ earlier });
    await b.started();
    expect([saved[0]?.startedAt, saved[0]?.created]).toEqual([NOW - 5 * HOUR, 2]);
  });

  test("a store that cannot write does not stop the run", async () => {
    const failing: RunStore = { ...memoryRunStore(), saveRun: () => Promise.reject(new Error("quota")) };
    const b = runBook({ store: failing, runId: "r", fingerprint: "fp", gatewayId: "eml", mode: "drafts", drafts: rows(1), heldBack: null, earlier: null });
    await expect(b.started()).resolves.toBeUndefined();
    b.progress(progress(1));
    await expect(b.done(summary(["created"]))).resolves.toBeUndefined();
  });

  test("the record is found again in IndexedDB after the pane reopened", async () => {
    const indexedDB = new IDBFactory();
    const first = await openRunStore(indexedDB);
    const b = runBook({ store: first, runId: "run-1", fingerprint: "fp", gatewayId: "graph", mode: "drafts", drafts: rows(4), heldBack: null, earlier: null });
    await b.started();
    b.progress(progress(1));
    await b.done(summary(["created", "failed", "cancelled", "cancelled"], true));
    first.close?.();
    const reopened = await openRunStore(indexedDB);
    const found = await reopened.findRun("fp");
    expect(found).toMatchObject({ runId: "run-1", created: 1, failed: 1, total: 4, finished: false });
    expect(unfinished(found)).toBe(true);
    reopened.close?.();
  });
});

describe("unfinished", () => {
  const record = (over: Partial<RunRecord>): RunRecord => ({
    runId: "r",
    fingerprint: "fp",
    gatewayId: "graph",
    mode: "drafts",
    total: 10,
    created: 4,
    failed: 0,
    startedAt: NOW,
    updatedAt: NOW,
    finished: false,
    ended: false,
    ...over,
  });
  test.each<[string, RunRecord | null, boolean]>([
    ["nothing recorded", null, false],
    ["four of ten created", record({}), true],
    ["finished", record({ finished: true }), false],
    ["set aside by starting over", record({ finished: true, created: 1 }), false],
    ["all created but not marked (a pane closed at the last row)", record({ created: 10 }), false],
    ["a damaged count above the total", record({ created: 11 }), false],
  ])("%s", (_name, value, expected) => expect(unfinished(value)).toBe(expected));
});
