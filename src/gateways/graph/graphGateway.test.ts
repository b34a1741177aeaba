// The Graph gateway with a scripted fetch: what the emulator cannot stage (a fetch that ignores its signal, a
// Graph answer without isDraft) and the send pacing with a clock that only moves when told.
import type { OutgoingDraft } from "../../core/run/types";
import type { EmailAddress } from "../../core/types";
import { createGraphGateway, RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_SENDING_PROPERTY, type GraphGatewayOptions } from "./graphGateway";

const draft = (row: number): OutgoingDraft => ({
  row,
  key: `r:${row}:p${row}@example.de`,
  to: `p${row}@example.de` as EmailAddress,
  toName: null,
  cc: [],
  bcc: [],
  subject: "s",
  html: "<p>x</p>",
  text: "x",
  attachments: [],
});

type Handler = (method: string, url: string) => Response | Promise<Response>;
function scripted(handler: Handler) {
  const calls: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    calls.push(`${method} ${String(input).replace("https://graph.test/v1.0", "")}`);
    return handler(method, String(input));
  }) as typeof fetch;
  return { calls, fetchFn };
}
const json = (status: number, body?: unknown): Response => new Response(body === undefined ? null : JSON.stringify(body), { status });
const gateway = (fetchFn: typeof fetch, over: Partial<GraphGatewayOptions> = {}) =>
  createGraphGateway({ baseUrl: "https://graph.test/v1.0", getToken: async () => "t", lang: "en", fetch: fetchFn, sleep: async () => undefined, ...over });

/** A mailbox in a few lines: creates give ids, lists find nothing, sends are accepted. */
const mailbox: Handler = (method, url) => {
  if (method === "GET") return json(200, { value: [] });
  if (method === "POST" && url.endsWith("/me/messages")) return json(201, { id: `m${Math.random()}` });
  if (method === "POST" && url.endsWith("/send")) return json(202);
  if (method === "PATCH") return json(200, { id: url.split("/").pop() });
  if (method === "DELETE") return json(204);
  return json(400, { error: { code: "BadRequest", message: "unexpected" } });
};

describe("pacing of sends", () => {
  test("sends across concurrent creates get slots 2 s apart on the gateway's clock", async () => {
    let t = 1_000_000;
    const sentAt: number[] = [];
    const { fetchFn } = scripted((method, url) => {
      if (url.endsWith("/send")) sentAt.push(t);
      return mailbox(method, url);
    });
    // A clock that moves only when someone sleeps; sleepers wake in the order of their deadlines.
    const sleeps: { until: number; wake: () => void }[] = [];
    const sleep = (ms: number): Promise<void> => new Promise((wake) => sleeps.push({ until: t + ms, wake }));
    const g = gateway(fetchFn, { mode: "send", now: () => t, sleep });
    const all = Promise.all([1, 2, 3, 4].map((row) => g.create(draft(row))));
    for (let i = 0; i < 3; i += 1) {
      while (sleeps.length === 0) await new Promise((r) => setTimeout(r, 1));
      sleeps.sort((a, b) => a.until - b.until);
      const next = sleeps.shift()!;
      t = next.until;
      next.wake();
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await all).map((r) => r.status)).toEqual(["created", "created", "created", "created"]);
    expect(sentAt).toEqual([1_000_000, 1_002_000, 1_004_000, 1_006_000]);
  });
});

describe("timeouts", () => {
  test("a fetch that ignores its abort signal is given up all the same (the create throws: no answer)", async () => {
    const { fetchFn } = scripted(() => new Promise<Response>(() => undefined));
    await expect(gateway(fetchFn, { requestTimeoutMs: 30 }).create(draft(1))).rejects.toThrow("Your mailbox did not answer within 1 seconds.");
  });

  test("cancelling (the run's signal) ends a request at once, not as a timeout", async () => {
    const { fetchFn } = scripted(() => new Promise<Response>(() => undefined));
    const abort = new AbortController();
    const pending = gateway(fetchFn, { requestTimeoutMs: 60_000 }).create(draft(1), abort.signal);
    setTimeout(() => abort.abort(new Error("cancelled by the user")), 10);
    await expect(pending).rejects.toThrow("cancelled by the user");
  });
});

const to1 = { toRecipients: [{ emailAddress: { address: "p1@example.de" } }] };
const completeDraft = { isDraft: true, ...to1, singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] };

