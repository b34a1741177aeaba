import { SEND_AT_MAX_AHEAD_MS, checkSendAt, readSendAt, sendAtFields, suggestedSendAt, type LocalZone } from "./sendAt";

/**
 * Berlin's rule for the test's dates, written out (the machine's own zone may be any): UTC+1 in winter, UTC+2 from
 * 28 March 2027 02:00 (the wall clock jumps from 02:00 to 03:00), as JavaScript's Date resolves a skipped time: later.
 */
const SPRING_FORWARD = Date.UTC(2027, 2, 28, 1, 0);
const berlin: LocalZone = {
  moment(year, month, day, hour, minute) {
    const asUtc = Date.UTC(year, month - 1, day, hour, minute);
    const winter = asUtc - 3600_000;
    return winter < SPRING_FORWARD ? winter : asUtc - 7200_000 < SPRING_FORWARD ? winter : asUtc - 7200_000;
  },
  wallClock(at) {
    const d = new Date(at + (at < SPRING_FORWARD ? 3600_000 : 7200_000));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
  },
};

const NOW = Date.UTC(2026, 11, 4, 15, 0); // Friday 4 December 2026, 16:00 in Berlin

describe("readSendAt", () => {
  test.each([
    { name: "Monday 08:00 in Berlin is 07:00 UTC", date: "2026-12-07", time: "08:00", at: Date.UTC(2026, 11, 7, 7, 0) },
    { name: "seconds from the time field are dropped", date: "2026-12-07", time: "08:00:30", at: Date.UTC(2026, 11, 7, 7, 0) },
    { name: "blanks around the values are ignored", date: " 2026-12-07 ", time: " 08:00", at: Date.UTC(2026, 11, 7, 7, 0) },
    { name: "a minute from now is fine", date: "2026-12-04", time: "16:01", at: Date.UTC(2026, 11, 4, 15, 1) },
    { name: "summer time after the change", date: "2027-03-29", time: "08:00", at: Date.UTC(2027, 2, 29, 6, 0) },
  ])("$name", ({ date, time, at }) => {
    expect(readSendAt(date, time, NOW, berlin)).toEqual({ ok: true, at });
  });

  test.each([
    { name: "no date", date: "", time: "08:00", problem: "incomplete" },
    { name: "no time", date: "2026-12-07", time: "", problem: "incomplete" },
    { name: "a date as Germans write it (not what the field gives)", date: "07.12.2026", time: "08:00", problem: "incomplete" },
    { name: "31 April does not exist", date: "2027-04-31", time: "08:00", problem: "incomplete" },
    { name: "month 13", date: "2027-13-01", time: "08:00", problem: "incomplete" },
    { name: "hour 24", date: "2026-12-07", time: "24:00", problem: "incomplete" },
    { name: "a script instead of a time", date: "2026-12-07", time: "<script>", problem: "incomplete" },
    { name: "02:30 on the night the clocks go forward", date: "2027-03-28", time: "02:30", problem: "skipped-by-clock-change" },
    { name: "this very minute", date: "2026-12-04", time: "16:00", problem: "past" },
    { name: "yesterday", date: "2026-12-03", time: "08:00", problem: "past" },
    { name: "a year and a day ahead", date: "2027-12-05", time: "16:00", problem: "too-far" },
    { name: "a typo in the year", date: "2062-12-07", time: "08:00", problem: "too-far" },
  ])("$name: $problem", ({ date, time, problem }) => {
    expect(readSendAt(date, time, NOW, berlin)).toEqual({ ok: false, problem });
  });
});

test.each([
  [NOW + SEND_AT_MAX_AHEAD_MS, true],
  [NOW + SEND_AT_MAX_AHEAD_MS + 1, false],
  [Number.NaN, false],
])("checkSendAt(%p): usable %p", (at, ok) => {
  expect(checkSendAt(at, NOW).ok).toBe(ok);
});

test("a moment shown in the fields reads back as the same moment", () => {
  const at = Date.UTC(2027, 2, 29, 6, 5);
  expect(sendAtFields(at, berlin)).toEqual({ date: "2027-03-29", time: "08:05" });
  expect(readSendAt("2027-03-29", "08:05", NOW, berlin)).toEqual({ ok: true, at });
});

test("the suggestion is tomorrow at 08:00, also across a month's and a year's end", () => {
  expect(suggestedSendAt(NOW, berlin)).toEqual({ date: "2026-12-05", time: "08:00" });
  expect(suggestedSendAt(Date.UTC(2026, 11, 31, 20, 0), berlin)).toEqual({ date: "2027-01-01", time: "08:00" });
  expect(suggestedSendAt(Date.UTC(2026, 10, 30, 23, 30), berlin)).toEqual({ date: "2026-12-02", time: "08:00" }); // 23:30 UTC on 30 Nov is 1 Dec in Berlin
});
