import { initialRunState, runActions, runFraction, runListeners, runReducer, type RunEvent, type RunPhase, type RunState } from "./runReducer";
import type { RowOutcome, RunProgress } from "./types";

const outcome = (row: number, status: RowOutcome["status"], message: string | null = null): RowOutcome => ({
  row,
  key: `r:${row}:a${row}@x.de`,
  to: `a${row}@x.de`,
  status,
  ref: null,
  message,
});
const progress = (over: Partial<RunProgress> = {}): RunProgress => ({ total: 3, created: 0, failed: 0, paused: false, secondsLeft: 12, ...over });
const inPhase = (phase: RunPhase, over: Partial<RunState> = {}): RunState => ({ ...initialRunState, phase, total: 3, ...over });

const reduce = (events: RunEvent[], from: RunState = initialRunState): RunState => events.reduce(runReducer, from);

describe("runReducer: phases", () => {
  // [from, event, to]
  const transitions: [RunPhase, RunEvent, RunPhase][] = [
    ["ready", { type: "start", total: 3 }, "running"],
    ["done", { type: "start", total: 3 }, "running"],
    ["running", { type: "start", total: 3 }, "running"],
    ["running", { type: "pause" }, "paused"],
    ["paused", { type: "pause" }, "paused"],
    ["ready", { type: "pause" }, "ready"],
    ["paused", { type: "resume" }, "running"],
    ["running", { type: "resume" }, "running"],
    ["running", { type: "cancel" }, "cancelling"],
    ["paused", { type: "cancel" }, "cancelling"],
    ["done", { type: "cancel" }, "done"],
    ["ready", { type: "cancel" }, "ready"],
    ["running", { type: "progress", progress: progress({ paused: true }) }, "paused"],
    ["paused", { type: "progress", progress: progress({ paused: false }) }, "running"],
    ["cancelling", { type: "progress", progress: progress({ paused: false }) }, "cancelling"],
    ["ready", { type: "progress", progress: progress() }, "ready"],
    ["running", { type: "done", summary: { outcomes: [], cancelled: false } }, "done"],
    ["cancelling", { type: "done", summary: { outcomes: [], cancelled: true } }, "done"],
    ["ready", { type: "done", summary: { outcomes: [], cancelled: false } }, "ready"],
    ["done", { type: "reset" }, "ready"],
    ["running", { type: "reset" }, "running"],
  ];
  test.each(transitions)("%s --%j--> %s", (from, event, to) => {
    expect(runReducer(inPhase(from), event).phase).toBe(to);
  });

  test("an unknown event changes nothing", () => {
    const state = inPhase("running");
    expect(runReducer(state, { type: "explode" } as unknown as RunEvent)).toBe(state);
  });
});

describe("runReducer: counts", () => {
  test("a whole run, as startRun reports it", () => {
    const events: RunEvent[] = [
      { type: "start", total: 4 },
      { type: "progress", progress: progress({ total: 4, secondsLeft: null }) },
      { type: "row", outcome: outcome(2, "created") },
      { type: "progress", progress: progress({ total: 4, created: 1, secondsLeft: 9 }) },
      { type: "row", outcome: outcome(3, "failed", "Refused.") },
      { type: "cancel" },
      { type: "row", outcome: outcome(4, "cancelled", "Cancelled while the draft was being created, so it may exist.") },
      { type: "row", outcome: outcome(5, "cancelled") },
    ];
    const state = reduce(events);
    expect(state).toMatchObject({ phase: "cancelling", total: 4, created: 1, failed: 1, cancelled: 2, secondsLeft: null });
    expect(state.attention.map((o) => o.row)).toEqual([3, 4]);
    expect(runFraction(state)).toBe(1);
  });

  test("done takes its counts from the summary, whatever events were missed", () => {
    const summary = { outcomes: [outcome(2, "created"), outcome(3, "failed", "x"), outcome(4, "created")], cancelled: false };
    const state = reduce([{ type: "start", total: 3 }, { type: "done", summary }]);
    expect(state).toMatchObject({ phase: "done", total: 3, created: 2, failed: 1, cancelled: 0, secondsLeft: 0, summary });
    expect(state.attention.map((o) => o.row)).toEqual([3]);
  });

  test("a new start forgets the last run", () => {
    const state = reduce([
      { type: "start", total: 1 },
      { type: "row", outcome: outcome(2, "failed", "x") },
      { type: "done", summary: { outcomes: [outcome(2, "failed", "x")], cancelled: false } },
      { type: "start", total: 5 },
    ]);
    expect(state).toEqual({ ...initialRunState, phase: "running", total: 5 });
  });

  test.each<[string, number, number]>([
    ["negative", -1, 0],
    ["NaN", Number.NaN, 0],
    ["fraction", 2.5, 2],
  ])("a %s total is made whole", (_name, total, expected) => {
    expect(runReducer(initialRunState, { type: "start", total }).total).toBe(expected);
  });

  test("rows after done, or before start, are ignored", () => {
    const done = inPhase("done");
    expect(runReducer(done, { type: "row", outcome: outcome(2, "created") })).toBe(done);
    expect(runReducer(initialRunState, { type: "row", outcome: outcome(2, "created") })).toBe(initialRunState);
  });

  test("an unchanged progress report returns the same state (no re-render)", () => {
    const state = reduce([{ type: "start", total: 3 }, { type: "progress", progress: progress() }]);
    expect(runReducer(state, { type: "progress", progress: progress({ created: 1 }) })).toBe(state);
  });

  test("a 100,000-row run stays linear: only rows that need attention are kept", () => {
    let state = runReducer(initialRunState, { type: "start", total: 100_000 });
    for (let row = 2; row < 100_002; row += 1) state = runReducer(state, { type: "row", outcome: outcome(row, row % 1000 === 0 ? "failed" : "created", "x") });
    expect(state.created).toBe(99_900);
    expect(state.attention).toHaveLength(100);
  });
});

