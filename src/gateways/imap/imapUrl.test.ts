import { describeImapServer, parseImapUrl, type ImapUrlResult } from "./imapUrl";

const cases: Array<[string, ImapUrlResult]> = [
  ["imaps://anna@imap.example.de", { ok: true, server: { host: "imap.example.de", port: 993, implicitTls: true, user: "anna" } }],
  ["imap://anna@imap.example.de", { ok: true, server: { host: "imap.example.de", port: 143, implicitTls: false, user: "anna" } }],
  ["IMAPS://Anna@IMAP.Example.DE:1993/", { ok: true, server: { host: "imap.example.de", port: 1993, implicitTls: true, user: "Anna" } }],
  // A login that is itself an address: the last "@" separates it from the host.
  ["imaps://anna@verein.de@mail.example.de", { ok: true, server: { host: "mail.example.de", port: 993, implicitTls: true, user: "anna@verein.de" } }],
  ["imaps://anna%40verein.de@mail.example.de", { ok: true, server: { host: "mail.example.de", port: 993, implicitTls: true, user: "anna@verein.de" } }],
  ["imaps://u@bücher.example", { ok: true, server: { host: "xn--bcher-kva.example", port: 993, implicitTls: true, user: "u" } }],
  ["imaps://u@[::1]:993", { ok: true, server: { host: "::1", port: 993, implicitTls: true, user: "u" } }],
  ["imaps://anna:geheim@imap.example.de", { ok: false, problem: "password-in-url" }],
  ["imaps://anna:geheim@imap.example.de:99999", { ok: false, problem: "password-in-url" }],
  ["imaps://imap.example.de", { ok: false, problem: "no-user" }],
  ["smtps://anna@imap.example.de", { ok: false, problem: "scheme" }],
  ["imap.example.de:993", { ok: false, problem: "scheme" }],
  ["imaps://anna@imap.example.de/INBOX", { ok: false, problem: "extra-parts" }],
  ["imaps://anna@imap.example.de?tls=no", { ok: false, problem: "extra-parts" }],
  ["not a url", { ok: false, problem: "not-a-url" }],
];

describe("parseImapUrl", () => {
  test.each(cases)("%s", (text, expected) => {
    expect(parseImapUrl(text)).toEqual(expected);
  });

  test("describeImapServer never shows the user, and brackets an IPv6 host", () => {
    expect(describeImapServer({ host: "imap.example.de", port: 993 })).toBe("imap.example.de:993");
    expect(describeImapServer({ host: "::1", port: 143 })).toBe("[::1]:143");
  });
});
