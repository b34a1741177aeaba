// Scheduled sending (issue 13) through the real Graph gateway and the run engine, against the emulator on a clock the
// test moves: every message is handed to Exchange with PidTagDeferredSendTime and held in Drafts until then, none
// leaves early, none twice — also when the pane was reloaded in the middle, or its ledger is gone.
import { memoryLedger } from "../src/core/run/ledger";
import { startRun } from "../src/core/run/startRun";
import type { RunLedger, RunSummary } from "../src/core/run/types";
import { DEFERRED_SEND_PROPERTY, startGraphEmulator, type GraphEmulator } from "../src/emulator/graphEmulator";
import { createGraphGateway, type GraphGatewayOptions } from "../src/gateways/graph/graphGateway";
import { RUNDMAIL_KEY_PROPERTY } from "../src/gateways/graph/properties";
import { EMULATOR_CONTROL_HEADER } from "../src/emulator/controlProtocol";
import { GRAPH_SHAPES } from "./support/graphShapes";
import { draft, instantClock, keyOf, plannedRows } from "./support/runFixtures";

const START = Date.parse("2026-12-04T15:00:00Z");
/** Monday 7 December 2026, 08:00 in Berlin. */
const MONDAY_8 = Date.parse("2026-12-07T07:00:00Z");

let emu: GraphEmulator | undefined;
let token = "";
let now = START;
beforeEach(async () => {
  now = START;
  emu = await startGraphEmulator({ shapes: GRAPH_SHAPES, now: () => now });
  token = emu.issueToken(24 * 3600);
});
afterEach(async () => {
  const violations = emu?.shapeViolations ?? [];
  await emu?.close();
  emu = undefined;
  // Every body the gateway sent matched Graph's metadata, the deferred send time's too.
  expect(violations).toEqual([]);
});

function mailbox(): GraphEmulator {
  if (emu === undefined) throw new Error("no emulator");
  return emu;
}

function scheduledRun(rows: readonly number[], ledger: RunLedger, over: Partial<GraphGatewayOptions> = {}, onStarted?: (cancel: () => void) => void): Promise<RunSummary> {
  const e = mailbox();
  const control = startRun({
    runId: "run1",
    drafts: plannedRows(rows),
    render: async (p) => draft(p.row),
    gateway: createGraphGateway({
      baseUrl: e.baseUrl,
      getToken: async () => token,
      lang: "en",
      mode: "send",
      sendAt: MONDAY_8,
      sendIntervalMs: 1,
      now: () => now,
      sleep: async () => undefined,
      ...over,
    }),
    ledger,
    lang: "en",
    clock: instantClock,
    random: () => 0,
  });
  onStarted?.(() => control.cancel());
  return control.done;
}

const keyOfMessage = (m: { extendedProperties: readonly { id: string; value: string }[] }): string =>
  m.extendedProperties.find((p) => p.id === RUNDMAIL_KEY_PROPERTY)?.value ?? "?";
const sendRequests = (): number => mailbox().log.filter((l) => l.method === "POST" && l.path.endsWith("/send")).length;

test("every message waits in Drafts with its send time, none leaves a minute early, all leave at 08:00, each once", async () => {
  const e = mailbox();
  const leaving: number[] = [];
  const summary = await scheduledRun([2, 3, 4, 5, 6], memoryLedger(), { onSent: ({ at }) => leaving.push(at) });
  expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "created", "created", "created", "created"]);
  // Counted toward the daily limit of Monday, when they leave, not of today.
  expect(leaving).toEqual([MONDAY_8, MONDAY_8, MONDAY_8, MONDAY_8, MONDAY_8]);

  expect(e.sentItems).toEqual([]);
  const held = e.summary().drafts;
  expect(held.map((m) => m.heldUntil)).toEqual(held.map(() => "2026-12-07T07:00:00.000Z"));
  for (const m of e.drafts) {
    expect(m.extendedProperties.find((p) => p.id === DEFERRED_SEND_PROPERTY)?.value).toBe("2026-12-07T07:00:00.000Z");
  }
  expect(e.summary().usage.recipients.used).toBe(0);

  now = MONDAY_8 - 60_000;
  expect(e.sentItems).toEqual([]);
  now = MONDAY_8;
  expect(e.sentItems.map(keyOfMessage).sort()).toEqual([2, 3, 4, 5, 6].map((row) => keyOf(row)).sort());
  expect(e.sentItems.map((m) => m.sentDateTime)).toEqual(e.sentItems.map(() => "2026-12-07T07:00:00.000Z"));
  expect(e.drafts).toEqual([]);
  expect(e.sent).toHaveLength(5);
  expect(sendRequests()).toBe(5);
});

test("a pane reloaded in the middle: the next run hands over only the rest, and each message leaves once", async () => {
  const e = mailbox();
  // The same ledger across both runs, as IndexedDB keeps it across a reload: the first pane handed over two rows.
  const ledger = memoryLedger();
  const rows = [2, 3, 4, 5, 6, 7];
  const first = await scheduledRun(rows.slice(0, 2), ledger);
  expect(first.outcomes.map((o) => o.status)).toEqual(["created", "created"]);
  expect(sendRequests()).toBe(2);

  const second = await scheduledRun(rows, ledger);
  expect(second.outcomes.map((o) => o.status)).toEqual(rows.map(() => "created"));
  expect(second.outcomes.filter((o) => o.code === "run-already-created").map((o) => o.row)).toEqual([2, 3]);
  expect(e.sentItems).toEqual([]);
  expect(sendRequests()).toBe(rows.length);

  now = MONDAY_8 + 1;
  expect(e.sentItems.map(keyOfMessage).sort()).toEqual(rows.map((row) => keyOf(row)).sort());
  expect(e.sent).toHaveLength(rows.length);
});

