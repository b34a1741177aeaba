import { ledgerState, memoryLedger } from "./ledger";

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

describe("ledgerState: a stored mark read back", () => {
  test.each<[string, unknown, "created" | "attempted" | undefined]>([
    ["nothing stored", undefined, undefined],
    ["created", "created", "created"],
    ["attempted", "attempted", "attempted"],
    ["a value edited by hand reads as attempted (never a second copy)", "CREATED?", "attempted"],
    ["an empty value reads as attempted", "", "attempted"],
    ["a value of another type reads as attempted", 1, "attempted"],
  ])("%s", (_name, stored, expected) => {
    expect(ledgerState(stored)).toBe(expected);
  });
});
