// A nodemailer error, put into the one question the journal asks: delivered, not delivered (and worth trying
// again), or nobody knows. An answer from the server is always believed; a silence after the last byte is "unknown".
import type { SendResult, ServerProblem } from "./types";

/** The parts of a nodemailer error that matter here (nodemailer's `SMTPError`). */
export interface SmtpFailure {
  readonly message: string;
  readonly code?: string | undefined;
  readonly responseCode?: number | undefined;
  readonly response?: string | undefined;
  readonly command?: string | undefined;
  readonly originalCode?: string | undefined;
}

type Failure = Exclude<SendResult, { kind: "sent" } | { kind: "interrupted" }>;

const CERTIFICATE = /certificate|self[- ]signed|unable to verify|CERT_|altname|does not match|DEPTH_ZERO/i;
// A host name that does not exist will not appear on a second try.
const NO_SUCH_HOST = new Set(["ENOTFOUND", "EAI_NONAME"]);
const CONNECTION_LOST = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "EPROTOCOL", "ETLS"]);

/**
 * `complete`: every byte of the message had been taken when the error came. Before that the server cannot have
 * accepted the message, because it accepts only after the final dot.
 */
export function classifyFailure(error: SmtpFailure, complete: boolean): Failure {
  const reason = (error.response ?? error.message).trim();
  const code = typeof error.responseCode === "number" && error.responseCode >= 400 ? error.responseCode : null;

  if (code !== null) return fromReply(error, code, reason);
  if (complete) return { kind: "unknown", reason };

  const detail = `${error.message} ${error.originalCode ?? ""}`;
  if (CERTIFICATE.test(detail)) return permanent(null, reason, "certificate");
  if (error.code === "EAUTH" || error.code === "ENOAUTH") return permanent(null, reason, "login");
  if (error.originalCode !== undefined && NO_SUCH_HOST.has(error.originalCode)) return permanent(null, reason, "connect");
  if (error.code === "ETLS") return permanent(null, reason, "tls");
  if (error.code === "EMESSAGE" || error.code === "EENVELOPE") return permanent(null, reason, null);
  if (error.code !== undefined && CONNECTION_LOST.has(error.code)) return transient(null, reason, "connect");
  return transient(null, reason, "connect");
}

function fromReply(error: SmtpFailure, code: number, reason: string): Failure {
  const problem = problemOf(error, code);
  // 503 (bad sequence of commands) says the session was in the wrong state, not that the message was refused.
  if (code >= 500 && code !== 503) return permanent(code, reason, problem);
  return transient(code, reason, problem);
}

/** Whether every other message would get the same answer: then the run stops instead of trying each row. */
function problemOf(error: SmtpFailure, code: number): ServerProblem | null {
  if (error.code === "EAUTH" || code === 530 || code === 535) return "login";
  if (error.command === "STARTTLS" || error.code === "ETLS") return "tls-required";
  if (code === 421 || error.command === "CONN" || error.command === "EHLO") return "connect";
  return null;
}

const permanent = (code: number | null, reason: string, problem: ServerProblem | null): Failure => ({
  kind: "permanent",
  code,
  reason,
  problem,
  deliveredTo: [],
});

const transient = (code: number | null, reason: string, problem: ServerProblem | null): Failure => ({
  kind: "transient",
  code,
  reason,
  problem,
});
