// The Graph gateway's send mode, its completeness mark, token refresh and timeouts, against the local Graph
// emulator: sends paced ≥ 2 s apart (a virtual clock shared by gateway and emulator), exactly one message per row
// through lost answers and resumes, half-made drafts deleted and made again, a 401 answered by a fresh token.
import { memoryLedger } from "../src/core/run/ledger";
import { startRun } from "../src/core/run/startRun";
import type { OutgoingAttachment, RunLedger } from "../src/core/run/types";
import { createGraphGateway, type GraphGatewayOptions } from "../src/gateways/graph/graphGateway";
import { RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_KEY_PROPERTY } from "../src/gateways/graph/properties";
import { SEND_INTERVAL_MS } from "../src/gateways/graph/send";
import { addr, bytesOf, draft, file, instantClock, keyOf, plannedRows } from "./support/runFixtures";
import { MB, startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from "../src/emulator/graphEmulator";
import { GRAPH_SHAPES } from "./support/graphShapes";

/** Issued by each test's emulator (it accepts no other). */
let TOKEN = "";


/**
 * Virtual time for gateway and emulator alike. A sleep takes 1/SCALE of its time for real, so that sleepers wake in
 * the order their times say, and moves the clock to its end: what the emulator stamps is the gateway's schedule.
 */
const SCALE = 20;
function virtualTime(start = Date.parse("2026-11-28T09:00:00Z")) {
  let t = start;
  return {
    now: () => t,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const until = t + ms;
        setTimeout(() => {
          t = Math.max(t, until);
          resolve();
        }, ms / SCALE);
      }),
  };
}
const noSleep = async (): Promise<void> => undefined;

let emu: GraphEmulator | undefined;
async function emulator(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  // Every body the gateway sends is checked against Graph's metadata (test/support/graphShapes.ts).
  emu = await startGraphEmulator({ shapes: GRAPH_SHAPES, ...options });
  TOKEN = emu.issueToken();
  return emu;
}
afterEach(async () => {
  const violations = emu?.shapeViolations ?? [];
  await emu?.close();
  expect(violations).toEqual([]);
  emu = undefined;
});

function gateway(e: GraphEmulator, over: Partial<GraphGatewayOptions> = {}) {
  return createGraphGateway({ baseUrl: e.baseUrl, getToken: async () => TOKEN, lang: "en", sleep: noSleep, ...over });
}

async function run(e: GraphEmulator, rows: readonly number[], over: Partial<GraphGatewayOptions> = {}, ledger: RunLedger = memoryLedger(), attachmentsFor: (row: number) => OutgoingAttachment[] = () => []) {
  const control = startRun({
    runId: "run1",
    drafts: plannedRows(rows),
    render: async (p) => draft(p.row, { attachments: attachmentsFor(p.row) }),
    gateway: gateway(e, over),
    ledger,
    lang: "en",
    clock: instantClock,
    random: () => 0,
    maxAttempts: 5,
  });
  return control.done;
}

const keyOfMessage = (m: { extendedProperties: readonly { id: string; value: string }[] }): string =>
  m.extendedProperties.find((p) => p.id === RUNDMAIL_KEY_PROPERTY)?.value ?? "?";
const isComplete = (m: { extendedProperties: readonly { id: string; value: string }[] }): boolean =>
  m.extendedProperties.some((p) => p.id === RUNDMAIL_COMPLETE_PROPERTY && p.value === "1");

/** Every row has exactly one message in the mailbox, sent (send mode) or a complete draft. */
function expectOnePerRow(e: GraphEmulator, rows: readonly number[], state: "sent" | "draft"): void {
  const keys = e.messages.map(keyOfMessage).sort();
  expect(keys).toEqual(rows.map((row) => keyOf(row)).sort());
  for (const m of e.messages) {
    expect(m.isDraft).toBe(state === "draft");
    expect(isComplete(m)).toBe(true);
    expect(m.toRecipients).toHaveLength(1);
  }
  if (state === "sent") expect(e.sent).toHaveLength(rows.length);
}

