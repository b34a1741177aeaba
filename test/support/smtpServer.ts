// A real SMTP server on 127.0.0.1 for the send tests (nodemailer's smtp-server), with STARTTLS or implicit TLS,
// AUTH, and faults injected per recipient and attempt: a reply code, or the connection dropped at a chosen moment.
import type { Socket } from "node:net";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import type { TestCertificates } from "./smtpCerts";

/** Where a fault strikes: at the To's RCPT, on the first bytes of the message, or after its last byte. */
export type FaultMoment = "rcpt" | "data-start" | "data-end";
export type Fault = { readonly at: FaultMoment } & ({ readonly reply: number; readonly text?: string } | { readonly drop: true });

export interface ReceivedMessage {
  readonly from: string;
  /** The envelope: every RCPT TO the server accepted for this message. */
  readonly rcpt: readonly string[];
  readonly raw: Buffer;
  readonly user: string | null;
  readonly secure: boolean;
}

export interface TestServerOptions {
  /** With certificates: STARTTLS (or TLS from the first byte with `implicitTls`). */
  readonly certificates?: TestCertificates;
  readonly implicitTls?: boolean;
  /** A server that offers no STARTTLS (an old or misconfigured one). */
  readonly noStartTls?: boolean;
  readonly auth?: { readonly user: string; readonly pass: string };
  /** Faults by recipient address (lower case): the n-th entry applies to the n-th attempt at that address. */
  readonly faults?: Readonly<Record<string, ReadonlyArray<Fault | null>>>;
  /** Refused at RCPT with 550, every time. */
  readonly refuse?: readonly string[];
  /** Wait before accepting a message (widens the window in which a client may die unanswered). */
  readonly answerDelayMs?: number | (() => number);
  /** Keep the message bytes (off for the benchmark). */
  readonly keep?: boolean;
}

export interface TestServer {
  readonly port: number;
  readonly received: ReceivedMessage[];
  /** Every address the server accepted a RCPT TO for, in every transaction (also those that did not complete). */
  readonly rcptSeen: string[];
  readonly authAttempts: Array<{ user: string; pass: string }>;
  connections: number;
  close(): Promise<void>;
}

const smtpError = (code: number, text: string): Error => Object.assign(new Error(text), { responseCode: code });

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const sockets = new Map<number, Socket>();
  const attempts = new Map<string, number>();
  const received: ReceivedMessage[] = [];
  const rcptSeen: string[] = [];
  const authAttempts: Array<{ user: string; pass: string }> = [];
  const keep = options.keep ?? true;

  const drop = (session: SMTPServerSession): void => {
    sockets.get(session.remotePort)?.destroy();
  };
  const faultFor = (session: SMTPServerSession, at: FaultMoment): Fault | null => {
    const to = session.envelope.rcptTo[0]?.address.toLowerCase();
    if (to === undefined) return null;
    const n = attempts.get(`${session.id}:${to}`) ?? 0;
    const fault = options.faults?.[to]?.[n] ?? null;
    return fault?.at === at ? fault : null;
  };

  const tls = options.certificates;
  const server = new SMTPServer({
    logger: false,
    secure: options.implicitTls === true,
    ...(tls ? { key: tls.key, cert: tls.cert } : {}),
    disabledCommands: [...(tls && options.noStartTls !== true ? [] : ["STARTTLS"]), ...(options.auth ? [] : ["AUTH"])],
    authOptional: options.auth === undefined,
    allowInsecureAuth: tls === undefined || options.noStartTls === true,
    size: 50 * 1024 * 1024,
    closeTimeout: 200,
    onAuth(auth, _session, callback) {
      authAttempts.push({ user: auth.username ?? "", pass: auth.password ?? "" });
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) {
        callback(null, { user: auth.username });
      } else callback(smtpError(535, "5.7.8 Authentication failed"));
    },
    onRcptTo(address, session, callback) {
      const to = address.address.toLowerCase();
      if (options.refuse?.some((r) => r.toLowerCase() === to)) return callback(smtpError(550, `5.1.1 <${address.address}>: no such user`));
      if (session.envelope.rcptTo.length === 0) {
        // The To comes first: it counts the attempts at this row (per connection-independent key).
        const n = attempts.get(`any:${to}`) ?? 0;
        attempts.set(`any:${to}`, n + 1);
        attempts.set(`${session.id}:${to}`, n);
        const fault = options.faults?.[to]?.[n] ?? null;
        if (fault?.at === "rcpt") {
          if ("drop" in fault) {
            drop(session);
            return;
          }
          return callback(smtpError(fault.reply, fault.text ?? `${fault.reply} injected fault`));
        }
      }
      rcptSeen.push(address.address);
      callback();
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      const startFault = faultFor(session, "data-start");
      stream.on("data", (chunk: Buffer) => {
        if (startFault && "drop" in startFault) {
          drop(session);
          return;
        }
        if (keep) chunks.push(chunk);
      });
      stream.on("end", () => {
        const endFault = faultFor(session, "data-end");
        if (endFault && "drop" in endFault) return drop(session);
        if (endFault && "reply" in endFault) return callback(smtpError(endFault.reply, endFault.text ?? `${endFault.reply} injected fault`));
        const accept = (): void => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            rcpt: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
            user: typeof session.user === "string" ? session.user : null,
            secure: session.secure,
          });
          callback(null, "Message queued");
        };
        const delay = typeof options.answerDelayMs === "function" ? options.answerDelayMs() : (options.answerDelayMs ?? 0);
        if (delay > 0) setTimeout(accept, delay);
        else accept();
      });
      stream.on("error", () => undefined);
    },
  });
  server.on("error", () => undefined); // a client that vanishes mid-session is part of the tests
  const state: TestServer = {
    port: 0,
    received,
    rcptSeen,
    authAttempts,
    connections: 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  server.server.on("connection", (socket: Socket) => {
    state.connections += 1;
    const port = socket.remotePort ?? 0;
    sockets.set(port, socket);
    socket.on("error", () => undefined);
    socket.once("close", () => sockets.delete(port));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  return Object.assign(state, { port: typeof address === "object" && address ? address.port : 0 });
}
