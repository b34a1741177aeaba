// Does every visible text in a page show whole? Two ways a narrow pane hides text from its reader:
// - covered: something else is drawn over it (a sticky header over the headers that scroll under it). Checked with
//   document.elementFromPoint at the centre and the corners of the text's own box: each must land on the element
//   itself, on something inside it, or on something around it (what lets the clicks through is not drawn over it);
// - cut off: an element that hides its overflow (an ellipsis, a clamp to two lines) is narrower or lower than its
//   text, and offers no other way to read it in full (a title, or the pane's tooltip: data-full-text, FullText.tsx).
// Only what is in view is judged: text scrolled out of a scrolling box, or out of the window, is not covered.
// Limits: something drawn over a text with pointer-events: none is invisible to elementFromPoint, and a text cut by
// an ancestor (not by its own element) is not reported as cut.
//
// `geometryProblems` runs inside the page: pass it to page.evaluate / frame.evaluate. It must stay self-contained
// (no imports, no helpers outside it), since Playwright sends its source text to the page.

export interface GeometryProblem {
  readonly kind: "covered" | "cut";
  /** The text concerned, shortened to 80 characters. */
  readonly text: string;
  /** The element holding it: tag, role and the start of its class list. */
  readonly element: string;
  /** What is drawn over it (covered), or its sizes (cut). */
  readonly detail: string;
}

