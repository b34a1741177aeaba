// The task pane's memory of runs, in IndexedDB, so that it outlives a closed pane or a reload (the tables:
// runStoreSchema.ts). The ledger keeps a digest of each row's key, never the address (ledgerDigest.ts); runs are
// forgotten when they are no longer needed (runRetention.ts), or when the user says so (forgetList).
// Ledger semantics: a value that is neither state reads as "attempted" (never a second copy),
// and `set` resolves only once the write is committed, rejecting when it is not (a full disk: QuotaExceededError),
// so the run does not create a row it could not note.
import type { RunLedger } from "../../core/run/types";
import { ledgerState } from "../../core/run/ledger";
import { runRange, transact } from "./idbTransact";
import { ledgerDigest, pageCrypto, type DigestCrypto } from "./ledgerDigest";
import { LEGACY_LEDGER, MARKS, readRunRecord, RUN_STORE_NAME, RUN_STORE_VERSION, RUNS, SENDS, type RunRecord } from "./runStoreSchema";
import { KEEP_SENDS_MS } from "./runRetention";
import { migrateLegacyLedger, pruneRuns } from "./runStoreUpkeep";

export { RUN_STORE_NAME } from "./runStoreSchema";
export type { RunMode, RunRecord } from "./runStoreSchema";

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
  /** The ids of every run kept for this fingerprint. */
  runsOf(fingerprint: string): Promise<string[]>;
  /** Forgets every run of this list — records and ledger marks — so nothing is offered for it any more. */
  forgetList(fingerprint: string): Promise<void>;
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


export interface RunStoreOptions {
  /** Database name (tests use their own). */
  readonly name?: string;
  /** Schema version; only tests and future migrations set it. */
  readonly version?: number;
  /** The time runs are judged expired at (tests); Date.now by default. */
  readonly now?: () => number;
  /** WebCrypto's digest (tests); the page's by default. */
  readonly crypto?: DigestCrypto;
}

export function openRunStore(indexedDB: IDBFactory | undefined = globalThis.indexedDB, options: RunStoreOptions = {}): Promise<RunStore> {
  const name = options.name ?? RUN_STORE_NAME;
  const version = options.version ?? RUN_STORE_VERSION;
  const subtle = options.crypto ?? pageCrypto();
  const now = options.now ?? Date.now;
  return new Promise<IDBDatabase>((resolve, reject) => {
    if (indexedDB === undefined || indexedDB === null) {
      reject(new RunStoreError("unavailable", "This browser offers no IndexedDB (a private window?), so runs cannot be resumed after a reload."));
      return;
    }
    if (subtle === undefined) {
      // Without a digest the ledger would have to keep addresses: rather keep runs in memory only.
      reject(new RunStoreError("unavailable", "This page has no WebCrypto (it is not served over https), so runs cannot be kept after a reload."));
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
      if (!db.objectStoreNames.contains(MARKS)) db.createObjectStore(MARKS);
      if (!db.objectStoreNames.contains(RUNS)) db.createObjectStore(RUNS, { keyPath: "runId" }).createIndex("fingerprint", "fingerprint");
      if (!db.objectStoreNames.contains(SENDS)) db.createObjectStore(SENDS, { autoIncrement: true }).createIndex("at", "at");
      // Version 1's ledger: gone at once when it is empty; otherwise emptied after the open (migrateLegacyLedger),
      // which needs WebCrypto, and an upgrade cannot wait for anything but its own requests.
      const upgrade = request.transaction;
      if (upgrade !== null && db.objectStoreNames.contains(LEGACY_LEDGER)) {
        const count = upgrade.objectStore(LEGACY_LEDGER).count();
        count.onsuccess = () => {
          if (count.result === 0) db.deleteObjectStore(LEGACY_LEDGER);
        };
      }
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
      if (![MARKS, RUNS, SENDS].every((s) => db.objectStoreNames.contains(s))) {
        db.close();
        fail(new RunStoreError("failed", "Rundmail's run store is damaged (a table is missing). Clear the add-in's site data and try again."));
        return;
      }
      // A newer Rundmail wants to upgrade the schema: let it, rather than block it.
      db.onversionchange = () => db.close();
      settled = true;
      resolve(db);
    };
  }).then(async (db) => {
    try {
      await migrateLegacyLedger(db, subtle as DigestCrypto);
      await pruneRuns(db, now());
    } catch (error) {
      db.close();
      throw new RunStoreError("failed", `Rundmail's run store could not be tidied up (${describe(error)}).`);
    }
    return storeOn(db, subtle as DigestCrypto);
  });
}

