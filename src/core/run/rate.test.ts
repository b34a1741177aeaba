import { RateEstimator, RATE_WINDOW } from "./rate";

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

  test("only the recent rows count: a mailbox that slows down is seen at once", () => {
    const r = new RateEstimator(0);
    let t = 0;
    for (let i = 0; i < 100; i += 1) r.record((t += 100)); // fast at first: 10 per second
    for (let i = 0; i < RATE_WINDOW; i += 1) r.record((t += 2000)); // then one every 2 s
    expect(r.secondsLeft(10, t)).toBe(20);
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
