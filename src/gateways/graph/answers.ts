// What the gateway answers the run, as startRun expects it: "failed" only when certainly nothing was created (or, in
// send mode, when the draft exists but could not be sent — the message says so). `say` puts it in the user's words.
import type { IssueCode } from "../../core/issues/codes";
import { reasonOf } from "../../core/run/reason";
import type { CreateResult } from "../../core/run/types";
import type { FindingParams } from "../../core/types";
import { GraphFailure, TokenFailure } from "./request";
import type { SendOutcome } from "./send";
import { isSizeRefusal } from "./sizeRefusal";

type Say = (code: IssueCode, params?: FindingParams) => string;
export type Failed = Extract<CreateResult, { status: "failed" }>;

/** A failure for good, of this code, in the user's words. */
export const failedForGood = (say: Say, code: IssueCode, params?: FindingParams): Failed => ({ status: "failed", transient: false, code, message: say(code, params) });

/** A /send was started and its outcome is unknown: never sent automatically. */
export const maybeSent = (say: Say, address: string): Failed => failedForGood(say, "graph-send-no-answer", { address, reason: say("graph-send-started") });

/** The draft was changed by hand (another To): never sent automatically. */
export const changedDraft = (say: Say, address: string): Failed => failedForGood(say, "graph-draft-changed", { address });

export const sent = (outcome: SendOutcome, messageId: string): CreateResult => (outcome.ok ? { status: "created", ref: messageId } : outcome.result);

/** A failure after which certainly no message exists for the row. */
export function nothingCreated(say: Say, error: unknown): CreateResult {
  if (error instanceof GraphFailure) return failed(say, error);
  if (error instanceof TokenFailure) return failedForGood(say, "graph-no-token", { reason: error.reason });
  return { status: "failed", transient: true, code: "graph-busy", message: say("graph-busy", { reason: reasonOf(error) }) };
}

export function failed(say: Say, error: GraphFailure): CreateResult {
  const reason = error.reason;
  if (error.transient) {
    return {
      status: "failed",
      transient: true,
      code: "graph-busy",
      message: say("graph-busy", { reason }),
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      // Graph's limit, not the row: the run pauses as a whole and does not count the try (startRun.ts).
      ...(error.throttled ? { throttled: true } : {}),
    };
  }
  if (error.status === 401) return failedForGood(say, "graph-no-token", { reason });
  // Too large for the mailbox: for good, whichever request was refused (the draft was deleted again before this).
  if (isSizeRefusal(error.status, error.graphCode)) return failedForGood(say, "graph-message-too-large", { reason });
  return failedForGood(say, "graph-refused", { reason });
}
