// ZIPs for tests, written by hand so that they can say anything: sizes that lie, flags, methods, paths and names no
// ZIP program writes (PKWARE APPNOTE 6.3: 4.3.7 local header, 4.3.12 central directory, 4.3.16 end record, 4.5.3
// ZIP64 extra field). Used only by tests.
import { Deflate, deflateSync } from "fflate";
import { crc32 } from "../../src/taskpane/files/crc32";

export interface CraftedEntry {
  /** The stored name: text (written as UTF-8 with the UTF-8 flag unless `flags` says otherwise) or raw bytes. */
  readonly name: string | Uint8Array;
  /** The bytes as stored in the archive (already compressed for method 8). */
  readonly data: Uint8Array;
  /** Default 8 (deflate). */
  readonly method?: number;
  /** The uncompressed size the directory claims. */
  readonly size: number;
  readonly crc: number;
  /** Default: 0x800 (UTF-8 name) for a text name, 0 for raw bytes. */
  readonly flags?: number;
  /** Sizes and offset in a ZIP64 extra field instead of the header. */
  readonly zip64?: boolean;
  /** Extra fields for the central directory (id, data). */
  readonly extra?: readonly (readonly [number, Uint8Array])[];
  /** Where the directory says the local header is (default: where it is). */
  readonly localHeaderOffset?: number;
}

/** An honest entry: `bytes` deflated (or stored), with their real size and CRC. */
export function honest(name: string, bytes: Uint8Array, method: 0 | 8 = 8): CraftedEntry {
  return { name, data: method === 8 ? deflateSync(bytes) : bytes, method, size: bytes.length, crc: crc32(bytes) };
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * A deflate stream of `mebibytes` MiB of zeros, made without ever holding them: one MiB of zeros deflated and
 * flushed to a byte boundary (a block that refers only to itself), repeated, then an empty final block.
 * 1 GiB comes out at about 1 MB.
 */
export function zeroBomb(mebibytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  deflate.push(new Uint8Array(1024 * 1024), false);
  deflate.flush(true);
  const block = concat(parts);
  const stream = new Uint8Array(block.length * mebibytes + 2);
  for (let i = 0; i < mebibytes; i += 1) stream.set(block, i * block.length);
  stream.set([0x03, 0x00], block.length * mebibytes); // a final fixed-Huffman block holding only its end
  return stream;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function le(bytes: number, value: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let v = value;
  for (let i = 0; i < bytes; i += 1) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  return out;
}

function extraField(id: number, data: Uint8Array): Uint8Array {
  return concat([le(2, id), le(2, data.length), data]);
}

/** The archive: local headers and data, the central directory, the end record (a ZIP64 one when asked). */
export function craftZip(entries: readonly CraftedEntry[], options: { readonly zip64End?: boolean; readonly comment?: string } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === "string" ? text(entry.name) : entry.name;
    const flags = entry.flags ?? (typeof entry.name === "string" ? 0x800 : 0);
    const method = entry.method ?? 8;
    const big = entry.zip64 === true;
    const sizes = big ? concat([le(4, 0xffffffff), le(4, 0xffffffff)]) : concat([le(4, entry.data.length), le(4, entry.size)]);
    const local = concat([le(4, 0x04034b50), le(2, 20), le(2, flags), le(2, method), le(4, 0), le(4, entry.crc), sizes, le(2, name.length), le(2, 0), name]);
    const headerAt = entry.localHeaderOffset ?? offset;
    const extras = [
      ...(big ? [extraField(0x0001, concat([le(8, entry.size), le(8, entry.data.length), le(8, headerAt)]))] : []),
      ...(entry.extra ?? []).map(([id, data]) => extraField(id, data)),
    ];
    const extra = concat(extras);
    centrals.push(
      concat([
        le(4, 0x02014b50), le(2, 20), le(2, 20), le(2, flags), le(2, method), le(4, 0), le(4, entry.crc), sizes,
        le(2, name.length), le(2, extra.length), le(2, 0), le(2, 0), le(2, 0), le(4, 0), le(4, big ? 0xffffffff : headerAt),
        name, extra,
      ]),
    );
    locals.push(local, entry.data);
    offset += local.length + entry.data.length;
  }
  const directory = concat(centrals);
  const comment = text(options.comment ?? "");
  const tail: Uint8Array[] = [];
  if (options.zip64End === true) {
    const end64At = offset + directory.length;
    tail.push(
      concat([le(4, 0x06064b50), le(8, 44), le(2, 45), le(2, 45), le(4, 0), le(4, 0), le(8, entries.length), le(8, entries.length), le(8, directory.length), le(8, offset)]),
      concat([le(4, 0x07064b50), le(4, 0), le(8, end64At), le(4, 1)]),
      concat([le(4, 0x06054b50), le(2, 0), le(2, 0), le(2, 0xffff), le(2, 0xffff), le(4, 0xffffffff), le(4, 0xffffffff), le(2, comment.length), comment]),
    );
  } else {
    tail.push(concat([le(4, 0x06054b50), le(2, 0), le(2, 0), le(2, entries.length), le(2, entries.length), le(4, directory.length), le(4, offset), le(2, comment.length), comment]));
  }
  return concat([...locals, directory, ...tail]);
}
