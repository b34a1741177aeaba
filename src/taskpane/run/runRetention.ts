// How long the browser keeps a run (its record and its ledger marks). A run that came to its end — every row done,
// cancelled, failed, or set aside by "start over" — is forgotten 30 days after it was last worked on: long enough to
// see "this list was done before" when the same list comes back the next week, short enough that the browser does
// not keep who got a Rundmail. A run cut off in the middle (the pane closed, the computer slept) has not ended: its
// marks are what keeps a later Continue from creating a second copy, so it is kept longer, 90 days, then forgotten
// too — nothing stays for ever. Pruned each time the store is opened.
import type { RunRecord } from "./indexedDbLedger";

const DAY_MS = 24 * 60 * 60 * 1000;
export const KEEP_ENDED_MS = 30 * DAY_MS;
export const KEEP_CUT_OFF_MS = 90 * DAY_MS;
/** Sends (a time and a count, for Exchange's 24-hour limit) older than this are of no use; dropped on open and on send. */
export const KEEP_SENDS_MS = 7 * DAY_MS;

/** Whether the run is old enough to be forgotten at `now`. */
export function expired(record: Pick<RunRecord, "finished" | "ended" | "updatedAt">, now: number): boolean {
  const keep = record.finished || record.ended ? KEEP_ENDED_MS : KEEP_CUT_OFF_MS;
  return now - record.updatedAt > keep;
}

/**
 * When a run id was made (core/run/key.ts: base-36 milliseconds, "-", randomness), for marks whose run has no
 * record; null for an id of another shape.
 */
export function runIdTime(runId: string): number | null {
  const match = /^([0-9a-z]{1,11})-[0-9a-z]+$/.exec(runId);
  if (match === null) return null;
  const ms = parseInt(match[1] as string, 36);
  return Number.isSafeInteger(ms) ? ms : null;
}

/**
 * Marks of a run without a record (its record could not be written, or is damaged) are forgotten once the run id
 * is older than a cut-off run is kept; marks whose run id tells no time are forgotten at once, as nothing can
 * continue them (a run is only ever continued through its record).
 */
export function orphanExpired(runId: string, now: number): boolean {
  const made = runIdTime(runId);
  return made === null || now - made > KEEP_CUT_OFF_MS;
}
