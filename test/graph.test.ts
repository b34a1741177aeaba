// The Graph gateway against the local Graph emulator (src/emulator/graphEmulator.ts): shapes, attachments, the
// idempotency tag, throttling, lost answers — and what the emulator itself rejects.
import type { PlannedDraft } from "../src/core/plan";
import { memoryLedger } from "../src/core/run/ledger";
import { startRun } from "../src/core/run/startRun";
import type { RunClock } from "../src/core/run/clock";
import type { OutgoingAttachment, OutgoingDraft } from "../src/core/run/types";
import type { EmailAddress } from "../src/core/types";
import { UPLOAD_CHUNK } from "../src/gateways/graph/attachments";
import { toBase64 } from "../src/gateways/graph/base64";
import { createGraphGateway } from "../src/gateways/graph/graphGateway";
import { RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_KEY_PROPERTY } from "../src/gateways/graph/properties";
import { addr, bytesOf, draft as fixtureDraft, file, instantClock } from "./support/runFixtures";
import { KIB, MB, startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from "../src/emulator/graphEmulator";
import { GRAPH_SHAPES } from "./support/graphShapes";

/** Issued by each test's emulator (it accepts no other). */
let TOKEN = "";


/** Row n's message with a display name (the create request carries it). */
const draft = (row: number, over: Partial<OutgoingDraft> = {}): OutgoingDraft => fixtureDraft(row, { toName: `Person ${row}`, ...over });

const noSleep = async (): Promise<void> => undefined;

let emu: GraphEmulator;
async function emulator(options: GraphEmulatorOptions = {}, checkShapes = true): Promise<GraphEmulator> {
  // Every body the gateway sends is checked against Graph's metadata (test/support/graphShapes.ts); the tests of
  // the emulator's own refusals send wrong bodies on purpose.
  emu = await startGraphEmulator(checkShapes ? { shapes: GRAPH_SHAPES, ...options } : options);
  TOKEN = emu.issueToken();
  return emu;
}
afterEach(async () => {
  const violations = emu?.shapeViolations ?? [];
  await emu?.close();
  expect(violations).toEqual([]);
});

const gateway = (e: GraphEmulator, token = TOKEN) => createGraphGateway({ baseUrl: e.baseUrl, getToken: async () => token, lang: "en", sleep: noSleep });

/** Runs rows 1..n through startRun with the Graph gateway; every row gets `attachmentsFor(row)`. */
async function runRows(e: GraphEmulator, n: number, attachmentsFor: (row: number) => OutgoingAttachment[] = () => [], clock: RunClock = instantClock) {
  const planned = Array.from({ length: n }, (_, i) => ({ row: i + 2, to: addr(`p${i + 2}@example.de`), toName: null, cc: [], bcc: [], attachments: [], rowIndex: i }) as unknown as PlannedDraft);
  const ledger = memoryLedger();
  const control = startRun({
    runId: "run1",
    drafts: planned,
    render: async (p) => draft(p.row, { attachments: attachmentsFor(p.row) }),
    gateway: gateway(e),
    ledger,
    lang: "en",
    clock,
    random: () => 0,
    maxAttempts: 10,
  });
  return { summary: await control.done, ledger };
}

function draftsPerKey(e: GraphEmulator): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of e.drafts) {
    const key = d.extendedProperties.find((p) => p.id === RUNDMAIL_KEY_PROPERTY)?.value ?? "?";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function expectExactlyOnePerRow(e: GraphEmulator, rows: number): void {
  const counts = draftsPerKey(e);
  expect(counts.size).toBe(rows);
  expect([...counts.values()].every((c) => c === 1)).toBe(true);
  for (const d of e.drafts) {
    expect(d.toRecipients).toHaveLength(1);
    expect(d.ccRecipients.length).toBeLessThanOrEqual(1);
    expect(d.bccRecipients.length).toBeLessThanOrEqual(1);
  }
}

describe("graph gateway against the emulator", () => {
  test.each([
    ["no attachment", [] as number[], [] as string[]],
    ["one small file, inline", [100 * KIB], ["inline"]],
    ["two small files, inline", [200 * KIB, 5], ["inline", "inline"]],
    // requestSize.ts: every JSON body with file content stays under 3,000,000 bytes.
    ["two of 2 MiB: the first fits the create request, the second is posted on its own", [2 * MB, 2 * MB], ["inline", "post"]],
    ["2.5 MB: its own POST would pass 3,000,000 bytes of base64 JSON, upload session", [2.5 * MB], ["upload"]],
    ["3.5 MB: upload session", [3.5 * MB], ["upload"]],
    ["a small one inline and 7 MB by upload session", [10 * KIB, 7 * MB], ["inline", "upload"]],
  ])("%s: one draft, one To, tagged, bytes identical", async (_name, sizes, via) => {
    const e = await emulator();
    const files = sizes.map((s, i) => file(`Datei ${i}.pdf`, bytesOf(Math.floor(s), i + 1)));
    const g = gateway(e);
    const result = await g.create(draft(2, { cc: [addr("cc@example.de")], attachments: files }));
    expect(result.status).toBe("created");
    expect(e.drafts).toHaveLength(1);
    const d = e.drafts[0]!;
    expect(result).toEqual({ status: "created", ref: d.id });
    expect(d.toRecipients).toEqual([{ emailAddress: { address: "p2@example.de", name: "Person 2" } }]);
    expect(d.ccRecipients).toEqual([{ emailAddress: { address: "cc@example.de" } }]);
    expect(d.bccRecipients).toEqual([]);
    expect(d.subject).toBe("Betreff 2");
    expect(d.body).toEqual({ contentType: "html", content: "<p>Hallo 2</p>" });
    // Tagged with its key, and marked complete once every attachment is on it (at creation when all are inline).
    expect(d.extendedProperties).toEqual(
      expect.arrayContaining([
        { id: RUNDMAIL_KEY_PROPERTY, value: "run1:2:p2@example.de" },
        { id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" },
      ]),
    );
    expect(d.extendedProperties).toHaveLength(2);
    expect(d.attachments.map((a) => a.via).sort()).toEqual([...via].sort());
    for (const f of files) {
      const stored = d.attachments.find((a) => a.name === f.name);
      expect(stored?.bytes.equals(Buffer.from(await f.bytes()))).toBe(true);
    }
    // Upload sessions: one PUT per 3.125 MiB chunk (the emulator refuses any chunk that is not a multiple of
    // 320 KiB but the last, or is 4 MB or more), each accepted.
    const uploaded = files.filter((f) => d.attachments.find((a) => a.name === f.name)?.via === "upload");
    const puts = e.log.filter((entry) => entry.method === "PUT");
    expect(puts).toHaveLength(uploaded.reduce((n, f) => n + Math.ceil(f.size / UPLOAD_CHUNK), 0));
    expect(puts.every((entry) => entry.status === 200 || entry.status === 201)).toBe(true);
  });

  test("lookUp finds a draft by its key, and only that one", async () => {
    const e = await emulator();
    const g = gateway(e);
    await g.create(draft(2));
    await g.create(draft(3, { key: "run1:3:o'brien@example.de" }));
    expect(await g.lookUp("run1:2:p2@example.de")).toEqual({ found: true, ref: e.drafts[0]!.id });
    expect(await g.lookUp("run1:3:o'brien@example.de")).toEqual({ found: true, ref: e.drafts[1]!.id });
    expect(await g.lookUp("run1:4:p4@example.de")).toEqual({ found: false });
  });

  test.each([
    ["two To addresses", { to: ["a@example.de", "b@example.de"] as unknown as EmailAddress }],
    ["two Cc addresses", { cc: [addr("a@example.de"), addr("b@example.de")] }],
    ["an address with a comma", { to: addr("a@example.de, b@example.de") }],
  ])("refuses a privacy break (%s) without a request", async (_name, over) => {
    const e = await emulator();
    const result = await gateway(e).create(draft(2, over));
    expect(result).toMatchObject({ status: "failed", transient: false, code: "privacy-rule" });
    expect(e.log).toHaveLength(0);
  });

  test.each([
    ["429 with Retry-After", (e: GraphEmulator) => Object.assign(e.faults, { throttleNext: 1, throttleRetryAfterSeconds: 7 }), { transient: true, code: "graph-busy", retryAfterMs: 7000 }],
    ["503 with Retry-After", (e: GraphEmulator) => Object.assign(e.faults, { unavailableNext: 1, unavailableRetryAfterSeconds: 3 }), { transient: true, code: "graph-busy", retryAfterMs: 3000 }],
    ["503 without Retry-After", (e: GraphEmulator) => Object.assign(e.faults, { unavailableNext: 1 }), { transient: true, code: "graph-busy" }],
    ["401, a wrong token", (e: GraphEmulator) => e.tokens.clear(), { transient: false, code: "graph-no-token" }],
  ])("maps %s", async (_name, arrange, expected) => {
    const e = await emulator();
    arrange(e);
    const result = await gateway(e).create(draft(2));
    expect(result).toMatchObject({ status: "failed", ...expected });
    if (!("retryAfterMs" in expected)) expect(result).not.toHaveProperty("retryAfterMs");
    expect(e.drafts).toHaveLength(0);
  });

  test("a token that cannot be had: failed, nothing requested", async () => {
    const e = await emulator();
    const g = createGraphGateway({ baseUrl: e.baseUrl, getToken: () => Promise.reject(new Error("consent required")), lang: "de" });
    const result = await g.create(draft(2));
    expect(result).toMatchObject({ status: "failed", transient: false, code: "graph-no-token" });
    expect(result.status === "failed" && result.message).toMatch(/consent required.*nichts erstellt/);
    expect(e.log).toHaveLength(0);
  });

  test("a lost answer after the draft was created: create throws (may exist)", async () => {
    const e = await emulator();
    e.faults.loseNextCreates = 1;
    await expect(gateway(e).create(draft(2))).rejects.toThrow();
    expect(e.drafts).toHaveLength(1);
  });

  test.each([
    ["the attachment requests fail, the delete works: nothing remains, the row may be retried", /^POST .*\/attachments$/, 4, { transient: true, code: "graph-busy" }, 0],
  ])("%s", async (_name, only, count, expected, remaining) => {
    const e = await emulator();
    Object.assign(e.faults, { throttleNext: count, throttleOnly: only, throttleRetryAfterSeconds: 0 });
    // Two of 2 MiB: the second is posted on its own (requestSize.ts).
    const result = await gateway(e).create(draft(2, { attachments: [file("a.pdf", bytesOf(2 * MB, 1)), file("b.pdf", bytesOf(2 * MB, 2))] }));
    expect(result).toMatchObject({ status: "failed", ...expected });
    expect(e.drafts).toHaveLength(remaining);
  });
});

// Exchange Online's maximum message size (35 MB by default; here 5 MB): Graph refuses with ErrorMessageSizeExceeded
// at the chunk that passes it (microsoftgraph/microsoft-graph-docs-contrib#2561).
test.each([
  ["refused at a chunk of the upload session", [6 * MB]],
  ["refused at the POST of the third file (the first went inline, the second by POST)", [2 * MB, 2 * MB, 2 * MB]],
])("a message over the mailbox's maximum size, %s: failed for good, no draft left", async (_name, sizes) => {
  const e = await emulator({ maxMessageBytes: 5 * MB });
  const files = sizes.map((size, i) => file(`f${i}.pdf`, bytesOf(size, i + 1)));
  const result = await gateway(e).create(draft(2, { attachments: files }));
  expect(result).toMatchObject({ status: "failed", transient: false, code: "graph-message-too-large" });
  expect(result.status === "failed" && result.message).toMatch(/400 ErrorMessageSizeExceeded: The message exceeds the maximum supported size\./);
  expect(e.drafts).toEqual([]);
  expect(e.log.filter((l) => l.status === 400)).toHaveLength(1); // refused once, never tried again
});

test("the delete fails too: create gives no answer (so the run looks), and the look removes the half-made draft", async () => {
  const e = await emulator();
  Object.assign(e.faults, { throttleNext: 8, throttleOnly: /^(POST .*\/attachments|DELETE .*)$/, throttleRetryAfterSeconds: 0 });
  const g = gateway(e);
  const d = draft(2, { attachments: [file("a.pdf", bytesOf(2 * MB, 1)), file("b.pdf", bytesOf(2 * MB, 2))] });
  await expect(g.create(d)).rejects.toThrow(/could not be added/);
  expect(e.drafts).toHaveLength(1);
  Object.assign(e.faults, { throttleNext: 0, throttleOnly: null });
  await expect(g.lookUp(d.key)).resolves.toEqual({ found: false });
  expect(e.drafts).toHaveLength(0);
});

describe("runs through startRun against the emulator", () => {
  test.each([
    ["no faults", () => undefined],
    ["the next 6 requests 429 with Retry-After", (e: GraphEmulator) => Object.assign(e.faults, { throttleNext: 6, throttleRetryAfterSeconds: 2 })],
    ["the next 3 requests 503", (e: GraphEmulator) => Object.assign(e.faults, { unavailableNext: 3, unavailableRetryAfterSeconds: 1 })],
    ["3 answers lost after the draft was created", (e: GraphEmulator) => Object.assign(e.faults, { loseNextCreates: 3 })],
    ["latency 20 ms", (e: GraphEmulator) => Object.assign(e.faults, { latencyMs: 20 })],
  ])("%s: every row ends with exactly one draft", async (_name, arrange) => {
    const e = await emulator();
    arrange(e);
    const { summary, ledger } = await runRows(e, 12, (row) => [file(`Rechnung_${row}.pdf`, bytesOf(20 * KIB, row))]);
    expect(summary.outcomes.map((o) => o.status)).toEqual(Array(12).fill("created"));
    expectExactlyOnePerRow(e, 12);
    expect([...ledger.entries.values()].every((s) => s === "created")).toBe(true);
    expect(e.maxInFlight).toBeLessThanOrEqual(4);
    for (const d of e.drafts) {
      const row = Number(d.toRecipients[0]?.emailAddress.address.slice(1).split("@")[0]);
      expect(d.attachments[0]?.bytes.equals(Buffer.from(bytesOf(20 * KIB, row)))).toBe(true);
    }
  });

  test("a resume after lost answers creates only what is missing", async () => {
    const e = await emulator();
    const g = gateway(e);
    const ledger = memoryLedger();
    const planned = [2, 3, 4].map((row, i) => ({ row, to: addr(`p${row}@example.de`), toName: null, cc: [], bcc: [], attachments: [], rowIndex: i }) as unknown as PlannedDraft);
    // First run: every answer lost and lookUp failing (token gone) → rows reported "no answer", drafts exist.
    e.faults.loseNextCreates = 3;
    let lookUpsFail = true;
    const flaky = { ...g, lookUp: (key: string) => (lookUpsFail ? Promise.reject(new Error("offline")) : g.lookUp(key)) };
    const first = await startRun({ runId: "run1", drafts: planned, render: async (p) => draft(p.row), gateway: flaky, ledger, lang: "en", clock: instantClock }).done;
    expect(first.outcomes.map((o) => o.code)).toEqual(["run-no-answer", "run-no-answer", "run-no-answer"]);
    expect(e.drafts).toHaveLength(3);
    // Resume: lookUp works again and finds them all.
    lookUpsFail = false;
    const second = await startRun({ runId: "run1", drafts: planned, render: async (p) => draft(p.row), gateway: flaky, ledger, lang: "en", clock: instantClock }).done;
    expect(second.outcomes.map((o) => [o.status, o.code])).toEqual(Array(3).fill(["created", "run-already-created"]));
    expectExactlyOnePerRow(e, 3);
  });

  test("a mailbox that takes fewer concurrent requests: throttled requests are retried, one draft per row", async () => {
    const e = await emulator({ maxConcurrent: 2 });
    e.faults.latencyMs = 30;
    // Retry-After (1 s) honoured, at 1/50 of real time.
    const { summary } = await runRows(e, 10, () => [], { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms / 50)) });
    expect(summary.outcomes.every((o) => o.status === "created")).toBe(true);
    expect(e.throttledForConcurrency).toBeGreaterThan(0);
    expectExactlyOnePerRow(e, 10);
  });
});

