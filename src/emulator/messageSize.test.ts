// The mailbox's maximum message size: Exchange Online's default is 35 MB, attachments included (Learn, "Exchange
// Online limits"); Graph refuses with ErrorMessageSizeExceeded (microsoftgraph/microsoft-graph-docs-contrib#2561:
// during an upload session's PUTs, once the message passed the limit).
import { DEFAULT_MAX_MESSAGE_BYTES, MB, startGraphEmulator, type GraphEmulator } from "./graphEmulator";

let emu: GraphEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(maxMessageBytes?: number) {
  const e = await startGraphEmulator(maxMessageBytes === undefined ? {} : { maxMessageBytes });
  emu = e;
  const headers = { Authorization: `Bearer ${e.issueToken()}`, "Content-Type": "application/json" };
  const call = (method: string, path: string, body: unknown) => fetch(`${e.baseUrl}${path}`, { method, headers, body: JSON.stringify(body) });
  const create = async (attachments: number[] = []) =>
    call("POST", "/me/messages", {
      subject: "s",
      toRecipients: [{ emailAddress: { address: "a@example.de" } }],
      attachments: attachments.map((size, i) => ({ "@odata.type": "#microsoft.graph.fileAttachment", name: `f${i}`, contentBytes: Buffer.alloc(size).toString("base64") })),
    });
  return { e, call, create };
}

const refusal = async (answer: Response) => [answer.status, ((await answer.json()) as { error: { code: string; message: string } }).error];
const SIZE_EXCEEDED = [400, { code: "ErrorMessageSizeExceeded", message: "The message exceeds the maximum supported size.", innerError: expect.anything() }];

test("the default is Exchange Online's 35 MB", () => {
  expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(35 * MB);
});

test("a create whose inline attachments pass the limit is refused, and nothing is stored", async () => {
  const { e, create } = await start(1 * MB);
  expect(await refusal(await create([600_000, 600_000]))).toEqual(SIZE_EXCEEDED);
  expect(e.messages).toEqual([]);
  expect((await create([600_000])).status).toBe(201);
});

test("a POSTed attachment that takes the message over the limit is refused; the draft keeps what it had", async () => {
  const { e, call, create } = await start(1 * MB);
  const { id } = (await (await create([600_000])).json()) as { id: string };
  const body = { "@odata.type": "#microsoft.graph.fileAttachment", name: "second", contentBytes: Buffer.alloc(600_000).toString("base64") };
  expect(await refusal(await call("POST", `/me/messages/${id}/attachments`, body))).toEqual(SIZE_EXCEEDED);
  expect(e.drafts[0]?.attachments.map((a) => a.name)).toEqual(["f0"]);
});

test("an upload session is opened for a file that will not fit, and the chunk that passes the limit is refused", async () => {
  const { e, call, create } = await start(4 * MB);
  const { id } = (await (await create([500_000])).json()) as { id: string };
  const size = 4 * MB; // declared: Graph opened such a session (docs-contrib#2561)
  const session = await call("POST", `/me/messages/${id}/attachments/createUploadSession`, { AttachmentItem: { attachmentType: "file", name: "big", size } });
  expect(session.status).toBe(201);
  const { uploadUrl } = (await session.json()) as { uploadUrl: string };
  const chunk = 10 * 320 * 1024;
  const put = (start: number, end: number) => fetch(uploadUrl, { method: "PUT", headers: { "Content-Range": `bytes ${start}-${end}/${size}` }, body: new Uint8Array(end - start + 1) });
  expect((await put(0, chunk - 1)).status).toBe(200); // 0.5 MB + 3.125 MiB: still under 4 MiB
  expect(await refusal(await put(chunk, size - 1))).toEqual(SIZE_EXCEEDED);
  expect(e.drafts[0]?.attachments.map((a) => a.name)).toEqual(["f0"]);
});
