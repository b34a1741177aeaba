import { draft, file } from "../../../test/support/runFixtures";
import { readAttachments } from "./readAttachments";

test("each file under its base name, with its bytes and its type", async () => {
  const bytes = new Uint8Array([1, 2, 3]);
  const read = await readAttachments(draft(2, { attachments: [file("Rechnungen/Rechnung_1001.pdf", bytes)] }));
  expect(read).toEqual({ ok: true, attachments: [{ name: "Rechnung_1001.pdf", bytes, contentType: "application/pdf" }] });
});

test("the first file that cannot be read is named with the reason, and nothing after it is read", async () => {
  let readAfter = false;
  const broken = { name: "Rechnung_1002.pdf", size: 3, bytes: async (): Promise<Uint8Array> => Promise.reject(new Error("the file was moved")) };
  const later = { name: "later.pdf", size: 1, bytes: async () => ((readAfter = true), new Uint8Array([1])) };
  expect(await readAttachments(draft(2, { attachments: [broken, later] }))).toEqual({ ok: false, name: "Rechnung_1002.pdf", reason: "the file was moved" });
  expect(readAfter).toBe(false);
});
