import { classifyFailure, type SmtpFailure } from "./classifyFailure";

type Expected = { kind: string; problem?: string | null; code?: number | null };
const cases: Array<[string, SmtpFailure, boolean, Expected]> = [
  // answers from the server are believed, whenever they come
  ["451 after the final dot", { message: "Message failed: 451 local error", code: "EMESSAGE", responseCode: 451, response: "451 local error", command: "DATA" }, true, { kind: "transient", problem: null, code: 451 }],
  ["550 for the recipient", { message: "Can't send mail", code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 no such user", command: "RCPT TO" }, false, { kind: "permanent", problem: null, code: 550 }],
  ["552 message too large, after the dot", { message: "Message failed", code: "EMESSAGE", responseCode: 552, command: "DATA" }, true, { kind: "permanent", problem: null, code: 552 }],
  ["421 while sending", { message: "Server closed the connection", code: "ECONNECTION", responseCode: 421, response: "421 closing", command: "CONN" }, false, { kind: "transient", problem: "connect", code: 421 }],
  ["421 as the answer to the final dot", { message: "Server closed the connection", code: "ECONNECTION", responseCode: 421, command: "CONN" }, true, { kind: "transient", problem: "connect" }],
  ["503 bad sequence", { message: "x", code: "EENVELOPE", responseCode: 503, command: "MAIL FROM" }, false, { kind: "transient", problem: null }],
  ["535 login refused", { message: "Invalid login", code: "EAUTH", responseCode: 535, command: "AUTH PLAIN" }, false, { kind: "permanent", problem: "login" }],
  ["454 temporary login failure", { message: "Invalid login", code: "EAUTH", responseCode: 454, command: "AUTH PLAIN" }, false, { kind: "transient", problem: "login" }],
  ["530 login required", { message: "Mail command failed", code: "EENVELOPE", responseCode: 530, command: "MAIL FROM" }, false, { kind: "permanent", problem: "login" }],
  ["STARTTLS refused", { message: "Error upgrading connection with STARTTLS", code: "ETLS", responseCode: 502, command: "STARTTLS" }, false, { kind: "permanent", problem: "tls-required" }],
  // silence: before the last byte it is safe to try again; after it nobody knows
  ["connection lost before DATA", { message: "Connection closed unexpectedly", code: "ECONNECTION", command: "CONN" }, false, { kind: "transient", problem: "connect" }],
  ["connection lost after the last byte", { message: "Connection closed unexpectedly", code: "ECONNECTION", command: "CONN" }, true, { kind: "unknown" }],
  ["timeout after the last byte", { message: "Timeout", code: "ETIMEDOUT", command: "CONN" }, true, { kind: "unknown" }],
  ["connection refused", { message: "connect ECONNREFUSED 127.0.0.1:2525", code: "ESOCKET", originalCode: "ECONNREFUSED", command: "CONN" }, false, { kind: "transient", problem: "connect" }],
  ["no such host", { message: "getaddrinfo ENOTFOUND smtp.exampel.de", code: "EDNS", originalCode: "ENOTFOUND", command: "CONN" }, false, { kind: "permanent", problem: "connect" }],
  ["untrusted certificate", { message: "self-signed certificate in certificate chain", code: "ESOCKET", originalCode: "SELF_SIGNED_CERT_IN_CHAIN", command: "CONN" }, false, { kind: "permanent", problem: "certificate" }],
  ["wrong host name in the certificate", { message: "Hostname/IP does not match certificate's altnames", code: "ETLS", originalCode: "ERR_TLS_CERT_ALTNAME_INVALID", command: "CONN" }, false, { kind: "permanent", problem: "certificate" }],
  ["TLS handshake failure", { message: "wrong version number", code: "ETLS", command: "CONN" }, false, { kind: "permanent", problem: "tls" }],
];

describe("classifyFailure", () => {
  test.each(cases)("%s", (_name, error, complete, expected) => {
    expect(classifyFailure(error, complete)).toMatchObject(expected);
  });

  test("the reason is the server's reply when there is one", () => {
    const result = classifyFailure({ message: "Can't send mail: 550 no", response: "550 5.1.1 no such user", responseCode: 550 }, false);
    expect(result.reason).toBe("550 5.1.1 no such user");
  });
});
