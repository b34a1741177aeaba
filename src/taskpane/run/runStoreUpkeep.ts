// What the run store does each time it is opened, before anyone reads it: version 1's ledger (addresses in its keys)
// is moved into the digested marks, and runs the store no longer needs are forgotten (runRetention.ts).
import { afterRun, runRange, transact } from "./idbTransact";
import { ledgerDigest, type DigestCrypto } from "./ledgerDigest";
import { expired, KEEP_SENDS_MS, orphanExpired } from "./runRetention";
import { LEGACY_LEDGER, MARKS, readRunRecord, RUNS, SENDS } from "./runStoreSchema";

/**
 * Moves every mark of version 1's ledger into `marks` under its digest, and deletes it from the old ledger, in one
 * transaction: a run cut off before the update can still be continued without a second copy. A mark already in
 * `marks` (another pane migrated first and has run since) is newer and stays.
 */
export async function migrateLegacyLedger(db: IDBDatabase, subtle: DigestCrypto): Promise<number> {
  if (!db.objectStoreNames.contains(LEGACY_LEDGER)) return 0;
  const entries = await transact(db, LEGACY_LEDGER, "readonly", (t) => {
    const keys = t.objectStore(LEGACY_LEDGER).getAllKeys();
    const values = t.objectStore(LEGACY_LEDGER).getAll();
    return () => keys.result.map((key, i) => ({ key, value: values.result[i] as unknown }));
  });
  if (entries.length === 0) return 0;
  const moved = await Promise.all(
    entries.map(async ({ key, value }) => {
      const [runId, rowKey] = Array.isArray(key) ? key : [];
      const digest = typeof runId === "string" && typeof rowKey === "string" ? await ledgerDigest(rowKey, subtle) : null;
      return { oldKey: key, newKey: digest === null ? null : [runId as string, digest], value };
    }),
  );
  await transact(db, [MARKS, LEGACY_LEDGER], "readwrite", (t) => {
    const marks = t.objectStore(MARKS);
    const legacy = t.objectStore(LEGACY_LEDGER);
    for (const { oldKey, newKey, value } of moved) {
      // A key of another shape was never one of ours to read: it goes without a mark.
      if (newKey !== null) {
        const existing = marks.getKey(newKey);
        existing.onsuccess = () => {
          if (existing.result === undefined) marks.put(value, newKey);
        };
      }
      legacy.delete(oldKey);
    }
    return () => undefined;
  });
  return moved.length;
}

/**
 * Forgets expired runs — the record and every mark — and marks whose run has no record once they are old enough.
 * A damaged record is forgotten too: it can never be offered for continuing. Sends older than a week go as well.
 */
export function pruneRuns(db: IDBDatabase, now: number): Promise<void> {
  return transact(db, [RUNS, MARKS, SENDS], "readwrite", (t) => {
    t.objectStore(SENDS).index("at").openCursor(IDBKeyRange.upperBound(now - KEEP_SENDS_MS, true)).onsuccess = (event) => {
      const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
      if (cursor === null) return;
      cursor.delete();
      cursor.continue();
    };
    const runs = t.objectStore(RUNS);
    const marks = t.objectStore(MARKS);
    const kept = new Set<string>();
    const gone = new Set<string>();
    const records = runs.openCursor();
    records.onsuccess = () => {
      const cursor = records.result;
      if (cursor === null) {
        sweepMarks();
        return;
      }
      const record = readRunRecord(cursor.value);
      if (record !== null && !expired(record, now)) kept.add(record.runId);
      else {
        cursor.delete();
        if (typeof cursor.primaryKey === "string") gone.add(cursor.primaryKey);
      }
      cursor.continue();
    };
    // One step per run id (the cursor jumps over a run's marks), deleting a run's marks as one range.
    const sweepMarks = (): void => {
      const keys = marks.openKeyCursor();
      keys.onsuccess = () => {
        const cursor = keys.result;
        if (cursor === null) return;
        const runId = Array.isArray(cursor.key) ? cursor.key[0] : undefined;
        if (typeof runId !== "string") {
          marks.delete(cursor.primaryKey);
          cursor.continue();
          return;
        }
        if (gone.has(runId) || (!kept.has(runId) && orphanExpired(runId, now))) marks.delete(runRange(runId));
        cursor.continue([afterRun(runId)]);
      };
    };
    return () => undefined;
  });
}
