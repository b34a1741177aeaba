import fc from "fast-check";
import { RateEstimator, RATE_WINDOW_MS } from "./rate";

describe("RateEstimator", () => {
  test.each<[string, (r: RateEstimator) => number | null]>([
    ["nothing settled: unknown", (r) => r.secondsLeft(10, 5000)],
    ["one row settled: still unknown", (r) => (r.record(1000), r.secondsLeft(10, 1000))],
  ])("%s", (_name, act) => {
    expect(act(new RateEstimator(0))).toBeNull();
  });

  test.each<[string, number[], number, number, number]>([
    // settled at (ms), remaining, now, expected seconds
    ["one per second", [1000, 2000], 8, 2000, 8],
    ["four at once after a second (concurrency 4)", [1000, 1000, 1000, 1000], 8, 1000, 2],
    ["slower since the last row: the estimate grows", [1000, 2000], 8, 4000, 16],
    ["nothing left", [1000, 2000], 0, 2000, 0],
    ["a fraction of a second rounds up", [100, 200], 1, 200, 1],
  ])("%s", (_name, stamps, remaining, now, expected) => {
    const r = new RateEstimator(0);
    for (const t of stamps) r.record(t);
    expect(r.secondsLeft(remaining, now)).toBe(expected);
  });

  test("only the recent rows count: a mailbox that slows down is seen within the window", () => {
    const r = new RateEstimator(0);
    let t = 0;
    for (let i = 0; i < 100; i += 1) r.record((t += 100)); // fast at first: 10 per second
    for (let i = 0; t < 100 * 100 + RATE_WINDOW_MS + 2000; i += 1) r.record((t += 2000)); // then one every 2 s
    expect(r.secondsLeft(10, t)).toBe(20);
  });

  test("a row stamped a little out of order keeps the window's anchor (not the start of the run)", () => {
    const r = new RateEstimator(0);
    for (let t = 100; t <= 30_000; t += 100) {
      if (t === 15_000) r.record(14_995); // the row just before the window that ends at 30 s
      r.record(t); // 10 a second for 30 s
    }
    expect(r.secondsLeft(100, 30_000)).toBe(10);
    r.record(29_990); // answered just before the last one, noted just after it
    expect(r.secondsLeft(100, 29_990)).toBe(10);
  });

  test("a stall longer than the window: the estimate grows while it lasts", () => {
    const r = new RateEstimator(0);
    for (let t = 100; t <= 2000; t += 100) r.record(t);
    const during = [5000, 20_000, 40_000].map((now) => r.secondsLeft(10, now) ?? 0);
    expect(during[1]).toBeGreaterThan(during[0] ?? 0);
    expect(during[2]).toBeGreaterThan(during[1] ?? 0);
  });

  // What the pane showed with a window of the last 20 rows: 31 s with 17 s left, then 41 s with 10 s left. Rows that
  // settle irregularly (a burst of four, a slow answer now and then) must not make the estimate jump like that.
  test.each([1, 2, 3])("irregular rows at about 40 a second (seed %i): every estimate after the first 10 s is within 25% (+1 s) of the truth", (seed) => {
    // Seeded numbers in [0, 1) from fast-check (a test dependency already), so that core's tests import no emulator.
    const numbers = fc.sample(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { seed, numRuns: 3000 });
    let drawn = 0;
    const random = (): number => numbers[drawn++ % numbers.length] ?? 0;
    const settled: number[] = [];
    let t = 0;
    for (let i = 0; i < 2000; i += 1) {
      // Bursts of four answers, 100 ms apart on average, one in 30 bursts held up for 400 ms.
      if (i % 4 === 0) t += 50 + random() * 100 + (random() < 1 / 30 ? 400 : 0);
      settled.push(t + (i % 4) * 2 * random()); // the four of a burst a few ms apart, in order
    }
    const r = new RateEstimator(0);
    const end = settled.at(-1) ?? 0;
    const off: string[] = [];
    settled.forEach((at, i) => {
      r.record(at);
      const estimate = r.secondsLeft(settled.length - i - 1, at);
      const truth = (end - at) / 1000;
      if (at > 10_000 && estimate !== null && Math.abs(estimate - truth) > 0.25 * truth + 1) off.push(`${estimate} s said with ${truth.toFixed(1)} s left`);
    });
    expect(off).toEqual([]);
  });

  test("paused time does not count", () => {
    const r = new RateEstimator(0);
    r.record(1000);
    r.record(2000);
    r.pause(2000);
    expect(r.secondsLeft(5, 60_000)).toBe(5); // the pause is frozen, not counted
    r.resume(62_000);
    r.record(63_000);
    expect(r.secondsLeft(4, 63_000)).toBe(4);
    r.resume(70_000); // resuming twice changes nothing
    expect(r.secondsLeft(4, 63_000)).toBe(4);
  });

  test("time that runs backwards gives no estimate rather than a negative one", () => {
    const r = new RateEstimator(10_000);
    r.record(5000);
    r.record(5000);
    expect(r.secondsLeft(3, 5000)).toBeNull();
  });
});
