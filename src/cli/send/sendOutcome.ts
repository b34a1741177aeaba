// What became of one message of `rundmail send`, in the words of the journal and the report: the run engine's
// outcome (core/run) read together with the server's answer the SMTP gateway kept for that key.
import type { RowOutcome } from "../../core/run/types";
import type { SmtpAnswer } from "../../gateways/smtp/smtpDraftGateway";
import type { ServerProblem } from "../../gateways/smtp/types";

export type SendOutcome =
  | { readonly status: "sent"; readonly at: string; readonly response: string; readonly refused: readonly string[] }
  | {
      readonly status: "failed";
      readonly at: string;
      readonly reason: string;
      readonly code: number | null;
      /** Not delivered anywhere: the next run tries it again. */
      readonly retryable: boolean;
      /** Refused for its To, but these addresses (a Cc, the archive) got it. */
      readonly deliveredTo: readonly string[];
    }
  | { readonly status: "unknown"; readonly at: string; readonly reason: string }
  | { readonly status: "not-sent"; readonly why: "limit" | "stopped" | "interrupted" };

export interface RunResult {
  /** One per message this run was to send, in list order. */
  readonly outcomes: readonly SendOutcome[];
  /** Set when a problem with the server (login, TLS, unreachable) made every further message pointless. */
  readonly stoppedBy: { readonly problem: ServerProblem; readonly reason: string } | null;
  readonly interrupted: boolean;
}

/** Outcome codes of startRun that mean "handed over, no answer" (now or in an earlier run): the message may have arrived. */
const MAY_HAVE_ARRIVED = new Set(["run-no-answer", "run-cancelled-maybe-created", "run-maybe-created"]);

/**
 * One row's outcome. `notSent`: why a row the run never finished was left (the server stopped it, or Ctrl-C);
 * `reason`: the row's own words when no answer came from the server (a file that could not be read).
 */
export function sendOutcome(
  outcome: RowOutcome,
  answer: SmtpAnswer | undefined,
  context: { readonly notSent: "stopped" | "interrupted"; readonly at: string; readonly reason?: string | undefined },
): SendOutcome {
  const at = answer?.at ?? context.at;
  const result = answer?.result;
  if (outcome.status === "created") {
    return result?.kind === "sent"
      ? { status: "sent", at, response: result.response, refused: result.refused }
      : { status: "sent", at, response: outcome.ref ?? "", refused: [] };
  }
  if (outcome.code !== undefined && MAY_HAVE_ARRIVED.has(outcome.code)) {
    return { status: "unknown", at, reason: result?.kind === "unknown" ? result.reason : (outcome.message ?? "") };
  }
  if (outcome.status === "cancelled") return { status: "not-sent", why: context.notSent };
  if (result?.kind === "transient" || result?.kind === "permanent") {
    const deliveredTo = result.kind === "permanent" ? result.deliveredTo : [];
    return { status: "failed", at, reason: result.reason, code: result.code, retryable: deliveredTo.length === 0, deliveredTo };
  }
  return { status: "failed", at, reason: context.reason ?? outcome.message ?? "", code: null, retryable: true, deliveredTo: [] };
}

/**
 * Whether this row's failure says every further message would fail the same way: a refused login or TLS at once,
 * an unreachable server once its tries are spent (a failed row).
 */
export function serverProblemOf(outcome: RowOutcome, answer: SmtpAnswer | undefined): { problem: ServerProblem; reason: string } | null {
  if (outcome.status !== "failed" || answer === undefined) return null;
  const { result } = answer;
  if ((result.kind === "permanent" || result.kind === "transient") && result.problem !== null) return { problem: result.problem, reason: result.reason };
  return null;
}
