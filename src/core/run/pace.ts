// The one rate limiter of a run: starts spaced evenly, so many a minute. Evenly rather than in bursts, because mail
// systems count over sliding windows (Exchange Online: 30 messages a minute per mailbox; SMTP providers alike).
// Used wherever a message leaves: Graph's /send in send mode, each SMTP hand-over. Slots are taken synchronously,
// so workers running at once queue up one interval apart instead of all leaving together after one wait.
import type { RunClock } from "./clock";

/** Exchange Online sends at most 30 messages a minute per mailbox; most SMTP providers allow at least that. */
export const DEFAULT_RATE_PER_MINUTE = 30;

export interface Pace {
  /** Waits for the next slot. False when the signal aborted the wait: the caller must not start. */
  take(signal?: AbortSignal): Promise<boolean>;
}

/** Milliseconds between two starts at `perMinute` a minute; 0 (or anything not positive) for no limit. */
export const intervalFor = (perMinute: number): number => (Number.isFinite(perMinute) && perMinute > 0 ? 60_000 / perMinute : 0);

/** A limiter with `intervalMs` between starts (0: none); the first start goes at once. */
export function pace(intervalMs: number, clock: Pick<RunClock, "now" | "sleep">): Pace {
  const gap = Number.isFinite(intervalMs) && intervalMs > 0 ? intervalMs : 0;
  let nextAt = Number.NEGATIVE_INFINITY;
  return {
    async take(signal) {
      if (signal?.aborted) return false;
      if (gap === 0) return true;
      const now = clock.now();
      const at = Math.max(now, nextAt);
      nextAt = at + gap;
      if (at > now) await clock.sleep(at - now, signal);
      return signal?.aborted !== true;
    },
  };
}
