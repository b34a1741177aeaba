import { chooseDraftsFolder, type FolderChoice, type ListedFolder } from "./draftsFolder";

const folder = (path: string, extra: Partial<ListedFolder> = {}): ListedFolder => ({ path, flags: new Set<string>(), ...extra });

const cases: Array<[string, ListedFolder[], string | undefined, FolderChoice]> = [
  [
    "the server's \\Drafts mark wins over a folder named Drafts",
    [folder("INBOX"), folder("Drafts"), folder("Vorlagen", { specialUse: "\\Drafts", specialUseSource: "extension" })],
    undefined,
    { ok: true, path: "Vorlagen", how: "special-use" },
  ],
  [
    "a guess of the library is not the server's mark: the usual names decide",
    [folder("INBOX"), folder("Entwürfe"), folder("Draft", { specialUse: "\\Drafts", specialUseSource: "name" })],
    undefined,
    { ok: true, path: "Entwürfe", how: "name" },
  ],
  ["German name, any case", [folder("INBOX"), folder("ENTWÜRFE")], undefined, { ok: true, path: "ENTWÜRFE", how: "name" }],
  ["Courier style", [folder("INBOX"), folder("INBOX.Sent"), folder("INBOX.Drafts")], undefined, { ok: true, path: "INBOX.Drafts", how: "name" }],
  [
    "a folder that cannot hold messages is never chosen",
    [folder("INBOX"), folder("Drafts", { flags: new Set(["\\Noselect"]), specialUse: "\\Drafts", specialUseSource: "extension" }), folder("Draft")],
    undefined,
    { ok: true, path: "Draft", how: "name" },
  ],
  ["no drafts folder at all", [folder("INBOX"), folder("Archiv")], undefined, { ok: false, problem: "none", folders: ["INBOX", "Archiv"] }],
  ["--folder names one exactly", [folder("INBOX"), folder("Drafts"), folder("Rundmail")], "Rundmail", { ok: true, path: "Rundmail", how: "named" }],
  ["--folder in another case", [folder("INBOX"), folder("Rundmail")], "rundmail", { ok: true, path: "Rundmail", how: "named" }],
  [
    "--folder naming nothing listed is refused, even with a Drafts folder there",
    [folder("INBOX"), folder("Drafts")],
    "Entwurf",
    { ok: false, problem: "missing", folders: ["INBOX", "Drafts"] },
  ],
];

describe("chooseDraftsFolder", () => {
  test.each(cases)("%s", (_name, listed, wanted, expected) => {
    expect(chooseDraftsFolder(listed, wanted)).toEqual(expected);
  });

  test("the Sent folder by its mark", () => {
    expect(chooseDraftsFolder([folder("Gesendet", { specialUse: "\\Sent", specialUseSource: "extension" })], undefined, "\\Sent", ["Sent"])).toEqual({
      ok: true,
      path: "Gesendet",
      how: "special-use",
    });
  });
});