/** A draft as an interrupted create leaves it: tagged with the key, without the complete mark. */
async function halfMadeDraft(e: GraphEmulator, row: number): Promise<string> {
  const res = await fetch(`${e.baseUrl}/me/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      subject: `Betreff ${row}`,
      body: { contentType: "HTML", content: "<p>half</p>" },
      toRecipients: [{ emailAddress: { address: `p${row}@example.de` } }],
      singleValueExtendedProperties: [{ id: RUNDMAIL_KEY_PROPERTY, value: keyOf(row) }],
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe("send mode", () => {
  test("every row sent exactly once, the sends ≥ 2 s apart across 4 workers (30 a minute)", async () => {
    const time = virtualTime();
    const e = await emulator({ now: time.now });
    const rows = [2, 3, 4, 5, 6, 7, 8];
    const summary = await run(e, rows, { mode: "send", now: time.now, sleep: time.sleep });
    expect(summary.outcomes.map((o) => o.status)).toEqual(rows.map(() => "created"));
    expectOnePerRow(e, rows, "sent");
    const at = e.sent.map((s) => s.at);
    const gaps = at.slice(1).map((t, i) => t - (at[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(SEND_INTERVAL_MS);
    expect(e.maxSendsPerMinute).toBeLessThanOrEqual(30);
    expect(e.maxInFlight).toBeLessThanOrEqual(4);
  });

  test("onSent reports each accepted send with its recipients (to + cc + bcc)", async () => {
    const e = await emulator();
    const sent: { key: string; recipients: number }[] = [];
    const g = gateway(e, { mode: "send", sendIntervalMs: 1, onSent: ({ key, recipients }) => sent.push({ key, recipients }) });
    expect(await g.create(draft(2, { cc: [addr("c@example.de")], bcc: [addr("me@example.de")] }))).toMatchObject({ status: "created" });
    expect(sent).toEqual([{ key: keyOf(2), recipients: 3 }]);
    expect(e.sent.map((s) => s.recipients)).toEqual([3]);
  });

  test("a send answered 429 is retried after Retry-After and sent once", async () => {
    const e = await emulator();
    Object.assign(e.faults, { throttleNext: 2, throttleOnly: /\/send$/, throttleRetryAfterSeconds: 3 });
    const waits: number[] = [];
    const g = gateway(e, { mode: "send", sleep: async (ms) => void waits.push(ms) });
    expect(await g.create(draft(2))).toMatchObject({ status: "created" });
    expect(waits.filter((w) => w === 3000)).toHaveLength(2);
    expectOnePerRow(e, [2], "sent");
  });

  test("a send that keeps failing: the row fails saying the draft is in Drafts; the next run sends that draft, no copy", async () => {
    const e = await emulator();
    const ledger = memoryLedger();
    // Only /send fails, refused outright (a 503 or 429 would be a throttle: the run waits for it, it does not fail):
    // the look and the create before it go through.
    const failing: typeof fetch = async (input, init) => {
      if (String(input).endsWith("/send")) {
        return new Response(JSON.stringify({ error: { code: "ErrorSendAsDenied", message: "The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account." } }), { status: 403 });
      }
      return fetch(input, init);
    };
    const first = await run(e, [2], { mode: "send", fetch: failing }, ledger);
    expect(first.outcomes[0]).toMatchObject({ status: "failed", code: "graph-send-failed" });
    expect(first.outcomes[0]?.message).toMatch(/Drafts folder/);
    expect(e.drafts).toHaveLength(1);
    expect(isComplete(e.drafts[0]!)).toBe(true);
    expect(e.sent).toHaveLength(0);

    const second = await run(e, [2], { mode: "send" }, ledger);
    expect(second.outcomes[0]).toMatchObject({ status: "created" });
    expectOnePerRow(e, [2], "sent");
  });

  test("the daily recipient limit: the send is refused at once (no waiting for hours), the draft kept", async () => {
    const e = await emulator({ recipientLimit: 2 });
    const waits: number[] = [];
    const summary = await run(e, [2, 3, 4], { mode: "send", sendIntervalMs: 1, sleep: async (ms) => void waits.push(ms) });
    // Which row comes third depends on the workers; that one is refused.
    expect(summary.outcomes.map((o) => o.code ?? o.status).sort()).toEqual(["created", "created", "graph-send-quota"]);
    const refused = summary.outcomes.find((o) => o.code === "graph-send-quota")!;
    expect(refused.message).toContain(`${refused.to} is in your Drafts folder`);
    expect(e.sent).toHaveLength(2);
    expect(e.drafts.map(keyOfMessage)).toEqual([refused.key]);
    expect(Math.max(0, ...waits)).toBeLessThan(60_000);
  });

  test("lost answers to the creates: the run looks, finds the complete drafts, sends them; one message per row", async () => {
    const e = await emulator();
    e.faults.loseNextCreates = 3;
    const summary = await run(e, [2, 3, 4, 5], { mode: "send", sendIntervalMs: 1 });
    expect(summary.outcomes.map((o) => o.status)).toEqual(["created", "created", "created", "created"]);
    expectOnePerRow(e, [2, 3, 4, 5], "sent");
  });

  test("a resume after the pane closed between create and send: the draft is sent, not made again", async () => {
    const e = await emulator();
    // The earlier pane: the draft made (complete), the ledger says "attempted", then the pane was gone.
    expect(await gateway(e).create(draft(2))).toMatchObject({ status: "created" });
    const ledger = memoryLedger([[keyOf(2), "attempted"]]);
    const summary = await run(e, [2], { mode: "send", sendIntervalMs: 1 }, ledger);
    expect(summary.outcomes[0]).toMatchObject({ status: "created", code: "run-already-created" });
    expectOnePerRow(e, [2], "sent");
  });

  test("a resume after the send went out but its answer was lost: nothing is sent again", async () => {
    const e = await emulator();
    expect(await gateway(e, { mode: "send", sendIntervalMs: 1 }).create(draft(2))).toMatchObject({ status: "created" });
    const ledger = memoryLedger([[keyOf(2), "attempted"]]);
    await run(e, [2], { mode: "send", sendIntervalMs: 1 }, ledger);
    // And a ledger that forgot everything: send mode looks before creating, so still one message.
    await run(e, [2], { mode: "send", sendIntervalMs: 1 }, memoryLedger());
    expectOnePerRow(e, [2], "sent");
  });

  test("a /send without an answer is not sent again blindly: the row says to look in Sent Items", async () => {
    const e = await emulator();
    let sends = 0;
    const holding: typeof fetch = async (input, init) => {
      if (String(input).endsWith("/send")) {
        sends += 1;
        e.faults.timeoutNext = 1; // held, never answered
      }
      return fetch(input, init);
    };
    const g = gateway(e, { mode: "send", fetch: holding, requestTimeoutMs: 150 });
    const result = await g.create(draft(2));
    expect(result).toMatchObject({ status: "failed", transient: false, code: "graph-send-no-answer" });
    expect(result.status === "failed" && result.message).toMatch(/Sent Items/);
    expect(sends).toBe(1);
    expect(e.drafts).toHaveLength(1);
  });
});

describe("the complete mark (drafts mode)", () => {
  test("a draft whose files went separately is marked complete by a PATCH after the last one", async () => {
    const e = await emulator();
    // The first fits the create request, the second is posted, the third goes by upload session (requestSize.ts).
    const files = [file("a.pdf", bytesOf(2 * MB, 1)), file("b.pdf", bytesOf(2 * MB, 2)), file("c.pdf", bytesOf(3.5 * MB, 3))];
    const result = await gateway(e).create(draft(2, { attachments: files }));
    expect(result).toMatchObject({ status: "created" });
    expect(isComplete(e.drafts[0]!)).toBe(true);
    const steps = e.log.map((l) => `${l.method} ${l.path.replace(/\/me\/messages\/[^/]+/, "/me/messages/ID").replace(/\/upload\/.*/, "/upload")}`);
    const patch = steps.indexOf("PATCH /v1.0/me/messages/ID");
    expect(patch).toBe(steps.length - 1);
    expect(steps.slice(0, patch)).toEqual(expect.arrayContaining(["POST /v1.0/me/messages/ID/attachments", "PUT /upload"]));
  });

  test("lookUp: a half-made draft is deleted and reported not found; a complete one is found", async () => {
    const e = await emulator();
    const g = gateway(e);
    const half = await halfMadeDraft(e, 2);
    expect(await g.lookUp(keyOf(2))).toEqual({ found: false });
    expect(e.messages.find((m) => m.id === half)).toBeUndefined();
    await g.create(draft(3));
    expect(await g.lookUp(keyOf(3))).toEqual({ found: true, ref: e.drafts[0]!.id });
  });

  test("several drafts for one key (should not happen): the complete one is kept, the half-made deleted", async () => {
    const e = await emulator();
    const g = gateway(e);
    await halfMadeDraft(e, 2);
    await g.create(draft(2));
    await halfMadeDraft(e, 2);
    const complete = e.messages.find(isComplete)!;
    expect(await g.lookUp(keyOf(2))).toEqual({ found: true, ref: complete.id });
    expect(e.messages.map((m) => m.id)).toEqual([complete.id]);
  });

  test("a resume after the pane closed mid-upload: the half-made draft is replaced by one complete draft", async () => {
    const e = await emulator();
    await halfMadeDraft(e, 2);
    const ledger = memoryLedger([[keyOf(2), "attempted"]]);
    const bytes = bytesOf(2.9 * MB, 7);
    const summary = await run(e, [2], {}, ledger, () => [file("Rechnung.pdf", bytes)]);
    expect(summary.outcomes[0]).toMatchObject({ status: "created" });
    expectOnePerRow(e, [2], "draft");
    expect(e.drafts[0]!.attachments.map((a) => a.name)).toEqual(["Rechnung.pdf"]);
    expect(e.drafts[0]!.attachments[0]!.bytes.equals(Buffer.from(bytes))).toBe(true);
    expect(e.log.some((l) => l.method === "DELETE")).toBe(true);
  });

  test("a message the user sent by hand from a half-made draft is never deleted: the row counts as done", async () => {
    const e = await emulator();
    const half = await halfMadeDraft(e, 2);
    await fetch(`${e.baseUrl}/me/messages/${half}/send`, { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(await gateway(e).lookUp(keyOf(2))).toMatchObject({ found: true });
    expect(e.sentItems).toHaveLength(1);
  });
});

describe("tokens and timeouts", () => {
  test("a 401 (token expired mid-run) asks for a fresh token once and retries the request", async () => {
    const time = virtualTime();
    const e = await emulator({ now: time.now });
    const stale = e.issueToken();
    e.tokens.set(stale, time.now() - 1);
    const fresh = e.issueToken();
    let refreshes = 0;
    const g = gateway(e, { getToken: async () => stale, refreshToken: async () => ((refreshes += 1), fresh) });
    expect(await g.create(draft(2, { attachments: [file("a.pdf", bytesOf(2.9 * MB, 1))] }))).toMatchObject({ status: "created" });
    expect(refreshes).toBe(1);
    expectOnePerRow(e, [2], "draft");
  });

  test("still 401 after the fresh token: graph-no-token, nothing created", async () => {
    const e = await emulator();
    let asked = 0;
    const g = gateway(e, { getToken: async () => ((asked += 1), "nope") });
    expect(await g.create(draft(2))).toMatchObject({ status: "failed", transient: false, code: "graph-no-token" });
    expect(asked).toBe(2);
    expect(e.messages).toHaveLength(0);
  });

  test("a refresh that fails: graph-no-token with its reason", async () => {
    const e = await emulator();
    const g = gateway(e, { getToken: async () => "nope", refreshToken: () => Promise.reject(new Error("interaction required")) });
    const result = await g.create(draft(2));
    expect(result).toMatchObject({ status: "failed", code: "graph-no-token" });
    expect(result.status === "failed" && result.message).toMatch(/interaction required/);
  });

  test("a create that times out is 'no answer': the run looks, finds nothing, creates it once", async () => {
    const e = await emulator();
    e.faults.timeoutNext = 1; // the first request (the create) is held and never answered
    const summary = await run(e, [2], { requestTimeoutMs: 150 });
    expect(summary.outcomes[0]).toMatchObject({ status: "created" });
    expectOnePerRow(e, [2], "draft");
  });

  test("a create whose answer times out after the draft was made: the run finds it, no second copy", async () => {
    const e = await emulator();
    const slowAnswer: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      if (init?.method === "POST" && String(input).endsWith("/me/messages") && e.messages.length === 1) {
        return new Promise<Response>(() => undefined); // made, but the answer never comes
      }
      return res;
    };
    const summary = await run(e, [2], { fetch: slowAnswer, requestTimeoutMs: 150 });
    expect(summary.outcomes[0]).toMatchObject({ status: "created" });
    expectOnePerRow(e, [2], "draft");
  });

  test.each([
    // Not there when the gateway looks: it may still come (a server carries out what it has received), so the
    // draft is given up and the row made again whole — sending the file again to the same draft could add it twice.
    ["not there when looked for: the row is made again whole", false],
    ["arrived, only the answer was lost: not sent again", true],
  ])("an attachment POST that times out — %s; exactly one copy of the file", async (_name, arrives) => {
    const e = await emulator();
    let held = false;
    const flaky: typeof fetch = async (input, init) => {
      if (!held && init?.method === "POST" && String(input).endsWith("/attachments")) {
        held = true;
        if (arrives) {
          await fetch(input, init);
          return new Promise<Response>(() => undefined);
        }
        e.faults.timeoutNext = 1;
      }
      return fetch(input, init);
    };
    const bytes = bytesOf(2.9 * MB, 3);
    const summary = await run(e, [2], { fetch: flaky, requestTimeoutMs: 300 }, memoryLedger(), () => [file("a.pdf", bytes)]);
    expect(summary.outcomes[0]).toMatchObject({ status: "created" });
    expectOnePerRow(e, [2], "draft");
    expect(e.drafts[0]!.attachments.map((a) => a.name)).toEqual(["a.pdf"]);
    expect(e.drafts[0]!.attachments[0]!.bytes.equals(Buffer.from(bytes))).toBe(true);
    expect(isComplete(e.drafts[0]!)).toBe(true);
    // Made again whole, or not at all: never a second POST of the file to the same draft.
    const posts = e.log.filter((l) => l.method === "POST" && l.path.endsWith("/attachments")).map((l) => l.path);
    expect(new Set(posts).size).toBe(posts.length);
  });

  test("the timeout message is in the user's language", async () => {
    const e = await emulator();
    e.faults.timeoutNext = 1;
    const g = createGraphGateway({ baseUrl: e.baseUrl, getToken: async () => TOKEN, lang: "de", requestTimeoutMs: 120 });
    await expect(g.create(draft(2))).rejects.toThrow("Ihr Postfach hat nicht innerhalb von 1 Sekunden geantwortet.");
  });
});
