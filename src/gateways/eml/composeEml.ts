// One draft -> one RFC 5322 message (.eml). With `unsent`, Outlook opens the file as a new, unsent draft.
import { refuseUnlessPrivate } from "../../core/privacy/privacy";
import {
  asciiAddress,
  base64Lines,
  contentTypeFor,
  encodeParameter,
  encodeWords,
  formatDate,
  formatMailbox,
  headerSafe,
  randomToken,
} from "./mime";

export interface EmlAttachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
}

export interface EmlMessage {
  readonly from?: { readonly address: string; readonly name: string | null } | null;
  readonly to: string;
  readonly toName?: string | null;
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly attachments: readonly EmlAttachment[];
  readonly date?: Date;
  readonly messageId?: string;
  /** Adds `X-Unsent: 1`, so Outlook opens the file as a draft to review and send. */
  readonly unsent: boolean;
  /** Drafts show Bcc to their author; a message handed to an SMTP server must not carry it (the envelope does). */
  readonly bccHeader: boolean;
  /** Extra headers, e.g. a Rundmail key; names and values are made header-safe. */
  readonly headers?: Readonly<Record<string, string>>;
}

const EOL = "\r\n";
const encoder = new TextEncoder();

/** The parts of a rendered row that make its message: who gets it and what it says (both the .eml and SMTP use it). */
export type Letter = Pick<EmlMessage, "to" | "cc" | "bcc" | "subject" | "html" | "text"> & { readonly toName: string | null };

export function letterOf(draft: Letter): Letter {
  const { to, toName, cc, bcc, subject, html, text } = draft;
  return { to, toName, cc, bcc, subject, html, text };
}

export function composeEml(message: EmlMessage): string {
  refuseUnlessPrivate(message);
  const headers: string[] = [];
  const add = (name: string, value: string): void => {
    headers.push(`${name}: ${value}`);
  };
  if (message.from) add("From", formatMailbox(message.from.address, message.from.name));
  add("To", formatMailbox(message.to, message.toName ?? null));
  if (message.cc.length > 0) add("Cc", message.cc.map((a) => asciiAddress(a)).join(", "));
  if (message.bccHeader && message.bcc.length > 0) add("Bcc", message.bcc.map((a) => asciiAddress(a)).join(", "));
  add("Subject", encodeWords(message.subject));
  add("Date", formatDate(message.date ?? new Date()));
  const domain = message.from ? (asciiAddress(message.from.address).split("@")[1] ?? "rundmail.invalid") : "rundmail.invalid";
  add("Message-ID", message.messageId ?? `<${randomToken()}@${domain}>`);
  if (message.unsent) add("X-Unsent", "1");
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    add(name.replace(/[^A-Za-z0-9-]/g, ""), headerSafe(value));
  }
  add("MIME-Version", "1.0");

  const alternative = randomToken();
  const bodyPart = [
    `Content-Type: multipart/alternative; boundary="${alternative}"`,
    "",
    `--${alternative}`,
    ...textPart("text/plain", message.text),
    `--${alternative}`,
    ...textPart("text/html", message.html),
    `--${alternative}--`,
  ];

  let lines: string[];
  if (message.attachments.length === 0) {
    lines = [...headers, ...bodyPart];
  } else {
    const mixed = randomToken();
    lines = [...headers, `Content-Type: multipart/mixed; boundary="${mixed}"`, "", `--${mixed}`, ...bodyPart];
    for (const file of message.attachments) {
      lines.push(`--${mixed}`, ...attachmentPart(file));
    }
    lines.push(`--${mixed}--`);
  }
  return lines.join(EOL) + EOL;
}

function textPart(type: string, content: string): string[] {
  return [`Content-Type: ${type}; charset=utf-8`, "Content-Transfer-Encoding: base64", "", base64Lines(encoder.encode(content))];
}

function attachmentPart(file: EmlAttachment): string[] {
  const type = file.contentType ?? contentTypeFor(file.name);
  return [
    `Content-Type: ${type}; ${encodeParameter("name", file.name)}`,
    "Content-Transfer-Encoding: base64",
    `Content-Disposition: attachment; ${encodeParameter("filename", file.name)}`,
    "",
    base64Lines(file.bytes),
  ];
}
