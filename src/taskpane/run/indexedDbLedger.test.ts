import "fake-indexeddb/auto";
import { webcrypto } from "crypto";
import { IDBFactory } from "fake-indexeddb";
import { openRunStore, RunStoreError, type RunRecord, type RunStore } from "./indexedDbLedger";
import { ledgerDigest } from "./ledgerDigest";
import { RUN_STORE_VERSION } from "./runStoreSchema";

const DAY = 24 * 60 * 60 * 1000;
/** The time the store is opened at: the records below were last worked on a moment before. */
const NOW = 3000;

let factory: IDBFactory;
const opened: RunStore[] = [];
async function open(name = "rundmail-test", now = NOW): Promise<RunStore> {
  const store = await openRunStore(factory, { name, now: () => now });
  opened.push(store);
  return store;
}
beforeEach(() => {
  factory = new IDBFactory(); // a fresh, empty browser profile per test
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close?.();
  jest.restoreAllMocks();
});

/** Opens the raw database (as another window or an older version would) and keeps the connection. */
function rawOpen(name: string, version: number, upgrade: (db: IDBDatabase) => void = () => undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name, version);
    req.onupgradeneeded = () => upgrade(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const record = (over: Partial<RunRecord> = {}): RunRecord => ({
  runId: "r1",
  fingerprint: "fp1-abc-3",
  gatewayId: "graph",
  mode: "drafts",
  total: 3,
  created: 1,
  failed: 0,
  startedAt: 1000,
  updatedAt: 2000,
  finished: false,
  ended: false,
  ...over,
});

/** Everything the database holds, keys and values, as text: what anyone reading the browser's profile could see. */
async function everythingStored(name = "rundmail-test"): Promise<string> {
  const db = await rawOpen(name, RUN_STORE_VERSION);
  const names = [...db.objectStoreNames];
  const dump = await new Promise<unknown[]>((resolve, reject) => {
    const t = db.transaction(names, "readonly");
    const out: unknown[] = [];
    for (const store of names) {
      const keys = t.objectStore(store).getAllKeys();
      const values = t.objectStore(store).getAll();
      t.addEventListener("complete", () => out.push([store, keys.result, values.result]));
    }
    t.oncomplete = () => resolve(out);
    t.onabort = () => reject(t.error);
  });
  db.close();
  return JSON.stringify(dump);
}

/** Puts values straight into a store of the raw database (as a damaged or older store would hold them). */
async function rawPut(store: string, entries: readonly (readonly [unknown, IDBValidKey | undefined])[], name = "rundmail-test", version = RUN_STORE_VERSION): Promise<void> {
  const db = await rawOpen(name, version);
  await new Promise<void>((resolve, reject) => {
    const t = db.transaction(store, "readwrite");
    for (const [value, key] of entries) t.objectStore(store).put(value, key);
    t.oncomplete = () => resolve();
    t.onabort = () => reject(t.error);
  });
  db.close();
}

describe("the ledger", () => {
  test("remembers, overwrites and forgets, like memoryLedger", async () => {
    const ledger = (await open()).ledger("r1");
    expect(await ledger.get("r1:2:a@x.de")).toBeUndefined();
    await ledger.set("r1:2:a@x.de", "attempted");
    expect(await ledger.get("r1:2:a@x.de")).toBe("attempted");
    await ledger.set("r1:2:a@x.de", "created");
    expect(await ledger.get("r1:2:a@x.de")).toBe("created");
    await ledger.forget?.("r1:2:a@x.de");
    expect(await ledger.get("r1:2:a@x.de")).toBeUndefined();
  });

  test("a reopened store (a reloaded pane, a new connection) sees what was written", async () => {
    const first = await open();
    await first.ledger("r1").set("r1:2:a@x.de", "created");
    await first.ledger("r1").set("r1:3:b@x.de", "attempted");
    await first.saveRun(record());
    first.close?.();
    const second = await open();
    expect(await second.ledger("r1").get("r1:2:a@x.de")).toBe("created");
    expect(await second.ledger("r1").get("r1:3:b@x.de")).toBe("attempted");
    expect(await second.findRun("fp1-abc-3")).toEqual(record());
  });

  test("two runs do not see each other's keys", async () => {
    const store = await open();
    await store.ledger("r1").set("same-key", "created");
    expect(await store.ledger("r2").get("same-key")).toBeUndefined();
    await store.ledger("r2").set("same-key", "attempted");
    await store.ledger("r2").forget?.("same-key");
    expect(await store.ledger("r1").get("same-key")).toBe("created");
  });

  test.each<[string, unknown, "created" | "attempted"]>([
    ["a value written by a newer version", "sent", "attempted"],
    ["an empty string", "", "attempted"],
    ["a number", 1, "attempted"],
    ["null", null, "attempted"],
    ["an object", { state: "created" }, "attempted"],
    ["created", "created", "created"],
  ])("%s: read as \"attempted\" unless exactly \"created\" (when in doubt, never a second copy)", async (_name, stored, expected) => {
    const store = await open();
    await rawPut("marks", [[stored, ["r1", await ledgerDigest("k", webcrypto.subtle)]]]);
    expect(await store.ledger("r1").get("k")).toBe(expected);
  });

  test("a run's marks are read in one go, not one transaction per row, and its own writes are seen", async () => {
    const store = await open();
    const earlier = store.ledger("r1");
    for (let row = 2; row < 12; row += 1) await earlier.set(`r1:${row}:m${row}@x.de`, row % 2 === 0 ? "created" : "attempted");
    await store.ledger("r2").set("r1:2:m2@x.de", "attempted"); // another run's mark under the same key: not this run's

    const reads = jest.spyOn(IDBObjectStore.prototype, "get");
    const transactions = jest.spyOn(IDBDatabase.prototype, "transaction");
    const ledger = store.ledger("r1"); // a resumed run
    const states = await Promise.all(Array.from({ length: 12 }, (_, i) => ledger.get(`r1:${i + 2}:m${i + 2}@x.de`)));
    expect(states).toEqual(["created", "attempted", "created", "attempted", "created", "attempted", "created", "attempted", "created", "attempted", undefined, undefined]);
    expect(reads).not.toHaveBeenCalled();
    expect(transactions).toHaveBeenCalledTimes(1);

    await ledger.set("r1:12:m12@x.de", "created");
    await ledger.forget?.("r1:3:m3@x.de");
    expect(await ledger.get("r1:12:m12@x.de")).toBe("created");
    expect(await ledger.get("r1:3:m3@x.de")).toBeUndefined();
    // …and those writes are in the database, for the next pane.
    expect(await store.ledger("r1").get("r1:12:m12@x.de")).toBe("created");
    expect(await store.ledger("r1").get("r1:3:m3@x.de")).toBeUndefined();
  });

  test("a reading that failed is not kept: the next row reads again", async () => {
    const store = await open();
    await store.ledger("r1").set("k", "created");
    const ledger = store.ledger("r1");
    const getAll = jest.spyOn(IDBObjectStore.prototype, "getAll").mockImplementationOnce(() => {
      throw new DOMException("The operation failed for reasons unrelated to the database itself.", "UnknownError");
    });
    await expect(ledger.get("k")).rejects.toMatchObject({ name: "UnknownError" });
    getAll.mockRestore();
    expect(await ledger.get("k")).toBe("created");
  });

  test("set rejects when the write fails (a full disk), so the run does not create the row", async () => {
    const ledger = (await open()).ledger("r1");
    const proto = Object.getPrototypeOf(
      (await rawOpen("probe", 1, (db) => db.createObjectStore("s"))).transaction("s", "readwrite").objectStore("s"),
    ) as IDBObjectStore;
    jest.spyOn(proto, "put").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await expect(ledger.set("k", "attempted")).rejects.toMatchObject({ name: "QuotaExceededError" });
    jest.restoreAllMocks();
    expect(await ledger.get("k")).toBeUndefined();
  });

  test("set rejects when the transaction aborts after the write was placed", async () => {
    const ledger = (await open()).ledger("r1");
    const db = await rawOpen("probe", 1, (d) => d.createObjectStore("s"));
    const proto = Object.getPrototypeOf(db.transaction("s", "readwrite").objectStore("s")) as IDBObjectStore;
    const put = proto.put;
    jest.spyOn(proto, "put").mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      const req = put.apply(this, args);
      this.transaction.abort();
      return req;
    });
    await expect(ledger.set("k", "created")).rejects.toBeInstanceOf(Error);
    jest.restoreAllMocks();
    expect(await ledger.get("k")).toBeUndefined();
  });
});

