// The task pane's memory of runs, in IndexedDB, so that it outlives a closed pane or a reload:
//   ledger  [runId, key] → "created" | "attempted"   (what startRun writes before and after each create)
//   runs    runId → RunRecord, found again by the plan's fingerprint ("continue the run you started?")
//   sends   {at, recipients} per sent message        (Exchange's 10,000 recipients per rolling 24 hours)
// Ledger semantics are storageLedger's: a value that is neither state reads as "attempted" (never a second copy),
// and `set` resolves only once the write is committed, rejecting when it is not (a full disk: QuotaExceededError),
// so the run does not create a row it could not note.
import type { RunLedger } from "../../core/run/types";
import { ledgerState } from "../../core/run/ledger";

export type RunMode = "drafts" | "send";

export interface RunRecord {
  readonly runId: string;
  /** planFingerprint(...) of the plan the run was started with. */
  readonly fingerprint: string;
  readonly gatewayId: string;
  readonly mode: RunMode;
  readonly total: number;
  readonly created: number;
  readonly failed: number;
  readonly startedAt: number;
  readonly updatedAt: number;
  /** Every row done; nothing to continue. */
  readonly finished: boolean;
}

export interface SendEntry {
  readonly at: number;
  readonly recipients: number;
}

export interface RunStore {
  /** The ledger of one run: it sees only that run's keys. */
  ledger(runId: string): RunLedger;
  saveRun(record: RunRecord): Promise<void>;
  /** The most recently updated run with this fingerprint, or null. */
  findRun(fingerprint: string): Promise<RunRecord | null>;
  recordSends(at: number, recipients: number): Promise<void>;
  /** Sends at or after `at`, oldest first. */
  sendsSince(at: number): Promise<SendEntry[]>;
  /** Lets go of the database (tests; a pane that is closing). Optional: a store in memory has nothing to close. */
  close?(): void;
}

/** Why the store could not be opened; `message` is for the log, `kind` for the pane's own words. */
export class RunStoreError extends Error {
  constructor(
    readonly kind: "unavailable" | "blocked" | "version" | "failed",
    message: string,
  ) {
    super(message);
    this.name = "RunStoreError";
  }
}

export const RUN_STORE_NAME = "rundmail";
const VERSION = 1;
const LEDGER = "ledger";
const RUNS = "runs";
const SENDS = "sends";
/** Sends older than this are of no use to a 24-hour window; they are dropped as new ones come. */
const KEEP_SENDS_MS = 7 * 24 * 60 * 60 * 1000;

export interface RunStoreOptions {
  /** Database name (tests use their own). */
  readonly name?: string;
  /** Schema version; only tests and future migrations set it. */
  readonly version?: number;
}

export function openRunStore(indexedDB: IDBFactory | undefined = globalThis.indexedDB, options: RunStoreOptions = {}): Promise<RunStore> {
  const name = options.name ?? RUN_STORE_NAME;
  const version = options.version ?? VERSION;
  return new Promise<RunStore>((resolve, reject) => {
    if (indexedDB === undefined || indexedDB === null) {
      reject(new RunStoreError("unavailable", "This browser offers no IndexedDB (a private window?), so runs cannot be resumed after a reload."));
      return;
    }
    let settled = false;
    const fail = (error: RunStoreError): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, version);
    } catch (error) {
      fail(new RunStoreError("unavailable", `IndexedDB cannot be used here (${describe(error)}).`));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(LEDGER)) db.createObjectStore(LEDGER);
      if (!db.objectStoreNames.contains(RUNS)) db.createObjectStore(RUNS, { keyPath: "runId" }).createIndex("fingerprint", "fingerprint");
      if (!db.objectStoreNames.contains(SENDS)) db.createObjectStore(SENDS, { autoIncrement: true }).createIndex("at", "at");
    };
    request.onblocked = () => {
      // An older Rundmail in another window holds the database open and does not let go.
      fail(new RunStoreError("blocked", "Rundmail's run store is held open by another Rundmail window. Close the other Outlook windows with Rundmail and try again."));
    };
    request.onerror = (event) => {
      event.preventDefault();
      const error = request.error;
      if (error?.name === "VersionError") {
        fail(new RunStoreError("version", "Rundmail's run store was written by a newer version of Rundmail. Update the add-in (reload Outlook) and try again."));
      } else fail(new RunStoreError("failed", `Rundmail's run store could not be opened (${describe(error)}).`));
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close(); // the caller already heard "blocked"; a late success must not keep a connection open
        return;
      }
      if (![LEDGER, RUNS, SENDS].every((s) => db.objectStoreNames.contains(s))) {
        db.close();
        fail(new RunStoreError("failed", "Rundmail's run store is damaged (a table is missing). Clear the add-in's site data and try again."));
        return;
      }
      // A newer Rundmail wants to upgrade the schema: let it, rather than block it.
      db.onversionchange = () => db.close();
      settled = true;
      resolve(storeOn(db));
    };
  });
}

