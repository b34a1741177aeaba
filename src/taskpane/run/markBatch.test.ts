import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { markBatch } from "./markBatch";

const STORE = "marks";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = new IDBFactory().open("batch-test", 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Counts the transactions opened on `db`, with their durability. */
function countTransactions(db: IDBDatabase): string[] {
  const seen: string[] = [];
  const original = db.transaction.bind(db);
  db.transaction = ((stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
    if (mode === "readwrite") seen.push(options?.durability ?? "default");
    return original(stores, mode, options);
  }) as IDBDatabase["transaction"];
  return seen;
}

function read(db: IDBDatabase, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(STORE, "readonly").objectStore(STORE).get(key);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

test("marks asked together share one commit; each promise settles only once it is committed", async () => {
  const db = await openDb();
  const transactions = countTransactions(db);
  const batch = markBatch(db, STORE);
  const order: string[] = [];
  await Promise.all(
    ["a", "b", "c", "d"].map((key) =>
      batch.write({ kind: "put", mark: key, state: "attempted" }).then(async () => order.push(`${key}=${String(await read(db, key))}`)),
    ),
  );
  expect(transactions).toEqual(["strict"]);
  expect(order.sort()).toEqual(["a=attempted", "b=attempted", "c=attempted", "d=attempted"]);
  db.close();
});

test("marks asked while a commit is under way wait for the next one, in the order asked", async () => {
  const db = await openDb();
  const transactions = countTransactions(db);
  const batch = markBatch(db, STORE);
  const first = batch.write({ kind: "put", mark: "a", state: "attempted" });
  await Promise.resolve(); // the first transaction has begun
  await Promise.resolve();
  const later = [
    batch.write({ kind: "put", mark: "a", state: "created" }),
    batch.write({ kind: "put", mark: "b", state: "attempted" }),
    batch.write({ kind: "delete", mark: "b" }),
  ];
  await Promise.all([first, ...later]);
  expect(transactions).toHaveLength(2);
  expect(await read(db, "a")).toBe("created");
  expect(await read(db, "b")).toBeUndefined();
  db.close();
});

test("only a commit holding an 'attempted' mark needs strict durability", async () => {
  const db = await openDb();
  const transactions = countTransactions(db);
  const batch = markBatch(db, STORE);
  await batch.write({ kind: "put", mark: "a", state: "created" });
  await batch.write({ kind: "delete", mark: "a" });
  await Promise.all([batch.write({ kind: "put", mark: "b", state: "created" }), batch.write({ kind: "put", mark: "c", state: "attempted" })]);
  expect(transactions).toEqual(["relaxed", "relaxed", "strict"]);
  db.close();
});

test("a commit that fails rejects every mark in it, and the next marks are written again", async () => {
  const db = await openDb();
  const batch = markBatch(db, STORE);
  const original = db.transaction.bind(db);
  let fail = true;
  db.transaction = ((stores: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
    const t = original(stores, mode, options);
    if (fail && mode === "readwrite") {
      fail = false;
      queueMicrotask(() => t.abort());
    }
    return t;
  }) as IDBDatabase["transaction"];
  const results = await Promise.allSettled([
    batch.write({ kind: "put", mark: "a", state: "attempted" }),
    batch.write({ kind: "put", mark: "b", state: "attempted" }),
  ]);
  expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  await batch.write({ kind: "put", mark: "c", state: "attempted" });
  expect([await read(db, "a"), await read(db, "c")]).toEqual([undefined, "attempted"]);
  db.close();
});
