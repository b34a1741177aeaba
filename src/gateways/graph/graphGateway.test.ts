// The Graph gateway with a scripted fetch: what the emulator cannot stage (a fetch that ignores its signal, a
// Graph answer without isDraft) and the send pacing with a clock that only moves when told.
import type { OutgoingDraft } from "../../core/run/types";
import type { EmailAddress } from "../../core/types";
import { createGraphGateway, RUNDMAIL_COMPLETE_PROPERTY, type GraphGatewayOptions } from "./graphGateway";

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
    expect(query).toContain("$select=id,isDraft");
    expect(query).toContain(`$expand=singleValueExtendedProperties($filter=id eq '${RUNDMAIL_COMPLETE_PROPERTY}')`);
  });

  test("send mode: a complete draft whose /send gets no answer — lookUp throws (it may have gone out)", async () => {
    const { fetchFn } = scripted((method, url) =>
      url.endsWith("/send") ? new Promise<Response>(() => undefined) : listing({ isDraft: true, singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] })(method, url),
    );
    await expect(gateway(fetchFn, { mode: "send", requestTimeoutMs: 30 }).lookUp("r:1:p1@example.de")).rejects.toThrow(/may have gone out/);
  });

  test("send mode: a complete draft whose /send is refused — not found, so create tries once more and reports it", async () => {
    const { fetchFn } = scripted((method, url) =>
      url.endsWith("/send") ? json(403, { error: { code: "ErrorAccessDenied", message: "Access is denied." } }) : listing({ isDraft: true, singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] })(method, url),
    );
    const g = gateway(fetchFn, { mode: "send" });
    expect(await g.lookUp("r:1:p1@example.de")).toEqual({ found: false });
    expect(await g.create(draft(1))).toMatchObject({ status: "failed", transient: false, code: "graph-send-failed", message: expect.stringMatching(/403 ErrorAccessDenied.*Drafts folder/) });
  });
});
