// The SMTP gateway against a real server on 127.0.0.1: what arrives, the envelope, TLS, login, and every fault.
import { createServer, type AddressInfo, type Socket } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { PrivacyRuleError } from "../src/core/privacy/privacy";
import { createSmtpGateway, type SmtpGatewayConfig } from "../src/gateways/smtp/smtpGateway";
import type { MailSender, OutgoingMessage } from "../src/gateways/smtp/types";
import { makeTestCertificates, type TestCertificates } from "./support/smtpCerts";
import { startTestServer, type TestServer, type TestServerOptions } from "./support/smtpServer";

let certs: TestCertificates;
beforeAll(async () => {
  certs = await makeTestCertificates();
});

const PASSWORD = "Sehr-Geheim-ß-42";
const open: Array<{ server: TestServer; gateway: MailSender }> = [];
/** One message through the gateway, nobody pressing Ctrl-C; `announced` counts the journal's "attempt" moments. */
let announced = 0;
const sendOn = (gateway: MailSender, m: OutgoingMessage) => gateway.send(m, { signal: new AbortController().signal, announce: () => void (announced += 1) });
afterEach(async () => {
  for (const { server, gateway } of open.splice(0)) {
    await gateway.close();
    await server.close();
  }
});

async function setUp(serverOptions: TestServerOptions, config: Partial<SmtpGatewayConfig> = {}) {
  const server = await startTestServer({ certificates: certs, auth: { user: "anna@verein.de", pass: PASSWORD }, ...serverOptions });
  const gateway = createSmtpGateway({
    server: { host: "127.0.0.1", port: server.port, implicitTls: serverOptions.implicitTls === true, user: "anna@verein.de" },
    password: PASSWORD,
    requireTls: true,
    extraCa: [certs.ca],
    timeoutMs: 5000,
    ...config,
  });
  open.push({ server, gateway });
  return { server, gateway };
}

const pdf = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7 + 3) % 256);
const message = (to: string, change: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  from: { address: "vorstand@verein.de", name: "Vorstand des Vereins" },
  to,
  toName: "Jürgen Weiß",
  cc: [],
  bcc: [],
  subject: "Ihre Beitragsrechnung – Grüße",
  html: "<p>Sehr geehrter Herr Weiß, anbei die Rechnung für März.</p>",
  text: "Sehr geehrter Herr Weiß, anbei die Rechnung für März.",
  attachments: [{ name: "Rechnung_Weiß_März.pdf", bytes: pdf }],
  messageId: `<row-${to}@verein.de>`,
  ...change,
});
const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

