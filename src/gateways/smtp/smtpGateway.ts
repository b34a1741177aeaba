// Sends one message at a time over one SMTP connection, opened when needed and opened again when the server
// dropped it.
//
// Why nodemailer's SMTPConnection and not its pooled transport (`pool: true, maxConnections: 1`): exactly-once
// needs to know, when a connection is lost, whether the server may already hold the whole message. The pooled
// transport reads a `raw` message into its own buffer as soon as it is queued (long before DATA), and re-queues a
// message by itself when a connection closes; either would hide the one fact the journal depends on. With
// SMTPConnection our message stream is read only after the server said 354 to DATA, so "not every byte was taken"
// reliably means "not delivered" (see handOver.ts), and no retry happens behind our back.
//
// The message is composed here with our own composer (no Bcc header, no X-Unsent), and handed over as raw MIME with
// an explicit envelope (envelope.ts): nodemailer takes both as they are, so the recipients are exactly ours.
import { rootCertificates } from "node:tls";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import { refuseUnlessPrivate } from "../../core/privacy/privacy";
import { composeEml } from "../eml/composeEml";
import { classifyFailure, type SmtpFailure } from "./classifyFailure";
import { envelopeFor, sameAddress, type Envelope } from "./envelope";
import { handOver } from "./handOver";
import { scrubSecrets, secretForms } from "./scrubSecrets";
import type { SmtpServerAddress } from "./smtpUrl";
import type { HandOverControl, MailSender, OutgoingMessage, SendResult } from "./types";

export interface SmtpGatewayConfig {
  readonly server: SmtpServerAddress;
  /** Only with `server.user`. Kept in memory, used for AUTH, cut out of every text the gateway returns. */
  readonly password: string | null;
  /** smtp:// must be upgraded with STARTTLS; false only with --insecure. */
  readonly requireTls: boolean;
  /** Certificate authorities to trust besides the system's (--ca), PEM. */
  readonly extraCa: readonly string[];
  /** How long to wait for the server at each step (default 2 minutes); short in tests. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;

export function createSmtpGateway(config: SmtpGatewayConfig): MailSender {
  const secrets = secretForms(config.server.user, config.password);
  const scrub = (text: string): string => scrubSecrets(text, secrets);
  let current: { connection: SMTPConnection; alive: () => boolean } | null = null;

  async function open(signal: AbortSignal): Promise<SMTPConnection> {
    if (current?.alive()) return current.connection;
    current = null;
    const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const connection = new SMTPConnection({
      host: config.server.host,
      port: config.server.port,
      secure: config.server.implicitTls,
      requireTLS: !config.server.implicitTls && config.requireTls,
      // Node's `ca` replaces the system's authorities; --ca adds one, so both are given.
      ...(config.extraCa.length > 0 ? { tls: { ca: [...rootCertificates, ...config.extraCa] } } : {}),
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      logger: false,
      debug: false,
    });
    let alive = true;
    // Ctrl-C while connecting, greeting or logging in gives the connection up at once (nothing was handed over).
    const giveUp = (): void => connection.close();
    signal.addEventListener("abort", giveUp, { once: true });
    // Always listened to: an unheard 'error' event would end the process.
    connection.on("error", () => {
      alive = false;
    });
    connection.once("end", () => {
      alive = false;
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const fail = (error: unknown): void => reject(error instanceof Error ? error : new Error(String(error)));
        connection.once("error", fail);
        connection.once("end", () => fail(Object.assign(new Error("Connection closed unexpectedly"), { code: "ECONNECTION" })));
        connection.connect((error) => {
          connection.removeListener("error", fail);
          if (error) fail(error);
          else resolve();
        });
      });
      if (config.server.user !== null) {
        const user = config.server.user;
        await new Promise<void>((resolve, reject) => {
          connection.login({ user, pass: config.password ?? "" }, (error) => (error ? reject(error) : resolve()));
        });
      }
    } catch (error) {
      connection.close(); // a half-opened session (say, the login was refused) must not keep the process alive
      throw error;
    } finally {
      signal.removeEventListener("abort", giveUp);
    }
    current = { connection, alive: () => alive && !connection.destroyed };
    return connection;
  }

  function drop(): void {
    current?.connection.close();
    current = null;
  }

  /** After a refused message the session is still in its transaction: RSET, or start afresh. */
  async function afterFailure(): Promise<void> {
    const open = current;
    if (!open?.alive()) {
      drop();
      return;
    }
    await new Promise<void>((resolve) => {
      open.connection.reset((error) => {
        if (error) drop();
        resolve();
      });
    });
  }

  function failed(error: unknown, complete: boolean): Exclude<SendResult, { kind: "sent" } | { kind: "interrupted" }> {
    const result = classifyFailure(asFailure(error), complete);
    return { ...result, reason: scrub(result.reason) };
  }

  return {
    async send(message: OutgoingMessage, control: HandOverControl): Promise<SendResult> {
      refuseUnlessPrivate(message); // defence in depth: the plan checked it, the gateway checks again
      const envelope = envelopeFor(message);
      const eml = composeEml({ ...message, unsent: false, bccHeader: false });
      if (control.signal.aborted) return { kind: "interrupted" };
      let connection: SMTPConnection;
      try {
        connection = await open(control.signal);
      } catch (error) {
        drop();
        return control.signal.aborted ? { kind: "interrupted" } : failed(error, false);
      }
      if (control.signal.aborted) return { kind: "interrupted" };
      await control.announce();
      const transfer = handOver(eml);
      const result = await new Promise<SendResult>((resolve) => {
        connection.send({ from: envelope.from, to: [...envelope.to], size: Buffer.byteLength(eml) }, transfer.stream, (error, info) => {
          if (error || !info) resolve(failed(error, transfer.complete()));
          else resolve(accepted(message, envelope, info, eml, scrub));
        });
      });
      if (result.kind !== "sent") await afterFailure();
      return result;
    },

    async close(): Promise<void> {
      const open = current;
      current = null;
      if (!open?.alive()) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          open.connection.close();
          resolve();
        }, 2000);
        open.connection.once("end", () => {
          clearTimeout(timer);
          resolve();
        });
        open.connection.quit();
      });
    },
  };
}

/**
 * The server took the message. If it refused the To address but took the Cc or archive address, the row is not
 * delivered — and the report must say who did get it.
 */
function accepted(
  message: OutgoingMessage,
  envelope: Envelope,
  info: SMTPConnection.SentMessageInfo,
  eml: string,
  scrub: (text: string) => string,
): SendResult {
  const to = envelope.to[0] ?? message.to;
  const refused = info.rejected.filter((address) => envelope.to.some((mine) => sameAddress(mine, address)));
  if (refused.some((address) => sameAddress(address, to))) {
    const why = info.rejectedErrors?.find((e) => e.message.includes(to)) ?? info.rejectedErrors?.[0];
    return {
      kind: "permanent",
      code: why?.responseCode ?? null,
      reason: scrub(why?.response ?? why?.message ?? "recipient refused"),
      problem: null,
      deliveredTo: info.accepted,
    };
  }
  return { kind: "sent", response: scrub(info.response), eml, refused };
}

function asFailure(error: unknown): SmtpFailure {
  if (error instanceof Error) return error as SmtpFailure;
  return { message: String(error) };
}
