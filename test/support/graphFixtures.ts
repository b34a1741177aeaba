// What the Graph tests hand the gateway: deterministic file bytes, attachments and drafts for row n.
import type { PlannedDraft } from "../../src/core/plan";
import type { OutgoingAttachment, OutgoingDraft } from "../../src/core/run/types";
import type { EmailAddress } from "../../src/core/types";

export const addr = (a: string): EmailAddress => a as EmailAddress;
export const keyOf = (row: number): string => `run1:${row}:p${row}@example.de`;

/** Deterministic bytes, different per seed (a PDF would be as incompressible). */
export function bytesOf(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

export const file = (name: string, bytes: Uint8Array): OutgoingAttachment => ({ name, size: bytes.length, contentType: "application/pdf", bytes: async () => bytes });

/** Row n's message: To p{n}@example.de, key run1:n:…, nothing attached unless `over` says so. */
export const draft = (row: number, over: Partial<OutgoingDraft> = {}): OutgoingDraft => ({
  row,
  key: keyOf(row),
  to: addr(`p${row}@example.de`),
  toName: null,
  cc: [],
  bcc: [],
  subject: `Betreff ${row}`,
  html: `<p>Hallo ${row}</p>`,
  text: `Hallo ${row}`,
  attachments: [],
  ...over,
});

/** Planned rows as startRun takes them (only row and To matter to it). */
export const planned = (rows: readonly number[]): PlannedDraft[] =>
  rows.map((row, i) => ({ row, to: addr(`p${row}@example.de`), toName: null, cc: [], bcc: [], attachments: [], rowIndex: i }) as unknown as PlannedDraft);
