import { DAILY_WINDOW_MS, planDailyLimit, recipientsOf, type DailyLimitInput, type DailyLimitPlan } from "./dailyLimit";

const NOW = Date.parse("2026-11-28T12:00:00Z");
const H = 60 * 60 * 1000;

describe("recipientsOf", () => {
  test.each([
    ["To only", { to: "a@x.de", cc: [], bcc: [] }, 1],
    ["To and Cc", { to: "a@x.de", cc: ["c@x.de"], bcc: [] }, 2],
    ["To, Cc and the archive Bcc", { to: "a@x.de", cc: ["c@x.de"], bcc: ["me@x.de"] }, 3],
  ])("%s", (_name, message, expected) => {
    expect(recipientsOf(message)).toBe(expected);
  });
});

describe("planDailyLimit", () => {
  const cases: [string, DailyLimitInput, Partial<DailyLimitPlan>][] = [
    ["empty history, everything fits", { now: NOW, history: [], rows: [1, 2, 3] }, { used: 0, sendNow: [0, 1, 2], later: [], never: [], continueAt: null }],
    ["no rows", { now: NOW, history: [{ at: NOW - H, recipients: 5 }], rows: [] }, { used: 5, sendNow: [], later: [], continueAt: null }],
    [
      "exactly at the limit: all fit, nothing waits",
      { now: NOW, history: [{ at: NOW - H, recipients: 7 }], rows: [1, 1, 1], limit: 10 },
      { used: 7, sendNow: [0, 1, 2], later: [], continueAt: null },
    ],
    [
      "one over: the last waits until the earliest send leaves the window",
      { now: NOW, history: [{ at: NOW - 2 * H, recipients: 3 }, { at: NOW - H, recipients: 5 }], rows: [1, 1, 1], limit: 10 },
      { used: 8, sendNow: [0, 1], later: [2], continueAt: NOW - 2 * H + DAILY_WINDOW_MS },
    ],
    [
      "old history outside the window does not count",
      { now: NOW, history: [{ at: NOW - DAILY_WINDOW_MS, recipients: 10 }, { at: NOW - 30 * H, recipients: 10 }], rows: [1, 1], limit: 10 },
      { used: 0, sendNow: [0, 1], later: [] },
    ],
    [
      "limit already used up: nothing now, continue when the oldest needed send expires",
      { now: NOW, history: [{ at: NOW - 3 * H, recipients: 4 }, { at: NOW - H, recipients: 6 }], rows: [2, 1], limit: 10 },
      { used: 10, sendNow: [], later: [0, 1], continueAt: NOW - 3 * H + DAILY_WINDOW_MS },
    ],
    [
      "what is sent now counts too: the rest waits 24 h after now when history is too little",
      { now: NOW, history: [], rows: [3, 3, 3, 3], limit: 10 },
      { used: 0, sendNow: [0, 1, 2], later: [3], continueAt: NOW + DAILY_WINDOW_MS },
    ],
    [
      "the order is kept: a smaller later row does not jump ahead of one that waits",
      { now: NOW, history: [], rows: [3, 3, 3, 1], limit: 7 },
      { sendNow: [0, 1], later: [2, 3], continueAt: NOW + DAILY_WINDOW_MS },
    ],
    [
      "a single message over the limit can never be sent; the others go",
      { now: NOW, history: [], rows: [1, 12, 1], limit: 10 },
      { sendNow: [0, 2], later: [], never: [1], continueAt: null },
    ],
    [
      "hostile numbers: NaN/negative history ignored, a row of 0 or NaN counts as one recipient",
      { now: NOW, history: [{ at: Number.NaN, recipients: 5 }, { at: NOW - H, recipients: -3 }, { at: NOW - H, recipients: Number.NaN }], rows: [0, Number.NaN], limit: 2 },
      { used: 0, sendNow: [0, 1], later: [] },
    ],
    ["an invalid limit means the default 10,000", { now: NOW, history: [{ at: NOW - H, recipients: 9_999 }], rows: [1, 1], limit: Number.NaN }, { limit: 10_000, sendNow: [0], later: [1] }],
    [
      "a record from the future (another device's clock) counts and expires 24 h after its time",
      { now: NOW, history: [{ at: NOW + H, recipients: 10 }], rows: [1], limit: 10 },
      { used: 10, sendNow: [], later: [0], continueAt: NOW + H + DAILY_WINDOW_MS },
    ],
  ];
  test.each(cases)("%s", (_name, input, expected) => {
    expect(planDailyLimit(input)).toMatchObject(expected);
  });

  test("the default limit is 10,000 recipients", () => {
    const plan = planDailyLimit({ now: NOW, history: [{ at: NOW - H, recipients: 9_998 }], rows: [1, 1, 1] });
    expect(plan).toMatchObject({ limit: 10_000, sendNow: [0, 1], later: [2], continueAt: NOW - H + DAILY_WINDOW_MS });
  });
});