/** `knownCut`: selectors of elements whose cut text is known and left to be fixed elsewhere (say why where it is used). */
export function geometryProblems(knownCut: readonly string[] = []): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  const SKIP = new Set(["SCRIPT", "STYLE", "TITLE", "NOSCRIPT", "OPTION", "TEMPLATE", "HEAD"]);
  const short = (text: string): string => {
    const flat = text.replace(/\s+/g, " ").trim();
    return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
  };
  const describe = (element: Element): string => {
    const role = element.getAttribute("role");
    const classes = (element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean).slice(0, 2).join(".");
    return `${element.tagName.toLowerCase()}${role === null ? "" : `[role=${role}]`}${classes === "" ? "" : `.${classes}`}`;
  };
  const shown = (element: Element): boolean => {
    const style = getComputedStyle(element);
    if (style.visibility !== "visible" || Number(style.opacity) === 0) return false;
    const box = element.getBoundingClientRect();
    // A visually hidden text (1 px, clipped) is there for screen readers, not for the eye.
    return box.width > 1 && box.height > 1;
  };
  const ownText = (element: Element): string =>
    [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? "")
      .join("")
      .trim();
  /** The part of `box` that is in view: inside the window and inside every ancestor that clips or scrolls. */
  const visiblePart = (element: Element, box: DOMRect): DOMRect | null => {
    let left = Math.max(box.left, 0);
    let top = Math.max(box.top, 0);
    let right = Math.min(box.right, window.innerWidth);
    let bottom = Math.min(box.bottom, window.innerHeight);
    for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX !== "visible" || style.overflowY !== "visible") {
        const clip = parent.getBoundingClientRect();
        left = Math.max(left, clip.left + parent.clientLeft);
        top = Math.max(top, clip.top + parent.clientTop);
        right = Math.min(right, clip.left + parent.clientLeft + parent.clientWidth);
        bottom = Math.min(bottom, clip.top + parent.clientTop + parent.clientHeight);
      }
    }
    return right - left > 2 && bottom - top > 2 ? new DOMRect(left, top, right - left, bottom - top) : null;
  };
  /** The box of the element's own words (not its padding), as far as the element shows them. */
  const textBox = (element: Element): DOMRect => {
    const outer = element.getBoundingClientRect();
    const range = document.createRange();
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || (node.textContent ?? "").trim() === "") continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        left = Math.min(left, rect.left);
        top = Math.min(top, rect.top);
        right = Math.max(right, rect.right);
        bottom = Math.max(bottom, rect.bottom);
      }
    }
    if (left === Infinity) return outer;
    left = Math.max(left, outer.left);
    top = Math.max(top, outer.top);
    right = Math.min(right, outer.right);
    bottom = Math.min(bottom, outer.bottom);
    return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  };
  const readableInFull = (element: Element): boolean =>
    element.closest("[title], [data-full-text]") !== null || knownCut.some((selector) => element.matches(selector));
  const opaque = (element: Element): boolean => {
    const colour = getComputedStyle(element).backgroundColor;
    return colour !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(colour);
  };
  /**
   * Whether `hit` is a sticky part of the box that scrolls `element` (a header row, the row numbers) with a background
   * of its own: then the text has scrolled out of view under it, as it would scroll out at the box's edge. A sticky
   * part without a background lets the text show through it, and that is an overlap.
   */
  const scrolledUnder = (element: Element, hit: Element): boolean => {
    let sticky: Element | null = hit;
    let painted = false;
    for (; sticky !== null; sticky = sticky.parentElement) {
      painted = painted || opaque(sticky);
      if (getComputedStyle(sticky).position === "sticky") break;
    }
    if (sticky === null || !painted) return false;
    const scroller = (from: Element): Element | null => {
      for (let parent = from.parentElement; parent !== null; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (/auto|scroll/.test(style.overflowX + style.overflowY)) return parent;
      }
      return null;
    };
    const own = scroller(element);
    return own !== null && own === scroller(sticky);
  };
  /**
   * Whether the element's words reach past its padding box, sideways or below: measured on the laid-out text, since
   * scrollWidth also counts the end padding (a button's text running into its padding is not cut).
   */
  const wordsBeyond = (element: Element): { readonly side: number; readonly below: number } => {
    const box = element.getBoundingClientRect();
    const left = box.left + element.clientLeft;
    const top = box.top + element.clientTop;
    const right = left + element.clientWidth;
    const bottom = top + element.clientHeight;
    const range = document.createRange();
    range.selectNodeContents(element);
    let side = 0;
    let below = 0;
    for (const rect of range.getClientRects()) {
      if (rect.width === 0 || rect.height === 0) continue;
      side = Math.max(side, rect.right - right, left - rect.left);
      below = Math.max(below, rect.bottom - bottom);
    }
    return { side, below };
  };

  for (const element of document.body.querySelectorAll("*")) {
    if (SKIP.has(element.tagName) || element.closest("svg") !== null || !shown(element)) continue;
    const text = ownText(element);

    // ---- covered ----
    if (text !== "") {
      const visible = visiblePart(element, textBox(element));
      if (visible !== null) {
        const inset = 1.5;
        const points: readonly (readonly [number, number])[] = [
          [visible.left + visible.width / 2, visible.top + visible.height / 2],
          [visible.left + inset, visible.top + inset],
          [visible.right - inset, visible.top + inset],
          [visible.left + inset, visible.bottom - inset],
          [visible.right - inset, visible.bottom - inset],
        ];
        for (const [x, y] of points) {
          const hit = document.elementFromPoint(x, y);
          if (hit === null || hit === element || element.contains(hit) || hit.contains(element) || scrolledUnder(element, hit)) continue;
          problems.push({ kind: "covered", text: short(text), element: describe(element), detail: `at (${Math.round(x)}, ${Math.round(y)}) by ${describe(hit)} "${short(hit.textContent ?? "")}"` });
          break;
        }
      }
    }

    // ---- cut off ----
    const style = getComputedStyle(element);
    const hides = (overflow: string): boolean => overflow === "hidden" || overflow === "clip";
    const wordsInside = short(element.textContent ?? "");
    if (wordsInside === "") continue;
    const overflowing = (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) || (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
    const beyond = overflowing ? wordsBeyond(element) : { side: 0, below: 0 };
    const cutSideways = hides(style.overflowX) && beyond.side > 1;
    const cutBelow = hides(style.overflowY) && beyond.below > 1;
    if ((cutSideways || cutBelow) && !readableInFull(element)) {
      problems.push({
        kind: "cut",
        text: wordsInside,
        element: describe(element),
        detail: cutSideways ? `${element.scrollWidth} px of text in ${element.clientWidth} px` : `${element.scrollHeight} px of lines in ${element.clientHeight} px`,
      });
    }
  }
  return problems;
}
