// The Graph gateway and the run engine under a sustained throttle (every request 429 for longer than the old
// per-row backoff survived: 5 tries of at most 30 s), with Retry-After hidden as CORS hides it from the task pane:
// the whole run waits, no row fails, every draft is made exactly once — also when the throttle begins after a
// draft exists and its attachments (posted, or by upload session) are refused. Virtual time: the emulator and the
// run share one clock that the run's sleeps move, so a minute of throttling takes milliseconds.
import { memoryLedger } from "../src/core/run/ledger";
import { startRun } from "../src/core/run/startRun";
import type { RunProgress } from "../src/core/run/types";
import { createGraphGateway } from "../src/gateways/graph/graphGateway";
import { RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_KEY_PROPERTY } from "../src/gateways/graph/properties";
import { KIB, MB, startGraphEmulator, type GraphEmulator } from "../src/emulator/graphEmulator";
import { bytesOf, draft, fakeClock, file, plannedRows } from "./support/runFixtures";

let emu: GraphEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

/** Virtual time the emulator shares; each sleep lets the emulator's sockets get on (a real turn of the event loop). */
const virtualClock = () => fakeClock(Date.UTC(2026, 11, 3, 10, 0, 0), () => new Promise((r) => setImmediate(r)));

describe("a sustained throttle with Retry-After hidden", () => {
  test.each([
    { name: "from the start, small drafts", startAfterDrafts: 0, size: () => 20 * KIB },
    { name: "after the first draft exists: posted attachments and upload sessions refused", startAfterDrafts: 1, size: (row: number) => (row % 2 === 0 ? 2.2 * MB : 3.3 * MB) },
  ])("$name: the run waits as a whole, every draft once and complete, none failed", async ({ startAfterDrafts, size }) => {
    const clock = virtualClock();
    const e = (emu = await startGraphEmulator({ now: clock.now }));
    const token = e.issueToken(24 * 3600);
    e.faults.hideRetryAfter = true;
    const WINDOW_MS = 70_000;
    const throttleNow = (): void => {
      Object.assign(e.faults, { throttleWindowMs: WINDOW_MS, throttleWindowStart: clock.now() });
    };
    if (startAfterDrafts === 0) throttleNow();
    // The window begins as soon as the first draft exists: its attachments meet the throttle.
    const watching: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (startAfterDrafts > 0 && e.faults.throttleWindowMs === 0 && e.drafts.length >= startAfterDrafts) throttleNow();
      return res;
    };
    const rows = [2, 3, 4, 5, 6, 7];
    const files = new Map(rows.map((row) => [row, bytesOf(Math.floor(size(row)), row)]));
    const gateway = createGraphGateway({ baseUrl: e.baseUrl, getToken: async () => token, lang: "en", fetch: watching, sleep: async () => undefined });
    const progress: RunProgress[] = [];
    const summary = await startRun({
      runId: "run1",
      drafts: plannedRows(rows),
      render: async (p) => draft(p.row, { attachments: [file(`Rechnung_${p.row}.pdf`, files.get(p.row) as Uint8Array)] }),
      gateway,
      ledger: memoryLedger(),
      lang: "en",
      clock,
      onProgress: (p) => progress.push(p),
    }).done;

    expect(summary.outcomes.filter((o) => o.status !== "created")).toEqual([]);
    // Longer than the old per-row backoff could survive, and the run said it was waiting.
    const throttledPaths = e.log.filter((l) => l.status === 429).map((l) => `${l.method} ${l.path}`);
    expect(throttledPaths.length).toBeGreaterThan(0);
    // When it began after a draft existed, the draft's own requests (its attachments) were refused too.
    if (startAfterDrafts > 0) expect(throttledPaths.some((p) => /\/attachments/.test(p))).toBe(true);
    const waits = progress.flatMap((p) => (p.waitingUntil === undefined ? [] : [p.waitingUntil]));
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(30_000);
    expect(progress.at(-1)?.waitingUntil).toBeUndefined();
    // Exactly one complete draft per row, its file byte for byte.
    expect(e.drafts).toHaveLength(rows.length);
    for (const row of rows) {
      const mine = e.drafts.filter((d) => d.extendedProperties.some((p) => p.id === RUNDMAIL_KEY_PROPERTY && p.value.startsWith(`run1:${row}:`)));
      expect(mine).toHaveLength(1);
      expect(mine[0]?.extendedProperties).toEqual(expect.arrayContaining([{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }]));
      expect(mine[0]?.attachments.map((a) => Buffer.compare(a.bytes, Buffer.from(files.get(row) as Uint8Array)))).toEqual([0]);
    }
    // No request was answered 429 while the run was meant to be waiting beyond the four in flight at a time.
    expect(e.log.filter((l) => l.status === 429).length).toBeLessThan(4 * 20);
  }, 60_000);

  test("the emulator keeps Retry-After from pages of other origins unless told to expose it", async () => {
    const origin = "http://page.example";
    for (const exposeRetryAfter of [false, true]) {
      const e = (emu = await startGraphEmulator({ allowedOrigins: [origin], exposeRetryAfter }));
      Object.assign(e.faults, { throttleWindowMs: 60_000 });
      const res = await fetch(`${e.baseUrl}/me/messages`, { headers: { Authorization: `Bearer ${e.issueToken()}`, Origin: origin } });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0); // sent, as Graph does…
      const exposed = (res.headers.get("Access-Control-Expose-Headers") ?? "").split(/,\s*/);
      expect(exposed.includes("Retry-After")).toBe(exposeRetryAfter); // …but readable by the page only when exposed
      await e.close();
      emu = undefined;
    }
  });

  test("a throttle window that comes back: 429 inside each window, answers between them", async () => {
    let t = 0;
    const e = (emu = await startGraphEmulator({ now: () => t }));
    const token = e.issueToken(24 * 3600);
    Object.assign(e.faults, { throttleWindowMs: 30_000, throttleWindowEveryMs: 35_000, throttleWindowStart: 0 });
    const statusAt = async (at: number): Promise<number> => {
      t = at;
      return (await fetch(`${e.baseUrl}/me/mailFolders/drafts`, { headers: { Authorization: `Bearer ${token}` } })).status;
    };
    expect([await statusAt(0), await statusAt(29_999), await statusAt(30_000), await statusAt(34_999), await statusAt(35_000), await statusAt(65_000)]).toEqual([429, 429, 200, 200, 429, 200]);
  });
});
