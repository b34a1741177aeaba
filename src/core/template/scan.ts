// Finds the {{…}} tags of a template. In HTML the braces and names are looked for in the decoded text, across
// the markup Outlook and Word put inside a field ({{<span class=SpellE>Vorname</span>}}, {<b>{Name}}</b>,
// &#123;&#123;Name&#125;&#125;). Fields in attribute values and <title>, and those that can be filled in nowhere
// (<style>, <script>, comments), are found by `scanMarkup`.
import { decodedStream, findTags, type RawTag, type Stream } from "./findTags";
import { tokenizeHtml, type HtmlToken } from "./htmlTokens";
import { scanMarkup, type FieldUnit, type MisplacedField } from "./scanMarkup";

export type { RawTag } from "./findTags";

export interface TemplateScan {
  /** The tags in the text (in HTML: in the text between the markup). */
  readonly tags: readonly RawTag[];
  /** Source offsets of each "{{" that is never closed by "}}" before the next "{{" or the end (in text or in one
   * attribute value), in source order. */
  readonly unclosed: readonly number[];
  /** HTML only: every token that is not text (tags, comments, style content), in source order. */
  readonly markup: readonly HtmlToken[];
  /** HTML only: tags whose attribute values hold fields, and <title>/<textarea> content that does. */
  readonly units: readonly FieldUnit[];
  /** HTML only: what looks like a field where none can be filled in. */
  readonly misplaced: readonly MisplacedField[];
}

export function scanTemplate(source: string, html: boolean): TemplateScan {
  if (!html) {
    const stream: Stream = { text: source, from: (i) => i, to: (i) => i + 1 };
    return { ...findTags(stream, []), markup: [], units: [], misplaced: [] };
  }
  const tokens = tokenizeHtml(source);
  const markup = tokens.filter((t) => t.kind !== "text");
  const text = findTags(decodedStream(source, tokens.filter((t) => t.kind === "text"), false), markup);
  const inMarkup = scanMarkup(source, tokens);
  const unclosed = inMarkup.unclosed.length === 0 ? text.unclosed : [...text.unclosed, ...inMarkup.unclosed].sort((a, b) => a - b);
  return { tags: text.tags, unclosed, markup, units: inMarkup.units, misplaced: inMarkup.misplaced };
}