describe("what the emulator rejects, as Graph does", () => {
  const post = (e: GraphEmulator, path: string, body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}` }) =>
    fetch(`${e.baseUrl}${path}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const message = { subject: "s", body: { contentType: "HTML", content: "<p>x</p>" }, toRecipients: [{ emailAddress: { address: "a@example.de" } }] };

  test.each([
    ["no Authorization", () => ({}), message, 401, "InvalidAuthenticationToken"],
    ["an unknown token", () => ({ Authorization: "Bearer nope" }), message, 401, "InvalidAuthenticationToken"],
    ["a wrong @odata.type", undefined, { ...message, attachments: [{ "@odata.type": "#microsoft.graph.itemAttachment", name: "a", contentBytes: "AA==" }] }, 400, "RequestBodyRead"],
    ["a body over 4 MB", undefined, { ...message, attachments: [{ "@odata.type": "#microsoft.graph.fileAttachment", name: "a", contentBytes: toBase64(new Uint8Array(3.2 * MB)) }] }, 413, "RequestEntityTooLarge"],
    ["a malformed extended property id", undefined, { ...message, singleValueExtendedProperties: [{ id: "String RundmailKey", value: "k" }] }, 400, "ErrorInvalidProperty"],
    ["not JSON", undefined, "{", 400, "RequestBodyRead"],
  ])("POST /me/messages with %s", async (_name, headers, body, status, code) => {
    const e = await emulator({}, false);
    const res = await post(e, "/me/messages", body, headers?.());
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ error: { code, message: expect.any(String) } });
    expect(e.drafts).toHaveLength(0);
  });

  // A user's measurement (msgraph-sdk-java#52): POST takes files up to 3,145,611 bytes (what base64 fits into a 4 MiB
  // request, 413 above), createUploadSession files from 2,097,152 bytes.
  test.each([
    ["POST attachments: 3,145,611 bytes of file fit the 4 MiB request", "post", 3_145_611, 201, undefined],
    ["POST attachments: 3,145,800 bytes do not (413)", "post", 3_145_800, 413, "RequestEntityTooLarge"],
    ["createUploadSession: 2,097,152 bytes and up", "session", 2 * MB, 201, undefined],
    ["createUploadSession: not below", "session", 2 * MB - 1, 400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize"],
  ])("%s", async (_name, route, size, status, code) => {
    const e = await emulator();
    const created = (await (await post(e, "/me/messages", message)).json()) as { id: string };
    const answer =
      route === "post"
        ? await post(e, `/me/messages/${created.id}/attachments`, { "@odata.type": "#microsoft.graph.fileAttachment", name: "a", contentBytes: toBase64(new Uint8Array(size)) })
        : await post(e, `/me/messages/${created.id}/attachments/createUploadSession`, { AttachmentItem: { attachmentType: "file", name: "a", size } });
    expect(answer.status).toBe(status);
    if (code !== undefined) expect(await answer.json()).toMatchObject({ error: { code } });
  });

  test("upload session chunks: range, size and auth are checked; completion is 201", async () => {
    const e = await emulator();
    const created = (await (await post(e, "/me/messages", message)).json()) as { id: string };
    const size = 4 * MB;
    const bytes = bytesOf(size, 9);
    const session = (await (await post(e, `/me/messages/${created.id}/attachments/createUploadSession`, { AttachmentItem: { attachmentType: "file", name: "big.bin", size } })).json()) as {
      uploadUrl: string;
      nextExpectedRanges: string[];
      expirationDateTime: string;
    };
    expect(session.nextExpectedRanges).toEqual(["0-"]);
    expect(Number.isNaN(Date.parse(session.expirationDateTime))).toBe(false);
    const put = (start: number, end: number, headers: Record<string, string> = {}) =>
      fetch(session.uploadUrl, { method: "PUT", headers: { "Content-Range": `bytes ${start}-${end}/${size}`, ...headers }, body: bytes.slice(start, end + 1) });
    const unit = 320 * KIB;
    expect((await put(0, unit * 2 - 1, { Authorization: `Bearer ${TOKEN}` })).status).toBe(401);
    expect((await put(0, 1000)).status).toBe(400); // not a multiple of 320 KiB
    expect((await put(unit, unit * 2 - 1)).status).toBe(416); // does not start where expected
    const first = await put(0, unit * 8 - 1);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ nextExpectedRanges: [String(unit * 8)] });
    const last = await put(unit * 8, size - 1);
    expect(last.status).toBe(201);
    expect(last.headers.get("location")).toContain(created.id);
    expect(e.drafts[0]?.attachments[0]?.bytes.equals(Buffer.from(bytes))).toBe(true);
  });

  test("a fifth concurrent request gets 429 ApplicationThrottled with Retry-After", async () => {
    const e = await emulator();
    e.faults.latencyMs = 150;
    const responses = await Promise.all(Array.from({ length: 5 }, () => fetch(`${e.baseUrl}/me/messages`, { headers: { Authorization: `Bearer ${TOKEN}` } })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const throttled = responses.find((r) => r.status === 429)!;
    expect(throttled.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await throttled.json()).toMatchObject({ error: { code: "ApplicationThrottled", message: expect.stringMatching(/MailboxConcurrency/) } });
  });

  test("$filter: only the extended-property form is understood", async () => {
    const e = await emulator();
    const res = await fetch(`${e.baseUrl}/me/messages?$filter=${encodeURIComponent("subject eq 'x'")}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(400);
  });
});

describe("every fault at once, and a run cut off and resumed", () => {
  test.each([1, 2, 3])("seed %i: exactly one complete draft per row, bytes identical, nobody sees another", async (seed) => {
    const e = await emulator({ seed });
    // Latency, random 429s and 503s, two lost answers, two requests never answered (the gateway's timeout ends
    // them), and a token that expires within the run (the gateway refreshes it after the 401).
    Object.assign(e.faults, { latencyMs: 5, randomThrottleRate: 0.1, randomUnavailableRate: 0.05, throttleRetryAfterSeconds: 0, unavailableRetryAfterSeconds: 0, loseNextCreates: 2, timeoutNext: 2, holdMs: null });
    let token = e.issueToken(3600);
    const g = createGraphGateway({
      baseUrl: e.baseUrl,
      getToken: async () => token,
      refreshToken: async () => (token = e.issueToken(3600)),
      lang: "en",
      sleep: noSleep,
      requestTimeoutMs: 300,
    });
    const rows = 24;
    const sizes = (row: number): number => (row % 6 === 0 ? 3.3 * MB : row % 5 === 0 ? 2.2 * MB : 30 * KIB + row);
    const files = new Map<number, Uint8Array>();
    const planned = Array.from({ length: rows }, (_, i) => ({ row: i + 2, to: addr(`p${i + 2}@example.de`), toName: null, cc: [], bcc: [], attachments: [], rowIndex: i }) as unknown as PlannedDraft);
    const ledger = memoryLedger();
    const start = () =>
      startRun({
        runId: "run1",
        drafts: planned,
        render: async (p) => {
          const bytes = files.get(p.row) ?? bytesOf(Math.floor(sizes(p.row)), p.row);
          files.set(p.row, bytes);
          return draft(p.row, { cc: p.row % 4 === 0 ? [addr(`eltern${p.row}@example.de`)] : [], attachments: [file(`Rechnung_${p.row}.pdf`, bytes)] });
        },
        gateway: g,
        ledger,
        lang: "en",
        clock: instantClock,
        random: () => 0.5,
        maxAttempts: 10,
      });
    // Cut off after a seeded number of rows (a closed pane), then started again with the same run id and ledger.
    const first = start();
    let expired = false;
    const cutAfter = 4 + seed * 3;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        // The token runs out while the run goes on (a long run outlives its hour).
        if (e.drafts.length >= 2 && !expired) {
          expired = true;
          e.tokens.set(token, Date.now() - 1);
        }
        if (e.drafts.length >= cutAfter) {
          clearInterval(timer);
          resolve();
        }
      }, 2);
    });
    first.cancel();
    await first.done;
    const second = await start().done;
    expect(second.outcomes.filter((o) => o.status !== "created")).toEqual([]);
    expectExactlyOnePerRow(e, rows);
    for (const d of e.drafts) {
      expect(d.extendedProperties).toEqual(expect.arrayContaining([{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }]));
      const row = Number(d.toRecipients[0]?.emailAddress.address.slice(1).split("@")[0]);
      expect(d.attachments).toHaveLength(1);
      expect(d.attachments[0]?.bytes.equals(Buffer.from(files.get(row)!))).toBe(true);
      // What the emulator received for this draft names this row's people and nobody else's.
      const received = JSON.stringify(d.raw);
      const others = [...files.keys()].filter((r) => r !== row).flatMap((r) => [`"p${r}@example.de"`, `"eltern${r}@example.de"`]);
      expect(others.filter((address) => received.includes(address))).toEqual([]);
    }
    expect(e.maxInFlight).toBeLessThanOrEqual(4);
    // The faults really happened: throttled, unavailable, an expired token, answers that never came.
    const statuses = new Set(e.log.map((entry) => entry.status));
    expect([429, 503, 401, 0].filter((status) => !statuses.has(status))).toEqual([]);
  }, 60_000);
});
