// Outlook's documented limits for a new-message form (Office.MessageForm, displayNewMessageFormAsync): subject at
// most 255 characters, HTML body at most 32 KB, at most 100 recipients per field. Measured on the safe side: the
// subject in UTF-16 code units (never fewer than characters), the body in UTF-8 bytes against 32 × 1024.
import type { Finding } from "../../core/types";

export const COMPOSE_MAX_SUBJECT = 255;
export const COMPOSE_MAX_BODY_BYTES = 32 * 1024;
export const COMPOSE_MAX_RECIPIENTS = 100;

export interface ComposeForm {
  readonly to: string | readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly html: string;
}

export type ComposeLimitCode = "compose-subject-too-long" | "compose-body-too-large" | "compose-too-many-recipients";

const encoder = new TextEncoder();

/** The first limit the form breaks, as a finding for the codes table; null when Outlook takes it. */
export function composeLimitBreach(form: ComposeForm): Omit<Finding<ComposeLimitCode>, "row" | "column"> | null {
  const fields: [string, readonly string[]][] = [
    ["To", typeof form.to === "string" ? [form.to] : form.to],
    ["Cc", form.cc],
    ["Bcc", form.bcc],
  ];
  for (const [field, list] of fields) {
    if (list.length > COMPOSE_MAX_RECIPIENTS) {
      return { code: "compose-too-many-recipients", params: { field, count: list.length, max: COMPOSE_MAX_RECIPIENTS } };
    }
  }
  if (form.subject.length > COMPOSE_MAX_SUBJECT) {
    return { code: "compose-subject-too-long", params: { length: form.subject.length, max: COMPOSE_MAX_SUBJECT } };
  }
  // Cheap test first: a string of n UTF-16 units is at most 3n UTF-8 bytes.
  if (form.html.length * 3 > COMPOSE_MAX_BODY_BYTES) {
    const size = encoder.encode(form.html).length;
    if (size > COMPOSE_MAX_BODY_BYTES) return { code: "compose-body-too-large", params: { size } };
  }
  return null;
}
