// Send mode: an existing complete draft is marked RundmailSending (with its send time, when the run has one), then
// POSTed to /send, paced one every 2 s across all workers (Exchange Online takes 30 messages a minute per mailbox).
// A 202 does not mean the message has left, and a lost answer may have sent it: a draft whose /send was started is
// never sent again.
import type { IssueCode } from "../../core/issues/codes";
import { reasonOf } from "../../core/run/reason";
import type { RunClock } from "../../core/run/clock";
import { DEFAULT_RATE_PER_MINUTE, intervalFor, pace } from "../../core/run/pace";
import type { CreateResult, OutgoingDraft } from "../../core/run/types";
import { failedForGood } from "./answers";
import { DEFERRED_SEND_PROPERTY, RUNDMAIL_SENDING_PROPERTY, propertyPatch } from "./properties";
import { GraphFailure, QUOTA_CODE, TokenFailure, graph, messagePath, type GraphCall } from "./request";
import { MAX_INNER_WAIT_MS, withRetries } from "./retries";

/** Exchange Online sends at most 30 messages a minute per mailbox. */
export const SEND_INTERVAL_MS = intervalFor(DEFAULT_RATE_PER_MINUTE);
/** Tries of a /send Graph throttled, outside a run (in a run the whole run waits instead). */
const SEND_ATTEMPTS = 4;

/** Whom a message goes to: for the messages in Rundmail's words, and the recipients counted toward the daily limit. */
export interface Recipients {
  readonly key: string;
  readonly address: string;
  readonly recipients: number;
}

export function recipientsOf(draft: OutgoingDraft): Recipients {
  return { key: draft.key, address: draft.to, recipients: 1 + draft.cc.length + draft.bcc.length };
}

/** The outcome of sending an existing draft. `maybeSent`: the answer never came, so it may have gone out. */
export type SendOutcome = { readonly ok: true } | { readonly ok: false; readonly result: CreateResult; readonly maybeSent: boolean };

export interface SenderOptions {
  /** Sends at least this far apart across all workers. */
  readonly intervalMs: number;
  /** The gateway's clock (tests drive it). */
  readonly clock: Pick<RunClock, "now" | "sleep">;
  /** Called after each accepted /send (202); `at` is when the message leaves (sendAt, when given). */
  readonly onSent?: (sent: { readonly key: string; readonly at: number; readonly recipients: number }) => void;
  /** When the messages leave (ms since 1970): written as PidTagDeferredSendTime with the Sending mark. Absent: at once. */
  readonly sendAt?: number;
}

export type SendDraft = (call: GraphCall, messageId: string, to: Recipients) => Promise<SendOutcome>;

/** One sender per gateway: its pacing is shared by every row the gateway sends. */
export function createSender(options: SenderOptions): SendDraft {
  /** Sends wait for their turn: one every intervalMs across all workers (the run's one limiter, core/run/pace.ts). */
  const turns = pace(options.intervalMs, options.clock);

  function notifySent(call: GraphCall, to: Recipients): void {
    try {
      // A scheduled message counts toward the daily limit of the day it leaves, not of the day it was handed over.
      // (A time that passed while the run went on sends at once: then it is now.)
      const now = call.client.now();
      options.onSent?.({ key: to.key, at: Math.max(options.sendAt ?? now, now), recipients: to.recipients });
    } catch {
      // A listener's error cannot undo a send.
    }
  }

  return async function sendDraft(call: GraphCall, messageId: string, to: Recipients): Promise<SendOutcome> {
    const { signal, throttle, client } = call;
    const fail = (code: IssueCode, reason: string, maybeSent = false): SendOutcome => ({
      ok: false,
      maybeSent,
      result: failedForGood(client.say, code, { address: to.address, reason }),
    });
    // The send time goes with the mark, in one PATCH before /send: a draft marked Sending always carries its time.
    const mark = (value: "1" | "0"): Promise<unknown> =>
      withRetries(call, () =>
        graph(
          call,
          "PATCH",
          messagePath(messageId),
          value === "1" && options.sendAt !== undefined
            ? propertyPatch(RUNDMAIL_SENDING_PROPERTY, value, { id: DEFERRED_SEND_PROPERTY, value: new Date(options.sendAt).toISOString() })
            : propertyPatch(RUNDMAIL_SENDING_PROPERTY, value),
        ),
      );
    /** Certainly not sent: the mark goes again (best effort), so that a later run may send the draft. */
    const refused = async (code: IssueCode, reason: string): Promise<SendOutcome> => {
      try {
        await mark("0");
      } catch {
        // The mark stays: a later run then reports "may have gone out" instead of sending — cautious, not wrong.
      }
      return fail(code, reason);
    };
    let marked = false;
    for (let attempt = 1; ; attempt += 1) {
      // The turn first, then the mark: a pane closed while the row waits for its turn (up to 4 workers × 2 s) leaves a
      // plain complete draft, which a later run sends — not one marked Sending, which it could only report as "may
      // have gone out". The mark and the /send follow each other at once.
      await turns.take(signal);
      if (signal?.aborted) throw new Error(client.say("run-cancelled-maybe-created"));
      if (!marked) {
        try {
          await mark("1");
          marked = true;
        } catch (error) {
          if (signal?.aborted) throw error;
          return fail("graph-send-failed", reasonOf(error));
        }
        if (signal?.aborted) throw new Error(client.say("run-cancelled-maybe-created"));
      }
      const ticket = throttle?.ticket() ?? 0;
      try {
        await graph(call, "POST", `${messagePath(messageId)}/send`);
        notifySent(call, to);
        return { ok: true };
      } catch (error) {
        if (signal?.aborted) throw error;
        if (error instanceof GraphFailure) {
          // The daily quota comes as a 429 whose Retry-After can be hours: no use waiting here, the run says when.
          if (QUOTA_CODE.test(error.graphCode)) return refused("graph-send-quota", error.reason);
          // 429 and 503 mean "not now": nothing was done. Other 5xx may come after the message went out.
          if (error.status === 429 || error.status === 503) {
            // With a run around, a throttled /send waits with the whole run (not counted as a try).
            if (throttle !== undefined) {
              if (await throttle.throttled(ticket, error.retryAfterMs)) {
                attempt -= 1;
                continue;
              }
              return refused("graph-send-failed", error.reason);
            }
            if (attempt < SEND_ATTEMPTS) {
              await client.sleep(Math.min(error.retryAfterMs ?? 1000 * 2 ** (attempt - 1), MAX_INNER_WAIT_MS));
              continue;
            }
            return refused("graph-send-failed", error.reason);
          }
          if (error.status >= 500) return fail("graph-send-no-answer", error.reason, true);
          return refused("graph-send-failed", error.reason);
        }
        if (error instanceof TokenFailure) return refused("graph-send-failed", error.reason);
        // No answer: it may have gone out. Never sent again: the Sending mark stays on the draft.
        return fail("graph-send-no-answer", reasonOf(error), true);
      }
    }
  };
}
