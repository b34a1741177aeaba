import { memoryLedger, storageLedger, type StorageLike } from "./ledger";

function fakeStorage(initial: Record<string, string> = {}): StorageLike & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

describe("memoryLedger", () => {
  test("remembers, overwrites and forgets", async () => {
    const ledger = memoryLedger();
    expect(await ledger.get("k")).toBeUndefined();
    await ledger.set("k", "attempted");
    expect(await ledger.get("k")).toBe("attempted");
    await ledger.set("k", "created");
    expect(await ledger.get("k")).toBe("created");
    await ledger.forget?.("k");
    expect(await ledger.get("k")).toBeUndefined();
  });
});

describe("storageLedger", () => {
  test.each<[string, string | undefined, "created" | "attempted" | undefined]>([
    ["nothing stored", undefined, undefined],
    ["created", "created", "created"],
    ["attempted", "attempted", "attempted"],
    ["a value edited by hand reads as attempted (never a second copy)", "CREATED?", "attempted"],
    ["an empty value reads as attempted", "", "attempted"],
  ])("%s", async (_name, stored, expected) => {
    const storage = fakeStorage(stored === undefined ? {} : { "rundmail:ledger:r:2:a@x.de": stored });
    expect(await storageLedger(storage).get("r:2:a@x.de")).toBe(expected);
  });

  test("writes under its prefix and removes on forget", async () => {
    const storage = fakeStorage({ other: "kept" });
    const ledger = storageLedger(storage, "p/");
    await ledger.set("k", "attempted");
    await ledger.set("k", "created");
    expect([...storage.items]).toEqual([
      ["other", "kept"],
      ["p/k", "created"],
    ]);
    await ledger.forget?.("k");
    expect([...storage.items]).toEqual([["other", "kept"]]);
  });

  test("a full storage makes set reject (so the run does not create the row)", async () => {
    const storage: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    await expect(storageLedger(storage).set("k", "attempted")).rejects.toThrow("QuotaExceededError");
  });
});
