// The mailbox panel's copy (issue 12): changes applied as the emulator reports them, and, against the real emulator,
// a copy kept from changes alone shows what the whole state shows after every step of a run.
import { EMULATOR_CONTROL_HEADER } from "../emulator/controlProtocol";
import { startGraphEmulator, type EmulatorChanges, type EmulatorSummary, type GraphEmulator, type MessageSummary } from "../emulator/graphEmulator";
import { applyChanges, EMPTY_COPY, folderView, type MailboxCopy } from "./mailboxCopy";

const USAGE: EmulatorChanges["usage"] = {
  requests: { used: 0, limit: 10_000, windowMs: 600_000 },
  uploadBytes: { used: 0, limit: 1, windowMs: 1 },
  recipients: { used: 0, limit: 1, windowMs: 1 },
};

const summary = (id: string, folder: "drafts" | "sentitems" = "drafts", subject = "s"): MessageSummary => ({
  id: `rest-${id}`,
  immutableId: id,
  isDraft: folder === "drafts",
  folder,
  subject,
  to: [`${id}@example.de`],
  cc: [],
  bcc: [],
  attachments: [],
  extendedProperties: [],
  createdDateTime: "2026-12-03T10:00:00.000Z",
  sentDateTime: null,
  heldUntil: null,
});

const answer = (cursor: string, changed: MessageSummary[], removed: string[] = [], full = false): EmulatorChanges => ({ cursor, full, changed, removed, usage: USAGE });

/** The copy as the panel shows it: each folder's ids and subjects, in order. */
const shown = (copy: MailboxCopy) => ({
  drafts: folderView(copy, "drafts", 50).first.map((m) => `${m.immutableId}:${m.subject}`),
  sent: folderView(copy, "sentitems", 50).first.map((m) => `${m.immutableId}:${m.subject}`),
});

const HELD = applyChanges(EMPTY_COPY, answer("e.2", [summary("a"), summary("b")], [], true));

describe("applyChanges to a copy holding drafts a and b", () => {
  test.each<[string, EmulatorChanges, { drafts: string[]; sent: string[] }]>([
    ["a new draft goes at the end", answer("e.3", [summary("c")]), { drafts: ["a:s", "b:s", "c:s"], sent: [] }],
    ["an updated draft keeps its place", answer("e.3", [summary("a", "drafts", "new")]), { drafts: ["a:new", "b:s"], sent: [] }],
    ["a sent draft moves to Sent Items", answer("e.3", [summary("a", "sentitems")]), { drafts: ["b:s"], sent: ["a:s"] }],
    ["a deleted draft is gone", answer("e.3", [], ["b"]), { drafts: ["a:s"], sent: [] }],
    ["the removal of one the copy never held changes nothing else", answer("e.3", [], ["zz"]), { drafts: ["a:s", "b:s"], sent: [] }],
    ["a full answer replaces everything", answer("f.1", [summary("x")], [], true), { drafts: ["x:s"], sent: [] }],
    ["a full answer of an empty mailbox (after a reset) empties it", answer("f.0", [], [], true), { drafts: [], sent: [] }],
  ])("%s", (_name, changes, expected) => {
    const next = applyChanges(HELD, changes);
    expect(shown(next)).toEqual(expected);
    expect(next.cursor).toBe(changes.cursor);
    // The copy it came from is left as it was (React state).
    expect(shown(HELD)).toEqual({ drafts: ["a:s", "b:s"], sent: [] });
  });

  test("nothing changed: the very same copy, so the lists are not rendered again", () => {
    expect(applyChanges(HELD, answer("e.2", []))).toBe(HELD);
    const moved = applyChanges(HELD, answer("e.5", []));
    expect([moved.cursor, moved.messages]).toEqual(["e.5", HELD.messages]);
  });

  test("a message that did not change keeps its object", () => {
    const next = applyChanges(HELD, answer("e.3", [summary("b", "drafts", "new")]));
    expect(next.messages.get("a")).toBe(HELD.messages.get("a"));
  });
});

describe("folderView", () => {
  test.each([
    [0, 5, 0],
    [3, 5, 3],
    [120, 50, 50],
  ])("%i drafts shown by at most %i: %i listed, the count is all of them", (n, limit, listed) => {
    const copy = applyChanges(EMPTY_COPY, answer("e.1", [...Array.from({ length: n }, (_, i) => summary(`d${i}`)), summary("s", "sentitems")], [], true));
    const view = folderView(copy, "drafts", limit);
    expect([view.count, view.first.length]).toEqual([n, listed]);
    expect(view.first.map((m) => m.immutableId)).toEqual(Array.from({ length: listed }, (_, i) => `d${i}`));
  });
});

describe("against the emulator: a copy kept from changes shows what the whole state shows", () => {
  let emu: GraphEmulator | undefined;
  afterEach(async () => emu?.close());

  test("after each step of a run that creates, updates, sends, deletes and resets", async () => {
    const e = (emu = await startGraphEmulator({ separateUploadOrigin: false }));
    const token = e.issueToken();
    const control = async <T>(path: string, method = "GET"): Promise<T> => {
      const res = await fetch(`${e.origin}/emulator/${path}`, { method, headers: { [EMULATOR_CONTROL_HEADER]: e.controlToken } });
      return (res.status === 204 ? null : await res.json()) as T;
    };
    const graph = async (method: string, path: string, body?: unknown): Promise<string> => {
      const res = await fetch(`${e.baseUrl}${path}`, { method, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return res.status === 201 ? ((await res.json()) as { id: string }).id : "";
    };
    let copy = EMPTY_COPY;
    let made = 0;
    const done = { patch: 0, send: 0, delete: 0 };
    // A fixed sequence of steps (a seeded choice), so a failure repeats.
    let seed = 7;
    const pick = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (let step = 0; step < 80; step++) {
      const drafts = e.drafts;
      const choice = pick(9);
      const some = drafts[pick(Math.max(1, drafts.length))];
      if (step === 40) await control("reset", "POST");
      else if (choice < 5 || some === undefined) {
        made += 1;
        await graph("POST", "/me/messages", { subject: `m${made}`, body: { contentType: "Text", content: "x" }, toRecipients: [{ emailAddress: { address: `m${made}@example.de` } }] });
      } else if (choice < 7) {
        done.patch += 1;
        await graph("PATCH", `/me/messages/${some.id}`, { subject: `${some.subject}+` });
      } else if (choice < 8) {
        done.send += 1;
        await graph("POST", `/me/messages/${some.id}/send`);
      } else {
        done.delete += 1;
        await graph("DELETE", `/me/messages/${some.id}`);
      }

      copy = applyChanges(copy, await control<EmulatorChanges>(copy.cursor === null ? "changes" : `changes?since=${encodeURIComponent(copy.cursor)}`));
      const state = await control<EmulatorSummary>("state");
      const ids = (list: readonly MessageSummary[]) => list.map((m) => `${m.immutableId}:${m.subject}`);
      expect(shown(copy)).toEqual({ drafts: ids(state.drafts).slice(0, 50), sent: ids(state.sent).slice(0, 50) });
      expect([folderView(copy, "drafts", 0).count, folderView(copy, "sentitems", 0).count]).toEqual([state.drafts.length, state.sent.length]);
    }
    expect(made).toBeGreaterThan(20);
    expect(Object.values(done).every((n) => n > 2)).toBe(true);
  });
});
