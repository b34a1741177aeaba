import { expired, KEEP_CUT_OFF_MS, KEEP_ENDED_MS, orphanExpired, runIdTime } from "./runRetention";
import { newRunId } from "../../core/run/key";

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28, 10, 42);

describe("expired", () => {
  test.each<[string, { finished: boolean; ended: boolean }, number, boolean]>([
    ["finished yesterday", { finished: true, ended: true }, 1, false],
    ["finished 30 days ago to the day", { finished: true, ended: true }, 30, false],
    ["finished 30 days and a minute ago", { finished: true, ended: true }, 30 + 1 / 1440, true],
    ["set aside (finished, never ended) 31 days ago", { finished: true, ended: false }, 31, true],
    ["ended with rows missing 31 days ago", { finished: false, ended: true }, 31, true],
    ["cut off 31 days ago: kept", { finished: false, ended: false }, 31, false],
    ["cut off 90 days ago: kept", { finished: false, ended: false }, 90, false],
    ["cut off 91 days ago", { finished: false, ended: false }, 91, true],
    ["last worked on in the future (a clock set back): kept", { finished: true, ended: true }, -5, false],
  ])("%s → %s", (_name, flags, daysAgo, expected) => {
    expect(expired({ ...flags, updatedAt: NOW - daysAgo * DAY }, NOW)).toBe(expected);
  });

  test("the ended are kept 30 days, the cut off 90", () => {
    expect([KEEP_ENDED_MS / DAY, KEEP_CUT_OFF_MS / DAY]).toEqual([30, 90]);
  });
});

describe("runIdTime and orphanExpired", () => {
  test("reads the time back from a run id newRunId made", () => {
    expect(runIdTime(newRunId(NOW, () => 0.5))).toBe(NOW);
  });

  test.each<[string, string, number | null]>([
    ["a test's id", "r1", null],
    ["a test draft's id", `test-${newRunId(NOW)}`, null],
    ["empty", "", null],
    ["too long to be a time", "zzzzzzzzzzzzzz-abc123", null],
  ])("%s: no time", (_name, id, expected) => expect(runIdTime(id)).toBe(expected));

  test.each<[string, string, boolean]>([
    ["a run id of 89 days ago", newRunId(NOW - 89 * DAY), false],
    ["a run id of 91 days ago", newRunId(NOW - 91 * DAY), true],
    ["an id that tells no time", "r1", true],
  ])("%s → %s", (_name, id, expected) => expect(orphanExpired(id, NOW)).toBe(expected));
});
