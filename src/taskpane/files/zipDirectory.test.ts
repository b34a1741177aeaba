import { crc32 } from "./crc32";
import { entryData, readZipDirectory } from "./zipDirectory";
import { craftZip, honest } from "../../../test/support/zipForTests";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const first = (zip: Uint8Array) => {
  const directory = readZipDirectory(zip);
  if (!directory.ok) throw new Error(directory.reason);
  return directory.entries[0];
};

describe("readZipDirectory: names", () => {
  test.each<[string, Parameters<typeof craftZip>[0][number], string]>([
    ["UTF-8, flagged", honest("Rechnung_Müller.pdf", bytes("x")), "Rechnung_Müller.pdf"],
    // Code page 437, as Windows and older programs write names without the flag: 0x81 ü, 0x94 ö, 0xE1 ß.
    ["code page 437", { ...honest("x", bytes("x")), name: Uint8Array.from([0x4d, 0x81, 0x6c, 0x6c, 0x65, 0x72, 0x5f, 0x94, 0xe1, 0x2e, 0x70, 0x64, 0x66]) }, "Müller_öß.pdf"],
    [
      "the Info-ZIP Unicode path for the same stored name",
      { ...honest("x", bytes("x")), name: bytes("M?ller.pdf"), extra: [[0x7075, Uint8Array.from([1, ...le32(crc32(bytes("M?ller.pdf"))), ...bytes("Müller.pdf")])]] },
      "Müller.pdf",
    ],
    [
      "a Unicode path for another stored name is ignored",
      { ...honest("x", bytes("x")), name: bytes("Other.pdf"), extra: [[0x7075, Uint8Array.from([1, 0, 0, 0, 0, ...bytes("Müller.pdf")])]] },
      "Other.pdf",
    ],
  ])("%s", (_name, entry, expected) => {
    expect(first(craftZip([entry]))?.name).toBe(expected);
  });
});

function le32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}

describe("readZipDirectory: the numbers", () => {
  test("sizes, CRC, method and flags as the directory states them, and the data through the local header", () => {
    const zip = craftZip([honest("a.txt", bytes("hello hello hello")), honest("b.txt", bytes("stored"), 0)], { comment: "a comment" });
    const directory = readZipDirectory(zip);
    if (!directory.ok) throw new Error(directory.reason);
    expect(directory.entries.map((e) => [e.name, e.method, e.size, e.crc])).toEqual([
      ["a.txt", 8, 17, crc32(bytes("hello hello hello"))],
      ["b.txt", 0, 6, crc32(bytes("stored"))],
    ]);
    expect(new TextDecoder().decode(entryData(zip, directory.entries[1] as never) ?? new Uint8Array())).toBe("stored");
  });

  test("ZIP64: sizes and offset from the extra field, counts from the ZIP64 end record", () => {
    const zip = craftZip([honest("a.txt", bytes("one")), { ...honest("b.txt", bytes("two"), 0), zip64: true }], { zip64End: true });
    const directory = readZipDirectory(zip);
    if (!directory.ok) throw new Error(directory.reason);
    expect(directory.entries.map((e) => [e.name, e.size, e.compressedSize])).toEqual([
      ["a.txt", 3, expect.any(Number)],
      ["b.txt", 3, 3],
    ]);
    expect(new TextDecoder().decode(entryData(zip, directory.entries[1] as never) ?? new Uint8Array())).toBe("two");
  });

  test.each<[string, Uint8Array]>([
    ["not a ZIP", bytes("Name;E-Mail\nAnna;anna@example.de\n")],
    ["nothing", new Uint8Array(0)],
    ["the end cut off", craftZip([honest("a.txt", bytes("a"))]).subarray(0, 40)],
    [
      "a directory that claims more entries than it holds",
      (() => {
        const zip = craftZip([honest("a.txt", bytes("a"))]);
        const out = zip.slice();
        out[out.length - 12] = 5; // entries in the end record (total)
        return out;
      })(),
    ],
  ])("refused: %s", (_name, zip) => {
    expect(readZipDirectory(zip)).toMatchObject({ ok: false });
  });

  test("a local header offset that points past the archive gives no data", () => {
    const zip = craftZip([{ ...honest("a.txt", bytes("a")), localHeaderOffset: 1_000_000 }]);
    const entry = first(zip);
    expect(entry !== undefined && entryData(zip, entry)).toBeNull();
  });
});