describe("lookUp's caution", () => {
  const listing = (item: Record<string, unknown>): Handler => (method, url) =>
    method === "GET" && url.includes("/me/messages?") ? json(200, { value: [{ id: "m1", ...item }] }) : mailbox(method, url);

  test.each([
    ["drafts mode", "drafts" as const],
    ["send mode", "send" as const],
  ])("an answer without isDraft is 'cannot tell' (%s): lookUp throws, nothing is deleted or sent", async (_name, mode) => {
    const { fetchFn, calls } = scripted(listing({ singleValueExtendedProperties: [] }));
    await expect(gateway(fetchFn, { mode }).lookUp("r:1:p1@example.de")).rejects.toThrow(/still a draft/);
    expect(calls.filter((c) => !c.startsWith("GET"))).toEqual([]);
  });

  test("the property id may come back in another case: still complete", async () => {
    const id = RUNDMAIL_COMPLETE_PROPERTY.toUpperCase().replace("STRING", "String");
    const { fetchFn, calls } = scripted(listing({ isDraft: true, singleValueExtendedProperties: [{ id, value: "1" }] }));
    expect(await gateway(fetchFn).lookUp("r:1:p1@example.de")).toEqual({ found: true, ref: "m1" });
    expect(calls).toHaveLength(1);
  });

  test("the query asks for the key, isDraft and the complete mark, spaces as %20", async () => {
    const { fetchFn, calls } = scripted(mailbox);
    await gateway(fetchFn).lookUp("r:1:o'brien@example.de");
    const query = decodeURIComponent(calls[0]!.split("?")[1]!);
    expect(calls[0]).not.toContain("+");
    expect(query).toContain("ep/value eq 'r:1:o''brien@example.de'");
    expect(query).toContain("$select=id,isDraft,createdDateTime");
    expect(query).toContain(`$expand=singleValueExtendedProperties($filter=id eq '${RUNDMAIL_COMPLETE_PROPERTY}' or id eq '${RUNDMAIL_SENDING_PROPERTY}')`);
  });

  test("send mode: a complete draft whose /send gets no answer — lookUp throws (it may have gone out)", async () => {
    const { fetchFn } = scripted((method, url) =>
      url.endsWith("/send") ? new Promise<Response>(() => undefined) : listing(completeDraft)(method, url),
    );
    await expect(gateway(fetchFn, { mode: "send", requestTimeoutMs: 30 }).lookUp("r:1:p1@example.de")).rejects.toThrow(/may have gone out/);
  });

  test("send mode: a complete draft whose /send is refused — not found, so create tries once more and reports it", async () => {
    const { fetchFn } = scripted((method, url) =>
      url.endsWith("/send") ? json(403, { error: { code: "ErrorAccessDenied", message: "Access is denied." } }) : listing(completeDraft)(method, url),
    );
    const g = gateway(fetchFn, { mode: "send" });
    expect(await g.lookUp("r:1:p1@example.de")).toEqual({ found: false });
    expect(await g.create(draft(1))).toMatchObject({ status: "failed", transient: false, code: "graph-send-failed", message: expect.stringMatching(/403 ErrorAccessDenied.*Drafts folder/) });
  });
});

