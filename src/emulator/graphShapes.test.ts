// Request bodies against Graph's metadata (test/fixtures/graph-metadata/mail-v1.0.json, from msgraph-metadata's
// clean_v10_metadata/cleanMetadata.xml): what Rundmail writes passes, a wrong shape fails — in the checker and
// through the emulator.
import { GRAPH_SHAPES } from "../../test/support/graphShapes";
import { startGraphEmulator, type GraphEmulator } from "./graphEmulator";
import { requestShapeViolations, shapeViolations } from "./graphShapes";

const KEY = "String {5c2e8f3a-8b1d-4e57-9a64-0d3f2b7c91e4} Name RundmailKey";
const message = {
  subject: "Betreff",
  body: { contentType: "HTML", content: "<p>Hallo</p>" },
  toRecipients: [{ emailAddress: { address: "a@example.de", name: "Anna" } }],
  ccRecipients: [],
  bccRecipients: [{ emailAddress: { address: "archiv@example.de" } }],
  singleValueExtendedProperties: [{ id: KEY, value: "run:2:a@example.de" }],
  attachments: [{ "@odata.type": "#microsoft.graph.fileAttachment", name: "a.pdf", contentType: "application/pdf", contentBytes: "JVBERi0=" }],
};
const M = "microsoft.graph.message";

test("the fixture names its source", () => {
  expect((GRAPH_SHAPES as unknown as { source: Record<string, unknown> }).source).toMatchObject({
    repository: "https://github.com/microsoftgraph/msgraph-metadata",
    path: "clean_v10_metadata/cleanMetadata.xml",
    commit: expect.stringMatching(/^[0-9a-f]{40}$/),
  });
});

test("a message as Rundmail creates it matches Graph's metadata", () => {
  expect(shapeViolations(GRAPH_SHAPES, M, message)).toEqual([]);
});

test.each([
  ["an unknown property", { ...message, recipients: [] }, /message has no property 'recipients'/],
  ["a misspelt one", { ...message, toRecipient: message.toRecipients }, /no property 'toRecipient'/],
  ["a recipient that is a string", { ...message, toRecipients: ["a@example.de"] }, /toRecipients\[0\]: microsoft\.graph\.recipient must be an object/],
  ["a subject that is a number", { ...message, subject: 42 }, /subject: 42 is not Edm\.String/],
  ["a body type Graph does not know", { ...message, body: { contentType: "markdown", content: "x" } }, /"markdown" is not a member of microsoft\.graph\.bodyType/],
  ["an email address with an extra field", { ...message, toRecipients: [{ emailAddress: { address: "a@example.de", mail: "x" } }] }, /emailAddress has no property 'mail'/],
  ["an attachment without @odata.type (abstract)", { ...message, attachments: [{ name: "a", contentBytes: "AA==" }] }, /microsoft\.graph\.attachment is abstract/],
  ["contentBytes that is not base64", { ...message, attachments: [{ ...message.attachments[0], contentBytes: "not base64!" }] }, /contentBytes: .* is not Edm\.Binary/],
  ["an extended property without a string value", { ...message, singleValueExtendedProperties: [{ id: KEY, value: 1 }] }, /value: 1 is not Edm\.String/],
  ["a type that is not an attachment", { ...message, attachments: [{ "@odata.type": "#microsoft.graph.message" }] }, /is not microsoft\.graph\.attachment or a type derived from it/],
])("a wrong shape fails: %s", (_name, body, expected) => {
  const found = shapeViolations(GRAPH_SHAPES, M, body);
  expect(found.join("\n")).toMatch(expected);
});

test.each([
  ["POST", "/v1.0/me/messages/x/attachments/createUploadSession", { AttachmentItem: { attachmentType: "file", name: "a", size: 3_000_000, contentType: "application/pdf" } }, []],
  ["POST", "/v1.0/me/messages/x/attachments/createUploadSession", { attachmentItem: { attachmentType: "file", name: "a", size: 3 } }, [/AttachmentItem: required/, /no parameter 'attachmentItem'/]],
  ["POST", "/v1.0/me/messages/x/attachments/createUploadSession", { AttachmentItem: { attachmentType: "file", name: "a", size: "3" } }, [/size: "3" is not Edm\.Int64/]],
  ["POST", "/v1.0/me/messages/x/attachments/createUploadSession", { AttachmentItem: { attachmentType: "document", name: "a", size: 3 } }, [/"document" is not a member of microsoft\.graph\.attachmentType/]],
  ["PATCH", "/v1.0/me/messages/x", { singleValueExtendedProperties: [{ id: KEY, value: "1" }] }, []],
  ["PATCH", "/v1.0/me/messages/x", { isComplete: true }, [/no property 'isComplete'/]],
  ["POST", "/v1.0/me/messages/x/send", undefined, []],
] as const)("%s %s %j", (method, path, body, expected) => {
  const found = requestShapeViolations(GRAPH_SHAPES, method, path, Buffer.from(body === undefined ? "" : JSON.stringify(body)));
  expect(found).toHaveLength(expected.length);
  expected.forEach((pattern, i) => expect(found[i]).toMatch(pattern));
});

describe("the emulator with Graph's metadata", () => {
  let emu: GraphEmulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });

  test("answers a wrong shape 400 and records it; a right one is created and records nothing", async () => {
    emu = await startGraphEmulator({ shapes: GRAPH_SHAPES });
    const headers = { Authorization: `Bearer ${emu.issueToken()}`, "Content-Type": "application/json" };
    const post = (body: unknown) => fetch(`${emu?.baseUrl}/me/messages`, { method: "POST", headers, body: JSON.stringify(body) });
    expect((await post(message)).status).toBe(201);
    expect(emu.shapeViolations).toEqual([]);
    const wrong = await post({ ...message, toRecipients: [{ address: "a@example.de" }] });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("RequestBodyRead");
    expect(emu.shapeViolations).toEqual(["POST /v1.0/me/messages.toRecipients[0].address: microsoft.graph.recipient has no property 'address'"]);
    expect(emu.drafts).toHaveLength(1);
  });
});
