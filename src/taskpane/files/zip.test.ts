import { strToU8, zipSync } from "fflate";
import { crc32 } from "./crc32";
import { filesFromZip, isAttachmentEntry, isUnsafePath, ZIP_LIMITS, type ZipContents } from "./zip";
import { craftZip, honest, zeroBomb, type CraftedEntry } from "../../../test/support/zipForTests";

const MIB = 1024 * 1024;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const textOf = (contents: ZipContents): [string, string][] =>
  contents.ok ? contents.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)]) : [];

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

test.each([
  ["Rechnung.pdf", false],
  ["2026/Rechnung.pdf", false],
  ["a..b.pdf", false],
  ["2026/..b/c.pdf", false],
  ["../Rechnung.pdf", true],
  ["2026/../../Rechnung.pdf", true],
  ["/etc/Rechnung.pdf", true],
  ["C:/Users/Rechnung.pdf", true],
  ["c:Rechnung.pdf", true],
  ["a\0b.pdf", true],
])("%p leaves the archive: %p", (name, expected) => {
  expect(isUnsafePath(name)).toBe(expected);
});

test("a ZIP's files, with their paths, without folders and hidden files", async () => {
  const zip = zipSync({
    "b.pdf": strToU8("B"),
    "2026/a.pdf": strToU8("A"),
    "2026/.DS_Store": strToU8("x"),
    "__MACOSX/._b.pdf": strToU8("x"),
    "2027/": new Uint8Array(0),
  });
  const contents = await filesFromZip(zip);
  expect(textOf(contents)).toEqual([
    ["2026/a.pdf", "A"],
    ["b.pdf", "B"],
  ]);
  expect(contents).toMatchObject({ ok: true, refused: [] });
});

test("stored (uncompressed) files and ZIP64 entries are read too; Windows' backslashes become folders", async () => {
  const zip = craftZip([honest("2026\\stored.txt", bytes("plain"), 0), { ...honest("big.txt", bytes("zip64")), zip64: true }]);
  expect(textOf(await filesFromZip(zip))).toEqual([
    ["2026/stored.txt", "plain"],
    ["big.txt", "zip64"],
  ]);
});

test.each<[string, Uint8Array]>([
  ["a text file", bytes("not a zip")],
  ["a ZIP cut short", zipSync({ "a.pdf": strToU8("A") }).subarray(0, 30)],
])("%s is not a ZIP: said as data, not thrown", async (_name, zip) => {
  await expect(filesFromZip(zip)).resolves.toMatchObject({ ok: false, problem: "not-zip" });
});

