import type { ListedFolder } from "./draftsFolder";
import type { ImapMailbox } from "./imapMailbox";
import { openFolder } from "./openFolder";

function mailboxWith(folders: ListedFolder[]): ImapMailbox & { closed: boolean } {
  const box = {
    closed: false,
    usable: true,
    appendLimit: null,
    folders: async () => folders,
    append: async () => null,
    findKey: async () => null,
    findHeader: async () => null,
    keysIn: async () => new Set<string>(),
    close: async () => void (box.closed = true),
  };
  return box;
}

const base = { user: "anna", server: "imap.example.de:993", secrets: ["Geh3im"] };
const f = (path: string, specialUse?: string): ListedFolder => ({ path, flags: new Set(), ...(specialUse ? { specialUse, specialUseSource: "extension" } : {}) });

test("the Drafts folder by its mark; the connection stays open for the run", async () => {
  const box = mailboxWith([f("INBOX"), f("Vorlagen", "\\Drafts")]);
  const opened = await openFolder({ ...base, connect: async () => box });
  expect(opened).toMatchObject({ ok: true, folder: "Vorlagen", how: "special-use" });
  expect(box.closed).toBe(false);
});

test.each([
  [undefined, "\\Drafts", "imap-no-drafts-folder"],
  [undefined, "\\Sent", "imap-no-sent-folder"],
  ["Postausgang", "\\Sent", "imap-folder-missing"],
])("no folder (wanted %s, %s): %s, with the folders listed, and the connection closed", async (wanted, specialUse, code) => {
  const box = mailboxWith([f("INBOX"), f("Archiv")]);
  const opened = await openFolder({ ...base, connect: async () => box, wanted, specialUse });
  expect(opened).toMatchObject({ ok: false, code, params: { folders: "INBOX, Archiv" } });
  expect(box.closed).toBe(true);
});

test("a refused login is imap-login, the password cut out of the server's words", async () => {
  const refused = Object.assign(new Error("Command failed"), { authenticationFailed: true, responseText: "Bad password Geh3im" });
  expect(await openFolder({ ...base, connect: async () => Promise.reject(refused) })).toEqual({
    ok: false,
    code: "imap-login",
    params: { user: "anna", server: "imap.example.de:993", reason: "Bad password ***" },
  });
});
