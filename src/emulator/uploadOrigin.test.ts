// Upload sessions as Outlook serves them: on another origin than Graph (so a page's PUTs are cross-origin, with a
// preflight), pre-authenticated (no Authorization header), and with an expiry fixed at creation.
import { MB, startGraphEmulator, type GraphEmulator } from "./graphEmulator";

let clock = Date.parse("2026-03-02T09:00:00Z");
let emu: GraphEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function session(size: number): Promise<{ e: GraphEmulator; uploadUrl: string; expirationDateTime: string; token: string }> {
  const e = await startGraphEmulator({ now: () => clock });
  emu = e;
  const token = e.issueToken(24 * 3600);
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const created = (await (await fetch(`${e.baseUrl}/me/messages`, { method: "POST", headers, body: JSON.stringify({ subject: "s", toRecipients: [{ emailAddress: { address: "a@example.de" } }] }) })).json()) as { id: string };
  const answer = await fetch(`${e.baseUrl}/me/messages/${created.id}/attachments/createUploadSession`, {
    method: "POST",
    headers,
    body: JSON.stringify({ AttachmentItem: { attachmentType: "file", name: "big.bin", size } }),
  });
  expect(answer.status).toBe(201);
  const body = (await answer.json()) as { uploadUrl: string; expirationDateTime: string };
  return { e, token, ...body };
}

const put = (url: string, start: number, end: number, total: number, headers: Record<string, string> = {}) =>
  fetch(url, { method: "PUT", headers: { "Content-Type": "application/octet-stream", "Content-Range": `bytes ${start}-${end}/${total}`, ...headers }, body: new Uint8Array(end - start + 1) });

describe("the upload origin (Learn, 'Attach large files to Outlook messages or events')", () => {
  test("uploadUrl is on a second origin, not Graph's; Graph's origin serves no upload URL", async () => {
    const { e, uploadUrl } = await session(3 * MB);
    const url = new URL(uploadUrl);
    expect(url.origin).toBe(e.uploadOrigin);
    expect(url.origin).not.toBe(e.origin);
    expect((await put(`${e.origin}${url.pathname}`, 0, 3 * MB - 1, 3 * MB)).status).toBe(404);
    expect((await put(uploadUrl, 0, 3 * MB - 1, 3 * MB)).status).toBe(201);
    expect(e.drafts[0]?.attachments.map((a) => [a.name, a.bytes.length, a.via])).toEqual([["big.bin", 3 * MB, "upload"]]);
    // The upload origin answers upload URLs only.
    expect((await fetch(`${e.uploadOrigin}/v1.0/me/messages`)).status).toBe(404);
  });

  test("a preflight from any page is answered like a cross-origin server's: PUT with Content-Range and Content-Type, never Authorization", async () => {
    const { uploadUrl } = await session(3 * MB);
    const preflight = await fetch(uploadUrl, {
      method: "OPTIONS",
      headers: { Origin: "https://addin.example", "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-range, content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://addin.example");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("PUT");
    expect(preflight.headers.get("access-control-allow-headers")?.split(/,\s*/).map((h) => h.toLowerCase()).sort()).toEqual(["content-range", "content-type"]);
    const chunk = await put(uploadUrl, 0, 3 * MB - 1, 3 * MB, { Origin: "https://addin.example" });
    expect([chunk.status, chunk.headers.get("access-control-allow-origin")]).toEqual([201, "https://addin.example"]);
  });

  test("the uploadUrl is pre-authenticated: a PUT with an Authorization header is refused (Learn: 'Do not specify an Authorization request header')", async () => {
    const { uploadUrl, token } = await session(3 * MB);
    const answer = await put(uploadUrl, 0, 3 * MB - 1, 3 * MB, { Authorization: `Bearer ${token}` });
    expect(answer.status).toBe(401);
  });

  test("the expiry stays as first returned: PUTs do not extend it (Learn: it 'remains the same as returned by the initial uploadSession')", async () => {
    const chunk = 2 * 320 * 1024;
    const total = 4 * chunk; // 2.5 MiB: above the smallest file a session takes
    const { uploadUrl, expirationDateTime } = await session(total);
    const expires = Date.parse(expirationDateTime);
    for (let i = 0; i < 3; i += 1) {
      clock += 4 * 60_000; // each chunk 4 minutes after the one before: 12 minutes, still inside the session
      const answer = await put(uploadUrl, i * chunk, (i + 1) * chunk - 1, total);
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { ExpirationDateTime: string }).ExpirationDateTime).toBe(expirationDateTime);
    }
    clock = expires + 1; // had each PUT extended it, the session would still be open now
    expect((await put(uploadUrl, 3 * chunk, total - 1, total)).status).toBe(404);
  });
});
