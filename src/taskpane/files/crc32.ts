// CRC-32 as ZIP stores it (ISO 3309 / ITU-T V.42, the reflected polynomial 0xEDB88320; APPNOTE 4.4.7), so that a
// file taken from a ZIP is known to be the file that was put in. Streaming: feed chunks, read the value.

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export class Crc32 {
  private state = 0xffffffff;

  update(chunk: Uint8Array): this {
    let c = this.state;
    for (let i = 0; i < chunk.length; i += 1) c = (TABLE[(c ^ (chunk[i] as number)) & 0xff] as number) ^ (c >>> 8);
    this.state = c;
    return this;
  }

  /** The checksum of everything fed so far, as an unsigned 32-bit number. */
  value(): number {
    return (this.state ^ 0xffffffff) >>> 0;
  }
}

export function crc32(bytes: Uint8Array): number {
  return new Crc32().update(bytes).value();
}
