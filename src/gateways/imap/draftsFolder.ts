// Which folder of the mailbox takes the drafts: the one the server marks as Drafts (SPECIAL-USE `\Drafts`, RFC 6154),
// else the first of the names mail programs use, else none — then the user names it with --folder. A folder the user
// names is taken only if the server lists it: APPEND to a missing folder would fail for every row, and creating one
// by a typing mistake would hide the drafts where no mail program looks.

/** What the folder choice needs of a LIST answer (imapflow's ListResponse has these fields). */
export interface ListedFolder {
  /** The full path, decoded from IMAP's modified UTF-7 ("Entwürfe", "INBOX.Drafts"). */
  readonly path: string;
  readonly flags: ReadonlySet<string>;
  readonly specialUse?: string | undefined;
  /** "extension": the server said so; "name"/"user": the library guessed (ignored here: the names below decide). */
  readonly specialUseSource?: string | undefined;
}

export type FolderChoice =
  | { readonly ok: true; readonly path: string; readonly how: "special-use" | "name" | "named" }
  | { readonly ok: false; readonly problem: "missing" | "none"; readonly folders: readonly string[] };

/** Usual names of a drafts folder at German and international providers, compared without case, in this order. */
export const USUAL_DRAFTS_NAMES: readonly string[] = [
  "Drafts",
  "Entwürfe",
  "Entwuerfe",
  "INBOX.Drafts",
  "INBOX/Drafts",
  "INBOX.Entwürfe",
  "INBOX/Entwürfe",
  "INBOX.Entwuerfe",
  "INBOX/Entwuerfe",
  "Draft",
  "INBOX.Draft",
  "INBOX/Draft",
];

/** Usual names of the Sent folder (for `send --save-sent-imap`), compared without case, in this order. */
export const USUAL_SENT_NAMES: readonly string[] = [
  "Sent",
  "Gesendet",
  "Gesendete Objekte",
  "Gesendete Elemente",
  "Sent Items",
  "Sent Messages",
  "INBOX.Sent",
  "INBOX/Sent",
  "INBOX.Gesendet",
  "INBOX/Gesendet",
  "INBOX.Gesendete Objekte",
  "INBOX/Gesendete Objekte",
];

const selectable = (folder: ListedFolder): boolean => !folder.flags.has("\\Noselect") && !folder.flags.has("\\NonExistent");

export function chooseDraftsFolder(listed: readonly ListedFolder[], wanted?: string, specialUse = "\\Drafts", names = USUAL_DRAFTS_NAMES): FolderChoice {
  const folders = listed.filter(selectable);
  const paths = folders.map((f) => f.path);
  if (wanted !== undefined) {
    const exact = folders.find((f) => f.path === wanted);
    if (exact) return { ok: true, path: exact.path, how: "named" };
    const nocase = folders.filter((f) => f.path.toLowerCase() === wanted.toLowerCase());
    const only = nocase.length === 1 ? nocase[0] : undefined;
    return only ? { ok: true, path: only.path, how: "named" } : { ok: false, problem: "missing", folders: paths };
  }
  const marked = folders.find((f) => f.specialUse === specialUse && f.specialUseSource !== "name" && f.specialUseSource !== "user");
  if (marked) return { ok: true, path: marked.path, how: "special-use" };
  for (const name of names) {
    const found = folders.find((f) => f.path.normalize("NFC").toLowerCase() === name.normalize("NFC").toLowerCase());
    if (found) return { ok: true, path: found.path, how: "name" };
  }
  return { ok: false, problem: "none", folders: paths };
}