describe("runs", () => {
  test("findRun gives the latest record with the fingerprint, null for none, and skips broken records", async () => {
    const store = await open();
    expect(await store.findRun("fp1-abc-3")).toBeNull();
    await store.saveRun(record({ runId: "old", updatedAt: 1000 }));
    await store.saveRun(record({ runId: "new", updatedAt: 5000, created: 2 }));
    await store.saveRun(record({ runId: "other", fingerprint: "fp1-zzz-3", updatedAt: 9000 }));
    await rawPut("runs", [[{ runId: "broken", fingerprint: "fp1-abc-3", updatedAt: 99_999 }, undefined]]);
    expect(await store.findRun("fp1-abc-3")).toEqual(record({ runId: "new", updatedAt: 5000, created: 2 }));
  });

  test("saveRun overwrites the record of the same run", async () => {
    const store = await open();
    await store.saveRun(record());
    await store.saveRun(record({ created: 3, finished: true, updatedAt: 3000 }));
    expect(await store.findRun("fp1-abc-3")).toMatchObject({ created: 3, finished: true });
  });
});

describe("sends (the daily limit's memory)", () => {
  const DAY = 24 * 60 * 60 * 1000;
  test("sendsSince gives the sends in the window, oldest first", async () => {
    const store = await open();
    const now = 100 * DAY;
    await store.recordSends(now - 2 * DAY, 5);
    await store.recordSends(now - DAY, 2); // exactly at the window's edge: included ("at or after")
    await store.recordSends(now - 60_000, 1);
    await store.recordSends(now, 3);
    expect(await store.sendsSince(now - DAY)).toEqual([
      { at: now - DAY, recipients: 2 },
      { at: now - 60_000, recipients: 1 },
      { at: now, recipients: 3 },
    ]);
    expect(await store.sendsSince(now + 1)).toEqual([]);
  });

  test("sends older than a week are dropped as new ones are recorded", async () => {
    const store = await open();
    const now = 100 * DAY;
    await store.recordSends(now - 8 * DAY, 4);
    await store.recordSends(now - 6 * DAY, 4);
    await store.recordSends(now, 1);
    expect((await store.sendsSince(0)).map((s) => s.at)).toEqual([now - 6 * DAY, now]);
  });
});

