// The files inside a ZIP, for attachments chosen as one archive. A ZIP is a claim about its contents: a 1 MB archive
// can hold 1 GB of zeros, sizes can lie, paths can point outside it. So the directory is read first (zipDirectory.ts)
// and each file is judged before a byte is inflated; then each is inflated as a stream, held to the size its
// directory claims, and checked against its CRC. Problems are data: a file that cannot be taken is named with the
// reason, the others are taken; an archive too large as a whole is not taken at all. fflate is loaded only when a
// ZIP is chosen.
import { MAX_FILE_BYTES } from "../../core/attachments";
import { Crc32 } from "./crc32";
import { entryData, readZipDirectory, type ZipDirectoryEntry } from "./zipDirectory";

export interface ZipEntry {
  /** Path inside the archive ("2026/Rechnung_1001.pdf"). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ZipLimits {
  /** The largest file taken: what one attachment may be (Graph's 150 MB upload session). */
  readonly fileBytes: number;
  /**
   * What all files of one ZIP may unpack to together. Unlike picked files and folders, which are read when a draft
   * needs them, a ZIP's files are kept in the pane's memory until it closes: 500 MB is what a task pane can hold
   * beside a run on an ordinary computer, and several lists' worth of invoices. More: unzip it, choose the folder.
   */
  readonly totalBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { fileBytes: MAX_FILE_BYTES, totalBytes: 500 * 1024 * 1024 };

/** Why one file of a ZIP was not taken. */
export type ZipRefusalKind = "too-large" | "encrypted" | "unsafe-path" | "duplicate" | "unsupported" | "damaged";

export interface ZipRefusal {
  readonly name: string;
  readonly kind: ZipRefusalKind;
}

export type ZipContents =
  | { readonly ok: true; readonly files: readonly ZipEntry[]; readonly refused: readonly ZipRefusal[] }
  /** Not a ZIP Rundmail can read (for the log: `reason`, in English). */
  | { readonly ok: false; readonly problem: "not-zip"; readonly reason: string }
  /** Together more than the limit: nothing taken. `name`: the file from which on it is too much (null: the archive). */
  | { readonly ok: false; readonly problem: "too-large-total"; readonly name: string | null };

/** Folders, macOS resource forks and hidden files are not attachments anyone means to send. */
export function isAttachmentEntry(name: string): boolean {
  if (name.endsWith("/")) return false;
  const parts = name.split("/");
  if (parts.includes("__MACOSX")) return false;
  const base = parts[parts.length - 1] ?? "";
  return base !== "" && !base.startsWith(".") && base !== "Thumbs.db" && base !== "desktop.ini";
}

/** A path that leaves the archive when unpacked ("../x", "/etc/x", "C:\x"): no ZIP program writes one by itself. */
export function isUnsafePath(name: string): boolean {
  return name.startsWith("/") || /^[A-Za-z]:/.test(name) || name.includes("\0") || name.split("/").includes("..");
}

/** Inflated output between two breaths of the page (so a large ZIP does not freeze the pane). */
const YIELD_EVERY_BYTES = 8 * 1024 * 1024;
/** Compressed input per step: deflate grows at most about 1:1032, so one step makes at most ~16 MB. */
const STEP_BYTES = 16 * 1024;

const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function filesFromZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS, pause: () => Promise<void> = breathe): Promise<ZipContents> {
  // A compressed archive is never larger than what it unpacks to (stored files are as large): judged unread.
  if (bytes.length > limits.totalBytes) return { ok: false, problem: "too-large-total", name: null };
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return { ok: false, problem: "not-zip", reason: directory.reason };

  const refused: ZipRefusal[] = [];
  const files: { readonly name: string; readonly entry: ZipDirectoryEntry }[] = [];
  for (const entry of directory.entries) {
    // Some Windows programs write "\" between folders.
    const name = entry.name.replace(/\\/g, "/");
    if (name.endsWith("/")) continue;
    if (isUnsafePath(name)) refused.push({ name, kind: "unsafe-path" });
    else if (isAttachmentEntry(name)) files.push({ name, entry });
  }
  const seen = new Map<string, number>();
  for (const { name } of files) seen.set(name, (seen.get(name) ?? 0) + 1);
  for (const [name, count] of seen) if (count > 1) refused.push({ name, kind: "duplicate" });

  const wanted: { readonly name: string; readonly entry: ZipDirectoryEntry }[] = [];
  let declared = 0;
  for (const file of files) {
    const { name, entry } = file;
    if ((seen.get(name) ?? 0) > 1) continue;
    const kind = refusal(entry, limits);
    if (kind !== null) {
      refused.push({ name, kind });
      continue;
    }
    declared += entry.size;
    if (declared > limits.totalBytes) return { ok: false, problem: "too-large-total", name };
    wanted.push(file);
  }

  const taken: ZipEntry[] = [];
  let sinceBreath = 0;
  for (const { name, entry } of wanted) {
    const content = await inflateEntry(bytes, entry, async (made) => {
      sinceBreath += made;
      if (sinceBreath >= YIELD_EVERY_BYTES) {
        sinceBreath = 0;
        await pause();
      }
    });
    if (content === null) refused.push({ name, kind: "damaged" });
    else taken.push({ name, bytes: content });
  }
  taken.sort((a, b) => a.name.localeCompare(b.name));
  refused.sort((a, b) => a.name.localeCompare(b.name));
  return { ok: true, files: taken, refused };
}

/** Why the directory alone says a file cannot be taken; null when it may be inflated. */
function refusal(entry: ZipDirectoryEntry, limits: ZipLimits): ZipRefusalKind | null {
  if (entry.flags & 0x1 || entry.method === 99) return "encrypted"; // bit 0, or WinZip's AES (method 99)
  if (entry.method !== 0 && entry.method !== 8) return "unsupported";
  if (entry.size > limits.fileBytes) return "too-large";
  if (entry.method === 0 && entry.compressedSize !== entry.size) return "damaged";
  return null;
}

/**
 * The file's bytes, never more than its directory claims: inflating stops as soon as the output passes that size,
 * and the result must match it and its CRC exactly; null when it does not (damaged, or made to deceive).
 */
async function inflateEntry(zip: Uint8Array, entry: ZipDirectoryEntry, made: (bytes: number) => Promise<void>): Promise<Uint8Array | null> {
  const data = entryData(zip, entry);
  if (data === null) return null;
  const crc = new Crc32();
  if (entry.method === 0) {
    const copy = data.slice(); // the file keeps its own bytes, not the whole archive
    return crc.update(copy).value() === entry.crc ? copy : null;
  }
  const { Inflate } = await import("fflate");
  const out = new Uint8Array(entry.size);
  let length = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (over || length + chunk.length > entry.size) {
      over = true; // more than claimed: kept nowhere, and the loop below stops
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
    crc.update(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over; at += STEP_BYTES) {
      const before = length;
      inflater.push(data.subarray(at, at + STEP_BYTES), at + STEP_BYTES >= data.length);
      await made(length - before);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch {
    return null; // not deflate data, or cut short
  }
  return !over && length === entry.size && crc.value() === entry.crc ? out : null;
}
