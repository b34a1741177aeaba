// The run-wide throttle gate. Graph's limits are the mailbox's (10,000 requests per 10 minutes, 150 MB of uploads per
// 5 minutes, per app per mailbox — Learn, "Microsoft Graph service-specific throttling limits", Outlook service
// limits), so when one request is throttled every worker waits, not just that row. Learn's "Microsoft Graph
// throttling guidance" asks to wait for Retry-After, and without one to back off exponentially. In the task pane
// Retry-After is often unreadable: Graph does not list it in Access-Control-Expose-Headers (reported in
// microsoftgraph/microsoft-graph-docs#17488 and msgraph-sdk-design#76), so the waits grow 1 s, 2 s, 4 s, … 5 min.
// Pure: the caller passes the time; startRun does the sleeping.
import { MAX_RETRY_AFTER_MS } from "./backoff";

export const THROTTLE_FIRST_WAIT_MS = 1000;
export const THROTTLE_MAX_WAIT_MS = 5 * 60_000;

export interface ThrottleGateOptions {
  /** The first wait without a Retry-After; each further throttle in a row doubles it. */
  readonly firstWaitMs?: number;
  /** No wait without a Retry-After is longer than this. */
  readonly maxWaitMs?: number;
}

export class ThrottleGate {
  private readonly firstWaitMs: number;
  private readonly maxWaitMs: number;
  /** Throttles in a row, each after the pause before it had ended; a request that got through resets it. */
  private streak = 0;
  /** Which pause the latest is; a request sent before it began hands back an older ticket. */
  private generation = 0;
  private until: number | null = null;

  constructor(options: ThrottleGateOptions = {}) {
    this.firstWaitMs = positive(options.firstWaitMs, THROTTLE_FIRST_WAIT_MS);
    this.maxWaitMs = Math.max(this.firstWaitMs, positive(options.maxWaitMs, THROTTLE_MAX_WAIT_MS));
  }

  /** Taken just before a request is sent, handed back with its answer. */
  ticket(): number {
    return this.generation;
  }

  /**
   * A request sent with `ticket` was throttled at `now`. Returns true when this starts or lengthens the pause.
   * Workers that were in flight when a pause began come back throttled too: they belong to that pause and do not
   * make the next wait longer (else four workers would double the wait four times at once).
   */
  throttled(ticket: number, now: number, retryAfterMs?: number): boolean {
    const told = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? Math.min(Math.round(retryAfterMs), MAX_RETRY_AFTER_MS) : undefined;
    if (ticket !== this.generation) {
      if (told === undefined || (this.until !== null && now + told <= this.until)) return false;
      this.until = now + told;
      return true;
    }
    this.streak += 1;
    this.generation += 1;
    const wait = told ?? Math.min(this.maxWaitMs, this.firstWaitMs * 2 ** Math.min(this.streak - 1, 30));
    this.until = Math.max(this.until ?? 0, now + wait);
    return true;
  }

  /** A request sent with `ticket` got through: the limit has room again, the next throttle starts short. */
  passed(ticket: number): void {
    if (ticket === this.generation) this.streak = 0;
  }

  /**
   * Someone slept until `until`: that pause is over, whatever the clock says now (a clock whose sleep and now() do
   * not agree must not keep the run waiting for ever). A pause made longer meanwhile stays.
   */
  waited(until: number): void {
    if (this.until === until) this.until = null;
  }

  /** When the run may go on, while it must wait; null when it need not. */
  waitingUntil(now: number): number | null {
    if (this.until !== null && now >= this.until) this.until = null;
    return this.until;
  }
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
