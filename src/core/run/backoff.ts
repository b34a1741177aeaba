// How long to wait before trying a row again: exponential (1 s, 2 s, 4 s, … up to 30 s) with "equal jitter" —
// half the delay fixed, half random — so that rows throttled together do not all come back at the same moment.

export const DEFAULT_MAX_ATTEMPTS = 5;
/** However the caller configures it, a row is tried at most this often. */
export const MAX_ATTEMPTS_LIMIT = 10;
export const BASE_DELAY_MS = 1000;
export const MAX_DELAY_MS = 30_000;
/** A server's Retry-After is honoured up to this long; beyond it the row waits this long. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;

/**
 * The delay after the `failedAttempts`-th failure (1 = the first). `random` returns [0, 1). `baseMs` replaces the
 * first delay's 1 s (the CLI's tests wait milliseconds); the cap scales with it.
 */
export function backoffDelay(failedAttempts: number, random: () => number = Math.random, baseMs: number = BASE_DELAY_MS): number {
  const n = Number.isFinite(failedAttempts) ? Math.max(1, Math.floor(failedAttempts)) : 1;
  const base = Number.isFinite(baseMs) && baseMs >= 0 ? baseMs : BASE_DELAY_MS;
  const ceiling = Math.min((MAX_DELAY_MS / BASE_DELAY_MS) * base, base * 2 ** Math.min(n - 1, 30));
  const r = random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0.5;
  return Math.round(ceiling / 2 + (ceiling / 2) * unit);
}

/** The wait before the next attempt: the server's wish when it gave one (bounded), else the backoff. */
export function retryDelay(
  failedAttempts: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
  baseMs: number = BASE_DELAY_MS,
): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    return Math.min(Math.round(retryAfterMs), MAX_RETRY_AFTER_MS);
  }
  return backoffDelay(failedAttempts, random, baseMs);
}

/** Attempts per row: the caller's number, made whole and kept between 1 and MAX_ATTEMPTS_LIMIT. */
export function boundedAttempts(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_MAX_ATTEMPTS;
  return Math.min(MAX_ATTEMPTS_LIMIT, Math.max(1, Math.floor(requested)));
}
