// A message that answers something the user started (the end of a run, the test draft) can appear below the fold of
// a 320 px pane, where nobody sees it: it is scrolled into view when it appears. People who asked their system for
// reduced motion get the jump without the animation.
import { useEffect, useRef, type RefObject } from "react";

/** The little of `window` this needs, so that it can be tested without a browser. */
export interface MotionPreference {
  matchMedia(query: string): { readonly matches: boolean };
}

/** Scrolls `element` just into view ("nearest": a message already in view does not move the pane). */
export function reveal(element: Pick<Element, "scrollIntoView">, view: MotionPreference | undefined): void {
  const reduced = view?.matchMedia("(prefers-reduced-motion: reduce)").matches ?? false;
  element.scrollIntoView({ block: "nearest", behavior: reduced ? "auto" : "smooth" });
}

/**
 * Whether a message has just appeared: `current` names what is shown (null: nothing), and it differs from what was
 * shown before. What was already there when the view opened (a run that ended while another step was shown) is not
 * news, and the pane is not moved for it.
 */
export function appeared(previous: string | null, current: string | null): boolean {
  return current !== null && current !== previous;
}

/** Reveals the element behind `ref` each time `shown` changes to a message (see appeared). */
export function useRevealWhenShown(ref: RefObject<Element | null>, shown: string | null): void {
  const before = useRef(shown);
  useEffect(() => {
    const previous = before.current;
    before.current = shown;
    if (!appeared(previous, shown) || ref.current === null) return;
    reveal(ref.current, typeof window === "undefined" ? undefined : window);
  }, [ref, shown]);
}
