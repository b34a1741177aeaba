// One IndexedDB transaction as a promise, for the run store and its upkeep.

/**
 * `issue` places its requests at once (no await inside, so the transaction never goes inactive; request callbacks
 * may place more) and returns how to read the result; the promise settles when the transaction has committed — or
 * rejects with the reason it aborted (QuotaExceededError, a closed connection, …).
 */
export function transact<T>(
  db: IDBDatabase,
  stores: string | readonly string[],
  mode: IDBTransactionMode,
  issue: (t: IDBTransaction) => () => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let t: IDBTransaction;
    let read: () => T;
    try {
      // "strict": the ledger's promise is that a mark survives whatever comes after the write.
      t = db.transaction(typeof stores === "string" ? stores : [...stores], mode, mode === "readwrite" ? { durability: "strict" } : {});
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

export function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  // DOMException is an Error in browsers; elsewhere keep its name (QuotaExceededError) in the message.
  const e = error as { name?: unknown; message?: unknown } | null;
  const err = new Error(typeof e?.message === "string" && e.message !== "" ? e.message : String(error));
  if (typeof e?.name === "string") err.name = e.name;
  return err;
}

/** Every key of one run in a store keyed [runId, …], whatever follows the run id. */
export function runRange(runId: string): IDBKeyRange {
  return IDBKeyRange.bound([runId], [afterRun(runId)], false, true);
}

/** The first key after every [runId, …]: the run id followed by the smallest character is the next string. */
export function afterRun(runId: string): string {
  return `${runId}\u0000`;
}
