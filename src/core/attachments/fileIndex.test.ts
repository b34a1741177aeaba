import fc from "fast-check";
import type { GivenFile } from "../types";
import { indexFiles } from "./fileIndex";

const file = (id: string, name: string): GivenFile => ({ id, name, size: 1 });

describe("indexFiles", () => {
  const index = indexFiles([file("a", "Rechnung.pdf"), file("b", "x/RECHNUNG.PDF"), file("a", "Rechnung.pdf"), file("c", "Brief.docx")]);
  const cases: Array<[string, string, string[]]> = [
    ["two files share a name", "rechnung.pdf", ["a", "b"]],
    ["one", "brief.DOCX", ["c"]],
    ["none", "fehlt.pdf", []],
    ["empty name", "", []],
    ["folder only", "x/", []],
  ];
  test.each(cases)("%s", (_name, name, ids) => {
    expect(index.find(name).map((f) => f.id)).toEqual(ids);
  });

  test("any file is found by its own name, with or without a path, in NFC or NFD", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom("", "dir/", "C:\\x\\"), (base, path) => {
        const name = base.replace(/[/\\]/g, "_");
        fc.pre(name.trim() !== "");
        const found = indexFiles([file("id", `${path}${name}`)]);
        expect(found.find(name).map((f) => f.id)).toEqual(["id"]);
        expect(found.find(name.normalize("NFD")).map((f) => f.id)).toEqual(["id"]);
        expect(found.find(`elsewhere/${name}`).map((f) => f.id)).toEqual(["id"]);
      }),
    );
  });
});
