// When a section is hidden its content goes, but the document must stay balanced: a tag opened or closed
// inside the section whose partner lies outside it is kept (`<p>{{#X}}a</p><p>b{{/X}}</p>` → `<p></p><p></p>`).
// Worked out when a section is hidden, in one pass over its tags: a template decides how many tags and how deeply
// nested sections there are, so nothing here may be quadratic in either (a pasted 560 KB template took 29 s).
import { VOID_ELEMENTS, type HtmlToken, type TagToken } from "./htmlTokens";

/** The tags a hidden section may have to keep: those with an end tag (not void, not self-closing), in order. */
export function balancingTags(markup: readonly HtmlToken[]): TagToken[] {
  const tags: TagToken[] = [];
  for (const token of markup) {
    if (token.kind === "tag" && !token.selfClosing && !VOID_ELEMENTS.has(token.name)) tags.push(token);
  }
  return tags;
}

/** Indexes into `tags` of the tags in [from, to) that are not matched within that range, in order. */
export function hiddenTags(tags: readonly TagToken[], from: number, to: number): number[] {
  const first = firstAtOrAfter(tags, from);
  let end = first;
  while (end < tags.length && (tags[end]?.end ?? Infinity) <= to) end += 1;
  if (end === first) return [];
  const dropped = new Uint8Array(end - first);
  /** Opening tags not yet closed, innermost last; per name, their positions in `open`, so a match is found at once. */
  const open: number[] = [];
  const openByName = new Map<string, number[]>();
  for (let i = first; i < end; i += 1) {
    const tag = tags[i];
    if (tag === undefined) break;
    if (!tag.closing) {
      let positions = openByName.get(tag.name);
      if (positions === undefined) openByName.set(tag.name, (positions = []));
      positions.push(open.length);
      open.push(i);
      continue;
    }
    const positions = openByName.get(tag.name);
    const match = positions?.[positions.length - 1];
    if (match === undefined) continue; // its opening tag lies before the section: keep it
    // Matched here; tags opened after the match and never closed (<li>, <p>) end with it, as in HTML. Each opening
    // tag leaves `open` once, so the whole pass stays linear however the tags are nested.
    while (open.length > match) {
      const inner = open.pop() ?? first;
      dropped[inner - first] = 1;
      openByName.get(tags[inner]?.name ?? "")?.pop();
    }
    dropped[i - first] = 1;
  }
  const kept: number[] = [];
  for (let i = first; i < end; i += 1) if (dropped[i - first] === 0) kept.push(i);
  return kept;
}

/** Index of the first tag starting at or after `offset` (tags are in source order). */
function firstAtOrAfter(tags: readonly TagToken[], offset: number): number {
  let low = 0;
  let high = tags.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tags[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
