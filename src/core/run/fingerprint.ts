// A plan's fingerprint: the same recipients, merged values, template and files give the same string, so that a task
// pane reopened after a reload can find the unfinished run it belongs to (and resume it with its runId) instead of
// starting a new run that would create every draft again. Any change to what would be created gives another.
// FNV-1a 64 in two 32-bit halves: pure, synchronous, the same in every browser and Node (no crypto.subtle here);
// it tells plans apart, it is not meant to resist someone forging a collision.

export interface FingerprintFile {
  readonly name: string;
  readonly size: number;
}

export interface FingerprintRow {
  readonly row: number;
  readonly to: string;
  readonly cc?: readonly string[];
  readonly bcc?: readonly string[];
  /** The row's cells (the merged values), in column order. */
  readonly values: readonly string[];
  readonly attachments?: readonly FingerprintFile[];
}

export interface FingerprintInput {
  readonly subject: string;
  readonly html: string;
  readonly columns?: readonly string[];
  readonly rows: readonly FingerprintRow[];
  /** Files every message gets (the template's own attachments). */
  readonly attachments?: readonly FingerprintFile[];
  /** Anything else that changes what is created, e.g. "drafts" or "send". */
  readonly mode?: string;
}

const PRIME_LOW = 0x1b3; // FNV 64 prime = 2^40 + 0x1b3

/** FNV-1a 64 over the UTF-16 code units (two bytes each) of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const step = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    // (hi:lo) * (2^40 + 0x1b3) mod 2^64; lo * 0x1b3 < 2^41 stays exact in a double.
    const low = lo * PRIME_LOW;
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = (Math.imul(hi, PRIME_LOW) + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  };
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    step(unit & 0xff);
    step(unit >>> 8);
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/** The fingerprint of a plan: JSON keeps field boundaries unambiguous ("a","bc" ≠ "ab","c"). */
export function planFingerprint(input: FingerprintInput): string {
  const files = (list: readonly FingerprintFile[] | undefined): [string, number][] => (list ?? []).map((f) => [f.name, f.size]);
  const canonical = JSON.stringify([
    1, // format version: bump when the canonical form changes
    input.mode ?? "",
    input.subject,
    input.html,
    input.columns ?? [],
    files(input.attachments),
    input.rows.map((r) => [r.row, r.to, r.cc ?? [], r.bcc ?? [], r.values, files(r.attachments)]),
  ]);
  return `fp1-${fnv1a64(canonical)}-${input.rows.length}`;
}