test("a pane closed while rows wait for their turn: those drafts carry no Sending mark, so the next run sends them", async () => {
  const e = mailbox();
  const ledger = memoryLedger();
  let cancel: () => void = () => undefined;
  // Sends 300 ms apart for real: the first goes at once, the others wait in the queue when the pane goes away.
  const first = await scheduledRun([2, 3, 4, 5], ledger, { sendIntervalMs: 300, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), onSent: () => cancel() }, (c) => (cancel = c));
  expect(first.outcomes.filter((o) => o.status === "created")).toHaveLength(1);
  expect(sendRequests()).toBe(1);

  const second = await scheduledRun([2, 3, 4, 5], ledger);
  expect(second.outcomes.map((o) => o.status)).toEqual(["created", "created", "created", "created"]);
  expect(sendRequests()).toBe(4);
  now = MONDAY_8;
  expect(e.sentItems).toHaveLength(4);
});

test("a run whose ledger is gone sends nothing again: held messages are not handed over twice, sent ones count as done", async () => {
  const e = mailbox();
  await scheduledRun([2, 3], memoryLedger());
  expect(sendRequests()).toBe(2);

  // Before 08:00: the drafts marked Sending are in doubt for a run that knows nothing: never sent again.
  const before = await scheduledRun([2, 3], memoryLedger());
  expect(before.outcomes.map((o) => o.status)).toEqual(["failed", "failed"]);
  expect(before.outcomes[0]?.message).toMatch(/may have/i);
  expect(sendRequests()).toBe(2);

  now = MONDAY_8;
  token = e.issueToken(); // a new sign-in on Monday: the old token has expired
  const after = await scheduledRun([2, 3], memoryLedger());
  expect(after.outcomes.map((o) => o.status)).toEqual(["created", "created"]);
  expect(sendRequests()).toBe(2);
  expect(e.sent).toHaveLength(2);
});

describe("the emulator holds a deferred message as Exchange does", () => {
  async function heldDraft(row: number, sendAt: string): Promise<string> {
    const e = mailbox();
    const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
    const created = await fetch(`${e.baseUrl}/me/messages`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        subject: `Rechnung ${row}`,
        body: { contentType: "HTML", content: "<p>Hallo</p>" },
        toRecipients: [{ emailAddress: { address: `p${row}@example.de` } }],
        singleValueExtendedProperties: [{ id: DEFERRED_SEND_PROPERTY, value: sendAt }],
      }),
    });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    expect((await fetch(`${e.baseUrl}/me/messages/${id}/send`, { method: "POST", headers })).status).toBe(202);
    return id;
  }

  test("deleted from Drafts before its time, it never leaves (the user cancelled it)", async () => {
    const e = mailbox();
    const id = await heldDraft(2, "2026-12-07T07:00:00Z");
    const gone = await fetch(`${e.baseUrl}/me/messages/${id}`, { method: "DELETE", headers: { Authorization: `Bearer ${token}` } });
    expect(gone.status).toBe(204);
    now = MONDAY_8 + 3600_000;
    expect(e.sent).toEqual([]);
    expect(e.messages).toEqual([]);
  });

  test("a time already past sends at once ([MS-OXOMSG]); a time ahead counts toward the daily limit when it leaves", async () => {
    const e = mailbox();
    await heldDraft(2, "2026-12-04T14:00:00Z");
    expect(e.sentItems).toHaveLength(1);
    await heldDraft(3, "2026-12-07T07:00:00Z");
    expect(e.summary().usage.recipients.used).toBe(1);
    now = MONDAY_8;
    expect(e.sentItems).toHaveLength(2);
    expect(e.sent.map((s) => s.at)).toEqual([START, MONDAY_8]);
  });

  test("a send time that is not a date is refused like Graph's invalid property (400)", async () => {
    const e = mailbox();
    const res = await fetch(`${e.baseUrl}/me/messages`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ subject: "x", toRecipients: [], singleValueExtendedProperties: [{ id: DEFERRED_SEND_PROPERTY, value: "next Monday" }] }),
    });
    expect(res.status).toBe(400);
    expect(e.messages).toEqual([]);
  });

  test("POST /emulator/clock moves the clock on: what is due leaves; the clock never goes back", async () => {
    const e = mailbox();
    await heldDraft(2, "2026-12-07T07:00:00Z");
    const control = (body: unknown) =>
      fetch(`${e.origin}/emulator/clock`, { method: "POST", headers: { [EMULATOR_CONTROL_HEADER]: e.controlToken, "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect((await control({ advanceMs: -1 })).status).toBe(400);
    const moved = await control({ advanceMs: MONDAY_8 - START - 1 });
    expect(moved.status).toBe(200);
    expect(e.sentItems).toEqual([]);
    await control({ advanceMs: 1 });
    expect(e.sentItems).toHaveLength(1);
  });
});
