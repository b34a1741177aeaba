import { acquireRunLock } from "./runLock";

/** Web Locks' ifAvailable semantics in a few lines: a held name answers null at once. */
function lockManager() {
  const held = new Set<string>();
  return {
    held,
    request(name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | undefined): Promise<unknown> {
      if (held.has(name)) return Promise.resolve(callback(null));
      held.add(name);
      const result = callback({ name });
      return Promise.resolve(result).finally(() => held.delete(name));
    },
  };
}

test("a second pane on the same run gets no lock until the first releases it; other runs are not affected", async () => {
  const locks = lockManager();
  const first = await acquireRunLock("run-a", locks);
  expect(first).not.toBeNull();
  expect(await acquireRunLock("run-a", locks)).toBeNull();
  const other = await acquireRunLock("run-b", locks);
  expect(other).not.toBeNull();
  first?.();
  await new Promise((r) => setTimeout(r, 0));
  expect(await acquireRunLock("run-a", locks)).not.toBeNull();
});

test("without the Web Locks API the run goes ahead (nothing to guard with)", async () => {
  expect(typeof (await acquireRunLock("run-a", undefined))).toBe("function");
});
