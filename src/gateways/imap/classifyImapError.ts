// An imapflow error, put into the questions the run asks: is it the server (login, TLS, certificate, unreachable —
// every further draft would fail the same way), this one draft (too big, mailbox full), a "not now" (throttled), or
// a connection lost with an APPEND in flight (the draft may exist: look before trying again).

/** The parts of imapflow's ImapFlowError that matter here. */
export interface ImapFailure {
  readonly message?: string | undefined;
  readonly code?: string | undefined;
  readonly responseStatus?: string | undefined;
  readonly responseText?: string | undefined;
  readonly serverResponseCode?: string | undefined;
  readonly authenticationFailed?: boolean | undefined;
  readonly tlsFailed?: boolean | undefined;
  readonly throttleReset?: number | undefined;
}

export type ImapProblem =
  /** The server refused the user name or password. */
  | { readonly kind: "login"; readonly reason: string }
  /** The server's certificate is not trusted (self-signed, wrong name, unknown authority). */
  | { readonly kind: "certificate"; readonly reason: string }
  /** No encrypted connection: no STARTTLS offered, or TLS spoken to a port that does not speak it. */
  | { readonly kind: "tls"; readonly reason: string }
  /** The server could not be reached, or the connection broke while no APPEND was in flight. */
  | { readonly kind: "connect"; readonly reason: string }
  /** The folder is not there (any more). */
  | { readonly kind: "folder"; readonly reason: string }
  /** The mailbox is full. */
  | { readonly kind: "over-quota"; readonly reason: string }
  /** The message is larger than the server takes. */
  | { readonly kind: "too-big"; readonly reason: string }
  /** The server asks to slow down; `retryAfterMs` when it said how long. */
  | { readonly kind: "throttled"; readonly reason: string; readonly retryAfterMs?: number }
  /** Another NO: nothing was stored; `transient` when trying again may help (NO), not for BAD. */
  | { readonly kind: "refused"; readonly reason: string; readonly transient: boolean }
  /** The connection ended without an answer to a command: for an APPEND, the message may have been stored. */
  | { readonly kind: "lost"; readonly reason: string };

const CERTIFICATE = /certificate|self[- ]signed|unable to verify|CERT_|altname|does not match|DEPTH_ZERO|UNABLE_TO_GET_ISSUER/i;
const TLS = /ssl|tls|wrong version number|handshake/i;
const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "CONNECT_TIMEOUT", "GREETING_TIMEOUT"]);
// [THROTTLED] (RFC 9586's IMAP use of it, and imapflow's ETHROTTLE) is the server's limit on the whole session: the
// run pauses. Other "not now" codes (RFC 5530) are retried with backoff for their row, and count as tries.
const BUSY = new Set(["UNAVAILABLE", "INUSE", "SERVERBUG", "EXPUNGEISSUED"]);
// [LIMIT] is "some limit": Dovecot answers a message above quota_max_mail_size with it ("Mail size is larger …").
const SIZE_WORDS = /size|large|big|groß/i;

export function classifyImapError(error: unknown): ImapProblem {
  const e: ImapFailure = typeof error === "object" && error !== null ? (error as ImapFailure) : { message: String(error) };
  const reason = (e.responseText ?? e.message ?? String(error)).trim() || "?";
  const responseCode = (e.serverResponseCode ?? "").toUpperCase();
  const detail = `${e.code ?? ""} ${e.message ?? ""}`;

  if (e.authenticationFailed === true || responseCode === "AUTHENTICATIONFAILED" || responseCode === "AUTHORIZATIONFAILED") {
    return { kind: "login", reason };
  }
  if (e.code === "ETHROTTLE" || responseCode === "THROTTLED") {
    const wait = e.throttleReset;
    return typeof wait === "number" && Number.isFinite(wait) && wait > 0 ? { kind: "throttled", reason, retryAfterMs: wait } : { kind: "throttled", reason };
  }
  if (responseCode === "OVERQUOTA" || /quota/i.test(e.responseText ?? "")) return { kind: "over-quota", reason };
  if (responseCode === "TOOBIG" || responseCode === "APPENDLIMIT" || (responseCode === "LIMIT" && SIZE_WORDS.test(e.responseText ?? ""))) return { kind: "too-big", reason };
  if (BUSY.has(responseCode) || responseCode === "LIMIT") return { kind: "refused", reason, transient: true };
  if (responseCode === "TRYCREATE" || responseCode === "NONEXISTENT" || (error as { mailboxMissing?: boolean } | null)?.mailboxMissing === true) {
    return { kind: "folder", reason };
  }
  if (e.responseStatus === "NO") return { kind: "refused", reason, transient: true };
  if (e.responseStatus === "BAD") return { kind: "refused", reason, transient: false };
  if (CERTIFICATE.test(detail)) return { kind: "certificate", reason };
  if (e.tlsFailed === true || (e.code !== undefined && /^ERR_SSL|^ERR_TLS/.test(e.code)) || TLS.test(e.message ?? "")) return { kind: "tls", reason };
  if (e.code !== undefined && UNREACHABLE.has(e.code)) return { kind: "connect", reason };
  return { kind: "lost", reason };
}