describe("hostile ZIPs", () => {
  test("a 1 MB ZIP holding 1 GB of zeros, and saying so: that file refused from its directory, unread; the others taken", async () => {
    const bomb = zeroBomb(1024);
    expect(bomb.length).toBeLessThan(1.1 * MIB);
    const zip = craftZip([{ name: "Rechnung_1.pdf", data: bomb, size: 1024 * MIB, crc: 0 }, honest("Rechnung_2.pdf", bytes("ok"))]);
    let pauses = 0;
    const contents = await filesFromZip(zip, ZIP_LIMITS, async () => void (pauses += 1));
    expect(contents).toEqual({ ok: true, files: [expect.objectContaining({ name: "Rechnung_2.pdf" })], refused: [{ name: "Rechnung_1.pdf", kind: "too-large" }] });
    expect(pauses).toBe(0); // nothing of the gigabyte was inflated
  });

  test.each([
    ["1 KB", 1024, 0],
    ["20 MB, under the per-file limit", 20 * MIB, 2],
  ])(
    "1 GB of zeros whose directory claims %s: inflating stops just past the claim, the file refused as damaged",
    async (_claim, claimed, breaths) => {
      const zip = craftZip([{ name: "Rechnung_1.pdf", data: zeroBomb(1024), size: claimed, crc: 0 }, honest("Rechnung_2.pdf", bytes("ok"))]);
      let pauses = 0;
      const contents = await filesFromZip(zip, ZIP_LIMITS, async () => void (pauses += 1));
      expect(contents).toMatchObject({ ok: true, refused: [{ name: "Rechnung_1.pdf", kind: "damaged" }] });
      expect(textOf(contents)).toEqual([["Rechnung_2.pdf", "ok"]]);
      // Breaths come every 8 MB inflated: none or a few, not the 128 a whole gigabyte would take.
      expect(pauses).toBeLessThanOrEqual(breaths + 1);
    },
  );

  test("files that together unpack to more than 500 MB: nothing taken, and the file from which on it is too much is named", async () => {
    const part = zeroBomb(149);
    const zip = craftZip(["a.pdf", "b.pdf", "c.pdf", "d.pdf"].map((name) => ({ name, data: part, size: 149 * MIB, crc: 0 })));
    expect(zip.length).toBeLessThan(1 * MIB);
    await expect(filesFromZip(zip)).resolves.toEqual({ ok: false, problem: "too-large-total", name: "d.pdf" });
  });

  test("a ZIP larger than the total limit is refused before it is read", async () => {
    const zip = craftZip([honest("a.pdf", new Uint8Array(4000).map((_, i) => (i * 7919) % 251), 0)]);
    await expect(filesFromZip(zip, { fileBytes: 10_000, totalBytes: 3000 })).resolves.toEqual({ ok: false, problem: "too-large-total", name: null });
  });

  const CASES: readonly { readonly name: string; readonly entries: readonly CraftedEntry[]; readonly taken: readonly string[]; readonly refused: readonly (readonly [string, string])[] }[] = [
    {
      name: "paths that leave the archive",
      entries: [honest("../Rechnung_1.pdf", bytes("x")), honest("2026/../../Rechnung_2.pdf", bytes("x")), honest("/etc/Rechnung_3.pdf", bytes("x")), honest("C:\\Rechnung_4.pdf", bytes("x")), honest("ok.pdf", bytes("x"))],
      taken: ["ok.pdf"],
      refused: [
        ["/etc/Rechnung_3.pdf", "unsafe-path"],
        ["../Rechnung_1.pdf", "unsafe-path"],
        ["2026/../../Rechnung_2.pdf", "unsafe-path"],
        ["C:/Rechnung_4.pdf", "unsafe-path"],
      ],
    },
    {
      name: "the same name twice: neither taken (which one is meant?); names differing in case are both taken",
      entries: [honest("a.pdf", bytes("first")), honest("a.pdf", bytes("second")), honest("B.pdf", bytes("x")), honest("b.pdf", bytes("y"))],
      taken: ["b.pdf", "B.pdf"],
      refused: [["a.pdf", "duplicate"]],
    },
    {
      name: "encrypted files (the flag, or WinZip's AES method)",
      entries: [{ ...honest("secret.pdf", bytes("x")), flags: 0x801 }, { ...honest("aes.pdf", bytes("x")), method: 99 }, honest("open.pdf", bytes("x"))],
      taken: ["open.pdf"],
      refused: [
        ["aes.pdf", "encrypted"],
        ["secret.pdf", "encrypted"],
      ],
    },
    {
      name: "a compression Rundmail cannot read (LZMA)",
      entries: [{ ...honest("lzma.pdf", bytes("x")), method: 14 }],
      taken: [],
      refused: [["lzma.pdf", "unsupported"]],
    },
    {
      name: "damaged: a wrong CRC, a stored file whose sizes disagree, data cut short, a header that is not there",
      entries: [
        { ...honest("crc.pdf", bytes("content")), crc: crc32(bytes("other")) },
        { ...honest("stored.pdf", bytes("content"), 0), size: 3 },
        { ...honest("cut.pdf", bytes("content ".repeat(100))), data: honest("x", bytes("content ".repeat(100))).data.subarray(0, 5) },
        { ...honest("nowhere.pdf", bytes("x")), localHeaderOffset: 1_000_000 },
        honest("fine.pdf", bytes("x")),
      ],
      taken: ["fine.pdf"],
      refused: [
        ["crc.pdf", "damaged"],
        ["cut.pdf", "damaged"],
        ["nowhere.pdf", "damaged"],
        ["stored.pdf", "damaged"],
      ],
    },
    {
      name: "a size claimed smaller than the content",
      entries: [{ ...honest("liar.pdf", bytes("a longer content than claimed")), size: 4 }],
      taken: [],
      refused: [["liar.pdf", "damaged"]],
    },
  ];

  test.each(CASES)("$name", async ({ entries, taken, refused }) => {
    const contents = await filesFromZip(craftZip(entries));
    if (!contents.ok) throw new Error(`not read: ${contents.problem}`);
    expect(contents.files.map((f) => f.name).sort()).toEqual([...taken].sort());
    expect(contents.refused.map((r) => `${r.name} ${r.kind}`).sort()).toEqual(refused.map(([name, kind]) => `${name} ${kind}`).sort());
  });
});
