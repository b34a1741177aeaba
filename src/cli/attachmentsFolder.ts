// The --attachments folder: what it holds when the list is checked, and reading a file again when it is sent.
// A `send` run can take hours; a file may be replaced in the meantime (by a link to ~/.ssh/id_rsa, say). So each
// file is remembered by its identity (device and inode) and size when listed, and read only if it is still that
// file, still inside the folder, and still that size — never by following a link.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { MAX_FILE_BYTES, sameBytes } from "../core/attachments";
import type { GivenFile } from "../core/types";
import type { Lang } from "../i18n";
import { UsageError } from "./inputs";
import { say } from "./strings";

const IGNORED_FILES = new Set([".ds_store", "thumbs.db", "desktop.ini"]);

interface Listed {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
}

export interface AttachmentsFolder {
  /** The folder's real path (links resolved). */
  readonly root: string;
  /** Every file below the folder (sub-folders included), named by its path relative to it. */
  readonly files: readonly GivenFile[];
  /** What each file was when listed, by id. */
  readonly listed: ReadonlyMap<string, Listed>;
}

/** The recipient list, which is never an attachment: its real path and its bytes (a copy under another name counts). */
export interface ListToKeepOut {
  readonly path: string;
  readonly bytes: Uint8Array;
}

export function listAttachments(dir: string, list: ListToKeepOut, lang: Lang): AttachmentsFolder {
  let root: string;
  try {
    root = realpathSync(resolve(dir));
    if (!statSync(root).isDirectory()) throw Object.assign(new Error(say(lang, "notAFolder")), { code: "ENOTDIR" });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === "ENOTDIR" ? say(lang, "notAFolder") : code === "ENOENT" ? say(lang, "notFound") : say(lang, "notAllowed");
    throw new UsageError(say(lang, "cannotRead", { what: say(lang, "attachmentsWord"), path: dir, reason: why }));
  }
  const listReal = realPathOrNull(list.path);
  const files: GivenFile[] = [];
  const listed = new Map<string, Listed>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(folder, entry.name);
      if (entry.name.startsWith(".") || IGNORED_FILES.has(entry.name.toLowerCase())) continue;
      // Links are not followed, to sub-folders or to files: what is attached must lie inside the folder.
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const stat = lstatSync(full);
        if (full === listReal || isTheList(full, stat.size, list.bytes)) continue;
        files.push({ id: full, name: relative(root, full).split(sep).join("/"), size: stat.size });
        listed.set(full, { dev: stat.dev, ino: stat.ino, size: stat.size });
      }
    }
  };
  walk(root);
  return { root, files, listed };
}

function realPathOrNull(path: string): string | null {
  try {
    return realpathSync(resolve(path));
  } catch {
    return null;
  }
}

/** A copy of the recipient list under another name is the list too: compared by content, read only on equal size. */
function isTheList(path: string, size: number, list: Uint8Array): boolean {
  if (size !== list.length) return false;
  try {
    return sameBytes(readAll(path, size), list);
  } catch {
    return false;
  }
}

function readAll(path: string, size: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readExactly(fd, size) ?? new Uint8Array(0);
  } finally {
    closeSync(fd);
  }
}

/** Why a listed file cannot be sent now; the message is the user's. */
export class AttachmentChangedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AttachmentChangedError";
  }
}

/**
 * Reads a listed file again, refusing anything but the file that was checked: not a link (O_NOFOLLOW), the same
 * device and inode (so no component of its path was swapped for a link), inside the folder, the same size, and no
 * larger than an attachment may be.
 */
export function readListedFile(folder: AttachmentsFolder, file: GivenFile, lang: Lang): Uint8Array {
  const was = folder.listed.get(file.id);
  if (was === undefined) throw new Error(`not a listed attachment: ${file.id}`);
  const changed = (): AttachmentChangedError => new AttachmentChangedError(say(lang, "attachmentReplaced", { name: file.name }));
  let fd: number;
  try {
    fd = openSync(file.id, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new AttachmentChangedError(say(lang, "attachmentGone", { name: file.name }));
    if (code === "ELOOP" || code === "EMLINK") throw changed(); // the file itself is now a link
    throw new AttachmentChangedError(say(lang, "cannotRead", { what: say(lang, "attachmentFileWord"), path: file.name, reason: say(lang, "notAllowed") }));
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile() || now.dev !== was.dev || now.ino !== was.ino) throw changed();
    const real = realPathOrNull(file.id);
    if (real === null || !real.startsWith(folder.root + sep)) throw changed();
    if (now.size > MAX_FILE_BYTES) throw new AttachmentChangedError(say(lang, "attachmentGrewTooLarge", { name: file.name }));
    const sizeChanged = (): AttachmentChangedError => new AttachmentChangedError(say(lang, "attachmentSizeChanged", { name: file.name }));
    if (now.size !== was.size) throw sizeChanged();
    const bytes = readExactly(fd, now.size);
    if (bytes === null) throw sizeChanged();
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Exactly `size` bytes, or null when the file turns out shorter or longer while it is read. */
function readExactly(fd: number, size: number): Uint8Array | null {
  const bytes = new Uint8Array(size);
  let offset = 0;
  while (offset < size) {
    const got = readSync(fd, bytes, offset, size - offset, null);
    if (got === 0) break;
    offset += got;
  }
  const probe = new Uint8Array(1);
  if (offset !== size || readSync(fd, probe, 0, 1, null) !== 0) return null;
  return bytes;
}

/** The bytes of a given file, by its id: a path on disk, or a template's own attachment. */
export type FileContents = (file: GivenFile) => Uint8Array;

/** Reads given files: a template's own attachment from memory, a folder's file again from disk, checked (above). */
export function fileContents(ownFiles: ReadonlyMap<string, Uint8Array>, folder: AttachmentsFolder | null, lang: Lang): FileContents {
  return (file) => {
    const own = ownFiles.get(file.id);
    if (own !== undefined) return own;
    if (folder === null) throw new Error(`no attachments folder for ${file.id}`);
    return readListedFile(folder, file, lang);
  };
}
