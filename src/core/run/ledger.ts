// Ledgers that remember which keys a run created, so a resumed run creates only what is missing.
// `memoryLedger` lives as long as the page; `storageLedger` keeps the marks in a Storage-like object the caller
// passes in (the task pane: localStorage), so that a reloaded task pane can resume too.
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

/** The part of the Web Storage API a ledger needs (localStorage, sessionStorage, or a test double). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * A ledger in a Storage: one item per key, `${prefix}${key}` → "created" | "attempted". A value that is neither
 * (edited by hand, written by a newer version) reads as "attempted": when in doubt, never create a second copy.
 * A full storage makes `set` reject, and the run then does not create the row (it could not promise "only once").
 */
/**
 * A stored mark read back: "created", else "attempted" — a value that is neither (edited by hand, written by a newer
 * version) must never let a row be created a second time. undefined: no mark.
 */
export function ledgerState(value: unknown): LedgerState | undefined {
  if (value === undefined) return undefined;
  return value === "created" ? "created" : "attempted";
}

export function storageLedger(storage: StorageLike, prefix = "rundmail:ledger:"): RunLedger {
  return {
    get: async (key) => {
      const value = storage.getItem(prefix + key);
      return value === null ? undefined : ledgerState(value); // getItem's null: no item
    },
    set: async (key, state) => {
      storage.setItem(prefix + key, state);
    },
    forget: async (key) => {
      storage.removeItem(prefix + key);
    },
  };
}
