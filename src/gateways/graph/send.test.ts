// Send mode with a scripted fetch: the pacing on a clock that only moves when told, and every answer after which a
// message may have gone out — never sent a second time.
import { draft } from "../../../test/support/runFixtures";
import { graphError, listing, mailbox, scripted, scriptedGateway } from "../../../test/support/scriptedGraph";
import { RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_SENDING_PROPERTY } from "./properties";

const to1 = { toRecipients: [{ emailAddress: { address: "p1@example.de" } }] };
const completeDraft = { id: "m1", isDraft: true, ...to1, singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] };
const accessDenied = () => graphError(403, "ErrorAccessDenied", "Access is denied.");

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
  const g = scriptedGateway(fetchFn, { mode: "send", now: () => t, sleep });
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

test("a complete draft whose /send gets no answer — lookUp throws (it may have gone out)", async () => {
  const { fetchFn } = scripted((method, url) => (url.endsWith("/send") ? new Promise<Response>(() => undefined) : listing([completeDraft])(method, url)));
  await expect(scriptedGateway(fetchFn, { mode: "send", requestTimeoutMs: 30 }).lookUp("r:1:p1@example.de")).rejects.toThrow(/may have gone out/);
});

test("a complete draft whose /send is refused — not found, so create tries once more and reports it", async () => {
  const { fetchFn } = scripted((method, url) => (url.endsWith("/send") ? accessDenied() : listing([completeDraft])(method, url)));
  const g = scriptedGateway(fetchFn, { mode: "send" });
  expect(await g.lookUp("r:1:p1@example.de")).toEqual({ found: false });
  expect(await g.create(draft(1))).toMatchObject({ status: "failed", transient: false, code: "graph-send-failed", message: expect.stringMatching(/403 ErrorAccessDenied.*Drafts folder/) });
});

test("the draft is marked 'sending' before /send, and the mark goes again when the send is refused", async () => {
  const { fetchFn, calls } = scripted((method, url) => (url.endsWith("/send") ? accessDenied() : mailbox(method, url)));
  expect(await scriptedGateway(fetchFn, { mode: "send" }).create(draft(1))).toMatchObject({ status: "failed", code: "graph-send-failed" });
  const writes = calls.filter((c) => !c.startsWith("GET"));
  expect(writes[0]).toBe("POST /me/messages");
  expect(writes.slice(1)).toEqual([expect.stringMatching(/^PATCH /), expect.stringMatching(/\/send$/), expect.stringMatching(/^PATCH /)]);
});

test("a 500 on /send may have sent it — never retried", async () => {
  const { fetchFn, calls } = scripted((method, url) => (url.endsWith("/send") ? graphError(500, "UnknownError", "") : mailbox(method, url)));
  expect(await scriptedGateway(fetchFn, { mode: "send" }).create(draft(1))).toMatchObject({ status: "failed", code: "graph-send-no-answer" });
  expect(calls.filter((c) => c.endsWith("/send"))).toHaveLength(1);
});

test("a draft marked 'sending' is never sent again — lookUp throws, create reports it", async () => {
  const { fetchFn, calls } = scripted(
    listing([{ ...completeDraft, singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }, { id: RUNDMAIL_SENDING_PROPERTY, value: "1" }] }]),
  );
  const g = scriptedGateway(fetchFn, { mode: "send" });
  await expect(g.lookUp("r:1:p1@example.de")).rejects.toThrow(/may have gone out/);
  expect(await g.create(draft(1))).toMatchObject({ status: "failed", transient: false, code: "graph-send-no-answer" });
  expect(calls.filter((c) => c.endsWith("/send") || c.startsWith("POST /me/messages"))).toEqual([]);
});

test("a draft someone changed (a second To) is not sent", async () => {
  const { fetchFn, calls } = scripted(
    listing([{ ...completeDraft, toRecipients: [{ emailAddress: { address: "p1@example.de" } }, { emailAddress: { address: "other@example.de" } }] }]),
  );
  const g = scriptedGateway(fetchFn, { mode: "send" });
  await expect(g.lookUp("r:1:p1@example.de")).rejects.toThrow(/was changed/);
  expect(await g.create(draft(1))).toMatchObject({ status: "failed", code: "graph-draft-changed" });
  expect(calls.filter((c) => c.endsWith("/send"))).toEqual([]);
});
