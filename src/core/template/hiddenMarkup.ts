// When a section is hidden its content goes, but the document must stay balanced: a tag opened or closed
// inside the section whose partner lies outside it is kept (`<p>{{#X}}a</p><p>b{{/X}}</p>` → `<p></p><p></p>`).
import { VOID_ELEMENTS, type HtmlToken } from "./htmlTokens";

/** The source of the tags in [from, to) that are not matched within that range, in order. */
export function hiddenMarkup(source: string, markup: readonly HtmlToken[], from: number, to: number): string {
  const inRange: HtmlToken[] = [];
  for (let i = firstAtOrAfter(markup, from); i < markup.length; i += 1) {
    const token = markup[i];
    if (!token || token.end > to) break;
    inRange.push(token);
  }
  const keep = inRange.map((t) => t.kind === "tag" && !t.selfClosing && !VOID_ELEMENTS.has(t.name));
  const open: number[] = [];
  inRange.forEach((token, index) => {
    if (token.kind !== "tag" || !keep[index]) return;
    if (!token.closing) {
      open.push(index);
      return;
    }
    let k = open.length - 1;
    while (k >= 0 && nameOf(inRange[open[k] ?? -1]) !== token.name) k -= 1;
    if (k < 0) return; // its opening tag lies before the section: keep it
    // Matched here; tags opened after the match and never closed (<li>, <p>) end with it, as in HTML.
    for (const inner of open.splice(k)) keep[inner] = false;
    keep[index] = false;
  });
  let out = "";
  inRange.forEach((token, index) => {
    if (keep[index]) out += source.slice(token.start, token.end);
  });
  return out;
}

const nameOf = (token: HtmlToken | undefined): string => (token?.kind === "tag" ? token.name : "");

/** Index of the first token starting at or after `offset` (tokens are in source order). */
function firstAtOrAfter(markup: readonly HtmlToken[], offset: number): number {
  let low = 0;
  let high = markup.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((markup[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
