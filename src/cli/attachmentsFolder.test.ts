import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AttachmentChangedError, listAttachments, readListedFile } from "./attachmentsFolder";

const LIST = Buffer.from("Vorname;E-Mail\r\nAnna;anna@example.de\r\nBen;ben@example.de\r\n");

/** A folder with two invoices, a sub-folder, the recipient list itself, and a secret outside the folder. */
function setup() {
  const base = mkdtempSync(join(tmpdir(), "rundmail-folder-"));
  const dir = join(base, "anhaenge");
  mkdirSync(join(dir, "2026"), { recursive: true });
  writeFileSync(join(dir, "Rechnung_1.pdf"), "%PDF one");
  writeFileSync(join(dir, "2026", "Rechnung_2.pdf"), "%PDF two");
  writeFileSync(join(dir, "liste.csv"), LIST);
  const secret = join(base, "geheim.txt");
  writeFileSync(secret, "%PDF 003"); // the same size as an invoice: size alone must not let it through
  return { base, dir, secret, list: { path: join(dir, "liste.csv"), bytes: LIST } };
}
const names = (folder: ReturnType<typeof listAttachments>) => folder.files.map((f) => f.name);
const file = (folder: ReturnType<typeof listAttachments>, name: string) => {
  const found = folder.files.find((f) => f.name === name);
  if (!found) throw new Error(`not listed: ${name}`);
  return found;
};

describe("privacy: the recipient list is never an attachment", () => {
  test("the list itself is left out of the folder's files", () => {
    const { dir, list } = setup();
    expect(names(listAttachments(dir, list, "en"))).toEqual(["2026/Rechnung_2.pdf", "Rechnung_1.pdf"]);
  });

  test("named through a link to it, it is still left out (real paths are compared)", () => {
    const { base, dir, list } = setup();
    const link = join(base, "mitglieder.csv");
    symlinkSync(list.path, link);
    expect(names(listAttachments(dir, { path: link, bytes: LIST }, "en"))).not.toContain("liste.csv");
  });

  test("the folder named through a link, the list named by its real path: still left out", () => {
    const { base, dir, list } = setup();
    const link = join(base, "link-zum-ordner");
    symlinkSync(dir, link);
    expect(names(listAttachments(link, list, "en"))).not.toContain("liste.csv");
  });

  test("a copy of the list under another name is left out too (compared by content)", () => {
    const { dir, list } = setup();
    writeFileSync(join(dir, "2026", "Kopie von liste.txt"), LIST);
    writeFileSync(join(dir, "andere-liste.csv"), Buffer.concat([LIST, Buffer.from("Cem;cem@example.de\r\n")]));
    expect(names(listAttachments(dir, list, "en"))).toEqual(["2026/Rechnung_2.pdf", "andere-liste.csv", "Rechnung_1.pdf"]);
  });

  test("links inside the folder are not followed, to files or to folders", () => {
    const { base, dir, list, secret } = setup();
    symlinkSync(secret, join(dir, "Rechnung_3.pdf"));
    mkdirSync(join(base, "draussen"));
    writeFileSync(join(base, "draussen", "Rechnung_4.pdf"), "x");
    symlinkSync(join(base, "draussen"), join(dir, "verlinkt"));
    expect(names(listAttachments(dir, list, "en"))).toEqual(["2026/Rechnung_2.pdf", "Rechnung_1.pdf"]);
  });
});

describe("an attachment is read only if it is still the file that was checked", () => {
  test("unchanged, its bytes are read", () => {
    const { dir, list } = setup();
    const folder = listAttachments(dir, list, "en");
    expect(Buffer.from(readListedFile(folder, file(folder, "Rechnung_1.pdf"), "en")).toString()).toBe("%PDF one");
  });

  const swaps: Array<[string, (s: ReturnType<typeof setup>) => void, RegExp]> = [
    [
      "replaced by a link to a file outside the folder",
      ({ dir, secret }) => {
        rmSync(join(dir, "Rechnung_1.pdf"));
        symlinkSync(secret, join(dir, "Rechnung_1.pdf"));
      },
      /no longer the file that was checked/,
    ],
    [
      "replaced by another file of the same size",
      ({ dir, secret }) => {
        rmSync(join(dir, "Rechnung_1.pdf"));
        renameSync(secret, join(dir, "Rechnung_1.pdf"));
      },
      /no longer the file that was checked/,
    ],
    [
      "its sub-folder replaced by a link to a folder outside",
      ({ base, dir }) => {
        mkdirSync(join(base, "aussen"));
        writeFileSync(join(base, "aussen", "Rechnung_2.pdf"), "%PDF two");
        renameSync(join(dir, "2026"), join(base, "alt"));
        symlinkSync(join(base, "aussen"), join(dir, "2026"));
      },
      /no longer the file that was checked/,
    ],
    ["grown since the check", ({ dir }) => appendFileSync(join(dir, "Rechnung_1.pdf"), " and more"), /changed since it was checked/],
    ["removed", ({ dir }) => rmSync(join(dir, "Rechnung_1.pdf")), /no longer in the attachments folder/],
  ];
  test.each(swaps)("refused when %s", (_name, swap, message) => {
    const s = setup();
    const folder = listAttachments(s.dir, s.list, "en");
    const target = _name.includes("sub-folder") ? file(folder, "2026/Rechnung_2.pdf") : file(folder, "Rechnung_1.pdf");
    swap(s);
    let error: unknown;
    try {
      readListedFile(folder, target, "en");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AttachmentChangedError);
    expect((error as Error).message).toMatch(message);
  });

  test("the reason is in the user's language", () => {
    const s = setup();
    const folder = listAttachments(s.dir, s.list, "de");
    rmSync(join(s.dir, "Rechnung_1.pdf"));
    symlinkSync(s.secret, join(s.dir, "Rechnung_1.pdf"));
    expect(() => readListedFile(folder, file(folder, "Rechnung_1.pdf"), "de")).toThrow(/ist nicht mehr die geprüfte Datei/);
  });
});