describe("SMTP gateway", () => {
  test("STARTTLS, login, --ca: the envelope is exactly To, Cc and the archive; no Bcc header; bytes intact", async () => {
    const { server, gateway } = await setUp({});
    const result = await sendOn(gateway, message("j.weiss@example.de", { cc: ["eltern@example.de"], bcc: ["archiv@verein.de"] }));
    expect(result.kind).toBe("sent");
    expect(server.received).toHaveLength(1);
    const got = server.received[0]!;
    expect(got.secure).toBe(true);
    expect(got.user).toBe("anna@verein.de");
    expect(got.from).toBe("vorstand@verein.de");
    expect(got.rcpt).toEqual(["j.weiss@example.de", "eltern@example.de", "archiv@verein.de"]);
    const mail = await simpleParser(got.raw);
    expect(addresses(mail.to)).toEqual(["j.weiss@example.de"]);
    expect(addresses(mail.cc)).toEqual(["eltern@example.de"]);
    expect(mail.bcc).toBeUndefined();
    expect(got.raw.toString("latin1")).not.toMatch(/^bcc:/im);
    expect(got.raw.toString("latin1")).not.toMatch(/^x-unsent:/im);
    expect(mail.subject).toBe("Ihre Beitragsrechnung – Grüße");
    expect(mail.text?.trim()).toBe("Sehr geehrter Herr Weiß, anbei die Rechnung für März.");
    expect(mail.attachments.map((a) => a.filename)).toEqual(["Rechnung_Weiß_März.pdf"]);
    expect(Buffer.compare(mail.attachments[0]!.content, Buffer.from(pdf))).toBe(0);
    expect(mail.messageId).toBe("<row-j.weiss@example.de@verein.de>");
    if (result.kind === "sent") expect(result.eml).toContain("Message-ID: <row-j.weiss@example.de@verein.de>");
  });

  test.each([
    ["two To addresses", { to: ["a@example.de", "b@example.de"] as unknown as string }],
    ["two Cc addresses", { cc: ["a@example.de", "b@example.de"] }],
    ["two archive addresses", { bcc: ["a@verein.de", "b@verein.de"] }],
    ["a To cell holding two addresses", { to: "a@example.de, b@example.de" }],
  ])("refuses a message with %s and contacts no server", async (_name, change) => {
    const { server, gateway } = await setUp({});
    await expect(sendOn(gateway, message("x@example.de", change))).rejects.toThrow(PrivacyRuleError);
    expect(server.connections).toBe(0);
    expect(server.received).toHaveLength(0);
  });

  test("smtps:// (TLS from the first byte)", async () => {
    const { server, gateway } = await setUp({ implicitTls: true });
    expect((await sendOn(gateway, message("a@example.de"))).kind).toBe("sent");
    expect(server.received[0]?.secure).toBe(true);
  });

  test("an untrusted certificate stops with 'certificate'", async () => {
    const { server, gateway } = await setUp({}, { extraCa: [] });
    expect(await sendOn(gateway, message("a@example.de"))).toMatchObject({ kind: "permanent", problem: "certificate" });
    expect(server.received).toHaveLength(0);
  });

  test("a server without STARTTLS is refused, unless encryption is waived (--insecure)", async () => {
    const strict = await setUp({ noStartTls: true });
    expect(await sendOn(strict.gateway, message("a@example.de"))).toMatchObject({ kind: "permanent", problem: "tls-required" });
    expect(strict.server.authAttempts).toHaveLength(0); // the password never crossed an unencrypted line
    const lax = await setUp({ noStartTls: true }, { requireTls: false });
    expect((await sendOn(lax.gateway, message("a@example.de"))).kind).toBe("sent");
    expect(lax.server.received[0]?.secure).toBe(false);
  });

  test("a wrong password stops with 'login', and the reason does not contain it", async () => {
    const { gateway } = await setUp({}, { password: "falsch-Geheim-99" });
    const result = await sendOn(gateway, message("a@example.de"));
    expect(result).toMatchObject({ kind: "permanent", problem: "login" });
    expect(JSON.stringify(result)).not.toContain("falsch-Geheim-99");
  });

  const big = Uint8Array.from({ length: 8_000_000 }, (_, i) => (i * 13) % 251);
  test.each([
    ["451 after the message", { at: "data-end", reply: 451 } as const, {}, { kind: "transient", code: 451 }],
    ["421 at RCPT", { at: "rcpt", reply: 421 } as const, {}, { kind: "transient", code: 421, problem: "connect" }],
    ["550 at RCPT", { at: "rcpt", reply: 550 } as const, {}, { kind: "permanent", code: 550, problem: null }],
    ["connection dropped at RCPT", { at: "rcpt", drop: true } as const, {}, { kind: "transient" }],
    ["connection dropped while the message is sent", { at: "data-start", drop: true } as const, { attachments: [{ name: "gross.bin", bytes: big }] }, { kind: "transient" }],
    ["connection dropped after the whole message, before the answer", { at: "data-end", drop: true } as const, {}, { kind: "unknown" }],
  ])("%s, then the next message goes through on a new connection", async (_name, fault, change, expected) => {
    const { server, gateway } = await setUp({ faults: { "f@example.de": [fault] } });
    const first = await sendOn(gateway, message("f@example.de", change));
    expect(first).toMatchObject(expected);
    expect(server.received).toHaveLength(0);
    const second = await sendOn(gateway, message("f@example.de"));
    expect(second.kind).toBe("sent");
    expect(server.received).toHaveLength(1);
  });

  test("the To refused but the Cc taken: not sent, and the report learns who got it", async () => {
    const { server, gateway } = await setUp({ refuse: ["gibt-es-nicht@example.de"] });
    const result = await sendOn(gateway, message("gibt-es-nicht@example.de", { cc: ["eltern@example.de"] }));
    expect(result).toMatchObject({ kind: "permanent", code: 550, deliveredTo: ["eltern@example.de"] });
    expect(server.received.map((m) => m.rcpt)).toEqual([["eltern@example.de"]]);
  });

  test("a refused Cc does not stop the message to its To", async () => {
    const { gateway } = await setUp({ refuse: ["cc-weg@example.de"] });
    expect(await sendOn(gateway, message("a@example.de", { cc: ["cc-weg@example.de"] }))).toMatchObject({ kind: "sent", refused: ["cc-weg@example.de"] });
  });

  test("many messages share one connection", async () => {
    const { server, gateway } = await setUp({});
    for (let i = 0; i < 5; i++) expect((await sendOn(gateway, message(`p${i}@example.de`))).kind).toBe("sent");
    expect(server.connections).toBe(1);
    expect(server.received.map((m) => m.rcpt)).toEqual([0, 1, 2, 3, 4].map((i) => [`p${i}@example.de`]));
  });
});

describe("a message is announced (the journal's 'attempt') only when it is about to be handed over", () => {
  test.each([
    ["an untrusted certificate", {}, { extraCa: [] }],
    ["a refused login", {}, { password: "falsch" }],
    ["a server that offers no STARTTLS", { noStartTls: true }, {}],
  ] as const)("%s: nothing announced, so nothing can be 'unknown'", async (_name, serverOptions, config) => {
    const { gateway } = await setUp(serverOptions, config);
    announced = 0;
    expect((await sendOn(gateway, message("a@example.de"))).kind).toBe("permanent");
    expect(announced).toBe(0);
  });

  test("a message that is sent was announced once, before it left", async () => {
    const { server, gateway } = await setUp({});
    let receivedWhenAnnounced = -1;
    const result = await gateway.send(message("a@example.de"), {
      signal: new AbortController().signal,
      announce: () => void (receivedWhenAnnounced = server.received.length),
    });
    expect(result.kind).toBe("sent");
    expect(receivedWhenAnnounced).toBe(0);
  });

  test("Ctrl-C while a server has not even greeted gives the connection up: interrupted, nothing announced", async () => {
    // A server that takes the connection and says nothing (a hanging firewall, an overloaded host).
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as AddressInfo).port;
    // The gateway's own timeout is far longer than the test's: only giving up on Ctrl-C can end this send.
    const gateway = createSmtpGateway({
      server: { host: "127.0.0.1", port, implicitTls: false, user: null },
      password: null,
      requireTls: true,
      extraCa: [],
      timeoutMs: 120_000,
    });
    const controller = new AbortController();
    let announcedHere = 0;
    const sending = gateway.send(message("a@example.de"), { signal: controller.signal, announce: () => void (announcedHere += 1) });
    while (sockets.length === 0) await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    expect(await sending).toEqual({ kind: "interrupted" });
    expect(announcedHere).toBe(0);
    await gateway.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }, 20_000);
});
