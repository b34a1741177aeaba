// Ledgers that remember which keys a run created, so a resumed run creates only what is missing.
// `memoryLedger` lives as long as the page (tests, and runs that need no resume); the task pane keeps its marks in
// IndexedDB (taskpane/run/indexedDbLedger.ts), which reads them back through `ledgerState`.
import type { RunLedger } from "./types";

export type LedgerState = "created" | "attempted";

export function memoryLedger(initial: Iterable<readonly [string, LedgerState]> = []): RunLedger & {
  readonly entries: ReadonlyMap<string, LedgerState>;
} {
  const entries = new Map<string, LedgerState>(initial);
  return {
    entries,
    get: (key) => Promise.resolve(entries.get(key)),
    set: (key, state) => {
      entries.set(key, state);
      return Promise.resolve();
    },
    forget: (key) => {
      entries.delete(key);
      return Promise.resolve();
    },
  };
}

/**
 * A stored mark read back: "created", else "attempted" — a value that is neither (edited by hand, written by a newer
 * version) must never let a row be created a second time. undefined: no mark.
 */
export function ledgerState(value: unknown): LedgerState | undefined {
  if (value === undefined) return undefined;
  return value === "created" ? "created" : "attempted";
}
