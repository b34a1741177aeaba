// The Graph emulator on its own: each endpoint, limit, fault and validation error, CORS, mounting under a prefix
// behind another server, and token expiry — all on a fake clock, so nothing waits for a real window to pass.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { EMULATOR_CONTROL_HEADER } from "./controlProtocol";
import { createGraphEmulator, DRAFTS_FOLDER_ID, MB, SENT_ITEMS_FOLDER_ID, startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions, type MessageView } from "./graphEmulator";

/** The token the current test's emulator issued (it accepts no other). */
let TOKEN = "";
const GUID = "{5c2e8f3a-8b1d-4e57-9a64-0d3f2b7c91e4}";
const KEY = `String ${GUID} Name RundmailKey`;
const COMPLETE = `String ${GUID} Name RundmailComplete`;

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

/** node:http rather than fetch, so Host and Origin can be set and a request can be abandoned. */
function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer; abortAfterMs?: number } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : Buffer.isBuffer(init.body) ? init.body : Buffer.from(init.body);
    const req = http.request(url, { method: init.method ?? "GET", headers: { ...(body ? { "Content-Length": String(body.length) } : {}), ...init.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
      });
    });
    req.on("error", reject);
    if (init.abortAfterMs !== undefined) setTimeout(() => req.destroy(new Error("gave up")), init.abortAfterMs);
    req.end(body);
  });
}

