import { memoryRunStore } from "./memoryRunStore";
import type { RunRecord } from "./runStoreSchema";

const record = (runId: string, fingerprint: string): RunRecord => ({
  runId,
  fingerprint,
  gatewayId: "eml",
  mode: "drafts",
  total: 2,
  created: 1,
  failed: 0,
  startedAt: 1,
  updatedAt: 2,
  finished: false,
  ended: false,
});

test("memoryRunStore: forgetList forgets the list's runs and their ledgers, and nothing else", async () => {
  const store = memoryRunStore();
  await store.saveRun(record("a", "fp"));
  await store.saveRun(record("b", "fp"));
  await store.saveRun(record("c", "other"));
  for (const id of ["a", "b", "c"]) await store.ledger(id).set(`${id}:2:x@y.de`, "created");
  expect((await store.runsOf("fp")).sort()).toEqual(["a", "b"]);
  await store.forgetList("fp");
  expect(await store.findRun("fp")).toBeNull();
  expect(await store.ledger("a").get("a:2:x@y.de")).toBeUndefined();
  expect(await store.ledger("c").get("c:2:x@y.de")).toBe("created");
  expect(await store.findRun("other")).toMatchObject({ runId: "c" });
});
