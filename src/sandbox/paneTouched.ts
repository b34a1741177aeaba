// Whether the user has worked in the task pane since it (re)loaded: typed, clicked, pasted or dropped something in
// it. A pane nobody touched holds nothing to lose, so restarting it needs no question; one that was touched does
// (LanguageSwitchDialog). The frame is of the page's own origin, so its document can be listened to.
import { useMemo, useRef } from "react";

// "input" and "change" too: text can arrive without a key (dictation, autofill, a script filling a field).
const WORK_EVENTS = ["pointerdown", "keydown", "input", "change", "paste", "drop"] as const;

/** Calls `mark` on the first sign of the user's work in `target` (the pane's document), and on each after it. */
export function markOnWork(target: EventTarget, mark: () => void): void {
  for (const type of WORK_EVENTS) target.addEventListener(type, mark, { capture: true });
}

export interface PaneTouched {
  readonly current: boolean;
  /** Called on the frame's every load: a fresh pane is untouched. */
  watch(frame: HTMLIFrameElement): void;
}

export function usePaneTouched(): PaneTouched {
  const touched = useRef(false);
  return useMemo(
    () => ({
      get current() {
        return touched.current;
      },
      watch(frame: HTMLIFrameElement) {
        touched.current = false;
        const document = frame.contentDocument;
        if (document === null) return;
        markOnWork(document, () => {
          touched.current = true;
        });
      },
    }),
    [],
  );
}
