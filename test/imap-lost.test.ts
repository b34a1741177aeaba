// A lost APPEND answer: a proxy between `rundmail` and Dovecot (TLS on both sides, so it sees the IMAP commands) cuts
// the connection right after the server answered "OK" to an APPEND, before that answer reaches the client. The draft
// is stored, the client does not know: it must look the key up before trying again, and never add a second copy.
import { connect as tlsConnect, createServer as createTlsServer, type TLSSocket } from "node:tls";
import type { AddressObject } from "mailparser";
import { describeWithDovecot, startDovecot, type Dovecot } from "./support/dovecot";
import { readFolder } from "./support/imapFolder";
import { rundmail, testEnv } from "./support/smtpRundmail";
import { people, writeScenario } from "./support/smtpScenario";

const PASSWORD = "Geh3im!Pass";
const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((f) => f.value.map((v) => v.address ?? ""));

interface CuttingProxy {
  readonly port: number;
  /** APPENDs the server accepted whose answer the proxy swallowed. */
  cut: number;
  close(): Promise<void>;
}

/** Cuts the connection after the server's OK to the APPENDs numbered in `cutAt` (1-based, counted over all connections). */
async function cuttingProxy(server: Dovecot, cutAt: ReadonlySet<number>): Promise<CuttingProxy> {
  let appends = 0;
  const sockets = new Set<TLSSocket>();
  const proxy = { port: 0, cut: 0, close: async () => undefined as void };
  const listener = createTlsServer({ key: server.key, cert: server.cert }, (client) => {
    const upstream = tlsConnect({ host: "127.0.0.1", port: server.tlsPort, ca: [server.ca] });
    sockets.add(client).add(upstream);
    const cutTags = new Set<string>();
    client.on("data", (chunk: Buffer) => {
      for (const match of chunk.toString("latin1").matchAll(/^(\S+) APPEND /gm)) {
        appends += 1;
        if (cutAt.has(appends)) cutTags.add(match[1] ?? "");
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      const text = chunk.toString("latin1");
      const tag = [...cutTags].find((t) => new RegExp(`^${t} OK`, "m").test(text));
      if (tag !== undefined) {
        proxy.cut += 1;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((r) => listener.listen(0, "127.0.0.1", r));
  proxy.port = (listener.address() as { port: number }).port;
  proxy.close = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      listener.close(() => r());
    });
  return proxy;
}

describeWithDovecot("a lost APPEND answer (Dovecot behind a cutting proxy)", () => {
  let dovecot: Dovecot;
  beforeAll(async () => {
    dovecot = await startDovecot();
  }, 60_000);
  afterAll(async () => {
    await dovecot?.stop();
  });

  test("the draft the server stored is found by its key, not appended again: every row exactly once", async () => {
    const proxy = await cuttingProxy(dovecot, new Set([2, 4, 5]));
    try {
      const list = people(6);
      const scenario = writeScenario(list);
      const result = await rundmail(
        ["drafts", ...scenario.args, "--imap", `imaps://anna@127.0.0.1:${proxy.port}`, "--ca", dovecot.caFile],
        testEnv({ RUNDMAIL_IMAP_PASSWORD: PASSWORD, RUNDMAIL_IMAP_TIMEOUT_MS: "5000" }),
      );
      expect(proxy.cut).toBe(3);
      expect(result.stderr).toBe("");
      expect(result.stdout).toContain("6 drafts put into 'Drafts'; 0 were there already");
      expect(result.status).toBe(0);
      const stored = await readFolder(dovecot, "anna", PASSWORD, "Drafts");
      expect(stored.flatMap((m) => addresses(m.mail.to)).sort()).toEqual(list.map((p) => p.email).sort());
    } finally {
      await proxy.close();
    }
  });
});