function storeOn(db: IDBDatabase, subtle: DigestCrypto): RunStore {
  return {
    ledger: (runId) => runLedger(db, subtle, runId),
    saveRun: (record) =>
      transact(db, RUNS, "readwrite", (t) => {
        t.objectStore(RUNS).put({ ...record });
        return () => undefined;
      }),
    findRun: (fingerprint) =>
      transact(db, RUNS, "readonly", (t) => {
        const req = t.objectStore(RUNS).index("fingerprint").getAll(fingerprint);
        return () => {
          const records = (req.result as unknown[]).flatMap((value) => readRunRecord(value) ?? []);
          return records.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
        };
      }),
    runsOf: (fingerprint) =>
      transact(db, RUNS, "readonly", (t) => {
        const req = t.objectStore(RUNS).index("fingerprint").getAllKeys(fingerprint);
        return () => req.result.filter((key): key is string => typeof key === "string");
      }),
    forgetList: (fingerprint) =>
      transact(db, [RUNS, MARKS], "readwrite", (t) => {
        const req = t.objectStore(RUNS).index("fingerprint").getAllKeys(fingerprint);
        req.onsuccess = () => {
          for (const runId of req.result) {
            t.objectStore(RUNS).delete(runId);
            if (typeof runId === "string") t.objectStore(MARKS).delete(runRange(runId));
          }
        };
        return () => undefined;
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

function describe(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | null;
  const name = typeof e?.name === "string" ? e.name : "";
  const message = typeof e?.message === "string" ? e.message : "";
  return [name, message].filter((s) => s !== "").join(": ") || "unknown error";
}

/**
 * One run's ledger. Its marks are read once, in one transaction, when the run first asks (a get per row cost a
 * transaction per row), and each key's digest is made once; the writes go to the database one by one, each
 * committed before it resolves, and are noted in that reading, so that it stays what the database holds for this
 * run as long as this object is the run's only writer (paneRun makes one per run, under the run's lock).
 */
function runLedger(db: IDBDatabase, subtle: DigestCrypto, runId: string): RunLedger {
  const digests = new Map<string, Promise<string>>();
  const digestOf = (key: string): Promise<string> => {
    let digest = digests.get(key);
    if (digest === undefined) {
      digest = ledgerDigest(key, subtle);
      digests.set(key, digest);
    }
    return digest;
  };
  let marks: Promise<Map<string, unknown>> | null = null;
  const readMarks = (): Promise<Map<string, unknown>> =>
    (marks ??= transact(db, MARKS, "readonly", (t) => {
      const store = t.objectStore(MARKS);
      const keys = store.getAllKeys(runRange(runId));
      const values = store.getAll(runRange(runId));
      return () => new Map(keys.result.map((key, i) => [String((key as unknown[])[1]), values.result[i]]));
    }).catch((error: unknown) => {
      marks = null; // a failed reading is not kept: the next row asks again
      throw error;
    }));
  const write = async (key: string, state: "created" | "attempted" | null): Promise<void> => {
    const digest = await digestOf(key);
    await transact(db, MARKS, "readwrite", (t) => {
      if (state === null) t.objectStore(MARKS).delete([runId, digest]);
      else t.objectStore(MARKS).put(state, [runId, digest]);
      return () => undefined;
    });
    const known = await marks?.catch(() => null);
    if (state === null) known?.delete(digest);
    else known?.set(digest, state);
  };
  return {
    get: async (key) => {
      const [digest, known] = await Promise.all([digestOf(key), readMarks()]);
      return ledgerState(known.get(digest));
    },
    set: (key, state) => write(key, state),
    forget: (key) => write(key, null),
  };
}
