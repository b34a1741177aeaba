// Seconds left, from the recent rate: the rows that settled in the last RATE_WINDOW_MS of running time (paused time
// does not count). Recent rather than overall, because a mailbox that starts throttling half-way makes the start of
// the run a poor guide; a window of time rather than of rows, because at 40 rows a second the last 20 rows span half a
// second, and one slow answer or one burst of four then makes the estimate jump (it said 31 s with 17 s left, then
// 41 s with 10 s left).

export const RATE_WINDOW_MS = 15_000;
/** Fewer settled rows than this give no estimate (the first few include start-up). */
export const MIN_SAMPLES = 2;

export class RateEstimator {
  /** Running-time stamps of settled rows: those in the window, and the one just before it (the window's anchor). */
  private stamps: number[] = [];
  private head = 0;
  private recorded = 0;
  /** Whether the run is older than the window, so that stamps[head] is the row just before it. */
  private anchored = false;
  private pausedAt: number | null = null;
  private pausedTotal = 0;

  constructor(private readonly startedAt: number) {}

  /** Time since the start, without paused time. */
  private running(now: number): number {
    return (this.pausedAt ?? now) - this.startedAt - this.pausedTotal;
  }

  pause(now: number): void {
    if (this.pausedAt === null) this.pausedAt = now;
  }

  resume(now: number): void {
    if (this.pausedAt === null) return;
    this.pausedTotal += Math.max(0, now - this.pausedAt);
    this.pausedAt = null;
  }

  /** One row settled at the gateway (created, or failed after its attempts). */
  record(now: number): void {
    this.stamps.push(this.running(now));
    this.recorded += 1;
  }

  /** Drops the stamps that can no longer be the anchor: all before the last one older than the window. */
  private forgetBefore(windowStart: number): void {
    while (this.head + 1 < this.stamps.length && (this.stamps[this.head + 1] ?? Infinity) < windowStart) this.head += 1;
    // Compacted now and then, so that a long run keeps only about a window's worth.
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
  }

  secondsLeft(remaining: number, now: number): number | null {
    if (remaining <= 0) return 0;
    if (this.recorded < MIN_SAMPLES) return null;
    const last = this.stamps.at(-1) ?? 0;
    const at = Math.max(this.running(now), last);
    this.forgetBefore(at - RATE_WINDOW_MS);
    // The anchor: the last row older than the window, or the start of the run while the run is younger than it.
    const first = this.stamps[this.head] ?? 0;
    // Once a row was older than the window, the run is: it stays anchored even if a clock steps back a little.
    this.anchored ||= first < at - RATE_WINDOW_MS;
    const anchored = this.anchored;
    const anchor = anchored ? first : 0;
    // No row within the window (a stall longer than it): as if one came now, so the estimate grows while it lasts.
    const count = Math.max(this.stamps.length - this.head - (anchored ? 1 : 0), anchored ? 1 : 0);
    const elapsed = at - anchor;
    if (elapsed <= 0 || count <= 0) return null;
    return Math.ceil((remaining * elapsed) / count / 1000);
  }
}
