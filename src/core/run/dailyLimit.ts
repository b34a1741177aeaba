// Exchange Online lets a mailbox send to 10,000 recipients in any rolling 24 hours. A send run larger than what is
// left is split: the rows that fit go now, the rest waits until enough earlier sends have left the window. Pure:
// the caller passes the earlier sends (the task pane keeps them in IndexedDB) and the time.

export const DAILY_RECIPIENT_LIMIT = 10_000;
export const DAILY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Recipients counted for one earlier send (or batch of sends) at `at` (ms since 1970). */
export interface SendRecord {
  readonly at: number;
  readonly recipients: number;
}

/** Every address a message goes to counts: To, Cc and Bcc (the archive Bcc too). */
export function recipientsOf(message: { readonly to: unknown; readonly cc: readonly unknown[]; readonly bcc: readonly unknown[] }): number {
  return 1 + message.cc.length + message.bcc.length;
}

export interface DailyLimitInput {
  readonly now: number;
  readonly history: readonly SendRecord[];
  /** Recipients of each row still to send, in the run's order. */
  readonly rows: readonly number[];
  /** Default DAILY_RECIPIENT_LIMIT. */
  readonly limit?: number;
}

export interface DailyLimitPlan {
  readonly limit: number;
  /** Recipients already used in the 24 hours before `now`. */
  readonly used: number;
  /** Indices into `rows` that may be sent now: the run's order, stopping at the first row that does not fit. */
  readonly sendNow: readonly number[];
  /** Indices that have to wait. */
  readonly later: readonly number[];
  /** Indices of rows with more recipients than the limit: they can never be sent (create them as drafts). */
  readonly never: readonly number[];
  /** When the first waiting row fits (after the rows sent now); null when nothing waits. */
  readonly continueAt: number | null;
}

const count = (n: number): number => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

export function planDailyLimit(input: DailyLimitInput): DailyLimitPlan {
  const limit = input.limit !== undefined && Number.isFinite(input.limit) && input.limit >= 1 ? Math.floor(input.limit) : DAILY_RECIPIENT_LIMIT;
  const { now } = input;
  // Sends still inside the window (a record from the future, e.g. another device's clock, counts too).
  const inWindow = input.history.filter((h) => Number.isFinite(h.at) && h.at > now - DAILY_WINDOW_MS && count(h.recipients) > 0);
  const used = inWindow.reduce((sum, h) => sum + count(h.recipients), 0);

  const sendNow: number[] = [];
  const later: number[] = [];
  const never: number[] = [];
  let total = used;
  let waiting = false;
  input.rows.forEach((raw, index) => {
    const recipients = Math.max(1, count(raw));
    if (recipients > limit) never.push(index);
    // Once one row waits, the following wait too: the run keeps its order, and the UI can say "from row N on".
    else if (!waiting && total + recipients <= limit) {
      sendNow.push(index);
      total += recipients;
    } else {
      waiting = true;
      later.push(index);
    }
  });

  let continueAt: number | null = null;
  const first = later[0];
  if (first !== undefined) {
    const next = Math.max(1, count(input.rows[first] ?? 1));
    const sentNow = total - used;
    const events = [...inWindow.map((h) => ({ at: h.at, recipients: count(h.recipients) })), ...(sentNow > 0 ? [{ at: now, recipients: sentNow }] : [])].sort(
      (a, b) => a.at - b.at,
    );
    // Each send leaves the window 24 h after it was made; the first moment enough have left is when the rest goes on.
    let inside = total;
    for (const e of events) {
      inside -= e.recipients;
      if (inside + next <= limit) {
        continueAt = Math.max(now, e.at + DAILY_WINDOW_MS);
        break;
      }
    }
  }
  return { limit, used, sendNow, later, never, continueAt };
}
