import { backoffDelay, boundedAttempts, retryDelay, MAX_DELAY_MS, MAX_RETRY_AFTER_MS } from "./backoff";

describe("backoffDelay: exponential with equal jitter", () => {
  test.each<[string, number, number, number]>([
    ["first failure, least jitter", 1, 0, 500],
    ["first failure, most jitter", 1, 1, 1000],
    ["second failure", 2, 0, 1000],
    ["third failure, half jitter", 3, 0.5, 3000],
    ["fifth failure", 5, 0, 8000],
    ["capped at 30 s", 6, 1, MAX_DELAY_MS],
    ["a thousandth failure stays capped", 1000, 1, MAX_DELAY_MS],
    ["zero counts as the first", 0, 0, 500],
    ["negative counts as the first", -5, 0, 500],
    ["NaN counts as the first", Number.NaN, 0, 500],
  ])("%s", (_name, failures, random, expected) => {
    expect(backoffDelay(failures, () => random)).toBe(expected);
  });

  test.each<[string, number]>([
    ["random above 1", 7],
    ["random below 0", -3],
    ["random NaN", Number.NaN],
  ])("a broken random source stays within bounds (%s)", (_name, random) => {
    const delay = backoffDelay(2, () => random);
    expect(delay).toBeGreaterThanOrEqual(1000);
    expect(delay).toBeLessThanOrEqual(2000);
  });
});

describe("backoffDelay with another base", () => {
  test.each<[string, number, number, number, number]>([
    ["20 ms base, first failure", 20, 1, 1, 20],
    ["20 ms base, third failure, least jitter", 20, 3, 0, 40],
    ["20 ms base, capped at 30 × base", 20, 12, 1, 600],
    ["0 base: no wait", 0, 4, 1, 0],
    ["a negative base falls back to 1 s", -1, 1, 1, 1000],
  ])("%s", (_name, base, failures, random, expected) => {
    expect(backoffDelay(failures, () => random, base)).toBe(expected);
  });
});

describe("retryDelay", () => {
  test.each<[string, number | undefined, number]>([
    ["no Retry-After: the backoff", undefined, 500],
    ["Retry-After honoured", 12_000, 12_000],
    ["Retry-After of zero", 0, 0],
    ["Retry-After bounded", 10 * 60 * 60_000, MAX_RETRY_AFTER_MS],
    ["negative Retry-After ignored", -1, 500],
    ["NaN Retry-After ignored", Number.NaN, 500],
    ["infinite Retry-After ignored", Number.POSITIVE_INFINITY, 500],
  ])("%s", (_name, retryAfter, expected) => {
    expect(retryDelay(1, retryAfter, () => 0)).toBe(expected);
  });
});

describe("boundedAttempts", () => {
  test.each<[number | undefined, number]>([
    [undefined, 5],
    [1, 1],
    [3.9, 3],
    [0, 1],
    [-1, 1],
    [Number.NaN, 5],
    [Number.POSITIVE_INFINITY, 5],
    [11, 10],
  ])("%p -> %p", (requested, expected) => {
    expect(boundedAttempts(requested)).toBe(expected);
  });
});
