import { strToU8, zipSync } from "fflate";
import { filesFromZip, isAttachmentEntry } from "./zip";

test.each([
  ["Rechnung_1001.pdf", true],
  ["2026/Rechnung 1.pdf", true],
  ["2026/", false],
  ["__MACOSX/._Rechnung_1001.pdf", false],
  ["2026/.DS_Store", false],
  ["Thumbs.db", false],
  ["", false],
])("%p is an attachment: %p", (name, expected) => {
  expect(isAttachmentEntry(name)).toBe(expected);
});

test("a ZIP's files, with their paths, without folders and hidden files", async () => {
  const zip = zipSync({
    "b.pdf": strToU8("B"),
    "2026/a.pdf": strToU8("A"),
    "2026/.DS_Store": strToU8("x"),
    "__MACOSX/._b.pdf": strToU8("x"),
  });
  const files = await filesFromZip(zip);
  expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
    ["2026/a.pdf", "A"],
    ["b.pdf", "B"],
  ]);
});

test("bytes that are not a ZIP are refused with an error", async () => {
  await expect(filesFromZip(strToU8("not a zip"))).rejects.toThrow();
});
