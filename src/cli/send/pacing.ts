// How fast messages go out, and how long to wait before trying a message again. Time is passed in, so the tests
// run in milliseconds what takes minutes for a user.

export interface Clock {
  now(): number;
  /** Resolves true after `ms`, or false as soon as the signal aborts (Ctrl-C). */
  sleep(ms: number, signal: AbortSignal): Promise<boolean>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve(false);
      if (ms <= 0) return resolve(true);
      const timer = setTimeout(() => {
        signal.removeEventListener("abort", onAbort);
        resolve(true);
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        resolve(false);
      };
      signal.addEventListener("abort", onAbort, { once: true });
    }),
};

/** Exchange Online accepts 30 messages per minute from one mailbox; most providers allow at least that. */
export const DEFAULT_RATE_PER_MINUTE = 30;

/**
 * Spaces the starts of messages evenly: at 30 per minute, one every 2 seconds. Evenly rather than in bursts,
 * because providers count over sliding windows. Rate 0 means no limit.
 */
export function pacer(ratePerMinute: number, clock: Clock): (signal: AbortSignal) => Promise<boolean> {
  const gap = ratePerMinute > 0 ? 60_000 / ratePerMinute : 0;
  let next = -Infinity;
  return async (signal) => {
    const wait = next - clock.now();
    if (wait > 0 && !(await clock.sleep(wait, signal))) return false;
    if (signal.aborted) return false;
    next = clock.now() + gap;
    return true;
  };
}

/** Tries per message: the first and five more. */
export const MAX_TRIES = 6;

/** Waits before the next try: 1, 2, 4, 8, 16 seconds (with the default base). */
export const backoffMs = (failedTries: number, baseMs: number): number => baseMs * 2 ** Math.min(Math.max(failedTries - 1, 0), 4);
