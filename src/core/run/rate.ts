// Seconds left, from the recent rate: the last RATE_WINDOW rows that went to the gateway, measured in running time
// (paused time does not count). Recent rather than overall, because a mailbox that starts throttling half-way
// makes the start of the run a poor guide.

export const RATE_WINDOW = 20;
/** Fewer settled rows than this give no estimate (the first few include start-up). */
export const MIN_SAMPLES = 2;

export class RateEstimator {
  /** Running-time stamps of the last RATE_WINDOW + 1 settled rows. */
  private readonly stamps: number[] = [];
  private recorded = 0;
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
    if (this.stamps.length > RATE_WINDOW + 1) this.stamps.shift();
  }

  secondsLeft(remaining: number, now: number): number | null {
    if (remaining <= 0) return 0;
    if (this.recorded < MIN_SAMPLES) return null;
    // Until the window is full its anchor is the start of the run; then the row just before the window.
    const full = this.stamps.length > RATE_WINDOW;
    const anchor = full ? (this.stamps[0] ?? 0) : 0;
    const count = full ? this.stamps.length - 1 : this.stamps.length;
    const elapsed = Math.max(this.running(now), this.stamps.at(-1) ?? 0) - anchor;
    if (elapsed <= 0 || count <= 0) return null;
    return Math.ceil((remaining * elapsed) / count / 1000);
  }
}
