import { appeared, reveal, type MotionPreference } from "./reveal";

function fakeElement(): { scrollIntoView: jest.Mock } {
  return { scrollIntoView: jest.fn() };
}

const preferring = (reduced: boolean): MotionPreference => ({
  matchMedia: (query) => ({ matches: reduced && query === "(prefers-reduced-motion: reduce)" }),
});

test.each<[string, MotionPreference | undefined, ScrollBehavior]>([
  ["motion is fine", preferring(false), "smooth"],
  ["reduced motion asked for", preferring(true), "auto"],
  ["no window (nothing to ask)", undefined, "smooth"],
])("reveal when %s: scrolled into view, %s", (_name, view, behavior) => {
  const element = fakeElement();
  reveal(element, view);
  expect(element.scrollIntoView).toHaveBeenCalledTimes(1);
  expect(element.scrollIntoView).toHaveBeenCalledWith({ block: "nearest", behavior });
});

test.each<[string | null, string | null, boolean]>([
  // before, now, revealed
  [null, null, false],
  [null, "r1:drafts", true], // the run ended while the user watched
  ["r1:drafts", "r1:drafts", false], // the same end, rendered again
  ["r1:drafts", null, false], // a new run started
  ["r1:cancelled", "r1:drafts", true], // "create the missing" ended the same run again
  ["sent", "failed", true], // a second test draft, answered otherwise
])("appeared(%p, %p) = %p", (before, now, revealed) => {
  expect(appeared(before, now)).toBe(revealed);
});
