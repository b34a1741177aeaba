import type { DraftGateway, OutgoingDraft, RunControl } from "../../core/run/types";
import { readTable } from "../../core/table";
import type { GatewayOption } from "../services";
import { derivePlan } from "../state/plan";
import { INITIAL_STATE, wizardReducer, type WizardAction } from "../state/wizard";
import { STRINGS } from "../strings";
import { memoryRunStore } from "./memoryRunStore";
import { batchedUpdates, sendPaneTestDraft, startPaneRun, type PaneRunInput } from "./paneRun";

const t = STRINGS.en;
const TABLE = readTable({ kind: "text", text: "E-Mail\tVorname\nanna@example.de\tAnna\nbob@example.de\tBob\ncarl@example.de\tCarl" });
const STATE = [
  { type: "tableLoaded", origin: { kind: "paste" }, result: TABLE },
  { type: "templateRead", template: { subject: "Hallo {{Vorname}}", html: "<p>Hallo {{Vorname}}</p>", attachments: [] } },
] satisfies WizardAction[];
const PLAN = (() => {
  const derived = derivePlan(STATE.reduce(wizardReducer, INITIAL_STATE), "en");
  if (derived === null) throw new Error("no plan");
  return derived.plan;
})();

/** A mailbox in a list: every create is kept, so a second copy would show. */
function listGateway(): { option: GatewayOption; created: OutgoingDraft[] } {
  const created: OutgoingDraft[] = [];
  const gateway: DraftGateway = {
    id: "eml",
    concurrency: 2,
    create: async (draft) => {
      created.push(draft);
      return { status: "created", ref: `ref-${draft.row}` };
    },
  };
  return { created, option: { id: "eml", label: "list", available: true, reason: null, create: () => gateway } };
}

function input(over: Partial<PaneRunInput> = {}): PaneRunInput & { actions: WizardAction[]; controls: (RunControl | null)[] } {
  const actions: WizardAction[] = [];
  const controls: (RunControl | null)[] = [];
  const store = memoryRunStore();
  return {
    plan: PLAN,
    option: listGateway().option,
    runId: "run-1",
    mode: "drafts",
    resuming: false,
    fingerprint: "fp",
    store: async () => store,
    bytesOf: async () => new Uint8Array(),
    lang: "en",
    t,
    dispatch: (action) => actions.push(action),
    onControl: (control) => controls.push(control),
    acquireLock: async () => () => undefined,
    flushMs: 5,
    ...over,
    actions,
    controls,
  };
}

async function settled(controls: readonly (RunControl | null)[]): Promise<void> {
  await controls[0]?.done;
  await new Promise((resolve) => setTimeout(resolve, 20));
}

test("a run creates every row once, reports in batches, records itself, and lets go of its control at the end", async () => {
  const { option, created } = listGateway();
  const store = memoryRunStore();
  const run = input({ option, store: async () => store });
  await startPaneRun(run);
  await settled(run.controls);
  expect(created.map((d) => d.to)).toEqual(["anna@example.de", "bob@example.de", "carl@example.de"]);
  expect(run.actions[0]).toMatchObject({ type: "runStarted", runId: "run-1", gatewayId: "eml", total: 3, mode: "drafts" });
  const last = run.actions[run.actions.length - 1];
  expect(last).toMatchObject({ type: "run", events: [{ type: "done" }] });
  // Fewer dispatches than events: rows and progress arrive together.
  const events = run.actions.flatMap((a) => (a.type === "run" ? a.events : []));
  expect(run.actions.length).toBeLessThan(events.length);
  expect(run.controls).toHaveLength(2);
  expect(run.controls[1]).toBeNull();
  await expect(store.findRun("fp")).resolves.toMatchObject({ runId: "run-1", created: 3, finished: true });
});

test("a run another pane holds is refused before anything is created", async () => {
  const { option, created } = listGateway();
  const run = input({ option, acquireLock: async () => null });
  await startPaneRun(run);
  expect(created).toEqual([]);
  expect(run.actions).toEqual([
    { type: "runStarted", runId: "run-1", gatewayId: "eml", total: 3, mode: "drafts" },
    { type: "runFailed", message: t.runElsewhere },
  ]);
  expect(run.controls).toEqual([]);
});

test("a store that cannot be opened fails the run, and the lock is let go", async () => {
  let released = 0;
  const run = input({ store: () => Promise.reject(new Error("no IndexedDB")), acquireLock: async () => () => (released += 1) });
  await startPaneRun(run);
  expect(run.actions[1]).toEqual({ type: "runFailed", message: "no IndexedDB" });
  expect(released).toBe(1);
});

test("a resumed run creates only what the ledger does not have as created", async () => {
  const store = memoryRunStore();
  const first = listGateway();
  const one = input({ option: first.option, store: async () => store });
  await startPaneRun(one);
  await settled(one.controls);
  const second = listGateway();
  const again = input({ option: second.option, store: async () => store, resuming: true });
  await startPaneRun(again);
  await settled(again.controls);
  expect(second.created).toEqual([]);
});

test("batched updates: one delivery per interval, and flush hands on what waits at once", async () => {
  const batches: number[] = [];
  const updates = batchedUpdates((events) => batches.push(events.length), 10);
  for (let i = 0; i < 5; i++) updates.add({ type: "pause" });
  expect(batches).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(batches).toEqual([5]);
  updates.add({ type: "resume" });
  updates.flush();
  updates.flush();
  expect(batches).toEqual([5, 1]);
});

test("the test draft is the chosen row's (the first row's when that row has no draft)", async () => {
  for (const [row, expected] of [[3, "bob@example.de"], [99, "anna@example.de"]] as const) {
    const { option, created } = listGateway();
    await sendPaneTestDraft({ plan: PLAN, option, userAddress: "me@example.de", row, bytesOf: async () => new Uint8Array(), t, dispatch: () => undefined });
    expect(created.map((d) => [d.row, d.to])).toEqual([[PLAN.drafts.find((d) => d.to === expected)?.row, "me@example.de"]]);
  }
});

test("the test draft goes to the user alone, as a draft", async () => {
  const { option, created } = listGateway();
  const actions: WizardAction[] = [];
  await sendPaneTestDraft({ plan: PLAN, option, userAddress: "me@example.de", bytesOf: async () => new Uint8Array(), t, dispatch: (a) => actions.push(a) });
  expect(created.map((d) => [d.to, d.cc, d.bcc])).toEqual([["me@example.de", [], []]]);
  expect(actions).toEqual([{ type: "testDraftStarted" }, { type: "testDraftSent", message: t.testDraftSent("me@example.de") }]);
});
