// Finds the {{…}} tags of a template. In HTML the braces and names are looked for in the decoded text, across
// the markup Outlook and Word put inside a field ({{<span class=SpellE>Vorname</span>}}, {<b>{Name}}</b>,
// &#123;&#123;Name&#125;&#125;); text in <style>, <script>, comments and attribute values is never searched.
import { charRefAt } from "./entities";
import { tokenizeHtml, type HtmlToken } from "./htmlTokens";

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

export interface TemplateScan {
  readonly tags: readonly RawTag[];
  /** Source offsets of each "{{" that is never closed by "}}" before the next "{{" or the end. */
  readonly unclosed: readonly number[];
  /** HTML only: every token that is not text (tags, comments, style content), in source order. */
  readonly markup: readonly HtmlToken[];
}

/** Decoded text with, for each UTF-16 unit, the source range it came from. */
interface Stream {
  readonly text: string;
  from(index: number): number;
  to(index: number): number;
}

export function scanTemplate(source: string, html: boolean): TemplateScan {
  if (!html) {
    const stream: Stream = { text: source, from: (i) => i, to: (i) => i + 1 };
    return { ...findTags(stream, []), markup: [] };
  }
  const tokens = tokenizeHtml(source);
  const markup = tokens.filter((t) => t.kind !== "text");
  return { ...findTags(htmlStream(source, tokens), markup), markup };
}

function htmlStream(source: string, tokens: readonly HtmlToken[]): Stream {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  // The next "&" at or after i, searched again only once passed: searching from every text token ran to the end of
  // the source each time when no "&" followed, which made 100,000 paragraphs quadratic.
  let amp = -1;
  for (const token of tokens) {
    if (token.kind !== "text") continue;
    let i = token.start;
    while (i < token.end) {
      if (amp < i) {
        const found = source.indexOf("&", i);
        amp = found < 0 ? source.length : found;
      }
      const plainEnd = Math.min(amp, token.end);
      for (let k = i; k < plainEnd; k += 1) {
        from.push(k);
        to.push(k + 1);
      }
      text += source.slice(i, plainEnd);
      i = plainEnd;
      if (i >= token.end) break;
      const ref = charRefAt(source, i, token.end);
      const end = ref ? ref.end : i + 1;
      const decoded = ref ? ref.text : "&";
      for (let k = 0; k < decoded.length; k += 1) {
        from.push(i);
        to.push(end);
      }
      text += decoded;
      i = end;
    }
  }
  const length = source.length;
  return { text, from: (i) => from[i] ?? length, to: (i) => to[i] ?? length };
}

const SPACE = /\s/;

function findTags(stream: Stream, markup: readonly HtmlToken[]): Omit<TemplateScan, "markup"> {
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
