// Requests made after the draft exists (attachments, the complete mark, deleting leftovers, the look-up's list)
// cannot answer the run "throttled, nothing was created": they retry here, or wait with the whole run.
import { GraphFailure, GraphTimeout, type GraphCall } from "./request";

/** Tries for each such request, honouring Retry-After. */
const ATTEMPTS = 4;
/** The longest wait taken here; a longer Retry-After goes up to the run, which waits it out for the whole row. */
export const MAX_INNER_WAIT_MS = 30_000;

/**
 * Retried on 429/5xx (Retry-After honoured) and on a timeout, a few times; in a run (`call.throttle`), a throttle
 * (429/503) instead waits at the run's throttle gate for as long as it lasts, uncounted.
 * `landed` is asked after a timeout whether the request took effect after all; then it is not sent again. Nor is
 * it when it has not: not there yet is no proof it will not come (a server carries out what it has received, late
 * or not), and sending it again could add the file twice. The timeout goes up to the caller, which gives the draft
 * up (deletes it: whatever still arrives finds it gone) and lets the row be made again whole.
 */
export async function withRetries<T>(call: GraphCall, attempt: () => Promise<T>, landed?: () => Promise<boolean>): Promise<T | undefined> {
  const { signal, throttle } = call;
  for (let n = 1; ; n += 1) {
    const ticket = throttle?.ticket() ?? 0;
    try {
      return await attempt();
    } catch (error) {
      if (signal?.aborted) throw error;
      // The mailbox's limit, with a run around: the draft exists, so wait with the whole run for as long as the
      // limit holds (not counted as a try) rather than give the draft up — deleting it would be throttled too.
      if (throttle !== undefined && error instanceof GraphFailure && error.throttled) {
        if (!(await throttle.throttled(ticket, error.retryAfterMs))) throw error;
        n -= 1;
        continue;
      }
      if (error instanceof GraphTimeout) {
        if (landed) {
          if (await landed()) return undefined;
          throw error;
        }
      } else if (!(error instanceof GraphFailure && error.transient)) throw error;
      if (n >= ATTEMPTS) throw error;
      const wait = error instanceof GraphFailure ? error.retryAfterMs : undefined;
      // Trying before the time Graph named only spends the budget again (the 150 MB per 5 minutes comes back
      // slowly): a long wait goes up to the run, which waits it out for the whole row.
      if (wait !== undefined && wait > MAX_INNER_WAIT_MS) throw error;
      await call.client.sleep(wait ?? 500 * 2 ** (n - 1));
    }
  }
}
