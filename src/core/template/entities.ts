// HTML character references, read by the `entities` library (the full HTML5 table, numeric forms, legacy names
// without ";", Windows-1252 for &#128;–&#159;), so the template engine reads them exactly as a browser does.
import { DecodingMode, EntityDecoder, decodeHTML, decodeHTMLAttribute, htmlDecodeTree } from "entities/decode";

export interface CharRef {
  /** The decoded text (one or more UTF-16 units). */
  readonly text: string;
  /** Offset just after the reference in the source. */
  readonly end: number;
}

// One decoder, reused: the template is scanned synchronously, so no two calls overlap.
let decodedText = "";
const decoder = new EntityDecoder(htmlDecodeTree, (codePoint) => {
  decodedText += String.fromCodePoint(codePoint);
});

/**
 * The character reference at `source[at]` ("&"), read no further than `end`; null when the "&" is a plain one.
 * In attribute values a legacy name without ";" followed by "=" or a letter is not a reference (HTML's rule,
 * so "?a=1&copy=2" keeps its "&copy").
 */
export function charRefAt(source: string, at: number, end: number = source.length, inAttribute = false): CharRef | null {
  decodedText = "";
  decoder.startEntity(inAttribute ? DecodingMode.Attribute : DecodingMode.Legacy);
  // The decoder counts the "&" in what it consumed; -1 means the reference runs into `end`.
  let consumed = decoder.write(source.slice(at, end), 1);
  if (consumed < 0) consumed = decoder.end();
  return consumed > 0 ? { text: decodedText, end: at + consumed } : null;
}

/** Text with its character references decoded. */
export function decodeHtml(text: string, inAttribute = false): string {
  if (!text.includes("&")) return text;
  return inAttribute ? decodeHTMLAttribute(text) : decodeHTML(text, DecodingMode.Legacy);
}
