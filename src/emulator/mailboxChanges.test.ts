// GET /emulator/changes?since=CURSOR (issue 12): only what changed since an earlier answer — each kind of change
// Graph makes to a message, and cursors the emulator did not give. Who may ask is in graphEmulator.test.ts, with the
// other controls.
import { EMULATOR_CONTROL_HEADER } from "./controlProtocol";
import { startGraphEmulator, type EmulatorChanges, type GraphEmulator } from "./graphEmulator";

let emu: GraphEmulator | undefined;
let token = "";
/** The immutable id of each message made, by the local part of its address ("a" for a@example.de). */
let ids: Record<string, string> = {};
afterEach(async () => {
  await emu?.close();
  emu = undefined;
  ids = {};
});

async function start(): Promise<GraphEmulator> {
  emu = await startGraphEmulator({ separateUploadOrigin: false });
  token = emu.issueToken();
  return emu;
}

/** A Graph call that sees immutable ids, so that ids stay the same across the move to Sent Items. */
async function graph(e: GraphEmulator, method: string, path: string, body?: unknown): Promise<Response> {
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json", Prefer: 'IdType="ImmutableId"' };
  return fetch(`${e.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

async function create(e: GraphEmulator, to: string): Promise<string> {
  const res = await graph(e, "POST", "/me/messages", { subject: `to ${to}`, body: { contentType: "Text", content: "x" }, toRecipients: [{ emailAddress: { address: to } }] });
  expect(res.status).toBe(201);
  const id = ((await res.json()) as { id: string }).id;
  ids[to.split("@")[0] ?? to] = id;
  return id;
}

async function changes(e: GraphEmulator, since: string | null): Promise<{ status: number; body: EmulatorChanges & { error?: { code: string; message: string } } }> {
  const query = since === null ? "" : `?since=${encodeURIComponent(since)}`;
  const res = await fetch(`${e.origin}/emulator/changes${query}`, { headers: { [EMULATOR_CONTROL_HEADER]: e.controlToken } });
  return { status: res.status, body: (await res.json()) as EmulatorChanges & { error?: { code: string; message: string } } };
}

/** What a case expects, with messages named by the address they go to. */
interface Expected {
  readonly changed: readonly { readonly to: string; readonly folder: "drafts" | "sentitems"; readonly subject?: string; readonly attachments?: number }[];
  readonly removed: readonly string[];
}

type Ids = Readonly<Record<string, string>>;

describe("changes since a cursor: each kind of change, after two drafts (a@, b@) were made", () => {
  test.each<[string, (e: GraphEmulator, ids: Ids) => Promise<unknown>, Expected]>([
    ["nothing: an empty answer", async () => undefined, { changed: [], removed: [] }],
    ["a draft created", (e) => create(e, "c@example.de"), { changed: [{ to: "c@example.de", folder: "drafts" }], removed: [] }],
    [
      "a draft updated (PATCH), twice: listed once, as it is now",
      async (e, ids) => {
        await graph(e, "PATCH", `/me/messages/${ids["a"]}`, { subject: "first" });
        await graph(e, "PATCH", `/me/messages/${ids["a"]}`, { subject: "second" });
      },
      { changed: [{ to: "a@example.de", folder: "drafts", subject: "second" }], removed: [] },
    ],
    [
      "an attachment posted",
      (e, ids) => graph(e, "POST", `/me/messages/${ids["b"]}/attachments`, { "@odata.type": "#microsoft.graph.fileAttachment", name: "r.pdf", contentBytes: "AAAA" }),
      { changed: [{ to: "b@example.de", folder: "drafts", attachments: 1 }], removed: [] },
    ],
    [
      "an attachment uploaded through an upload session: listed when the last chunk is in",
      async (e, ids) => {
        const size = 2 * 1024 * 1024;
        const item = { AttachmentItem: { attachmentType: "file", name: "big.bin", size } };
        const session = (await (await graph(e, "POST", `/me/messages/${ids["b"]}/attachments/createUploadSession`, item)).json()) as { uploadUrl: string };
        const put = await fetch(session.uploadUrl, { method: "PUT", headers: { "Content-Range": `bytes 0-${size - 1}/${size}` }, body: new Uint8Array(size) });
        expect(put.status).toBe(201);
      },
      { changed: [{ to: "b@example.de", folder: "drafts", attachments: 1 }], removed: [] },
    ],
    ["a draft sent: moved to Sent Items", (e, ids) => graph(e, "POST", `/me/messages/${ids["b"]}/send`), { changed: [{ to: "b@example.de", folder: "sentitems" }], removed: [] }],
    ["a draft deleted", (e, ids) => graph(e, "DELETE", `/me/messages/${ids["a"]}`), { changed: [], removed: ["a"] }],
    [
      "created and deleted in the same second: only its removal",
      async (e) => graph(e, "DELETE", `/me/messages/${await create(e, "c@example.de")}`),
      { changed: [], removed: ["c"] },
    ],
    [
      "several at once: in creation order, whatever order they changed in",
      async (e, ids) => {
        await create(e, "c@example.de");
        await graph(e, "POST", `/me/messages/${ids["b"]}/send`);
        await graph(e, "PATCH", `/me/messages/${ids["a"]}`, { subject: "later" });
      },
      { changed: [{ to: "a@example.de", folder: "drafts", subject: "later" }, { to: "b@example.de", folder: "sentitems" }, { to: "c@example.de", folder: "drafts" }], removed: [] },
    ],
  ])("%s", async (_name, act, expected) => {
    const e = await start();
    await create(e, "a@example.de");
    await create(e, "b@example.de");
    const before = await changes(e, null);
    expect(before.body).toMatchObject({ full: true, removed: [] });
    expect(before.body.changed.map((m) => m.to)).toEqual([["a@example.de"], ["b@example.de"]]);

    await act(e, ids);
    const after = await changes(e, before.body.cursor);
    expect(after.status).toBe(200);
    expect(after.body.full).toBe(false);
    expect(after.body.changed).toEqual(
      expected.changed.map((m) =>
        expect.objectContaining({
          to: [m.to],
          folder: m.folder,
          isDraft: m.folder === "drafts",
          ...(m.subject === undefined ? {} : { subject: m.subject }),
        }),
      ),
    );
    for (const [i, m] of expected.changed.entries()) if (m.attachments !== undefined) expect(after.body.changed[i]?.attachments).toHaveLength(m.attachments);
    expect(after.body.removed).toEqual(expected.removed.map((name) => ids[name]));
    // Nothing since: the cursor stays, and so does an empty answer.
    const quiet = await changes(e, after.body.cursor);
    expect(quiet.body).toMatchObject({ cursor: after.body.cursor, full: false, changed: [], removed: [] });
    if (expected.changed.length === 0 && expected.removed.length === 0) expect(after.body.cursor).toBe(before.body.cursor);
    // The limits used come with every answer, quiet or not.
    expect(quiet.body.usage.requests.used).toBe(e.summary().usage.requests.used);
  });
});

describe("cursors the emulator did not give", () => {
  test.each<[string, (cursor: string) => string | null, "full" | 400]>([
    ["none: everything", () => null, "full"],
    ["empty: everything", () => "", "full"],
    ["from the future (a number it has not reached): everything", (c) => c.replace(/\d+$/, (n) => String(Number(n) + 100)), "full"],
    ["of another emulator or an earlier server (another era): everything", (c) => `AAAAAAAA.${c.split(".")[1] ?? ""}`, "full"],
    ["garbage: 400", () => "not a cursor", 400],
    ["a negative number: 400", (c) => c.replace(/\d+$/, "-1"), 400],
    ["a number too long to be one: 400", (c) => c.replace(/\d+$/, "9".repeat(40)), 400],
  ])("%s", async (_name, cursorFrom, outcome) => {
    const e = await start();
    await create(e, "a@example.de");
    const first = await changes(e, null);
    await create(e, "b@example.de");
    const answer = await changes(e, cursorFrom(first.body.cursor));
    if (outcome === 400) {
      expect(answer.status).toBe(400);
      expect(answer.body.error).toEqual({ code: "BadRequest", message: expect.stringMatching(/not a cursor this emulator gave/) as unknown, innerError: expect.anything() as unknown });
      return;
    }
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ full: true, removed: [] });
    expect(answer.body.changed.map((m) => m.to[0])).toEqual(["a@example.de", "b@example.de"]);
  });

  test("after a reset, an earlier cursor gets everything — an empty mailbox — so a copy drops what it held", async () => {
    const e = await start();
    await create(e, "a@example.de");
    const before = await changes(e, null);
    expect((await fetch(`${e.origin}/emulator/reset`, { method: "POST", headers: { [EMULATOR_CONTROL_HEADER]: e.controlToken } })).status).toBe(204);
    const after = await changes(e, before.body.cursor);
    expect(after.body).toMatchObject({ full: true, changed: [], removed: [] });
    expect(after.body.cursor).not.toBe(before.body.cursor);
  });

  test("an answer is never cached", async () => {
    const e = await start();
    const res = await fetch(`${e.origin}/emulator/changes`, { headers: { [EMULATOR_CONTROL_HEADER]: e.controlToken } });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
