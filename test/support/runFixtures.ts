// The rows, messages and clock every run and gateway test starts from: row n goes to p{n}@example.de in run "run1",
// its key made as the run makes it (core/run/key.ts). A test says only what it changes (`over`).
import type { PlannedDraft } from "../../src/core/plan";
import type { RunClock } from "../../src/core/run/clock";
import { draftKey, reportedKey } from "../../src/core/run/key";
import type { OutgoingAttachment, OutgoingDraft } from "../../src/core/run/types";
import type { EmailAddress } from "../../src/core/types";

export const RUN_ID = "run1";

export const addr = (a: string): EmailAddress => a as EmailAddress;
const addressOf = (row: number): EmailAddress => addr(`p${row}@example.de`);
export const keyOf = (row: number, to: EmailAddress = addressOf(row)): string => draftKey(RUN_ID, row, to);

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

/** Row n's message as a gateway is handed it: nothing attached unless `over` says so (a malformed To too). */
export const draft = (row: number, over: Partial<OutgoingDraft> = {}): OutgoingDraft => ({
  row,
  key: reportedKey(RUN_ID, row, over.to ?? addressOf(row)),
  to: addressOf(row),
  toName: null,
  cc: [],
  bcc: [],
  subject: `Betreff ${row}`,
  html: `<p>Hallo ${row}</p>`,
  text: `Hallo ${row}`,
  attachments: [],
  ...over,
});

/** Row n as the plan gives it to startRun (the table's first data row is row 2). */
export const planned = (row: number, over: Partial<PlannedDraft> = {}): PlannedDraft =>
  ({ row, to: addressOf(row), toName: null, cc: [], bcc: [], attachments: [], rowIndex: row - 2, ...over }) as PlannedDraft;

/** These rows, planned. */
export const plannedRows = (rows: readonly number[]): PlannedDraft[] => rows.map((row) => planned(row));

/** The first n rows (2, 3, …), planned, each with `over` (a Bcc for everyone, a file for everyone). */
export const rows = (n: number, over: Partial<PlannedDraft> = {}): PlannedDraft[] => Array.from({ length: n }, (_, i) => planned(i + 2, over));

/** What startRun's render makes of a planned row: its message, with the row's recipients (the run sets the key). */
export const render = async (d: PlannedDraft): Promise<OutgoingDraft> => draft(d.row, { key: "set-by-the-run", to: d.to, toName: d.toName, cc: d.cc, bcc: d.bcc });

export interface FakeClock extends RunClock {
  /** Every sleep asked for, in order. */
  readonly sleeps: readonly number[];
  /** Moves the clock without anyone sleeping. */
  advance(ms: number): void;
}

/**
 * Virtual time: a sleep moves the clock to its end at once (not when its signal has aborted), so backoff and
 * throttle waits cost nothing. `between` is what a sleep awaits: a microtask by default; a server in the same
 * process (the Graph emulator) needs a real turn of the event loop.
 */
export function fakeClock(start = 1_000_000, between: () => Promise<void> = () => Promise.resolve()): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      if (!signal?.aborted) t += Math.max(0, ms);
      await between();
    },
  };
}

/** Real time that never waits: for runs whose waits are not what the test is about. */
export const instantClock: RunClock = { now: () => Date.now(), sleep: async () => undefined };
