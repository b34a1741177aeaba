import { fakeClock } from "../../../test/support/runFixtures";
import type { RunClock } from "./clock";
import { intervalFor, pace } from "./pace";

test.each([
  [30, 2000],
  [60, 1000],
  [240, 250],
  [0, 0],
  [-5, 0],
  [Number.NaN, 0],
])("%p a minute: %p ms between starts", (perMinute, ms) => {
  expect(intervalFor(perMinute)).toBe(ms);
});

describe("pace", () => {
  const cases: Array<{ name: string; interval: number; steps: Array<"take" | number>; slept: number[] }> = [
    { name: "30 a minute: one every 2 s, the first at once", interval: 2000, steps: ["take", "take", "take", "take"], slept: [2000, 2000, 2000] },
    { name: "time spent sending counts toward the gap", interval: 1000, steps: ["take", 400, "take"], slept: [600] },
    { name: "a gap longer than the interval: no wait", interval: 1000, steps: ["take", 1500, "take"], slept: [] },
    { name: "no limit: never a wait", interval: 0, steps: ["take", "take", "take"], slept: [] },
  ];
  test.each(cases)("$name", async ({ interval, steps, slept }) => {
    const clock = fakeClock();
    const limiter = pace(interval, clock);
    for (const step of steps) {
      if (step === "take") expect(await limiter.take()).toBe(true);
      else clock.advance(step);
    }
    expect(clock.sleeps).toEqual(slept);
  });

  test("workers taking slots at once queue up one interval apart", async () => {
    const starts: number[] = [];
    const clock: RunClock = { now: () => 0, sleep: async (ms) => void starts.push(ms) };
    const limiter = pace(2000, clock);
    await Promise.all([limiter.take(), limiter.take(), limiter.take()]);
    expect(starts).toEqual([2000, 4000]);
  });

  test("an aborted wait says not to start", async () => {
    const limiter = pace(2000, fakeClock());
    const controller = new AbortController();
    expect(await limiter.take(controller.signal)).toBe(true);
    controller.abort();
    expect(await limiter.take(controller.signal)).toBe(false);
  });
});
