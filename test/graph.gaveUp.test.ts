// Requests the gateway gave up on that the mailbox carried out all the same: a create that lands after the run
// looked (and created the row again), a chunk that arrived although its answer timed out — and a half-made draft
// that Graph will not delete at the first try. Each once broke the "every fault at once" run under CPU load
// (test/graph.test.ts). The Graph gateway against the emulator, driven by startRun.
import { memoryLedger } from "../src/core/run/ledger";
import { startRun } from "../src/core/run/startRun";
import type { DraftGateway } from "../src/core/run/types";
import { startGraphEmulator, MB, type GraphEmulator } from "../src/emulator/graphEmulator";
import { createGraphGateway } from "../src/gateways/graph/graphGateway";
import { RUNDMAIL_KEY_PROPERTY } from "../src/gateways/graph/properties";
import { bytesOf, draft, file, instantClock, keyOf, plannedRows } from "./support/runFixtures";
import { GRAPH_SHAPES } from "./support/graphShapes";

/** A token the emulator issued (it accepts no other). */
let TOKEN = "";
const noSleep = async (): Promise<void> => undefined;

let emu: GraphEmulator | undefined;
afterEach(async () => {
  const violations = emu?.shapeViolations ?? [];
  await emu?.close();
  expect(violations).toEqual([]);
  emu = undefined;
});
async function emulator(): Promise<GraphEmulator> {
  // Every body the gateway sends is checked against Graph's metadata (test/support/graphShapes.ts).
  emu = await startGraphEmulator({ shapes: GRAPH_SHAPES });
  TOKEN = emu.issueToken();
  return emu;
}

const gateway = (e: GraphEmulator, fetchVia?: typeof fetch) =>
  createGraphGateway({ baseUrl: e.baseUrl, getToken: async () => TOKEN, lang: "en", sleep: noSleep, ...(fetchVia ? { fetch: fetchVia } : {}) });

async function runRow(g: DraftGateway, attachments = draft(2).attachments) {
  const ledger = memoryLedger();
  const summary = await startRun({ runId: "run1", drafts: plannedRows([2]), render: async (p) => draft(p.row, { attachments }), gateway: g, ledger, lang: "en", clock: instantClock, random: () => 0 }).done;
  return { summary, ledger };
}

