// "Send on Monday at 8:00", with the computer off: a send run may give its messages a time to leave. Exchange holds
// such a message until then (PidTagDeferredSendTime, set before /send; gateways/graph/send.ts) — in Drafts, where the
// user can still change or delete it (Learn, "Manage the delivery date and time of a message": server-side delayed
// messages wait in Drafts in Outlook on the web, new Outlook and Mac). Pure: the caller passes the time now, and the
// date and time as the user typed them, read in the user's time zone.

/**
 * The furthest ahead a send may be scheduled. Microsoft documents no limit for PidTagDeferredSendTime (Learn's
 * property page and [MS-OXOMSG] say only that a time already past sends at once; Office.js's delayDeliveryTime asks
 * only for a future time). A product limit, then, so that a typo in the year (2062 for 2026) does not park the
 * messages in Drafts for decades: one year, long enough for any circular planned ahead.
 */
export const SEND_AT_MAX_AHEAD_MS = 365 * 24 * 60 * 60 * 1000;

/** Why a send time cannot be used. */
export type SendAtProblem =
  /** Not a date and a time (an empty or half-filled field). */
  | "incomplete"
  /** A wall-clock time the user's time zone skips (the hour the clocks go forward). */
  | "skipped-by-clock-change"
  | "past"
  | "too-far";

export type SendAtReading = { readonly ok: true; readonly at: number } | { readonly ok: false; readonly problem: SendAtProblem };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * The moment the user means by a date ("2026-12-07", as `<input type="date">` gives it) and a wall-clock time
 * ("08:00", as `<input type="time">` gives it) in the time zone of `zone` (the user's: the browser's own Date), and
 * whether it may be used `now`. Seconds the time field may add are dropped: a send time is a minute.
 */
export function readSendAt(date: string, time: string, now: number, zone: LocalZone = systemZone): SendAtReading {
  const d = DATE.exec(date.trim());
  const t = TIME.exec(time.trim());
  if (d === null || t === null) return { ok: false, problem: "incomplete" };
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return { ok: false, problem: "incomplete" };
  const at = zone.moment(year, month, day, hour, minute);
  // A date that does not exist (31 April) comes back as another day: not what the user typed.
  const back = zone.wallClock(at);
  if (back.year !== year || back.month !== month || back.day !== day) return { ok: false, problem: "incomplete" };
  if (back.hour !== hour || back.minute !== minute) return { ok: false, problem: "skipped-by-clock-change" };
  return checkSendAt(at, now);
}

/** Whether a moment may be used as a send time `now`: later than now, and not beyond SEND_AT_MAX_AHEAD_MS. */
export function checkSendAt(at: number, now: number): SendAtReading {
  if (!Number.isFinite(at)) return { ok: false, problem: "incomplete" };
  if (at <= now) return { ok: false, problem: "past" };
  if (at - now > SEND_AT_MAX_AHEAD_MS) return { ok: false, problem: "too-far" };
  return { ok: true, at };
}

/** A suggestion for a new choice: tomorrow at 08:00 in the user's time zone, as the fields want it. */
export function suggestedSendAt(now: number, zone: LocalZone = systemZone): SendAtFields {
  const today = zone.wallClock(now);
  return { date: sendAtFields(zone.moment(today.year, today.month, today.day + 1, 12, 0), zone).date, time: "08:00" };
}

export interface SendAtFields {
  readonly date: string;
  readonly time: string;
}

/** A moment as the date and time fields show it in the user's time zone (a continued run's own time, shown again). */
export function sendAtFields(at: number, zone: LocalZone = systemZone): SendAtFields {
  const w = zone.wallClock(at);
  const two = (n: number): string => String(n).padStart(2, "0");
  return { date: `${String(w.year).padStart(4, "0")}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` };
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** A time zone: wall-clock time to a moment and back. The tests pass a zone of their own (DST included). */
export interface LocalZone {
  moment(year: number, month: number, day: number, hour: number, minute: number): number;
  wallClock(at: number): WallClock;
}

/** The time zone of this computer (the browser's or Node's), which is the user's. */
export const systemZone: LocalZone = {
  moment: (year, month, day, hour, minute) => new Date(year, month - 1, day, hour, minute).getTime(),
  wallClock: (at) => {
    const d = new Date(at);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes() };
  },
};