describe("opening", () => {
  test("no IndexedDB at all: a clear error", async () => {
    await expect(openRunStore(null as unknown as IDBFactory)).rejects.toMatchObject({ name: "RunStoreError", kind: "unavailable" });
  });

  test("blocked by another window that keeps an older version open", async () => {
    const old = await rawOpen("rundmail-test", RUN_STORE_VERSION); // ignores versionchange, as an old pane might
    const error = await openRunStore(factory, { name: "rundmail-test", version: RUN_STORE_VERSION + 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunStoreError);
    expect(error).toMatchObject({ kind: "blocked", message: expect.stringMatching(/another Rundmail window/) });
    old.close();
  });

  test("a store of ours lets a newer version upgrade (it closes on versionchange)", async () => {
    await open();
    const newer = await openRunStore(factory, { name: "rundmail-test", version: RUN_STORE_VERSION + 1 });
    newer.close?.();
  });

  test("a database written by a newer Rundmail: a clear error", async () => {
    (await rawOpen("rundmail-test", 5)).close();
    await expect(openRunStore(factory, { name: "rundmail-test" })).rejects.toMatchObject({ kind: "version", message: expect.stringMatching(/newer version/) });
  });

  test("a database without our tables: a clear error, not a crash later", async () => {
    (await rawOpen("rundmail-test", RUN_STORE_VERSION)).close();
    await expect(openRunStore(factory, { name: "rundmail-test" })).rejects.toMatchObject({ kind: "failed", message: expect.stringMatching(/damaged/) });
  });

  test("an open that throws (a host that forbids storage): a clear error", async () => {
    const throwing = { open: () => { throw new DOMException("denied", "SecurityError"); } } as unknown as IDBFactory;
    await expect(openRunStore(throwing)).rejects.toMatchObject({ kind: "unavailable", message: expect.stringMatching(/SecurityError/) });
  });
});

describe("what the store keeps", () => {
  test("no recipient's address: the ledger keeps a digest of each row's key", async () => {
    const store = await open();
    const keys = ["r1:2:anna.schmidt@example.de", "r1:3:jürgen@xn--mller-kva.de", "r1:4:bob@example.org"];
    await store.saveRun(record());
    for (const key of keys) await store.ledger("r1").set(key, "created");
    await store.ledger("r1").set("r1:5:carla@example.de", "attempted");
    await store.recordSends(2500, 2);
    const stored = await everythingStored();
    for (const part of ["anna", "schmidt", "jürgen", "xn--mller", "bob", "carla", "example", "@"]) expect(stored).not.toContain(part);
    // …and the run still knows every row again.
    expect(await Promise.all(keys.map((k) => store.ledger("r1").get(k)))).toEqual(["created", "created", "created"]);
    expect(await store.ledger("r1").get("r1:5:carla@example.de")).toBe("attempted");
  });

  test("a page without WebCrypto keeps runs in memory rather than addresses on disk", async () => {
    const saved = globalThis.crypto;
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      await expect(openRunStore(factory, { name: "rundmail-test" })).rejects.toMatchObject({ kind: "unavailable", message: expect.stringMatching(/WebCrypto/) });
    } finally {
      Object.defineProperty(globalThis, "crypto", { value: saved, configurable: true });
    }
  });
});