/** A half-made draft of row 2, as an interrupted create leaves it: tagged with the key, not marked complete. */
async function halfMade(e: GraphEmulator): Promise<void> {
  const res = await fetch(`${e.baseUrl}/me/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ subject: "Betreff 2", toRecipients: [{ emailAddress: { address: "p2@example.de" } }], singleValueExtendedProperties: [{ id: RUNDMAIL_KEY_PROPERTY, value: keyOf(2) }] }),
  });
  expect(res.status).toBe(201);
}

test("a create that lands after its row was looked up and created again is found and removed before the run ends", async () => {
  const e = await emulator();
  // The first create never answers (the network failed) but reaches the mailbox later — after the run's look, as
  // under CPU load, when the emulator got the POST only after the gateway had given up on it.
  const late: { deliver?: () => Promise<unknown> } = {};
  const lateNetwork = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    if (late.deliver === undefined && init?.method === "POST" && String(input).endsWith("/me/messages")) {
      const { signal: _gaveUp, ...sent } = init;
      late.deliver = () => fetch(input, sent).then((res) => res.text());
      throw new TypeError("fetch failed");
    }
    return fetch(input, init);
  }) as typeof fetch;
  const g = gateway(e, lateNetwork);
  let looks = 0;
  const landsAfterTheFirstLook: DraftGateway = {
    ...g,
    lookUp: async (key, signal) => {
      const found = await g.lookUp(key, signal);
      looks += 1;
      if (looks === 1) await late.deliver?.();
      return found;
    },
  };
  const { summary, ledger } = await runRow(landsAfterTheFirstLook);
  expect(looks).toBe(2);
  expect(e.drafts).toHaveLength(1);
  // The late one is the older: it is kept, and the outcome names it.
  expect(summary.outcomes[0]).toMatchObject({ status: "created", ref: e.drafts[0]?.id });
  expect(ledger.entries.get(keyOf(2))).toBe("created");
});

test("a half-made draft whose delete is throttled is removed on a retry, never left beside the row's draft", async () => {
  const e = await emulator();
  // The create is stored without its file (it goes separately) and its answer is lost; the look's DELETE of that
  // half-made draft is throttled once.
  Object.assign(e.faults, { loseNextCreates: 1, throttleNext: 1, throttleOnly: /^DELETE /, throttleRetryAfterSeconds: 0 });
  const { summary } = await runRow(gateway(e), [file("Rechnung.pdf", bytesOf(2.9 * MB, 2))]);
  expect(summary.outcomes[0]?.status).toBe("created");
  expect(e.drafts).toHaveLength(1);
  expect(e.drafts[0]?.attachments).toHaveLength(1);
  expect(e.log.filter((entry) => entry.method === "DELETE").map((entry) => entry.status)).toEqual([429, 204]);
});

describe("lookUp and a half-made draft", () => {
  test("deleted on a retry when Graph refuses for a moment: not found, nothing left", async () => {
    const e = await emulator();
    await halfMade(e);
    Object.assign(e.faults, { throttleNext: 2, throttleOnly: /^DELETE /, throttleRetryAfterSeconds: 0 });
    await expect(gateway(e).lookUp(keyOf(2))).resolves.toEqual({ found: false });
    expect(e.drafts).toHaveLength(0);
  });

  test("one that cannot be deleted: no answer rather than 'not found', and it stays for the next look", async () => {
    const e = await emulator();
    await halfMade(e);
    Object.assign(e.faults, { throttleNext: 100, throttleOnly: /^DELETE /, throttleRetryAfterSeconds: 0 });
    await expect(gateway(e).lookUp(keyOf(2))).rejects.toThrow(/MailboxConcurrency/);
    expect(e.drafts).toHaveLength(1);
  });
});

test("an upload chunk whose answer timed out but that arrived: the row is tried again whole, not given up", async () => {
  const e = await emulator();
  // The first chunk reaches the mailbox; its answer does not reach the gateway before its time limit. The retry
  // of that chunk then gets 416 (the session expects the next one).
  let firstPut = true;
  const answerLost = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    if (firstPut && init?.method === "PUT") {
      firstPut = false;
      const { signal, ...sent } = init;
      await (await fetch(input, sent)).text();
      return new Promise<never>((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true }));
    }
    return fetch(input, init);
  }) as typeof fetch;
  const g = createGraphGateway({ baseUrl: e.baseUrl, getToken: async () => TOKEN, lang: "en", sleep: noSleep, fetch: answerLost, requestTimeoutMs: 1000 });
  const bytes = bytesOf(3.5 * MB, 7);
  const { summary } = await runRow(g, [file("Gross.pdf", bytes)]);
  expect(summary.outcomes[0]).toMatchObject({ status: "created", ref: e.drafts[0]?.id });
  expect(e.drafts).toHaveLength(1);
  expect(e.drafts[0]?.attachments.map((a) => a.bytes.equals(Buffer.from(bytes)))).toEqual([true]);
  expect(e.log.filter((entry) => entry.method === "PUT").map((entry) => entry.status)).toContain(416);
});

test("an attachment POST that arrives after the gateway looked for it: never a second copy of the file", async () => {
  const e = await emulator();
  // The first attachment POST is held on its way; the gateway's time limit ends it, the gateway looks (the file is
  // not there), and only then does the POST reach the mailbox.
  const late: { deliver?: () => Promise<unknown> } = {};
  const lateNetwork = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    if (late.deliver === undefined && init?.method === "POST" && String(input).endsWith("/attachments")) {
      const { signal, ...sent } = init;
      late.deliver = () => fetch(input, sent).then((res) => res.text());
      return new Promise<never>((_resolve, reject) => signal?.addEventListener("abort", () => reject(signal.reason), { once: true }));
    }
    const res = await fetch(input, init);
    if (init?.method === "GET" && /\/attachments\?/.test(String(input))) {
      const text = await res.text();
      await late.deliver?.();
      return new Response(text, { status: res.status, headers: res.headers });
    }
    return res;
  }) as typeof fetch;
  const g = createGraphGateway({ baseUrl: e.baseUrl, getToken: async () => TOKEN, lang: "en", sleep: noSleep, fetch: lateNetwork, requestTimeoutMs: 1000 });
  const bytes = bytesOf(2.9 * MB, 5);
  const { summary } = await runRow(g, [file("Rechnung.pdf", bytes)]);
  expect(summary.outcomes[0]).toMatchObject({ status: "created", ref: e.drafts[0]?.id });
  expect(e.drafts).toHaveLength(1);
  expect(e.drafts[0]?.attachments.map((a) => a.bytes.equals(Buffer.from(bytes)))).toEqual([true]);
});
