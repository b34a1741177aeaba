// The idempotency key of one row of one run: `${runId}:${row}:${address}` — built and read here only. The same row of
// the same run always has the same key, so a resumed run (same runId) recognises what it created before. The address
// is in its comparison form (lower case, domain in ASCII), so that re-typing "Anna@Example.de" as "anna@example.de"
// is still the same row; a row whose address really changed is a different draft. Everything else (the Graph
// property's value and look-up, the ledgers, the pane's digest) takes the key whole, as an opaque string.
import { addressKey, toEmailAddress } from "../recipients";
import type { EmailAddress } from "../types";

const SEPARATOR = ":";

export function draftKey(runId: string, row: number, to: EmailAddress): string {
  return [runId, String(row), addressKey(to)].join(SEPARATOR);
}

/**
 * A key for a row whose address may not be one (reporting a row that failed in an unexpected way): draftKey's when
 * it can be made, else the address as it came — never a throw while a row is being reported.
 */
export function reportedKey(runId: string, row: number, to: unknown): string {
  try {
    return draftKey(runId, row, to as EmailAddress);
  } catch {
    return [runId, String(row), String(to)].join(SEPARATOR);
  }
}

/** The address part of a key, in addressKey's form (the run id has no ":", an address may). */
function addressOfKey(key: string): string {
  return key.split(SEPARATOR).slice(2).join(SEPARATOR);
}

/**
 * Whether a message's To (as a mail system gives it back) is the address the key was made for. Both in addressKey's
 * form: Graph may give an internationalised domain back as it was written, the key holds it in ASCII.
 */
export function keyIsFor(key: string, address: string): boolean {
  const valid = toEmailAddress(address);
  return valid !== null && addressKey(valid) === addressOfKey(key).toLowerCase();
}

/** A run id for a new run: time plus randomness, short, and free of ":" so that keys stay readable. */
export function newRunId(now: number, random: () => number = Math.random): string {
  const rand = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
  return `${Math.floor(now).toString(36)}-${rand}`;
}
