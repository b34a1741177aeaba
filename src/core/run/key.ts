// The idempotency key of one row of one run: `${runId}:${row}:${address}`. The same row of the same run always has
// the same key, so a resumed run (same runId) recognises what it created before. The address is in its comparison
// form (lower case, domain in ASCII), so that re-typing "Anna@Example.de" as "anna@example.de" is still the same
// row; a row whose address really changed is a different draft.
import { addressKey } from "../recipients";
import type { EmailAddress } from "../types";

export function draftKey(runId: string, row: number, to: EmailAddress): string {
  return `${runId}:${row}:${addressKey(to)}`;
}

/** The address part of a key, in addressKey's form (the run id has no ":", an address may). */
export function addressOfKey(key: string): string {
  return key.split(":").slice(2).join(":");
}

/** A run id for a new run: time plus randomness, short, and free of ":" so that keys stay readable. */
export function newRunId(now: number, random: () => number = Math.random): string {
  const rand = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0");
  return `${Math.floor(now).toString(36)}-${rand}`;
}
