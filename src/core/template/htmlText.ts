// The two directions between a body's HTML and plain text: the text alternative of a rendered HTML body, and
// simple HTML for a body written as plain text.
import { decodeHtml } from "./entities";
import { escapeHtml } from "./escapeHtml";
import { tagAttributes, tokenizeHtml } from "./htmlTokens";

/** Blocks that start on a line of their own. */
const BLOCKS = new Set([
  "address", "article", "aside", "caption", "center", "dd", "details", "div", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "header", "li", "main", "nav", "section", "summary", "tbody", "tfoot", "thead", "tr",
]);
/** Blocks set apart by an empty line (in Outlook's own HTML paragraphs have no margin, see `htmlToText`). */
const PARAGRAPHS = new Set(["blockquote", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ol", "p", "pre", "table", "ul"]);
/** Elements whose content is never text of the message. */
const HIDDEN = new Set(["head", "script", "style", "title", "template", "noscript"]);
/** Lists nested deeper than this are indented no further: a template decides the depth, and each level's indent is
 * written on every item (quadratic text otherwise). */
const MAX_LIST_INDENT = 10;

interface ListState {
  readonly ordered: boolean;
  count: number;
}

class TextWriter {
  private out = "";
  private breaks = 0;
  private space = false;
  private prefix = "";
  private trailingBreaks = 0;
  /** What was written since `startCapture`, or null: a link's text, kept apart because reading it back out of `out`
   * would flatten the whole output once per link (quadratic in links, see `append`). */
  private captured: string | null = null;

  text(text: string, keepWhiteSpace: boolean): void {
    if (keepWhiteSpace) {
      this.write(text);
      return;
    }
    // One pass over the runs of collapsible white space (no-break spaces are kept, as a browser keeps them).
    const runs = /[\t\n\f\r ]+/g;
    let last = 0;
    for (let run = runs.exec(text); run !== null; run = runs.exec(text)) {
      if (run.index > last) this.word(text.slice(last, run.index));
      this.space = true;
      last = runs.lastIndex;
    }
    if (last < text.length) this.word(text.slice(last));
  }

  private word(word: string): void {
    this.write(word.includes("\u00a0") ? word.replace(/\u00a0/g, " ") : word);
  }

  lineBreak(): void {
    this.flushBreaks();
    this.append("\n");
    this.space = false;
  }

  block(lines: number): void {
    this.breaks = Math.max(this.breaks, lines);
    this.space = false;
  }

  startItem(prefix: string): void {
    this.block(1);
    this.prefix = prefix;
  }

  /** True when white space was met that is not written yet (it goes before the next word). */
  get spacePending(): boolean {
    return this.space;
  }

  startCapture(): void {
    this.captured = "";
  }

  endCapture(): string {
    const text = this.captured ?? "";
    this.captured = null;
    return text;
  }

  result(): string {
    return this.out
      .split("\n")
      .map((line) => line.replace(/[ \t]+$/, ""))
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .replace(/^\n+|\n+$/g, "");
  }

  private write(text: string): void {
    if (text === "") return;
    this.flushBreaks();
    if (this.space && this.out.length > 0 && this.trailingBreaks === 0) this.append(" ");
    this.space = false;
    if (this.prefix !== "") {
      this.append(this.prefix);
      this.prefix = "";
    }
    this.append(text);
  }

  /**
   * Appends and keeps count of the line breaks at the end. Reading `out` back (endsWith, charAt) would flatten the
   * string V8 builds by concatenation on every write, which made a 5 KB body quadratic.
   */
  private append(text: string): void {
    this.out += text;
    if (this.captured !== null) this.captured += text;
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10) end -= 1;
    this.trailingBreaks = end === 0 ? this.trailingBreaks + text.length : text.length - end;
  }

  private flushBreaks(): void {
    if (this.breaks === 0 || this.out.length === 0) {
      this.breaks = 0;
      return;
    }
    this.append("\n".repeat(Math.max(0, this.breaks - this.trailingBreaks)));
    this.breaks = 0;
    this.space = false;
  }
}

/**
 * The plain-text alternative of an HTML body: blocks and <br> become line breaks, white space collapses as a
 * browser collapses it, entities are decoded, <head>, <style> and <script> go, and a link reads "text (url)"
 * unless its text already is the address.
 */
export function htmlToText(html: string): string {
  // Outlook and Word write every line as a margin-less <p class=MsoNormal> and an empty line as an empty paragraph.
  const paragraphGap = /class\s*=\s*["']?Mso/i.test(html) ? 1 : 2;
  const writer = new TextWriter();
  const lists: ListState[] = [];
  // Links do not nest: a browser ends an open link where the next one starts, and so does this.
  let link: { href: string } | null = null;
  const endLink = (): void => {
    if (link === null) return;
    const space = writer.spacePending; // "A <a>B": the space before the next link stays after this one's address
    writer.text(linkSuffix(link.href.trim(), writer.endCapture().trim()), false);
    if (space) writer.text(" ", false);
    link = null;
  };
  let hidden = 0;
  let pre = 0;
  for (const token of tokenizeHtml(html)) {
    if (token.kind === "other") continue;
    if (token.kind === "text") {
      if (hidden === 0) writer.text(decodeHtml(html.slice(token.start, token.end)), pre > 0);
      continue;
    }
    const { name, closing } = token;
    if (HIDDEN.has(name)) {
      hidden = Math.max(0, hidden + (closing ? -1 : 1));
      continue;
    }
    if (hidden > 0) continue;
    if (name === "br") writer.lineBreak();
    else if (name === "pre") {
      pre = Math.max(0, pre + (closing ? -1 : 1));
      writer.block(paragraphGap);
    } else if (name === "ul" || name === "ol") {
      if (closing) lists.pop();
      else lists.push({ ordered: name === "ol", count: 0 });
      writer.block(lists.length > (closing ? 0 : 1) ? 1 : paragraphGap);
    } else if (name === "li" && !closing) {
      const list = lists[lists.length - 1];
      const indent = "  ".repeat(Math.min(Math.max(0, lists.length - 1), MAX_LIST_INDENT));
      if (list) list.count += 1;
      writer.startItem(indent + (list?.ordered ? `${list.count}. ` : "- "));
    } else if (PARAGRAPHS.has(name)) writer.block(paragraphGap);
    else if (BLOCKS.has(name)) writer.block(1);
    else if ((name === "td" || name === "th") && !closing) writer.text(" ", false);
    else if (name === "a" && !closing) {
      endLink();
      link = { href: tagAttributes(html, token).get("href") ?? "" };
      writer.startCapture();
    } else if (name === "a" && closing) endLink();
  }
  endLink();
  return writer.result();
}

/** " (url)" after a link's text, or "" when the url would add nothing the reader can use. */
function linkSuffix(href: string, text: string): string {
  if (href === "" || href.startsWith("#") || /^(javascript|data|cid):/i.test(href)) return "";
  const bare = (s: string): string => s.replace(/^(mailto:|tel:|https?:\/\/)/i, "").replace(/\/$/, "").toLowerCase();
  if (text !== "" && bare(text) === bare(href)) return "";
  return text === "" ? href : ` (${href})`;
}

/** Simple HTML for a plain-text body: escaped, an empty line starts a paragraph, a line break is <br>, runs of
 * spaces and tabs are kept. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n(?:[ \t]*\n)+/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ""))
    .filter((paragraph) => paragraph.trim() !== "");
  return paragraphs
    .map((paragraph) => `<p>${paragraph.split("\n").map(lineToHtml).join("<br>\n")}</p>`)
    .join("\n");
}

function lineToHtml(line: string): string {
  return escapeHtml(line)
    .replace(/\t/g, "&nbsp;&nbsp;&nbsp;&nbsp;")
    .replace(/ {2}/g, " &nbsp;")
    .replace(/^ /, "&nbsp;");
}
