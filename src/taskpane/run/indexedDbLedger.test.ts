import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { openRunStore, RunStoreError, type RunRecord, type RunStore } from "./indexedDbLedger";

let factory: IDBFactory;
const opened: RunStore[] = [];
async function open(name = "rundmail-test"): Promise<RunStore> {
  const store = await openRunStore(factory, { name });
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
  ...over,
});

describe("the ledger", () => {
  test("remembers, overwrites and forgets, like storageLedger", async () => {
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
    const db = await rawOpen("rundmail-test", 1);
    await new Promise<void>((resolve, reject) => {
      const t = db.transaction("ledger", "readwrite");
      t.objectStore("ledger").put(stored, ["r1", "k"]);
      t.oncomplete = () => resolve();
      t.onabort = () => reject(t.error);
    });
    db.close();
    expect(await store.ledger("r1").get("k")).toBe(expected);
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
    const db = await rawOpen("rundmail-test", 1);
    await new Promise<void>((resolve) => {
      const t = db.transaction("runs", "readwrite");
      t.objectStore("runs").put({ runId: "broken", fingerprint: "fp1-abc-3", updatedAt: 99_999 });
      t.oncomplete = () => resolve();
    });
    db.close();
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
    const old = await rawOpen("rundmail-test", 1); // ignores versionchange, as an old pane might
    const error = await openRunStore(factory, { name: "rundmail-test", version: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RunStoreError);
    expect(error).toMatchObject({ kind: "blocked", message: expect.stringMatching(/another Rundmail window/) });
    old.close();
  });

  test("a store of ours lets a newer version upgrade (it closes on versionchange)", async () => {
    await open();
    const newer = await openRunStore(factory, { name: "rundmail-test", version: 2 });
    newer.close?.();
  });

  test("a database written by a newer Rundmail: a clear error", async () => {
    (await rawOpen("rundmail-test", 5)).close();
    await expect(openRunStore(factory, { name: "rundmail-test" })).rejects.toMatchObject({ kind: "version", message: expect.stringMatching(/newer version/) });
  });

  test("a database without our tables: a clear error, not a crash later", async () => {
    (await rawOpen("rundmail-test", 1)).close();
    await expect(openRunStore(factory, { name: "rundmail-test" })).rejects.toMatchObject({ kind: "failed", message: expect.stringMatching(/damaged/) });
  });

  test("an open that throws (a host that forbids storage): a clear error", async () => {
    const throwing = { open: () => { throw new DOMException("denied", "SecurityError"); } } as unknown as IDBFactory;
    await expect(openRunStore(throwing)).rejects.toMatchObject({ kind: "unavailable", message: expect.stringMatching(/SecurityError/) });
  });
});