let clock = Date.parse("2026-03-02T09:00:00Z");
const now = (): number => clock;
let emu: GraphEmulator | undefined;
async function start(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  emu = await startGraphEmulator({ now, ...options });
  useToken(emu.issueToken(24 * 3600)); // a day, the longest it issues: some tests move the clock by hours
  return emu;
}
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const auth: Record<string, string> = { "Content-Type": "application/json" };
function useToken(token: string): void {
  TOKEN = token;
  auth["Authorization"] = `Bearer ${token}`;
}
/** The headers of a test control request: the emulator's control token. */
const control = (e: { readonly controlToken: string }, headers: Record<string, string> = {}): Record<string, string> => ({ [EMULATOR_CONTROL_HEADER]: e.controlToken, ...headers });
const call = (e: GraphEmulator, method: string, path: string, body?: unknown, headers: Record<string, string> = auth): Promise<Answer> =>
  request(`${e.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }) });
const message = (to: string[] = ["a@example.de"], props: { id: string; value: string }[] = [], extra: Record<string, unknown> = {}) => ({
  subject: "Betreff",
  body: { contentType: "HTML", content: "<p>Hallo</p>" },
  toRecipients: to.map((address) => ({ emailAddress: { address } })),
  singleValueExtendedProperties: props,
  ...extra,
});
async function create(e: GraphEmulator, body: unknown = message(), headers = auth): Promise<string> {
  const res = await call(e, "POST", "/me/messages", body, headers);
  expect(res.status).toBe(201);
  return res.json<{ id: string }>().id;
}
const q = (params: Record<string, string>): string => `?${new URLSearchParams(params).toString().replace(/\+/g, "%20")}`;
const errorCode = (a: Answer): unknown => a.json<{ error: { code: string } }>().error.code;

describe("send", () => {
  test("202 with no body; the draft moves to Sent Items with a new REST id; the send is recorded", async () => {
    const e = await start();
    const id = await create(e, message(["a@example.de"], [], { ccRecipients: [{ emailAddress: { address: "c@example.de" } }], bccRecipients: [{ emailAddress: { address: "me@example.de" } }] }));
    const res = await call(e, "POST", `/me/messages/${id}/send`, undefined, { Authorization: `Bearer ${TOKEN}` });
    expect([res.status, res.text]).toEqual([202, ""]);
    expect(e.drafts).toHaveLength(0);
    expect(e.sentItems).toHaveLength(1);
    const m = e.sentItems[0]!;
    expect(m).toMatchObject({ isDraft: false, folder: "sentitems", parentFolderId: SENT_ITEMS_FOLDER_ID, sentDateTime: new Date(clock).toISOString() });
    expect(m.id).not.toBe(id);
    expect(e.sent).toEqual([{ at: clock, messageId: m.id, immutableId: m.immutableId, recipients: 3 }]);
    expect((await call(e, "GET", `/me/messages/${id}`)).status).toBe(404);
    expect((await call(e, "GET", `/me/messages/${m.id}`)).json()).toMatchObject({ isDraft: false, parentFolderId: SENT_ITEMS_FOLDER_ID });
  });

  test('with Prefer: IdType="ImmutableId" the id survives the move', async () => {
    const e = await start();
    const prefer = { ...auth, Prefer: 'IdType="ImmutableId"' };
    const id = await create(e, message(), prefer);
    expect((await call(e, "POST", `/me/messages/${id}/send`, undefined, prefer)).status).toBe(202);
    expect((await call(e, "GET", `/me/messages/${id}`, undefined, prefer)).json()).toMatchObject({ id, isDraft: false });
  });

  test.each([
    ["no recipients", message([]), 400, "ErrorInvalidRecipients"],
    ["already sent", message(), 400, "ErrorInvalidOperation"],
  ])("refuses a draft with %s", async (name, body, status, code) => {
    const e = await start();
    const prefer = { ...auth, Prefer: 'IdType="ImmutableId"' };
    const id = await create(e, body, prefer);
    if (name === "already sent") await call(e, "POST", `/me/messages/${id}/send`, undefined, prefer);
    const res = await call(e, "POST", `/me/messages/${id}/send`, undefined, prefer);
    expect([res.status, errorCode(res)]).toEqual([status, code]);
    expect(e.sent).toHaveLength(name === "already sent" ? 1 : 0);
  });

  test("recipients count toward the rolling daily limit; over it: 429 ErrorSubmissionQuotaExceeded until the window passes", async () => {
    const e = await start({ recipientLimit: 3, recipientWindowMs: 24 * 3600_000 });
    const first = await create(e, message(["a@example.de", "b@example.de"]));
    const second = await create(e, message(["c@example.de", "d@example.de"]));
    expect((await call(e, "POST", `/me/messages/${first}/send`)).status).toBe(202);
    clock += 3600_000;
    const refused = await call(e, "POST", `/me/messages/${second}/send`);
    expect([refused.status, errorCode(refused)]).toEqual([429, "ErrorSubmissionQuotaExceeded"]);
    expect(refused.headers["retry-after"]).toBe(String(23 * 3600));
    expect(e.drafts).toHaveLength(1);
    clock += 23 * 3600_000;
    useToken(e.issueToken()); // a day later: the first token (a day at most) has expired
    expect((await call(e, "POST", `/me/messages/${second}/send`)).status).toBe(202);
    expect(e.summary().usage.recipients).toMatchObject({ used: 2, limit: 3 });
  });

  test("sends faster than 30 a minute are accepted (Exchange delays them) and the peak is recorded", async () => {
    const e = await start();
    for (let i = 0; i < 3; i += 1) await call(e, "POST", `/me/messages/${await create(e)}/send`);
    expect(e.maxSendsPerMinute).toBe(3);
  });
});

describe("reading messages: $filter, $select, $expand, paging", () => {
  /** A: key k1, complete, sent. B: key k2, not complete. C: untagged. */
  async function mailbox(e: GraphEmulator): Promise<Record<"A" | "B" | "C", string>> {
    const prefer = { ...auth, Prefer: 'IdType="ImmutableId"' };
    const A = await create(e, message(["a@example.de"], [{ id: KEY, value: "run1:2:a@example.de" }, { id: COMPLETE, value: "1" }]), prefer);
    const B = await create(e, message(["b@example.de"], [{ id: KEY, value: "run1:3:b@example.de" }]), prefer);
    const C = await create(e, message(["c@example.de"]), prefer);
    await call(e, "POST", `/me/messages/${A}/send`, undefined, prefer);
    return { A, B, C };
  }
  const byKey = (value: string, op = "eq") =>
    op === "eq" || op === "ne" ? `singleValueExtendedProperties/Any(ep: ep/id eq '${KEY}' and ep/value ${op} '${value}')` : `singleValueExtendedProperties/Any(ep: ep/id eq '${KEY}' and ${op}(ep/value, '${value}'))`;

  test.each([
    ["a key (sent items are searched too)", byKey("run1:2:a@example.de"), ["A"]],
    ["a key, values compared case-insensitively", byKey("RUN1:2:A@EXAMPLE.DE"), ["A"]],
    ["the property at all", `singleValueExtendedProperties/any(ep: ep/id eq '${KEY}')`, ["A", "B"]],
    ["the GUID in upper case", `singleValueExtendedProperties/Any(ep: ep/id eq '${KEY.toUpperCase().replace("NAME RUNDMAILKEY", "Name RundmailKey")}')`, ["A", "B"]],
    ["the name in another case (names are case-sensitive)", `singleValueExtendedProperties/Any(ep: ep/id eq 'String ${GUID} Name rundmailkey')`, []],
    ["startswith", byKey("run1:", "startswith"), ["A", "B"]],
    ["contains", byKey("3:b@", "contains"), ["B"]],
    ["ne", byKey("run1:2:a@example.de", "ne"), ["B"]],
    ["drafts only", `isDraft eq true and ${byKey("run1:", "startswith")}`, ["B"]],
    ["a quote in the value", byKey("o''brien"), []],
  ])("$filter on %s", async (_name, filter, expected) => {
    const e = await start();
    const ids = await mailbox(e);
    const res = await call(e, "GET", `/me/messages${q({ $filter: filter })}`, undefined, { ...auth, Prefer: 'IdType="ImmutableId"' });
    expect(res.status).toBe(200);
    expect(res.json<{ value: { id: string }[] }>().value.map((m) => m.id)).toEqual(expected.map((k) => ids[k as "A" | "B" | "C"]));
  });

  test("$select returns id, the etag and what was asked; $expand adds the one property asked for, only where present", async () => {
    const e = await start();
    await mailbox(e);
    const res = await call(e, "GET", `/me/messages${q({ $filter: byKey("run1:", "startswith"), $select: "id,isDraft,parentFolderId", $expand: `singleValueExtendedProperties($filter=id eq '${COMPLETE}')` })}`);
    const value = res.json<{ value: Record<string, unknown>[] }>().value;
    expect(value.map((m) => Object.keys(m).sort())).toEqual([
      ["@odata.etag", "id", "isDraft", "parentFolderId", "singleValueExtendedProperties"],
      ["@odata.etag", "id", "isDraft", "parentFolderId"],
    ]);
    expect(value[0]).toMatchObject({ isDraft: false, parentFolderId: SENT_ITEMS_FOLDER_ID, singleValueExtendedProperties: [{ id: COMPLETE, value: "1" }] });
    expect(value[1]).toMatchObject({ isDraft: true, parentFolderId: DRAFTS_FOLDER_ID });
  });

  test("$expand with two ids joined by or; on a single message too", async () => {
    const e = await start();
    const { B } = await mailbox(e);
    const res = await call(e, "GET", `/me/messages/${B}${q({ $expand: `singleValueExtendedProperties($filter=id eq '${KEY}' or id eq '${COMPLETE}')`, $select: "subject" })}`);
    expect(res.json()).toEqual({ "@odata.etag": expect.any(String), id: expect.any(String), subject: "Betreff", singleValueExtendedProperties: [{ id: KEY, value: "run1:3:b@example.de" }] });
  });

  test.each([
    ["$filter on another property", { $filter: "subject eq 'x'" }, "ErrorInvalidUrlQueryFilter"],
    ["$filter without the id", { $filter: "singleValueExtendedProperties/Any(ep: ep/value eq 'x')" }, "ErrorInvalidUrlQueryFilter"],
    ["$select of an unknown property", { $select: "id,colour" }, "BadRequest"],
    ["$expand of something else", { $expand: "attachments" }, "BadRequest"],
    ["$top over 1000", { $top: "1001" }, "BadRequest"],
  ])("400 for %s", async (_name, params, code) => {
    const e = await start();
    const res = await call(e, "GET", `/me/messages${q(params)}`);
    expect([res.status, errorCode(res)]).toEqual([400, code]);
  });

  test("10 per page by default; @odata.nextLink leads to the rest", async () => {
    const e = await start();
    for (let i = 0; i < 12; i += 1) await create(e);
    const first = (await call(e, "GET", "/me/messages")).json<{ value: unknown[]; "@odata.nextLink": string }>();
    expect(first.value).toHaveLength(10);
    const second = (await request(first["@odata.nextLink"], { headers: auth })).json<{ value: unknown[]; "@odata.nextLink"?: string }>();
    expect(second.value).toHaveLength(2);
    expect(second["@odata.nextLink"]).toBeUndefined();
  });

  test("mail folders: Drafts and Sent Items with their messages", async () => {
    const e = await start();
    await mailbox(e);
    expect((await call(e, "GET", "/me/mailFolders/drafts")).json()).toMatchObject({ id: DRAFTS_FOLDER_ID, displayName: "Drafts", totalItemCount: 2 });
    expect((await call(e, "GET", "/me/mailFolders/sentitems/messages")).json<{ value: unknown[] }>().value).toHaveLength(1);
  });

  test("attachments are listed, with $select", async () => {
    const e = await start();
    const id = await create(e, message(["a@example.de"], [], { attachments: [{ "@odata.type": "#microsoft.graph.fileAttachment", name: "a.pdf", contentBytes: "AAEC" }] }));
    const res = await call(e, "GET", `/me/messages/${id}/attachments${q({ $select: "id,name,size" })}`);
    expect(res.json<{ value: unknown[] }>().value).toEqual([{ "@odata.type": "#microsoft.graph.fileAttachment", id: expect.any(String), name: "a.pdf", size: 3 }]);
  });
});

describe("PATCH", () => {
  test.each([
    ["a draft: subject, and a property added", true, { subject: "Neu", singleValueExtendedProperties: [{ id: COMPLETE, value: "1" }] }, 200, null, "Neu", 2],
    ["a draft: an existing property changed, not doubled", true, { singleValueExtendedProperties: [{ id: KEY.replace(GUID, GUID.toUpperCase()), value: "k2" }] }, 200, null, "Betreff", 1],
    ["a sent message: a property may still be set", false, { singleValueExtendedProperties: [{ id: COMPLETE, value: "1" }] }, 200, null, "Betreff", 2],
    ["a sent message: the subject may not", false, { subject: "Neu" }, 400, "ErrorInvalidPropertyUpdateSentMessage", "Betreff", 1],
    ["a sent message: the body may not", false, { body: { contentType: "text", content: "x" } }, 400, "ErrorInvalidPropertyUpdateSentMessage", "Betreff", 1],
    ["an unknown property", true, { colour: "red" }, 400, "RequestBodyRead", "Betreff", 1],
    ["a malformed property id (nothing changes)", true, { subject: "Neu", singleValueExtendedProperties: [{ id: "RundmailComplete", value: "1" }] }, 400, "ErrorInvalidProperty", "Betreff", 1],
    ["not JSON", true, "{", 400, "RequestBodyRead", "Betreff", 1],
  ])("%s", async (_name, draft, patch, status, code, subject, propertyCount) => {
    const e = await start();
    const prefer = { ...auth, Prefer: 'IdType="ImmutableId"' };
    const id = await create(e, message(["a@example.de"], [{ id: KEY, value: "k1" }]), prefer);
    if (!draft) await call(e, "POST", `/me/messages/${id}/send`, undefined, prefer);
    const res = await call(e, "PATCH", `/me/messages/${id}`, patch, prefer);
    expect(res.status).toBe(status);
    if (code !== null) expect(errorCode(res)).toBe(code);
    else expect(res.json()).toMatchObject({ id, subject });
    expect(e.messages[0]).toMatchObject({ subject });
    expect(e.messages[0]?.extendedProperties).toHaveLength(propertyCount);
  });
});

describe("limits", () => {
  test("10,000 requests per 10 minutes (here 3): the next gets 429 with Retry-After until the oldest leaves the window", async () => {
    const e = await start({ requestLimit: 3, requestWindowMs: 600_000 });
    for (let i = 0; i < 3; i += 1) {
      expect((await call(e, "GET", "/me/messages")).status).toBe(200);
      clock += 60_000;
    }
    const refused = await call(e, "GET", "/me/messages");
    expect([refused.status, errorCode(refused), refused.headers["retry-after"]]).toEqual([429, "ApplicationThrottled", "420"]);
    clock += 420_000;
    expect((await call(e, "GET", "/me/messages")).status).toBe(200);
  });

  test("150 MB of upload per 5 minutes (here 1,000 bytes): PATCH, POST and PUT bodies count", async () => {
    const e = await start({ uploadLimitBytes: 1000, uploadWindowMs: 300_000 });
    const body = message(["a@example.de"], [], { subject: "x".repeat(500) });
    await create(e, body);
    const refused = await call(e, "POST", "/me/messages", body);
    expect([refused.status, refused.headers["retry-after"]]).toEqual([429, "300"]);
    expect(refused.json()).toMatchObject({ error: { code: "ApplicationThrottled", message: expect.stringMatching(/IncomingBytes/) } });
    expect(e.messages).toHaveLength(1);
    clock += 300_000;
    await create(e, body);
  });

  test("upload session chunks count toward both budgets", async () => {
    // 3.5 MB of budget: the create, the session request and the first 3.2 MB chunk fit, the last chunk does not.
    const e = await start({ uploadLimitBytes: 3.5 * MB, requestLimit: 1000 });
    const id = await create(e);
    const session = (await call(e, "POST", `/me/messages/${id}/attachments/createUploadSession`, { AttachmentItem: { attachmentType: "file", name: "big.bin", size: 3.5 * MB } })).json<{ uploadUrl: string }>();
    const chunk = 10 * 320 * 1024;
    const put = (start: number, end: number) => request(session.uploadUrl, { method: "PUT", headers: { "Content-Range": `bytes ${start}-${end}/${3.5 * MB}` }, body: Buffer.alloc(end - start + 1) });
    expect((await put(0, chunk - 1)).status).toBe(200);
    const refused = await put(chunk, 3.5 * MB - 1);
    expect(refused.status).toBe(429);
    clock += 300_000;
    expect((await put(chunk, 3.5 * MB - 1)).status).toBe(201);
    expect(e.summary().usage.requests.used).toBe(5);
  });

  test("a fifth concurrent request still gets 429 MailboxConcurrency", async () => {
    const e = await start({ maxConcurrent: 1 });
    e.faults.latencyMs = 100;
    const statuses = (await Promise.all([call(e, "GET", "/me/messages"), call(e, "GET", "/me/messages")])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 429]);
  });
});

describe("faults", () => {
  test("timeoutNext, never answered: the client gives up, nothing is created, the slot is freed", async () => {
    const e = await start({ maxConcurrent: 1 });
    e.faults.timeoutNext = 1;
    await expect(request(`${e.baseUrl}/me/messages`, { method: "POST", headers: auth, body: JSON.stringify(message()), abortAfterMs: 100 })).rejects.toThrow("gave up");
    await new Promise((r) => setTimeout(r, 20));
    expect(e.messages).toHaveLength(0);
    expect(e.log.at(-1)).toMatchObject({ method: "POST", status: 0 });
    expect((await call(e, "GET", "/me/messages")).status).toBe(200);
  });

  test("timeoutNext with holdMs: answered late", async () => {
    const e = await start();
    Object.assign(e.faults, { timeoutNext: 1, holdMs: 120 });
    const started = Date.now();
    await create(e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(e.faults.timeoutNext).toBe(0);
  });

  test("randomThrottleRate 0.1: about a tenth are 429, the same tenth for the same seed", async () => {
    const statusesFor = async (seed: number): Promise<number[]> => {
      const e = await start({ seed });
      Object.assign(e.faults, { randomThrottleRate: 0.1, throttleRetryAfterSeconds: 2 });
      const out: number[] = [];
      for (let i = 0; i < 300; i += 1) {
        const res = await call(e, "GET", "/me/messages?$top=1");
        if (res.status === 429) expect(res.headers["retry-after"]).toBe("2");
        out.push(res.status);
      }
      await e.close();
      emu = undefined;
      return out;
    };
    const first = await statusesFor(7);
    const throttled = first.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(15);
    expect(throttled).toBeLessThan(50);
    expect(await statusesFor(7)).toEqual(first);
  });

  test.each([
    ["randomUnavailableRate 1", { randomUnavailableRate: 1, unavailableRetryAfterSeconds: 4 }, 503, "4"],
    ["throttleNext limited to one path", { throttleNext: 1, throttleOnly: /^GET \/v1\.0\/me\/messages$/, throttleRetryAfterSeconds: 3 }, 429, "3"],
    ["unavailableNext without Retry-After", { unavailableNext: 1 }, 503, undefined],
    // (throttleWindowStart here: ms before the test's clock, which other tests move)
    ["a throttle window of 60 s, 20 s in: 429, Retry-After the rest", { throttleWindowMs: 60_000, throttleWindowStart: 20_000 }, 429, "40"],
    ["a throttle window that has passed", { throttleWindowMs: 60_000, throttleWindowStart: 60_000 }, 200, undefined],
    ["a throttle window with Retry-After hidden", { throttleWindowMs: 60_000, throttleWindowStart: 0, hideRetryAfter: true }, 429, undefined],
  ])("%s", async (_name, faults, status, retryAfter) => {
    const e = await start();
    Object.assign(e.faults, faults);
    if (e.faults.throttleWindowStart !== null) e.faults.throttleWindowStart = clock - e.faults.throttleWindowStart;
    const res = await call(e, "GET", "/me/messages");
    expect([res.status, res.headers["retry-after"]]).toEqual([status, retryAfter]);
  });

  test("faults can be set as JSON over HTTP; unknown or mistyped ones are refused", async () => {
    const e = await start();
    const setFaults = (body: unknown) => request(`${e.origin}/emulator/faults`, { method: "POST", headers: control(e, { "Content-Type": "application/json" }), body: JSON.stringify(body) });
    const set = await setFaults({ throttleNext: 1, throttleOnly: "^POST ", latencyMs: 5 });
    expect(set.json()).toMatchObject({ throttleNext: 1, throttleOnly: "^POST ", latencyMs: 5 });
    expect((await call(e, "GET", "/me/messages")).status).toBe(200);
    expect((await call(e, "POST", "/me/messages", message())).status).toBe(429);
    // A window posted without a start begins now.
    expect((await setFaults({ throttleNext: 0, throttleWindowMs: 5000 })).json()).toMatchObject({ throttleWindowMs: 5000, throttleWindowStart: clock });
    expect((await call(e, "GET", "/me/messages")).status).toBe(429);
    await setFaults({ throttleWindowMs: 0, hideRetryAfter: true });
    for (const bad of [{ nope: 1 }, { throttleNext: "1" }, { randomThrottleRate: 2 }, { throttleOnly: "(" }, { hideRetryAfter: 1 }, [1]]) {
      expect((await setFaults(bad)).status).toBe(400);
    }
  });
});

describe("validation, as Graph rejects", () => {
  const file = (over: Record<string, unknown>) => ({ "@odata.type": "#microsoft.graph.fileAttachment", name: "a.pdf", contentBytes: "AAEC", ...over });
  test.each([
    ["an attachment without @odata.type", "/me/messages", message(["a@example.de"], [], { attachments: [{ name: "a.pdf", contentBytes: "AAEC" }] }), 400, "RequestBodyRead", /does not exist on type 'microsoft\.graph\.attachment'/],
    ["a wrong @odata.type", "/me/messages", message(["a@example.de"], [], { attachments: [file({ "@odata.type": "#microsoft.graph.itemAttachment" })] }), 400, "RequestBodyRead", /could not be resolved/],
    ["an attachment without name", "ATT", file({ name: undefined }), 400, "ErrorInvalidRequest", /name/],
    ["an attachment without contentBytes", "ATT", file({ contentBytes: undefined }), 400, "ErrorInvalidRequest", /contentBytes/],
    ["an attachment that is not JSON", "ATT", "[", 400, "RequestBodyRead", /JSON/],
    ["an upload session without AttachmentItem", "SESSION", {}, 400, "ErrorInvalidRequest", /AttachmentItem/],
    ["an upload session without size", "SESSION", { AttachmentItem: { attachmentType: "file", name: "a" } }, 400, "ErrorInvalidRequest", /size/],
    ["an upload session without name", "SESSION", { AttachmentItem: { attachmentType: "file", size: 4 * MB } }, 400, "ErrorInvalidRequest", /name/],
    ["an upload session without attachmentType", "SESSION", { AttachmentItem: { name: "a", size: 4 * MB } }, 400, "ErrorInvalidRequest", /attachmentType/],
    ["an upload session over 150 MB", "SESSION", { AttachmentItem: { attachmentType: "file", name: "a", size: 151 * MB } }, 413, "ErrorAttachmentSizeLimitExceeded", /150/],
    ["a recipient that is no address", "/me/messages", message(["not an address"]), 400, "ErrorInvalidRecipients", /recipient/],
    ["an unknown path", "/me/events", {}, 400, "BadRequest", /segment/],
  ])("%s", async (_name, where, body, status, code, text) => {
    const e = await start();
    const id = where === "/me/messages" || where === "/me/events" ? "" : await create(e);
    const path = where === "ATT" ? `/me/messages/${id}/attachments` : where === "SESSION" ? `/me/messages/${id}/attachments/createUploadSession` : where;
    const res = await call(e, "POST", path, body);
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({ error: { code, message: expect.stringMatching(text), innerError: { "request-id": expect.any(String) } } });
    expect(e.messages.flatMap((m) => m.attachments)).toHaveLength(0);
  });
});

describe("CORS", () => {
  test("a preflight from an allowed origin is answered without a token, echoing the origin and allowing the headers Rundmail sends", async () => {
    const e = await start({ allowedOrigins: ["https://addin.example"] });
    const res = await request(`${e.baseUrl}/me/messages`, {
      method: "OPTIONS",
      headers: { Origin: "https://addin.example", "Access-Control-Request-Method": "PATCH", "Access-Control-Request-Headers": "authorization,content-type,content-range" },
    });
    expect(res.status).toBe(204);
    expect(res.headers["access-control-allow-origin"]).toBe("https://addin.example");
    expect(String(res.headers["access-control-allow-methods"])).toMatch(/PATCH/);
    expect(String(res.headers["access-control-allow-headers"])).toMatch(/authorization.*content-type.*content-range/i);
    expect(e.log).toHaveLength(0);
  });

  test.each([
    ["a success", auth, 200, false],
    ["a 401", { Origin: "x" }, 401, false],
    ["a success, Retry-After exposed on request", auth, 200, true],
  ])("%s carries Access-Control-Allow-Origin (an allowed origin); Retry-After hidden as Graph hides it unless exposed", async (_name, headers, status, exposeRetryAfter) => {
    const e = await start({ allowedOrigins: ["https://addin.example"], exposeRetryAfter });
    const res = await call(e, "GET", "/me/messages", undefined, { ...headers, Origin: "https://addin.example" });
    expect(res.status).toBe(status);
    expect(res.headers["access-control-allow-origin"]).toBe("https://addin.example");
    const exposed = String(res.headers["access-control-expose-headers"]).split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["Location", "request-id", "client-request-id", "WWW-Authenticate"]));
    expect(exposed.includes("Retry-After")).toBe(exposeRetryAfter);
  });
});

describe("who may call: a page of another site open in the same browser must not read or change the mailbox", () => {
  const FOREIGN = "https://evil.example";

  test.each([
    ["the state, even with the control token", "GET", "/emulator/state", "control"],
    ["the changes since a cursor, even with the control token", "GET", "/emulator/changes?since=", "control"],
    ["the control token itself", "GET", "/emulator/session", "none"],
    ["a Graph list, even with a valid token", "GET", "/v1.0/me/messages", "graph"],
    ["a preflight", "OPTIONS", "/v1.0/me/messages", "none"],
    ["a simple POST to reset (no preflight needed)", "POST", "/emulator/reset", "none"],
  ] as const)("another origin: %s — 403, no CORS allowance, nothing in the answer", async (_name, method, path, credentials) => {
    const e = await start();
    await create(e);
    e.faults.throttleNext = 3;
    const headers: Record<string, string> = { Origin: FOREIGN, "Sec-Fetch-Site": "cross-site" };
    if (credentials === "control") headers[EMULATOR_CONTROL_HEADER] = e.controlToken;
    if (credentials === "graph") headers["Authorization"] = `Bearer ${TOKEN}`;
    if (method === "OPTIONS") headers["Access-Control-Request-Method"] = "GET";
    const res = await request(`${e.origin}${path}`, { method, headers });
    expect(res.status).toBe(403);
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    expect(res.text).not.toMatch(/a@example\.de|controlToken|Betreff/);
    expect(res.text).not.toContain(e.controlToken);
    expect([e.messages.length, e.faults.throttleNext]).toEqual([1, 3]);
  });

  test("no origin gets Access-Control-Allow-Origin: * or its own echoed back unless it was allowed", async () => {
    const e = await start({ allowedOrigins: ["http://localhost:8080"] });
    const allowed = await call(e, "GET", "/me/messages", undefined, { ...auth, Origin: "http://localhost:8080" });
    expect(allowed.headers["access-control-allow-origin"]).toBe("http://localhost:8080");
    const other = await call(e, "GET", "/me/messages", undefined, { ...auth, Origin: "http://localhost:8081" });
    expect([other.status, other.headers["access-control-allow-origin"]]).toEqual([403, undefined]);
    // The emulator's own origin (a page it serves) needs no allowance and gets none.
    const same = await call(e, "GET", "/me/messages", undefined, { ...auth, Origin: e.origin });
    expect([same.status, same.headers["access-control-allow-origin"]]).toEqual([200, undefined]);
  });

  test.each([
    ["GET", "/emulator/state"],
    ["GET", "/emulator/changes"],
    ["GET", "/emulator/changes?since=x.0"],
    ["GET", "/emulator/faults"],
    ["GET", "/emulator/messages/anything"],
    ["GET", "/emulator/messages/anything/attachments/else"],
    ["POST", "/emulator/faults"],
    ["POST", "/emulator/reset"],
    ["POST", "/emulator/token"],
  ])("%s %s: 401 without the control token, 403 with a wrong one, nothing told or changed", async (method, path) => {
    const e = await start();
    await create(e);
    const body = method === "POST" ? JSON.stringify(path.endsWith("faults") ? { throttleNext: 9 } : {}) : undefined;
    const tokensBefore = e.tokens.size;
    const none = await request(`${e.origin}${path}`, { method, ...(body === undefined ? {} : { body }) });
    const wrong = await request(`${e.origin}${path}`, { method, headers: { [EMULATOR_CONTROL_HEADER]: "guessed" }, ...(body === undefined ? {} : { body }) });
    const fixed = await request(`${e.origin}${path}`, { method, headers: { [EMULATOR_CONTROL_HEADER]: "test-token" }, ...(body === undefined ? {} : { body }) });
    expect([none.status, wrong.status, fixed.status]).toEqual([401, 403, 403]);
    for (const res of [none, wrong, fixed]) expect(res.text).not.toMatch(/a@example\.de|access_token/);
    expect([e.messages.length, e.faults.throttleNext, e.tokens.size]).toEqual([1, 0, tokensBefore]);
  });

  test.each([
    ["same-origin", 200],
    ["same-site", 403],
    ["cross-site", 403],
    ["none", 403],
    [undefined, 403],
  ])("the control token is handed out to a page the browser marks Sec-Fetch-Site: %s → %s", async (site, status) => {
    const e = await start();
    const res = await request(`${e.origin}/emulator/session`, { headers: site === undefined ? {} : { "Sec-Fetch-Site": site } });
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.json()).toEqual({ controlToken: e.controlToken });
      expect(res.headers["cache-control"]).toBe("no-store");
    } else expect(res.text).not.toContain(e.controlToken);
  });

  test("each emulator makes its own control token, long and random", async () => {
    const a = createGraphEmulator();
    const b = createGraphEmulator();
    expect(a.controlToken).not.toBe(b.controlToken);
    expect(a.controlToken).toMatch(/^[\w-]{43}$/);
  });

  test.each([
    ["localhost", "localhost:PORT", 200],
    ["an IPv4 address", "127.0.0.1:PORT", 200],
    ["an IPv6 address", "[::1]:PORT", 200],
    ["a name the page's DNS points at 127.0.0.1 (DNS rebinding)", "evil.example:PORT", 403],
  ])("Host %s (%s) → %s", async (_name, host, status) => {
    const e = await start();
    const res = await call(e, "GET", "/me/messages", undefined, { ...auth, Host: host.replace("PORT", String(e.port)) });
    expect(res.status).toBe(status);
  });
});

describe("mounted under a prefix behind another server", () => {
  test("serves /graph/…, leaves other paths alone, builds URLs from the Host header and the prefix", async () => {
    const emulator = createGraphEmulator({ prefix: "/graph", now, allowedHosts: ["mail.example"] });
    useToken(emulator.issueToken());
    const server = http.createServer((req, res) => {
      if (emulator.handle(req, res)) return;
      res.writeHead(req.url === "/hello" ? 200 : 404, { "Content-Type": "text/plain" });
      res.end("host page");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await request(`${origin}/hello`)).text).toBe("host page");
      expect((await request(`${origin}/v1.0/me/messages`, { headers: auth })).status).toBe(404);
      const created = await request(`${origin}/graph/v1.0/me/messages`, { method: "POST", headers: { ...auth, Host: "mail.example:8443", "X-Forwarded-Proto": "https" }, body: JSON.stringify(message()) });
      expect(created.status).toBe(201);
      expect(created.json()).toMatchObject({ "@odata.context": "https://mail.example:8443/graph/v1.0/$metadata#users('me')/messages/$entity" });
      const id = created.json<{ id: string }>().id;
      const session = await request(`${origin}/graph/v1.0/me/messages/${id}/attachments/createUploadSession`, {
        method: "POST",
        headers: { ...auth, Host: "mail.example:8443" },
        body: JSON.stringify({ AttachmentItem: { attachmentType: "file", name: "big.bin", size: 3 * MB } }),
      });
      const uploadUrl = session.json<{ uploadUrl: string }>().uploadUrl;
      expect(uploadUrl).toMatch(/^http:\/\/mail\.example:8443\/graph\/upload\/[\w-]+$/);
      const put = await request(uploadUrl.replace("http://mail.example:8443", origin), { method: "PUT", headers: { "Content-Range": `bytes 0-${3 * MB - 1}/${3 * MB}` }, body: Buffer.alloc(3 * MB, 7) });
      expect(put.status).toBe(201);
      const token = (await request(`${origin}/graph/emulator/token`, { method: "POST", headers: control(emulator), body: "{}" })).json<{ access_token: string }>().access_token;
      const state = (await request(`${origin}/graph/emulator/state`, { headers: control(emulator) })).json<{ drafts: unknown[] }>();
      expect(state.drafts).toEqual([expect.objectContaining({ id, isDraft: true, to: ["a@example.de"], subject: "Betreff", attachments: [{ name: "big.bin", size: 3 * MB }] })]);
      expect((await request(`${origin}/graph/v1.0/me/messages`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe("tokens", () => {
  test.each([
    ["no Authorization header", undefined, 0, "Access token is empty."],
    ["an unknown token", "nope", 0, "Access token validation failure. Invalid audience."],
    ["the fixed token earlier emulators accepted", "test-token", 0, "Access token validation failure. Invalid audience."],
    ["a token another emulator issued", "other", 0, "Access token validation failure. Invalid audience."],
    ["a token one ms before expiry", "short", 999, null],
    ["an expired token", "short", 1000, "Lifetime validation failed, the token is expired."],
  ])("%s", async (_name, token, later, message401) => {
    const e = await start();
    const short = e.issueToken(1);
    const other = createGraphEmulator({ now }).issueToken();
    clock += later;
    const sent = token === "short" ? short : token === "other" ? other : token;
    const res = await call(e, "GET", "/me/messages", undefined, sent === undefined ? {} : { Authorization: `Bearer ${sent}` });
    if (message401 === null) return expect(res.status).toBe(200);
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: "InvalidAuthenticationToken", message: message401 } });
    expect(res.headers["www-authenticate"]).toMatch(/^Bearer /);
  });

  test("the simulated sign-in issues a token that expires on the emulator's clock", async () => {
    const e = await start();
    const issued = await request(`${e.origin}/emulator/token`, { method: "POST", headers: control(e, { "Content-Type": "application/json" }), body: JSON.stringify({ ttlSeconds: 60 }) });
    const body = issued.json<{ access_token: string; token_type: string; expires_in: number }>();
    expect(body).toEqual({ access_token: expect.any(String), token_type: "Bearer", expires_in: 60 });
    const get = () => call(e, "GET", "/me/messages", undefined, { Authorization: `Bearer ${body.access_token}` });
    expect((await get()).status).toBe(200);
    clock += 60_000;
    expect((await get()).status).toBe(401);
    const direct = e.issueToken(10);
    expect(e.tokens.get(direct)).toBe(clock + 10_000);
    expect((await request(`${e.origin}/emulator/token`, { method: "POST", headers: control(e), body: '{"ttlSeconds":"x"}' })).status).toBe(400);
    // No token lives longer than a day, whatever is asked.
    const long = await request(`${e.origin}/emulator/token`, { method: "POST", headers: control(e), body: JSON.stringify({ ttlSeconds: 1e9 }) });
    expect(long.json()).toMatchObject({ expires_in: 86_400 });
    expect(e.tokens.get(e.issueToken(Infinity))).toBe(clock + 86_400_000);
  });
});

test("state and reset over HTTP", async () => {
  const e = await start();
  const id = await create(e, message(["a@example.de"], [{ id: KEY, value: "k" }]));
  await call(e, "POST", `/me/messages/${await create(e)}/send`);
  const state = (await request(`${e.origin}/emulator/state`, { headers: control(e) })).json<{ drafts: { id: string }[]; sent: { isDraft: boolean }[]; sends: unknown[]; usage: { requests: { used: number } } }>();
  expect(state.drafts.map((d) => d.id)).toEqual([id]);
  expect(state.sent).toEqual([expect.objectContaining({ isDraft: false, folder: "sentitems" })]);
  expect(state.sends).toHaveLength(1);
  expect(state.usage.requests.used).toBe(3);
  e.faults.throttleNext = 5;
  expect((await request(`${e.origin}/emulator/reset`, { method: "POST", headers: control(e) })).status).toBe(204);
  expect([e.messages.length, e.sent.length, e.faults.throttleNext, e.summary().usage.requests.used]).toEqual([0, 0, 0, 0]);
});

describe("opening a message from the sandbox's mailbox panel (GET /emulator/messages/…)", () => {
  test("the message as created: addresses, subject, body and attachments; an attachment's bytes on asking", async () => {
    const e = await start();
    const pdf = Buffer.from("%PDF-1.4 Rechnung 1001");
    await create(e, message(["anna@example.de"], [], { attachments: [{ "@odata.type": "#microsoft.graph.fileAttachment", name: "Rechnung_1001.pdf", contentType: "application/pdf", contentBytes: pdf.toString("base64") }] }));
    const immutableId = e.drafts[0]?.immutableId ?? "";
    const view = (await request(`${e.origin}/emulator/messages/${encodeURIComponent(immutableId)}`, { headers: control(e) })).json<MessageView>();
    expect(view).toMatchObject({ to: ["anna@example.de"], cc: [], subject: "Betreff", body: { contentType: "html", content: "<p>Hallo</p>" } });
    expect(view.attachments).toEqual([{ id: expect.any(String), name: "Rechnung_1001.pdf", contentType: "application/pdf", size: pdf.length }]);
    const file = await request(`${e.origin}/emulator/messages/${encodeURIComponent(immutableId)}/attachments/${encodeURIComponent(view.attachments[0]?.id ?? "")}`, { headers: control(e) });
    expect(file.json()).toEqual({ name: "Rechnung_1001.pdf", contentType: "application/pdf", contentBytes: pdf.toString("base64") });
  });

  test.each([
    ["a message that is not there", (id: string) => `/emulator/messages/${id}x`],
    ["an attachment that is not there", (id: string) => `/emulator/messages/${id}/attachments/nope`],
  ])("%s: 404, nothing else told", async (_name, path) => {
    const e = await start();
    await create(e);
    const res = await request(`${e.origin}${path(encodeURIComponent(e.drafts[0]?.immutableId ?? ""))}`, { headers: control(e) });
    expect([res.status, errorCode(res)]).toEqual([404, "ErrorItemNotFound"]);
    expect(res.text).not.toContain("Hallo");
  });
});
