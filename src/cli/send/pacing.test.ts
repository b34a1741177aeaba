import { backoffMs, pacer, type Clock } from "./pacing";

/** A clock that only moves when someone sleeps. */
function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal.aborted) return false;
      slept.push(ms);
      now += ms;
      return true;
    },
  };
}

describe("pacer", () => {
  test("30 per minute: one message every 2 seconds, the first at once", async () => {
    const clock = fakeClock();
    const wait = pacer(30, clock);
    const signal = new AbortController().signal;
    for (let i = 0; i < 4; i++) await wait(signal);
    expect(clock.slept).toEqual([2000, 2000, 2000]);
  });

  test("time spent sending counts towards the gap", async () => {
    const clock = fakeClock();
    const wait = pacer(60, clock);
    const signal = new AbortController().signal;
    await wait(signal);
    await clock.sleep(400, signal); // the message took 400 ms
    clock.slept.length = 0;
    await wait(signal);
    expect(clock.slept).toEqual([600]);
  });

  test("rate 0: no waiting at all", async () => {
    const clock = fakeClock();
    const wait = pacer(0, clock);
    for (let i = 0; i < 5; i++) expect(await wait(new AbortController().signal)).toBe(true);
    expect(clock.slept).toEqual([]);
  });

  test("Ctrl-C ends the wait", async () => {
    const wait = pacer(30, fakeClock());
    const controller = new AbortController();
    await wait(controller.signal);
    controller.abort();
    expect(await wait(controller.signal)).toBe(false);
  });
});

test.each([
  [1, 1000],
  [2, 2000],
  [3, 4000],
  [4, 8000],
  [5, 16000],
  [6, 16000],
])("backoff after %i failed tries: %i ms", (tries, ms) => {
  expect(backoffMs(tries, 1000)).toBe(ms);
});
