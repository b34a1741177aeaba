import { formatDuration, paceDuration, progressLine } from "./progress";

test.each([
  [400, "en", "1 s"],
  [42_000, "en", "42 s"],
  [5 * 60_000, "en", "5 min"],
  [5 * 60_000, "de", "5 Min."],
  [125 * 60_000, "en", "2 h 5 min"],
  [125 * 60_000, "de", "2 Std. 5 Min."],
] as const)("formatDuration(%i, %s) = %s", (ms, lang, text) => {
  expect(formatDuration(ms, lang)).toBe(text);
});

test("30 per minute: 31 messages take 60 seconds", () => {
  expect(paceDuration(31, 30)).toBe(60_000);
  expect(paceDuration(31, 0)).toBe(0);
});

test.each<[string, Parameters<typeof progressLine>[0], "en" | "de", string]>([
  ["count, rate and the engine's time left", { done: 10, total: 40, sent: 9, notSent: 1, elapsedMs: 20_000, secondsLeft: 60 }, "en", "10/40 done, 9 sent, 1 not sent · 30/min · about 60 s left"],
  ["German", { done: 10, total: 40, sent: 10, notSent: 0, elapsedMs: 20_000, secondsLeft: 60 }, "de", "10/40 erledigt, 10 gesendet · 30/min · noch etwa 60 s"],
  ["no estimate yet: no time left", { done: 1, total: 40, sent: 1, notSent: 0, elapsedMs: 2_000, secondsLeft: null }, "en", "1/40 done, 1 sent · 30/min"],
  ["all done", { done: 40, total: 40, sent: 40, notSent: 0, elapsedMs: 80_000, secondsLeft: 0 }, "en", "40/40 done, 40 sent · 30/min"],
])("the progress line: %s", (_name, state, lang, line) => {
  expect(progressLine(state, lang)).toBe(line);
});
