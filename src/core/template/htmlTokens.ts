// A small HTML tokenizer that keeps exact source offsets, so the template engine can copy everything outside
// a field byte for byte. It follows HTML's tokenizing rules where they matter for e-mail: quoted attribute
// values, comments (including Outlook's conditional comments), and <style>/<script> content, none of which
// may hold a merge field.
// Not htmlparser2's Tokenizer: it ends `</p title='a>b'>`, `<!-- --!>` and `</script/>` elsewhere than a browser
// does and drops an unfinished tag, so offsets would shift; and it is ~9x slower here (htmlToText runs per draft).
import { decodeHtml } from "./entities";

export type HtmlToken =
  | { readonly kind: "text"; readonly start: number; readonly end: number }
  | {
      readonly kind: "tag";
      readonly start: number;
      readonly end: number;
      /** Lower-case element name; "!if" for Word's `<![if …]>` / `<![endif]>` pair. */
      readonly name: string;
      readonly closing: boolean;
      readonly selfClosing: boolean;
    }
  /** Comments, doctype, processing instructions and the content of <style>, <script> and the like. */
  | { readonly kind: "other"; readonly start: number; readonly end: number };

export type TagToken = Extract<HtmlToken, { kind: "tag" }>;

/** Elements whose content is not markup: it runs to their end tag. */
export const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
]);

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textStart = 0;
  let i = 0;
  for (;;) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    const token = markupAt(html, lt, null);
    if (token === null) {
      i = lt + 1;
      continue;
    }
    if (lt > textStart) tokens.push({ kind: "text", start: textStart, end: lt });
    tokens.push(token);
    i = token.end;
    if (token.kind === "tag" && !token.closing && RAW_TEXT_ELEMENTS.has(token.name)) {
      const close = rawTextEnd(html, i, token.name);
      if (close > i) tokens.push({ kind: "other", start: i, end: close });
      i = close;
    }
    textStart = i;
  }
  if (html.length > textStart) tokens.push({ kind: "text", start: textStart, end: html.length });
  return tokens;
}

/** An attribute as written in a tag: where its name and value lie in the source. */
export interface AttributeSpan {
  /** In lower case. */
  readonly name: string;
  readonly nameStart: number;
  /** The value's source range, without its quotes; empty at the end of the name when there is no value. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The quote around the value; "" for an unquoted value or none. */
  readonly quote: '"' | "'" | "";
}

type AttributeVisitor = (attribute: AttributeSpan) => void;

/** The attributes of a tag token, names in lower case, values decoded; the first of a repeated name wins. */
export function tagAttributes(html: string, token: TagToken): Map<string, string> {
  const attributes = new Map<string, string>();
  markupAt(html, token.start, ({ name, valueStart, valueEnd }) => {
    if (!attributes.has(name)) attributes.set(name, decodeHtml(html.slice(valueStart, valueEnd), true));
  });
  return attributes;
}

/** Every attribute of a tag token, as written (repeated names too), in order. */
export function attributeSpans(html: string, token: TagToken): AttributeSpan[] {
  const spans: AttributeSpan[] = [];
  markupAt(html, token.start, (span) => spans.push(span));
  return spans;
}

const rawEndPatterns = new Map<string, RegExp>();
function rawTextEnd(html: string, from: number, name: string): number {
  let pattern = rawEndPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, "gi");
    rawEndPatterns.set(name, pattern);
  }
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? match.index : html.length;
}

function closeAngle(html: string, from: number): number {
  const gt = html.indexOf(">", from);
  return gt < 0 ? html.length : gt + 1;
}

/** The markup token starting with the "<" at `p`, or null when that "<" is text. */
function markupAt(html: string, p: number, attributes: AttributeVisitor | null): HtmlToken | null {
  const c = html.charCodeAt(p + 1);
  if (c === 33 /* ! */) {
    if (html.startsWith("<!--", p)) return { kind: "other", start: p, end: commentEnd(html, p) };
    const end = closeAngle(html, p + 2);
    const head = html.slice(p, p + 8).toLowerCase();
    if (head.startsWith("<![if")) return { kind: "tag", start: p, end, name: "!if", closing: false, selfClosing: false };
    if (head.startsWith("<![endif")) return { kind: "tag", start: p, end, name: "!if", closing: true, selfClosing: false };
    return { kind: "other", start: p, end };
  }
  if (c === 63 /* ? */) return { kind: "other", start: p, end: closeAngle(html, p + 2) };
  if (c === 47 /* / */) {
    const d = html.charCodeAt(p + 2);
    if (isLetter(d)) return tagAt(html, p, true, attributes);
    if (d === 62 /* > */) return { kind: "other", start: p, end: p + 3 };
    if (p + 2 >= html.length) return null;
    return { kind: "other", start: p, end: closeAngle(html, p + 2) };
  }
  if (isLetter(c)) return tagAt(html, p, false, attributes);
  return null;
}

function commentEnd(html: string, p: number): number {
  const q = p + 4;
  if (html.startsWith(">", q)) return q + 1;
  if (html.startsWith("->", q)) return q + 2;
  const dashes = html.indexOf("-->", q);
  // "--!>" also ends a comment; look for it only before the "-->", so many comments stay linear.
  const bang = html.slice(q, dashes < 0 ? html.length : dashes).indexOf("--!>");
  if (bang >= 0) return q + bang + 4;
  return dashes < 0 ? html.length : dashes + 3;
}

function tagAt(html: string, p: number, closing: boolean, attributes: AttributeVisitor | null): TagToken {
  const n = html.length;
  let i = p + (closing ? 2 : 1);
  const nameStart = i;
  while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 47 && html.charCodeAt(i) !== 62) i += 1;
  const name = html.slice(nameStart, i).toLowerCase();
  const token = (end: number, selfClosing: boolean): TagToken => ({ kind: "tag", start: p, end, name, closing, selfClosing });
  while (i < n) {
    const c = html.charCodeAt(i);
    if (isSpace(c)) {
      i += 1;
      continue;
    }
    if (c === 62 /* > */) return token(i + 1, false);
    if (c === 47 /* / */) {
      if (html.charCodeAt(i + 1) === 62) return token(i + 2, true);
      i += 1;
      continue;
    }
    // An attribute name (its first character may be "=", as in HTML), then perhaps "=" and a value.
    const attrStart = i;
    i += 1;
    while (i < n) {
      const d = html.charCodeAt(i);
      if (isSpace(d) || d === 47 || d === 62 || d === 61) break;
      i += 1;
    }
    const attrName = html.slice(attrStart, i).toLowerCase();
    let j = i;
    while (j < n && isSpace(html.charCodeAt(j))) j += 1;
    let valueStart = i;
    let valueEnd = i;
    let quote: AttributeSpan["quote"] = "";
    if (html.charCodeAt(j) === 61 /* = */) {
      j += 1;
      while (j < n && isSpace(html.charCodeAt(j))) j += 1;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        quote = q === 34 ? '"' : "'";
        const close = html.indexOf(quote, j + 1);
        valueStart = j + 1;
        valueEnd = close < 0 ? n : close;
        i = close < 0 ? n : close + 1;
      } else {
        valueStart = j;
        while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j += 1;
        valueEnd = j;
        i = j;
      }
    }
    attributes?.({ name: attrName, nameStart: attrStart, valueStart, valueEnd, quote });
  }
  // The document ends inside the tag: what is left belongs to it.
  return token(n, false);
}
