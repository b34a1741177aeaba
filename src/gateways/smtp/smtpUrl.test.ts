import { describeServer, parseSmtpUrl, type SmtpUrlResult } from "./smtpUrl";

const cases: Array<[string, SmtpUrlResult]> = [
  ["smtp://anna@smtp.example.de:587", { ok: true, server: { host: "smtp.example.de", port: 587, implicitTls: false, user: "anna" } }],
  ["smtp://smtp.example.de", { ok: true, server: { host: "smtp.example.de", port: 587, implicitTls: false, user: null } }],
  ["smtps://anna@smtp.example.de", { ok: true, server: { host: "smtp.example.de", port: 465, implicitTls: true, user: "anna" } }],
  // A login that is itself an address: the last "@" separates it from the host, the first may be written as is.
  ["smtp://anna@verein.de@mail.example.de:25", { ok: true, server: { host: "mail.example.de", port: 25, implicitTls: false, user: "anna@verein.de" } }],
  ["smtp://anna%40verein.de@mail.example.de", { ok: true, server: { host: "mail.example.de", port: 587, implicitTls: false, user: "anna@verein.de" } }],
  ["SMTP://Mail.Example.DE:2525/", { ok: true, server: { host: "mail.example.de", port: 2525, implicitTls: false, user: null } }],
  ["smtp://u@bücher.example", { ok: true, server: { host: "xn--bcher-kva.example", port: 587, implicitTls: false, user: "u" } }],
  ["smtp://[::1]:25", { ok: true, server: { host: "::1", port: 25, implicitTls: false, user: null } }],
  ["smtp://anna:geheim@smtp.example.de", { ok: false, problem: "password-in-url" }],
  ["smtp://anna:geheim@smtp.example.de:99999", { ok: false, problem: "password-in-url" }],
  ["http://smtp.example.de", { ok: false, problem: "scheme" }],
  ["smtp.example.de:587", { ok: false, problem: "scheme" }],
  ["smtp://", { ok: false, problem: "no-host" }],
  ["smtp://smtp.example.de/path", { ok: false, problem: "extra-parts" }],
  ["smtp://smtp.example.de?tls=no", { ok: false, problem: "extra-parts" }],
  ["not a url", { ok: false, problem: "not-a-url" }],
];

describe("parseSmtpUrl", () => {
  test.each(cases)("%s", (text, expected) => {
    expect(parseSmtpUrl(text)).toEqual(expected);
  });

  test("describeServer never shows the user, and brackets an IPv6 host", () => {
    const ok = (t: string) => {
      const r = parseSmtpUrl(t);
      if (!r.ok) throw new Error(r.problem);
      return r.server;
    };
    expect(describeServer(ok("smtp://anna@smtp.example.de"))).toBe("smtp.example.de:587");
    expect(describeServer(ok("smtp://[::1]:25"))).toBe("[::1]:25");
  });
});
