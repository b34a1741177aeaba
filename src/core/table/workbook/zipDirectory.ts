// What a ZIP's central directory declares (entries and their unpacked sizes), read before the workbook is handed to
// SheetJS: a file of a few kilobytes may declare gigabytes (a ZIP bomb), and unpacking it is what would exhaust memory.

export interface ZipEntry {
  /** 0 stored, 8 deflated; SheetJS refuses the others. */
  readonly method: number;
  readonly localHeader: number;
  readonly packedBytes: number;
  readonly unpackedBytes: number;
}

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[]; readonly unpackedBytes: number }
  | { readonly ok: false; readonly reason: "damaged" | "zip64" };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes followed by a comment of at most 65,535 bytes. */
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  if (end < 0) return { ok: false, reason: "damaged" };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean "see the ZIP64 record": no workbook Rundmail can use is that large.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: "zip64" };
  if (offset + size > end) return { ok: false, reason: "damaged" };

  let unpackedBytes = 0;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: "damaged" };
    const unpacked = view.getUint32(at + 24, true);
    if (unpacked === 0xffffffff) return { ok: false, reason: "zip64" };
    unpackedBytes += unpacked;
    entries.push({ method: view.getUint16(at + 10, true), localHeader: view.getUint32(at + 42, true), packedBytes: view.getUint32(at + 20, true), unpackedBytes: unpacked });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries, unpackedBytes };
}

/** The last end-of-directory signature; searched backwards, since the comment before it may be anything. */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
