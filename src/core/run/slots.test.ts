import { Slots } from "./slots";

const tick = () => new Promise((resolve) => setImmediate(resolve));

test.each([
  [1, 1],
  [4, 4],
  [0, 1], // never none: a run with no slot would never end
  [2.7, 2],
])("size %p: %p holders at once, the rest wait", async (size, atOnce) => {
  const slots = new Slots(size);
  const holders: Array<() => void> = [];
  const takes = Array.from({ length: 6 }, () => slots.take().then((release) => holders.push(release)));
  await tick();
  expect(holders).toHaveLength(atOnce);
  holders[0]?.();
  await tick();
  expect(holders).toHaveLength(Math.min(6, atOnce + 1));
  while (holders.length < 6) {
    holders.at(-1)?.();
    await tick();
  }
  await Promise.all(takes);
});

test("waiters are served in the order they came, and a late comer does not overtake them", async () => {
  const slots = new Slots(1);
  const order: string[] = [];
  const first = await slots.take();
  const waiting = ["a", "b", "c"].map((name) => slots.take().then((release) => (order.push(name), release)));
  first();
  const late = slots.take().then((release) => (order.push("late"), release));
  for (const w of waiting) (await w)();
  (await late)();
  expect(order).toEqual(["a", "b", "c", "late"]);
});

test("freeing twice frees one slot", async () => {
  const slots = new Slots(1);
  const release = await slots.take();
  release();
  release();
  await slots.take();
  let second = false;
  void slots.take().then(() => (second = true));
  await tick();
  expect(second).toBe(false);
});
