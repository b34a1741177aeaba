// Time, passed in: tests run in milliseconds what takes minutes for a user. `setTimeout` and `Date` exist in the
// browser and in Node alike, so the default clock keeps src/core pure.

export interface RunClock {
  now(): number;
  /** Resolves after `ms`, or early (without rejecting) as soon as the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: RunClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted || ms <= 0) return resolve();
      const onAbort = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
