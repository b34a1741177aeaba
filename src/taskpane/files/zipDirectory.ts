// A ZIP's central directory, read without trusting it (PKWARE APPNOTE 6.3: 4.3.12 central directory header, 4.3.16
// end of central directory, 4.3.14/4.3.15 their ZIP64 forms, 4.5.3 the ZIP64 extra field, 4.6.9 the Info-ZIP Unicode
// path): every offset and length is checked against the archive's bytes before it is used. What it says about sizes
// is only a claim; zip.ts holds the files to it while inflating.
import { crc32 } from "./crc32";

export interface ZipDirectoryEntry {
  /** The path as stored: UTF-8 when the entry says so, else code page 437 (the ZIP default). */
  readonly name: string;
  /** General purpose flags (bit 0: encrypted; bit 11: UTF-8 name). */
  readonly flags: number;
  /** 0 stored, 8 deflate; anything else Rundmail cannot read. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory claims. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipDirectoryEntry[] } | { readonly ok: false; readonly reason: string };

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

// Code page 437's upper half (APPNOTE appendix D: names without the UTF-8 flag are in it).
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

function cp437(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : (CP437_HIGH[byte - 0x80] ?? "?");
  return text;
}

const utf8 = new TextDecoder("utf-8");

/** A little-endian reader that answers null instead of reading past the end. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (at: number, length: number): boolean => at >= 0 && length >= 0 && at + length <= bytes.length;
  return {
    fits,
    u16: (at: number): number | null => (fits(at, 2) ? view.getUint16(at, true) : null),
    u32: (at: number): number | null => (fits(at, 4) ? view.getUint32(at, true) : null),
    u64: (at: number): number | null => {
      if (!fits(at, 8)) return null;
      const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
      return Number.isSafeInteger(value) ? value : null;
    },
  };
}

/** Where the end-of-central-directory record starts (it ends the archive, followed by a comment of at most 64 KB). */
function findEnd(bytes: Uint8Array): number | null {
  const r = reader(bytes);
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - MAX16; at -= 1) {
    if (r.u32(at) === EOCD && r.u16(at + 20) === bytes.length - at - 22) return at;
  }
  return null;
}

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const r = reader(bytes);
  const end = findEnd(bytes);
  if (end === null) return { ok: false, reason: "no ZIP directory at its end" };
  if (r.u16(end + 4) !== 0 || r.u16(end + 6) !== 0) return { ok: false, reason: "a ZIP split over several files" };
  let count = r.u16(end + 10) as number;
  let size = r.u32(end + 12) as number;
  let offset = r.u32(end + 16) as number;
  if (count === MAX16 || size === MAX32 || offset === MAX32) {
    // ZIP64: the real numbers are in the ZIP64 end record, which the locator just before this one points at.
    const locator = end - 20;
    const at = r.u32(locator) === EOCD64_LOCATOR ? r.u64(locator + 8) : null;
    if (at === null || r.u32(at) !== EOCD64) return { ok: false, reason: "a damaged ZIP64 directory" };
    const [c, s, o] = [r.u64(at + 32), r.u64(at + 40), r.u64(at + 48)];
    if (c === null || s === null || o === null) return { ok: false, reason: "a damaged ZIP64 directory" };
    [count, size, offset] = [c, s, o];
  }
  if (!r.fits(offset, size) || offset + size > end) return { ok: false, reason: "a directory outside the archive" };

  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (r.u32(at) !== CENTRAL || !r.fits(at, 46)) return { ok: false, reason: "a damaged ZIP directory" };
    const flags = r.u16(at + 8) as number;
    const method = r.u16(at + 10) as number;
    const crc = r.u32(at + 16) as number;
    let compressedSize = r.u32(at + 20) as number;
    let uncompressed = r.u32(at + 24) as number;
    const nameLength = r.u16(at + 28) as number;
    const extraLength = r.u16(at + 30) as number;
    const commentLength = r.u16(at + 32) as number;
    let localHeaderOffset = r.u32(at + 42) as number;
    const nameAt = at + 46;
    const extraAt = nameAt + nameLength;
    const next = extraAt + extraLength + commentLength;
    if (!r.fits(nameAt, next - nameAt) || next > offset + size) return { ok: false, reason: "a damaged ZIP directory" };
    const rawName = bytes.subarray(nameAt, extraAt);
    let name = flags & 0x800 ? utf8.decode(rawName) : cp437(rawName);

    for (let x = extraAt; x + 4 <= extraAt + extraLength; ) {
      const id = r.u16(x) as number;
      const length = r.u16(x + 2) as number;
      const data = x + 4;
      if (data + length > extraAt + extraLength) break;
      if (id === 0x0001) {
        // ZIP64 sizes and offset, present only for the fields that are all ones above, in this order.
        let field = data;
        const take = (): number | null => {
          const value = field + 8 <= data + length ? r.u64(field) : null;
          field += 8;
          return value;
        };
        if (uncompressed === MAX32) uncompressed = take() ?? -1;
        if (compressedSize === MAX32) compressedSize = take() ?? -1;
        if (localHeaderOffset === MAX32) localHeaderOffset = take() ?? -1;
        if (uncompressed < 0 || compressedSize < 0 || localHeaderOffset < 0) return { ok: false, reason: "a damaged ZIP64 entry" };
      } else if (id === 0x7075 && length > 5 && bytes[data] === 1 && r.u32(data + 1) === crc32(rawName)) {
        // The Info-ZIP Unicode path: the name in UTF-8, for the same stored name (its checksum says so).
        name = utf8.decode(bytes.subarray(data + 5, data + length));
      }
      x = data + length;
    }
    entries.push({ name, flags, method, crc, compressedSize, size: uncompressed, localHeaderOffset });
    at = next;
  }
  return { ok: true, entries };
}

/** The entry's stored bytes (still compressed), found through its local header; null when they are not there. */
export function entryData(bytes: Uint8Array, entry: ZipDirectoryEntry): Uint8Array | null {
  const r = reader(bytes);
  const at = entry.localHeaderOffset;
  if (r.u32(at) !== LOCAL) return null;
  const nameLength = r.u16(at + 26);
  const extraLength = r.u16(at + 28);
  if (nameLength === null || extraLength === null) return null;
  const start = at + 30 + nameLength + extraLength;
  return r.fits(start, entry.compressedSize) ? bytes.subarray(start, start + entry.compressedSize) : null;
}
