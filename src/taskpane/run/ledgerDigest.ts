// What the run store keeps instead of a row's key: a SHA-256 digest of it. The key (`runId:row:address`, see
// core/run/key.ts) names the recipient; the store only has to recognise the same key again when a run is resumed,
// and a digest does that without keeping the address in the browser. The run id in the key is random per run, so
// the same address gives a different digest in every run. It is not a secret: whoever holds the store and a list of
// candidate addresses could still test them, row by row — but nothing in the store can be read back as an address.

/** Changes with the digest's definition, so that marks of another definition are never mistaken for these. */
const DOMAIN = "rundmail-ledger-1\n";

/** The part of WebCrypto the digest needs (the browser's crypto.subtle, or Node's in tests). */
export type DigestCrypto = Pick<SubtleCrypto, "digest">;

/** WebCrypto where the page has it (a secure context: https, or localhost); undefined otherwise. */
export function pageCrypto(): DigestCrypto | undefined {
  return (globalThis as { crypto?: { subtle?: DigestCrypto } }).crypto?.subtle;
}

/** The digest of a ledger key: 64 hex digits. */
export async function ledgerDigest(key: string, subtle: DigestCrypto): Promise<string> {
  const bytes = await subtle.digest("SHA-256", new TextEncoder().encode(DOMAIN + key));
  let hex = "";
  for (const byte of new Uint8Array(bytes)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