function storeOn(db: IDBDatabase): RunStore {
  return {
    ledger: (runId) => ({
      get: (key) =>
        transact(db, LEDGER, "readonly", (t) => {
          const req = t.objectStore(LEDGER).get([runId, key]);
          return () => ledgerState(req.result);
        }),
      set: (key, state) =>
        transact(db, LEDGER, "readwrite", (t) => {
          t.objectStore(LEDGER).put(state, [runId, key]);
          return () => undefined;
        }),
      forget: (key) =>
        transact(db, LEDGER, "readwrite", (t) => {
          t.objectStore(LEDGER).delete([runId, key]);
          return () => undefined;
        }),
    }),
    saveRun: (record) =>
      transact(db, RUNS, "readwrite", (t) => {
        t.objectStore(RUNS).put({ ...record });
        return () => undefined;
      }),
    findRun: (fingerprint) =>
      transact(db, RUNS, "readonly", (t) => {
        const req = t.objectStore(RUNS).index("fingerprint").getAll(fingerprint);
        return () => {
          const records = (req.result as unknown[]).filter(isRunRecord);
          return records.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
        };
      }),
    recordSends: (at, recipients) =>
      transact(db, SENDS, "readwrite", (t) => {
        const store = t.objectStore(SENDS);
        store.add({ at, recipients });
        const old = store.index("at").openCursor(IDBKeyRange.upperBound(at - KEEP_SENDS_MS, true));
        old.onsuccess = () => {
          const cursor = old.result;
          if (cursor === null) return;
          cursor.delete();
          cursor.continue();
        };
        return () => undefined;
      }),
    sendsSince: (at) =>
      transact(db, SENDS, "readonly", (t) => {
        const req = t.objectStore(SENDS).index("at").getAll(IDBKeyRange.lowerBound(at));
        return () =>
          (req.result as unknown[]).flatMap((entry) => {
            const e = entry as { at?: unknown; recipients?: unknown } | null;
            return typeof e?.at === "number" && typeof e.recipients === "number" ? [{ at: e.at, recipients: e.recipients }] : [];
          });
      }),
    close: () => db.close(),
  };
}

/**
 * One transaction: `issue` places its requests at once (no await inside, so the transaction never goes inactive)
 * and returns how to read the result; the promise settles when the transaction has committed — or rejects with
 * the reason it aborted (QuotaExceededError, a closed connection, …).
 */
function transact<T>(db: IDBDatabase, store: string, mode: IDBTransactionMode, issue: (t: IDBTransaction) => () => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let t: IDBTransaction;
    let read: () => T;
    try {
      // "strict": the ledger's promise is that a mark survives whatever comes after the write.
      t = db.transaction(store, mode, mode === "readwrite" ? { durability: "strict" } : {});
      read = issue(t);
    } catch (error) {
      reject(asError(error));
      return;
    }
    t.oncomplete = () => {
      try {
        resolve(read());
      } catch (error) {
        reject(asError(error));
      }
    };
    t.onabort = () => reject(asError(t.error ?? new Error("the write was aborted")));
  });
}

function isRunRecord(value: unknown): value is RunRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r["runId"] === "string" &&
    typeof r["fingerprint"] === "string" &&
    typeof r["gatewayId"] === "string" &&
    (r["mode"] === "drafts" || r["mode"] === "send") &&
    ["total", "created", "failed", "startedAt", "updatedAt"].every((k) => typeof r[k] === "number" && Number.isFinite(r[k])) &&
    typeof r["finished"] === "boolean"
  );
}

function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  // DOMException is an Error in browsers; elsewhere keep its name (QuotaExceededError) in the message.
  const e = error as { name?: unknown; message?: unknown } | null;
  const err = new Error(typeof e?.message === "string" && e.message !== "" ? e.message : String(error));
  if (typeof e?.name === "string") err.name = e.name;
  return err;
}

function describe(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | null;
  const name = typeof e?.name === "string" ? e.name : "";
  const message = typeof e?.message === "string" ? e.message : "";
  return [name, message].filter((s) => s !== "").join(": ") || "unknown error";
}