describe("answers that may hide a created draft or a sent message", () => {
  const listing = (items: Record<string, unknown>[]): Handler => (method, url) =>
    method === "GET" && url.includes("/me/messages?") ? json(200, { value: items }) : mailbox(method, url);

  test.each([
    ["a 500", () => json(500, { error: { code: "UnknownError", message: "" } })],
    ["a gateway's 504", () => json(504, { error: { code: "UnknownError", message: "gateway timeout" } })],
    ["a 201 whose body was cut off", () => new Response('{"id":"m', { status: 201 })],
  ])("create answered with %s throws (no answer), so the run looks before creating again", async (_name, answer) => {
    const { fetchFn } = scripted((method, url) => (method === "POST" && url.endsWith("/me/messages") ? answer() : mailbox(method, url)));
    await expect(gateway(fetchFn).create(draft(1))).rejects.toThrow();
  });

  test.each([
    ["429", 429],
    ["503", 503],
    ["400", 400],
  ])("create answered %s: certainly nothing was created (a failed answer)", async (_name, status) => {
    const { fetchFn } = scripted((method, url) => (method === "POST" && url.endsWith("/me/messages") ? json(status, { error: { code: "X", message: "no" } }) : mailbox(method, url)));
    expect(await gateway(fetchFn).create(draft(1))).toMatchObject({ status: "failed" });
  });

  test("two complete drafts for one key (a create that landed late): the oldest stays, the copy is deleted", async () => {
    const mark = [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }];
    const { fetchFn, calls } = scripted(
      listing([
        { id: "late", isDraft: true, ...to1, createdDateTime: "2026-11-28T10:00:05Z", singleValueExtendedProperties: mark },
        { id: "first", isDraft: true, ...to1, createdDateTime: "2026-11-28T10:00:01Z", singleValueExtendedProperties: mark },
      ]),
    );
    expect(await gateway(fetchFn).lookUp("r:1:p1@example.de")).toEqual({ found: true, ref: "first" });
    expect(calls.filter((c) => c.startsWith("DELETE"))).toEqual(["DELETE /me/messages/late"]);
  });

  test("send mode: the draft is marked 'sending' before /send, and the mark goes again when the send is refused", async () => {
    const { fetchFn, calls } = scripted((method, url) => (url.endsWith("/send") ? json(403, { error: { code: "ErrorAccessDenied", message: "Access is denied." } }) : mailbox(method, url)));
    expect(await gateway(fetchFn, { mode: "send" }).create(draft(1))).toMatchObject({ status: "failed", code: "graph-send-failed" });
    const writes = calls.filter((c) => !c.startsWith("GET"));
    expect(writes[0]).toBe("POST /me/messages");
    expect(writes.slice(1)).toEqual([expect.stringMatching(/^PATCH /), expect.stringMatching(/\/send$/), expect.stringMatching(/^PATCH /)]);
  });

  test("send mode: a 500 on /send may have sent it — never retried", async () => {
    const { fetchFn, calls } = scripted((method, url) => (url.endsWith("/send") ? json(500, { error: { code: "UnknownError", message: "" } }) : mailbox(method, url)));
    expect(await gateway(fetchFn, { mode: "send" }).create(draft(1))).toMatchObject({ status: "failed", code: "graph-send-no-answer" });
    expect(calls.filter((c) => c.endsWith("/send"))).toHaveLength(1);
  });

  test("send mode: a draft marked 'sending' is never sent again — lookUp throws, create reports it", async () => {
    const { fetchFn, calls } = scripted(
      listing([{ id: "m1", isDraft: true, ...to1, singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }, { id: RUNDMAIL_SENDING_PROPERTY, value: "1" }] }]),
    );
    const g = gateway(fetchFn, { mode: "send" });
    await expect(g.lookUp("r:1:p1@example.de")).rejects.toThrow(/may have gone out/);
    expect(await g.create(draft(1))).toMatchObject({ status: "failed", transient: false, code: "graph-send-no-answer" });
    expect(calls.filter((c) => c.endsWith("/send") || c.startsWith("POST /me/messages"))).toEqual([]);
  });

  test.each([
    ["as the draft was given (Unicode domain)", "jürgen@bücher.example"],
    ["in another case", "Jürgen@Bücher.Example"],
    ["in its ASCII form", "jürgen@xn--bcher-kva.example"],
  ])("send mode, resumed: an internationalised address %s is the same draft, not one changed by hand — it is sent", async (_name, shown) => {
    const key = "r:1:jürgen@xn--bcher-kva.example"; // draftKey's form: lower case, the domain in ASCII
    const found = () =>
      scripted(listing([{ id: "m1", isDraft: true, toRecipients: [{ emailAddress: { address: shown } }], singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] }]));
    // Looked up after a lost answer, or met again when the row is created: either way the one draft is sent once.
    const looked = found();
    await expect(gateway(looked.fetchFn, { mode: "send" }).lookUp(key)).resolves.toMatchObject({ found: true });
    expect(looked.calls.filter((c) => c.endsWith("/send"))).toEqual(["POST /me/messages/m1/send"]);
    const met = found();
    const idn = { ...draft(1), key, to: "jürgen@bücher.example" as EmailAddress };
    expect(await gateway(met.fetchFn, { mode: "send" }).create(idn)).toMatchObject({ status: "created" });
    expect(met.calls.filter((c) => c.endsWith("/send") || c === "POST /me/messages")).toEqual(["POST /me/messages/m1/send"]);
  });

  test("send mode: a draft someone changed (a second To) is not sent", async () => {
    const { fetchFn, calls } = scripted(
      listing([{ id: "m1", isDraft: true, toRecipients: [{ emailAddress: { address: "p1@example.de" } }, { emailAddress: { address: "other@example.de" } }], singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] }]),
    );
    const g = gateway(fetchFn, { mode: "send" });
    await expect(g.lookUp("r:1:p1@example.de")).rejects.toThrow(/was changed/);
    expect(await g.create(draft(1))).toMatchObject({ status: "failed", code: "graph-draft-changed" });
    expect(calls.filter((c) => c.endsWith("/send"))).toEqual([]);
  });
});

test("a Retry-After longer than 30 s on an attachment is not cut short: the row gives it back to the run, which waits it out", async () => {
  // 2 MiB: the first fits the create request, the second is posted on its own (requestSize.ts).
  const attachment = { name: "big.pdf", size: 2 * 1024 * 1024, bytes: async () => new Uint8Array(2 * 1024 * 1024) };
  const { fetchFn, calls } = scripted((method, url) =>
    method === "POST" && url.endsWith("/attachments")
      ? new Response(JSON.stringify({ error: { code: "ApplicationThrottled", message: "over its IncomingBytes limit" } }), { status: 429, headers: { "Retry-After": "120" } })
      : mailbox(method, url),
  );
  const twoFiles = { ...draft(1), attachments: [attachment, { ...attachment, name: "second.pdf" }] };
  expect(await gateway(fetchFn).create(twoFiles)).toMatchObject({ status: "failed", transient: true, retryAfterMs: 120_000 });
  expect(calls.filter((c) => c.endsWith("/attachments"))).toHaveLength(1);
  expect(calls.filter((c) => c.startsWith("DELETE"))).toHaveLength(1);
});
