import { classifyImapError, type ImapFailure, type ImapProblem } from "./classifyImapError";

// Shapes as imapflow 2.10 raises them (checked against Dovecot 2.3 in test/imap*.test.ts where a server can do it).
const cases: Array<[string, ImapFailure | string, ImapProblem]> = [
  [
    "wrong password",
    { message: "Command failed", authenticationFailed: true, serverResponseCode: "AUTHENTICATIONFAILED", responseText: "Authentication failed." },
    { kind: "login", reason: "Authentication failed." },
  ],
  ["self-signed certificate", { code: "DEPTH_ZERO_SELF_SIGNED_CERT", message: "self-signed certificate" }, { kind: "certificate", reason: "self-signed certificate" }],
  ["no STARTTLS", { message: "Server does not support STARTTLS", tlsFailed: true }, { kind: "tls", reason: "Server does not support STARTTLS" }],
  [
    "TLS spoken to a plain port",
    { code: "ERR_SSL_WRONG_VERSION_NUMBER", message: "ssl3_get_record:wrong version number" },
    { kind: "tls", reason: "ssl3_get_record:wrong version number" },
  ],
  ["nobody listening", { code: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:1" }, { kind: "connect", reason: "connect ECONNREFUSED 127.0.0.1:1" }],
  [
    "mailbox full",
    { responseStatus: "NO", serverResponseCode: "OVERQUOTA", responseText: "Quota exceeded (mailbox for user is full)" },
    { kind: "over-quota", reason: "Quota exceeded (mailbox for user is full)" },
  ],
  ["too big", { responseStatus: "NO", serverResponseCode: "TOOBIG", responseText: "Mail too large" }, { kind: "too-big", reason: "Mail too large" }],
  ["throttled, no wait given", { responseStatus: "NO", serverResponseCode: "THROTTLED", responseText: "Slow down" }, { kind: "throttled", reason: "Slow down" }],
  [
    "imapflow's own throttle error with the server's wait",
    { code: "ETHROTTLE", message: "Throttled", throttleReset: 2500 },
    { kind: "throttled", reason: "Throttled", retryAfterMs: 2500 },
  ],
  // Not the session's limit: retried for the row with backoff, each try counted (never an endless pause).
  ["server busy", { responseStatus: "NO", serverResponseCode: "UNAVAILABLE", responseText: "Try later" }, { kind: "refused", reason: "Try later", transient: true }],
  [
    "Dovecot's quota_max_mail_size",
    { responseStatus: "NO", serverResponseCode: "LIMIT", responseText: "Mail size is larger than the maximum size allowed by server configuration" },
    { kind: "too-big", reason: "Mail size is larger than the maximum size allowed by server configuration" },
  ],
  ["imapflow's own APPENDLIMIT check", { message: "Message too large", serverResponseCode: "APPENDLIMIT" }, { kind: "too-big", reason: "Message too large" }],
  ["another limit", { responseStatus: "NO", serverResponseCode: "LIMIT", responseText: "Too many messages in folder" }, { kind: "refused", reason: "Too many messages in folder", transient: true }],
  ["folder gone", { responseStatus: "NO", serverResponseCode: "TRYCREATE", responseText: "Mailbox doesn't exist: X" }, { kind: "folder", reason: "Mailbox doesn't exist: X" }],
  ["another NO", { responseStatus: "NO", responseText: "Internal error" }, { kind: "refused", reason: "Internal error", transient: true }],
  ["BAD", { responseStatus: "BAD", responseText: "Invalid arguments" }, { kind: "refused", reason: "Invalid arguments", transient: false }],
  ["connection closed mid-command", { code: "NoConnection", message: "Connection not available" }, { kind: "lost", reason: "Connection not available" }],
  ["socket reset", { code: "ECONNRESET", message: "read ECONNRESET" }, { kind: "lost", reason: "read ECONNRESET" }],
  ["not an error object", "boom", { kind: "lost", reason: "boom" }],
];

describe("classifyImapError", () => {
  test.each(cases)("%s", (_name, error, expected) => {
    expect(classifyImapError(error)).toEqual(expected);
  });
});
