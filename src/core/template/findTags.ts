// Finding {{…}} in text: the decoded text of source ranges (character references read as a browser reads them)
// with the source offset of every character, and the tags in it.
import { charRefAt } from "./entities";
import type { HtmlToken } from "./htmlTokens";

export interface RawTag {
  /** Source offsets of the whole tag: from its first "{" to just after its last "}". */
  readonly start: number;
  readonly end: number;
  /** The text between the braces: entities decoded, markup left out. */
  readonly inner: string;
  /** Source offset of the first non-space character between the braces: where a value goes. */
  readonly nameStart: number;
  /** Source offset of `inner[index]` (of the closing braces for `inner.length`). */
  sourceAt(index: number): number;
  /** HTML only: the markup inside the tag, in source order. */
  readonly markup: readonly HtmlToken[];
}

/** Decoded text with, for each UTF-16 unit, the source range it came from. */
export interface Stream {
  readonly text: string;
  from(index: number): number;
  to(index: number): number;
}

/** The text of source ranges (in order) with character references decoded, as in text or in an attribute value. */
export function decodedStream(source: string, ranges: readonly { start: number; end: number }[], inAttribute: boolean): Stream {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  for (const range of ranges) {
    // "&" is looked for within the range only: searching the source from each range ran to its end whenever no "&"
    // followed, once per range (quadratic in paragraphs).
    const chunk = source.slice(range.start, range.end);
    let i = 0;
    while (i < chunk.length) {
      const amp = chunk.indexOf("&", i);
      const plainEnd = amp < 0 ? chunk.length : amp;
      for (let k = i; k < plainEnd; k += 1) {
        from.push(range.start + k);
        to.push(range.start + k + 1);
      }
      text += chunk.slice(i, plainEnd);
      i = plainEnd;
      if (i >= chunk.length) break;
      const at = range.start + i;
      const ref = charRefAt(source, at, range.end, inAttribute);
      const end = ref ? ref.end : at + 1;
      const decoded = ref ? ref.text : "&";
      for (let k = 0; k < decoded.length; k += 1) {
        from.push(at);
        to.push(end);
      }
      text += decoded;
      i = end - range.start;
    }
  }
  const length = source.length;
  return { text, from: (i) => from[i] ?? length, to: (i) => to[i] ?? length };
}

const SPACE = /\s/;

export function findTags(stream: Stream, markup: readonly HtmlToken[]): { tags: RawTag[]; unclosed: number[] } {
  const { text } = stream;
  const tags: RawTag[] = [];
  const unclosed: number[] = [];
  let markupIndex = 0;
  let i = 0;
  let close = -2; // the next "}}" found so far; searched again only once passed, so many "{{" stay linear
  for (;;) {
    let open = text.indexOf("{{", i);
    if (open < 0) break;
    while (text.charCodeAt(open + 2) === 123 /* { */) open += 1; // in "{{{Name}}}" the last two braces open
    if (close !== -1 && close < open + 2) close = text.indexOf("}}", open + 2);
    const next = text.indexOf("{{", open + 2);
    if (close < 0 || (next >= 0 && next < close)) {
      unclosed.push(stream.from(open));
      i = open + 2;
      continue;
    }
    let first = open + 2;
    while (first < close && SPACE.test(text.charAt(first))) first += 1;
    const start = stream.from(open);
    const end = stream.to(close + 1);
    while (markupIndex < markup.length && (markup[markupIndex]?.start ?? 0) < start) markupIndex += 1;
    const inside: HtmlToken[] = [];
    while (markupIndex < markup.length) {
      const token = markup[markupIndex];
      if (!token || token.end > end) break;
      inside.push(token);
      markupIndex += 1;
    }
    const innerStart = open + 2;
    tags.push({
      start,
      end,
      inner: text.slice(innerStart, close),
      nameStart: stream.from(first),
      sourceAt: (index) => stream.from(innerStart + index),
      markup: inside,
    });
    i = close + 2;
  }
  return { tags, unclosed };
}