describe("runActions and runFraction", () => {
  test.each<[RunPhase, ReturnType<typeof runActions>]>([
    ["ready", { canStart: true, canPause: false, canResume: false, canCancel: false }],
    ["running", { canStart: false, canPause: true, canResume: false, canCancel: true }],
    ["paused", { canStart: false, canPause: false, canResume: true, canCancel: true }],
    ["cancelling", { canStart: false, canPause: false, canResume: false, canCancel: false }],
    ["done", { canStart: true, canPause: false, canResume: false, canCancel: false }],
  ])("%s", (phase, expected) => {
    expect(runActions(inPhase(phase))).toEqual(expected);
  });

  test.each<[string, RunState, number]>([
    ["nothing yet", inPhase("running"), 0],
    ["a third", inPhase("running", { created: 1 }), 1 / 3],
    ["an empty run that is done", inPhase("done", { total: 0 }), 1],
    ["an empty run not yet done", inPhase("running", { total: 0 }), 0],
  ])("%s", (_name, state, expected) => {
    expect(runFraction(state)).toBeCloseTo(expected);
  });
});

describe("runListeners", () => {
  test("turn startRun's callbacks into events", () => {
    const events: RunEvent[] = [];
    const listeners = runListeners((e) => events.push(e));
    listeners.onProgress(progress());
    listeners.onRow(outcome(2, "created"));
    expect(events.map((e) => e.type)).toEqual(["progress", "row"]);
  });
});

describe("runReducer: the run waits for the mail system's limit", () => {
  // [phase, progress's waitingUntil, the state's waitingUntil after it]
  const cases: [RunPhase, number | undefined, number | null][] = [
    ["running", 1_700_000_000_000, 1_700_000_000_000],
    ["paused", 1_700_000_000_000, 1_700_000_000_000],
    ["running", undefined, null],
    ["cancelling", 1_700_000_000_000, null],
    ["running", Number.NaN, null],
  ];
  test.each(cases)("%s, waiting until %s -> %s", (phase, waitingUntil, expected) => {
    const event: RunEvent = { type: "progress", progress: progress({ paused: phase === "paused", ...(waitingUntil === undefined ? {} : { waitingUntil }) }) };
    expect(runReducer(inPhase(phase), event).waitingUntil).toBe(expected);
  });

  test("cancel and done end the wait", () => {
    const waiting = runReducer(inPhase("running"), { type: "progress", progress: progress({ waitingUntil: 5 }) });
    expect(waiting.waitingUntil).toBe(5);
    expect(runReducer(waiting, { type: "cancel" }).waitingUntil).toBeNull();
    expect(runReducer(waiting, { type: "done", summary: { outcomes: [], cancelled: false } }).waitingUntil).toBeNull();
  });
});