/** A database as version 1 of Rundmail left it: the ledger keyed [runId, "runId:row:address"]. */
async function versionOneStore(ledger: readonly (readonly [string, string, unknown])[], records: readonly RunRecord[]): Promise<void> {
  const db = await rawOpen("rundmail-test", 1, (d) => {
    d.createObjectStore("ledger");
    d.createObjectStore("runs", { keyPath: "runId" }).createIndex("fingerprint", "fingerprint");
    d.createObjectStore("sends", { autoIncrement: true }).createIndex("at", "at");
  });
  await new Promise<void>((resolve, reject) => {
    const t = db.transaction(["ledger", "runs"], "readwrite");
    for (const [runId, key, state] of ledger) t.objectStore("ledger").put(state, [runId, key]);
    for (const r of records) {
      const { ended: _ended, ...v1 } = r; // version 1 had no `ended`
      t.objectStore("runs").put(v1);
    }
    t.oncomplete = () => resolve();
    t.onabort = () => reject(t.error);
  });
  db.close();
}

describe("a store written by version 1 (addresses in the ledger's keys)", () => {
  test("is migrated: each mark moves under its digest, so a run cut off before the update continues without a second copy", async () => {
    await versionOneStore(
      [
        ["r1", "r1:2:anna@example.de", "created"],
        ["r1", "r1:3:bob@example.de", "attempted"],
        ["r1", "r1:4:carla@example.de", "sent?"],
      ],
      [record()],
    );
    const store = await open();
    expect(await store.ledger("r1").get("r1:2:anna@example.de")).toBe("created");
    expect(await store.ledger("r1").get("r1:3:bob@example.de")).toBe("attempted");
    expect(await store.ledger("r1").get("r1:4:carla@example.de")).toBe("attempted");
    expect(await store.ledger("r1").get("r1:5:dora@example.de")).toBeUndefined();
    expect(await store.findRun("fp1-abc-3")).toEqual(record({ ended: false }));
    const stored = await everythingStored();
    expect(stored).not.toContain("example.de");
    expect(stored).toContain('["ledger",[],[]]'); // emptied (an upgrade cannot wait for WebCrypto to delete it)
  });

  test("an empty version-1 ledger is deleted in the upgrade", async () => {
    await versionOneStore([], [record()]);
    (await open()).close?.();
    const db = await rawOpen("rundmail-test", RUN_STORE_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(["marks", "runs", "sends"]);
    db.close();
  });

  test("a mark a newer pane already wrote is not overwritten by the old one", async () => {
    await versionOneStore([["r1", "r1:2:anna@example.de", "attempted"]], [record()]);
    // Another pane, already migrated, noted the draft as created; then this pane migrates the same old mark.
    const db = await rawOpen("rundmail-test", RUN_STORE_VERSION, (d) => d.createObjectStore("marks"));
    db.close();
    await rawPut("marks", [["created", ["r1", await ledgerDigest("r1:2:anna@example.de", webcrypto.subtle)]]]);
    const store = await open();
    expect(await store.ledger("r1").get("r1:2:anna@example.de")).toBe("created");
  });
});

describe("forgetting", () => {
  const runId = (daysAgo: number): string => `${(NOW_REAL - daysAgo * DAY).toString(36)}-abc123`;
  const NOW_REAL = Date.UTC(2026, 10, 28);

  interface PruneCase {
    readonly name: string;
    readonly record: Partial<RunRecord>;
    readonly daysAgo: number;
    readonly kept: boolean;
  }
  const CASES: readonly PruneCase[] = [
    { name: "a finished run, 29 days old", record: { finished: true, ended: true }, daysAgo: 29, kept: true },
    { name: "a finished run, 31 days old", record: { finished: true, ended: true }, daysAgo: 31, kept: false },
    { name: "a run set aside by starting over, 31 days old", record: { finished: true, ended: false }, daysAgo: 31, kept: false },
    { name: "an ended run with failed rows, 31 days old", record: { ended: true, failed: 1 }, daysAgo: 31, kept: false },
    { name: "a run cut off in the middle, 31 days old (its marks stop a second copy)", record: {}, daysAgo: 31, kept: true },
    { name: "a run cut off in the middle, 91 days old", record: {}, daysAgo: 91, kept: false },
  ];

  test.each(CASES)("when the store is opened: $name — kept: $kept", async ({ record: over, daysAgo, kept }) => {
    const id = runId(daysAgo + 1);
    const first = await open("rundmail-test", NOW_REAL - daysAgo * DAY);
    await first.saveRun(record({ runId: id, startedAt: NOW_REAL - (daysAgo + 1) * DAY, updatedAt: NOW_REAL - daysAgo * DAY, ...over }));
    await first.ledger(id).set(`${id}:2:anna@example.de`, "created");
    first.close?.();
    const later = await open("rundmail-test", NOW_REAL);
    expect((await later.findRun("fp1-abc-3"))?.runId ?? null).toBe(kept ? id : null);
    expect(await later.ledger(id).get(`${id}:2:anna@example.de`)).toBe(kept ? "created" : undefined);
  });

  test("marks without a record go once their run id is older than a cut-off run is kept; other runs' marks stay", async () => {
    const store = await open("rundmail-test", NOW_REAL);
    const old = runId(91);
    const recent = runId(10);
    const withRecord = runId(100);
    await store.saveRun(record({ runId: withRecord, updatedAt: NOW_REAL - DAY }));
    for (const id of [old, recent, withRecord]) await store.ledger(id).set(`${id}:2:a@x.de`, "created");
    await store.ledger("not-a-run-id").set("k", "created");
    store.close?.();
    const later = await open("rundmail-test", NOW_REAL);
    expect(await later.ledger(old).get(`${old}:2:a@x.de`)).toBeUndefined();
    expect(await later.ledger("not-a-run-id").get("k")).toBeUndefined();
    expect(await later.ledger(recent).get(`${recent}:2:a@x.de`)).toBe("created");
    expect(await later.ledger(withRecord).get(`${withRecord}:2:a@x.de`)).toBe("created");
  });

  test("forgetList forgets every run of that list, records and marks, and nothing of another list", async () => {
    const store = await open();
    await store.saveRun(record({ runId: "r1" }));
    await store.saveRun(record({ runId: "r2", finished: true }));
    await store.saveRun(record({ runId: "r3", fingerprint: "fp1-other-3" }));
    for (const id of ["r1", "r2", "r3"]) await store.ledger(id).set(`${id}:2:a@x.de`, "created");
    expect((await store.runsOf("fp1-abc-3")).sort()).toEqual(["r1", "r2"]);

    await store.forgetList("fp1-abc-3");
    expect(await store.findRun("fp1-abc-3")).toBeNull();
    expect(await store.runsOf("fp1-abc-3")).toEqual([]);
    expect(await store.ledger("r1").get("r1:2:a@x.de")).toBeUndefined();
    expect(await store.ledger("r2").get("r2:2:a@x.de")).toBeUndefined();
    expect(await store.findRun("fp1-other-3")).toMatchObject({ runId: "r3" });
    expect(await store.ledger("r3").get("r3:2:a@x.de")).toBe("created");
  });
});

test("sends older than a week are dropped when the store is opened, too", async () => {
  const NOW_REAL = Date.UTC(2026, 10, 28);
  const first = await open("rundmail-test", NOW_REAL - 8 * DAY);
  await first.recordSends(NOW_REAL - 8 * DAY, 4);
  await first.recordSends(NOW_REAL - 6 * DAY, 2);
  first.close?.();
  const later = await open("rundmail-test", NOW_REAL);
  expect(await later.sendsSince(0)).toEqual([{ at: NOW_REAL - 6 * DAY, recipients: 2 }]);
});
