// The SMTP envelope (MAIL FROM, RCPT TO) of one message, decided here and nowhere else: the row's To, its one Cc,
// and the user's own archive address. Domains go in their ASCII form, as in the headers.
import { refuseUnlessPrivate } from "../../core/privacy/privacy";
import { asciiAddress } from "../eml/mime";
import type { OutgoingMessage } from "./types";

export interface Envelope {
  readonly from: string;
  /** The To address first, then the Cc, then the archive address; each once. */
  readonly to: readonly string[];
}

export function envelopeFor(message: OutgoingMessage): Envelope {
  refuseUnlessPrivate(message);
  const seen = new Set<string>();
  const to: string[] = [];
  for (const address of [message.to, ...message.cc, ...message.bcc]) {
    const ascii = asciiAddress(address);
    const key = ascii.toLowerCase();
    if (seen.has(key)) continue; // a Cc that equals the To gets one copy, not two
    seen.add(key);
    to.push(ascii);
  }
  return { from: asciiAddress(message.from.address), to };
}

/** Whether two envelope addresses are the same mailbox as the server compares them (case-insensitive). */
export const sameAddress = (a: string, b: string): boolean => asciiAddress(a).toLowerCase() === asciiAddress(b).toLowerCase();
