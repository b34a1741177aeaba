// What the CLI hands the SMTP gateway and what it gets back: one message in, one outcome out.
import type { EmlAttachment } from "../eml/composeEml";

export interface Mailbox {
  readonly address: string;
  readonly name: string | null;
}

/** One row's message. The gateway composes it and decides the envelope itself, so nothing else can add to it. */
export interface OutgoingMessage {
  readonly from: Mailbox;
  readonly to: string;
  readonly toName: string | null;
  readonly cc: readonly string[];
  /** At most the user's own archive address: it goes into the envelope only, never into a header. */
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly attachments: readonly EmlAttachment[];
  /** The same for every attempt at one row, so a mail system can tell a resent message from a new one. */
  readonly messageId: string;
}

/**
 * Why every further message would fail the same way: the run should stop rather than try each row.
 * null means the failure concerns this message only.
 */
export type ServerProblem = "connect" | "login" | "tls-required" | "certificate" | "tls";

export type SendResult =
  /** The server accepted the message for its To address. `refused` lists the Cc or archive addresses it refused. */
  | { readonly kind: "sent"; readonly response: string; readonly eml: string; readonly refused: readonly string[] }
  /** Not delivered, and trying again later may work (4xx, or the connection was lost before the message was complete). */
  | { readonly kind: "transient"; readonly code: number | null; readonly reason: string; readonly problem: ServerProblem | null }
  /**
   * Not delivered to the To address, and trying again will not help (5xx). `deliveredTo` names the Cc or archive
   * addresses that did get it when the server refused only the To address.
   */
  | {
      readonly kind: "permanent";
      readonly code: number | null;
      readonly reason: string;
      readonly problem: ServerProblem | null;
      readonly deliveredTo: readonly string[];
    }
  /** The whole message was handed over but no answer came: it may or may not have been delivered. */
  | { readonly kind: "unknown"; readonly reason: string }
  /** Stopped (Ctrl-C) while connecting or logging in: nothing was handed over. */
  | { readonly kind: "interrupted" };

export interface HandOverControl {
  /** Aborted by Ctrl-C: a connection still being opened is given up; a message being handed over is finished. */
  readonly signal: AbortSignal;
  /**
   * Called once the server is ready for this message, just before its first byte leaves, and awaited as written:
   * the journal's "attempt" goes on disk here, so a row is "unknown" only if the server may really have it.
   */
  readonly announce: () => void | Promise<void>;
}

/** Sends one message at a time over one connection. */
export interface MailSender {
  send(message: OutgoingMessage, control: HandOverControl): Promise<SendResult>;
  /** Says goodbye to the server (QUIT) and ends the connection. */
  close(): Promise<void>;
}
