// Graph's "too large" answers become a definite failure of the row, with no half-made draft left behind — or, when
// the draft cannot be removed, no claim that nothing was created.
import type { OutgoingDraft } from "../../core/run/types";
import { draft as rowDraft, file } from "../../../test/support/runFixtures";
import { createGraphGateway } from "./graphGateway";
import { isSizeRefusal } from "./sizeRefusal";

test.each([
  // microsoftgraph/microsoft-graph-docs-contrib#2561: code and message as Graph gave them (the status is not quoted).
  [400, "ErrorMessageSizeExceeded", true],
  [413, "ErrorMessageSizeExceeded", true],
  // Learn, "Microsoft Graph error responses": 413 "The request size exceeds the maximum limit".
  [413, "RequestEntityTooLarge", true],
  [413, "HTTP 413", true],
  [400, "ErrorAttachmentSizeLimitExceeded", true],
  [400, "ErrorInvalidRecipients", false],
  [429, "ApplicationThrottled", false],
  [500, "InternalServerError", false],
] as const)("isSizeRefusal(%i, %s) = %s", (status, code, expected) => {
  expect(isSizeRefusal(status, code)).toBe(expected);
});

const MB = 1024 * 1024;
const draft = (bytes: Uint8Array): OutgoingDraft => rowDraft(2, { attachments: [file("gross.pdf", bytes)] });
const json = (status: number, body?: unknown): Response => new Response(body === undefined ? null : JSON.stringify(body), { status });
const tooLarge = (status: number) => json(status, { error: { code: "ErrorMessageSizeExceeded", message: "The message exceeds the maximum supported size." } });

function mailbox(options: { refuseCreate?: number; refuseChunk?: number; deleteStatus?: number }) {
  const calls: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    const url = String(input);
    calls.push(`${method} ${url.replace("https://graph.test/v1.0", "")}`);
    if (method === "POST" && url.endsWith("/me/messages")) return options.refuseCreate ? tooLarge(options.refuseCreate) : json(201, { id: "m1" });
    if (url.endsWith("/createUploadSession")) return json(201, { uploadUrl: "https://outlook.test/upload/1", expirationDateTime: "2026-12-03T13:00:00Z", nextExpectedRanges: ["0-"] });
    if (method === "PUT") return options.refuseChunk && calls.filter((c) => c.startsWith("PUT")).length >= 2 ? tooLarge(options.refuseChunk) : json(200, { nextExpectedRanges: ["1"] });
    if (method === "DELETE") return json(options.deleteStatus ?? 204);
    return json(400, { error: { code: "BadRequest", message: "unexpected" } });
  }) as typeof fetch;
  const gateway = createGraphGateway({ baseUrl: "https://graph.test/v1.0", getToken: async () => "t", lang: "en", fetch: fetchFn, sleep: async () => undefined });
  return { calls, gateway };
}

describe("a message too large for the mailbox", () => {
  test.each([400, 413])("the create itself refused (%i): failed for good, nothing to delete", async (status) => {
    const { calls, gateway } = mailbox({ refuseCreate: status });
    const result = await gateway.create(draft(new Uint8Array(1000)));
    expect(result).toMatchObject({ status: "failed", transient: false, code: "graph-message-too-large" });
    expect(result.status === "failed" && result.message).toMatch(/^Your mailbox refused this message as too large \(\d+ ErrorMessageSizeExceeded: .*\)\. Exchange Online takes at most 35 MB per message.*Nothing was created\.$/);
    expect(calls).toEqual(["POST /me/messages"]);
  });

  test("refused at a chunk of the upload session (as in microsoft-graph-docs-contrib#2561): the draft is deleted, the row failed for good", async () => {
    const { calls, gateway } = mailbox({ refuseChunk: 400 });
    const result = await gateway.create(draft(new Uint8Array(8 * MB)));
    expect(result).toMatchObject({ status: "failed", transient: false, code: "graph-message-too-large" });
    expect(calls.filter((c) => c.startsWith("PUT"))).toHaveLength(2); // never tried again: the same bytes are refused again
    expect(calls.at(-1)).toBe("DELETE /me/messages/m1");
  });

  test("refused at a chunk, and the draft cannot be deleted: no answer that says nothing was created", async () => {
    const { calls, gateway } = mailbox({ refuseChunk: 400, deleteStatus: 403 });
    await expect(gateway.create(draft(new Uint8Array(8 * MB)))).rejects.toThrow(/The draft was created but its attachments could not be added \(The message exceeds the maximum supported size\.\), and it could not be removed again/);
    expect(calls.filter((c) => c.startsWith("DELETE"))).toHaveLength(1);
  });
});
