// A create that got no answer may still be stored after the run looked for its key, found nothing and created the
// row again: the server had the request, only the client had given up on it. Seen against the Graph emulator under
// CPU load (the POST reached the server after the gateway's timeout, and after the look-up); Graph itself can do the
// same, as POST /me/messages has no idempotency key and a server finishes what it has received. So the run
// remembers every key that went through an unknown outcome and, before it reports done, waits a grace period and
// looks each such row up once more: the gateway's lookUp keeps one draft per key and removes the others.
import type { RunClock } from "./clock";
import type { LookUpResult } from "./types";

/**
 * How long after an unknown outcome a late create is waited for. No server promises a bound; this covers a request
 * still queued or in progress when the client gave up. Keys the final look cannot confirm keep their "attempted"
 * mark in the ledger, so a resumed run looks again.
 */
export const LATE_COPY_GRACE_MS = 15_000;

/** A row whose draft may have a late copy: its key, its place in the plan, and when the doubt arose. */
export interface UncertainRow {
  readonly key: string;
  readonly index: number;
  readonly since: number;
}

export interface LateCopySweep {
  readonly rows: readonly UncertainRow[];
  /** Looks in flight at once (the run's worker count for the gateway). */
  readonly concurrency: number;
  readonly clock: RunClock;
  /** Cancel: the wait ends at once and no look starts. */
  readonly signal: AbortSignal;
  /** The gateway's lookUp, "unknown" when it could not look. */
  readonly lookUp: (key: string) => Promise<LookUpResult | "unknown">;
  /** The wait begins; it lasts until `until` (clock time). */
  readonly onWait?: (until: number) => void;
  /** The look answered (late copies are gone): `ref` is the draft that was kept, when the gateway names it. */
  readonly onLooked: (row: UncertainRow, ref: string | null) => Promise<void>;
}

/** Waits until the grace period after the latest doubt is over, then looks up every row, `concurrency` at a time. */
export async function sweepLateCopies(sweep: LateCopySweep): Promise<void> {
  const { rows, clock, signal } = sweep;
  if (rows.length === 0 || signal.aborted) return;
  const until = Math.max(...rows.map((row) => row.since)) + LATE_COPY_GRACE_MS;
  if (until > clock.now()) {
    sweep.onWait?.(until);
    await clock.sleep(until - clock.now(), signal).catch(() => undefined); // a sleep that rejects on abort
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length && !signal.aborted) {
      const row = rows[next] as UncertainRow;
      next += 1;
      const look = await sweep.lookUp(row.key);
      if (look === "unknown") continue; // the ledger keeps "attempted": a resumed run looks again
      await sweep.onLooked(row, look.found ? look.ref : null);
    }
  };
  const workers = Math.max(1, Math.min(sweep.concurrency, rows.length));
  await Promise.all(Array.from({ length: workers }, worker));
}
