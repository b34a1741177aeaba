// A ZIP's directory may lie: an entry declared as 1 KB may inflate to gigabytes, and SheetJS inflates each entry
// whole before it compares sizes. So every deflated entry is inflated here first, as a stream that is cancelled
// the moment it gives more than its declared size: memory stays at one chunk, time at the declared total.
import type { ZipEntry } from "./zipDirectory";

export type InflatedSizes = "ok" | "larger-than-declared" | "damaged";

const LOCAL_HEADER = 0x04034b50;

export async function checkInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<InflatedSizes> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    const at = entry.localHeader;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return "damaged";
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + entry.packedBytes > bytes.length) return "damaged";
    if (entry.method !== 8) continue; // stored entries are as large as they are; SheetJS refuses other methods
    const outcome = await inflateWithin(bytes.subarray(start, start + entry.packedBytes), entry.unpackedBytes);
    if (outcome !== "ok") return outcome;
  }
  return "ok";
}

async function inflateWithin(packed: Uint8Array, allowed: number): Promise<InflatedSizes> {
  // A copy (Blob wants an ArrayBuffer-backed view); one entry's packed bytes at a time.
  const reader = new Blob([packed.slice()]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return "ok";
      total += value.byteLength;
      if (total > allowed) {
        await reader.cancel();
        return "larger-than-declared";
      }
    }
  } catch {
    return "damaged";
  }
}
