import { markOnWork } from "./paneTouched";

// What counts as the user's work in the pane (a restart would lose it) and what does not (looking around).
test.each([
  ["pointerdown", true],
  ["keydown", true],
  ["input", true],
  ["change", true],
  ["paste", true],
  ["drop", true],
  ["focus", false],
  ["scroll", false],
  ["pointermove", false],
  ["load", false],
])("%s in the pane's document: touched = %s", (type, touched) => {
  const target = new EventTarget();
  let marked = false;
  markOnWork(target, () => (marked = true));
  target.dispatchEvent(new Event(type));
  expect(marked).toBe(touched);
});
