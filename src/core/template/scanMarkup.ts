// Fields inside the markup of an HTML template. In attribute values (the link of a circular:
// `<a href="https://verein.example/zahlen?nr={{Nr}}">`) and in <title> or <textarea> they are filled in; in
// <style>, <script>, comments (Outlook's <!--[if mso]> blocks too), event handlers and between a tag's attributes
// nothing can be filled in, so each such field is reported instead of being sent as "{{X}}".
import { decodeHtml } from "./entities";
import { attributeSpans, RAW_TEXT_ELEMENTS, type HtmlToken, type TagToken } from "./htmlTokens";
import { displayName } from "./normalise";
import { decodedStream, findTags, type RawTag, type Stream } from "./findTags";
import { decodeUrlText, isCodeAttribute, URL_ATTRIBUTES, urlPlace, type UrlPlace } from "./urlValue";

/** A field in markup and how its value is written: as attribute text, as a part of an address, or as the text of a
 * <title> ("plain"). */
export interface MarkupField {
  readonly tag: RawTag;
  readonly place: "attribute" | "plain" | UrlPlace;
}

/** An attribute value (or element content) that holds fields. */
export interface FieldValue {
  /** Lower-case attribute name; "" for the content of <title> or <textarea>. */
  readonly attribute: string;
  /** Source range of the value, without its quotes. */
  readonly start: number;
  readonly end: number;
  /** False for an unquoted attribute value: it is put in quotes when fields are filled in, so that a value with a
   * space cannot start another attribute. */
  readonly quoted: boolean;
  readonly fields: readonly MarkupField[];
}

/** A tag whose attribute values hold fields, or the content of a <title>/<textarea> that does. */
export interface FieldUnit {
  readonly start: number;
  readonly end: number;
  /** True for a tag: a hidden section that keeps it (unclosed) puts it out with its fields filled in. */
  readonly isTag: boolean;
  readonly values: readonly FieldValue[];
}

/** Where a misplaced field stands; `element` names the element or attribute where that helps. */
export type MisplacedPlace = "comment" | "style" | "script" | "element" | "code" | "tag";

export interface MisplacedField {
  readonly start: number;
  /** As written, white space tidied, shortened for a message. */
  readonly name: string;
  readonly place: MisplacedPlace;
  readonly element: string;
}

/** Looks like a field in raw text: braces around something that is not markup or more braces. */
const RAW_FIELD = /\{\{([^{}<>]*)\}\}/g;
const PLAIN_ELEMENTS: ReadonlySet<string> = new Set(["title", "textarea"]);

export function scanMarkup(
  source: string,
  tokens: readonly HtmlToken[],
): { units: FieldUnit[]; misplaced: MisplacedField[]; unclosed: number[] } {
  const units: FieldUnit[] = [];
  const misplaced: MisplacedField[] = [];
  const unclosed: number[] = [];

  const report = (start: number, inner: string, place: MisplacedPlace, element = ""): void => {
    misplaced.push({ start, name: shortName(inner), place, element });
  };
  /** Field-like text in [from, to) of the source, where nothing is decoded or filled in. */
  const reportRaw = (from: number, to: number, place: MisplacedPlace, element = ""): void => {
    if (to - from < 5) return;
    const text = source.slice(from, to);
    if (!text.includes("{{")) return;
    RAW_FIELD.lastIndex = 0;
    for (let match = RAW_FIELD.exec(text); match !== null; match = RAW_FIELD.exec(text)) {
      if ((match[1] ?? "").trim() !== "") report(from + match.index, match[1] ?? "", place, element);
    }
  };

  let previous: HtmlToken | null = null;
  for (const token of tokens) {
    const before = previous;
    previous = token;
    if (token.kind === "text") continue;
    if (token.kind === "tag") {
      if (token.name === "!if") reportRaw(token.start, token.end, "tag");
      else {
        const unit = tagUnit(source, token, report, reportRaw, unclosed);
        if (unit) units.push(unit);
      }
      continue;
    }
    // "other": the content of <style>, <script>, <title> and the like right after their tag, or a comment,
    // doctype or processing instruction.
    const owner = before?.kind === "tag" && !before.closing && before.end === token.start && RAW_TEXT_ELEMENTS.has(before.name) ? before.name : null;
    if (owner === null) reportRaw(token.start, token.end, source.startsWith("<!--", token.start) ? "comment" : "tag");
    else if (PLAIN_ELEMENTS.has(owner)) {
      const found = findTags(decodedStream(source, [token], false), []);
      unclosed.push(...found.unclosed);
      if (found.tags.length > 0) {
        const fields = found.tags.map((tag): MarkupField => ({ tag, place: "plain" }));
        units.push({ start: token.start, end: token.end, isTag: false, values: [{ attribute: "", start: token.start, end: token.end, quoted: true, fields }] });
      }
    } else reportRaw(token.start, token.end, owner === "style" || owner === "script" ? owner : "element", owner);
  }
  return { units, misplaced, unclosed };
}

function tagUnit(
  source: string,
  token: TagToken,
  report: (start: number, inner: string, place: MisplacedPlace, element?: string) => void,
  reportRaw: (from: number, to: number, place: MisplacedPlace) => void,
  unclosed: number[],
): FieldUnit | null {
  // Braces may be written as character references or, in an address, percent-encoded.
  if (!/[{&%]/.test(source.slice(token.start, token.end))) return null;
  const values: FieldValue[] = [];
  let outside = token.start; // what lies between the values: the tag's name, attribute names, "=" and quotes
  for (const span of attributeSpans(source, token)) {
    if (span.valueEnd <= span.valueStart) continue;
    reportRaw(outside, span.valueStart, "tag");
    outside = span.valueEnd;
    const url = URL_ATTRIBUTES.has(span.name);
    let stream = decodedStream(source, [{ start: span.valueStart, end: span.valueEnd }], true);
    if (url) stream = withPercentBraces(stream);
    const found = findTags(stream, []);
    if (isCodeAttribute(span.name)) {
      for (const tag of found.tags) if (tag.inner.trim() !== "") report(tag.start, tag.inner, "code", span.name);
      continue;
    }
    unclosed.push(...found.unclosed);
    if (found.tags.length === 0) continue;
    const fields: MarkupField[] = [];
    let literal = ""; // an address's own text before the field, other fields left out
    let from = span.valueStart;
    let afterField = false; // an earlier field made up the start of the address, which settles its scheme
    for (const raw of found.tags) {
      if (!url) {
        fields.push({ tag: raw, place: "attribute" });
        continue;
      }
      literal += decodeHtml(source.slice(from, raw.start), true);
      from = raw.end;
      const place = urlPlace(literal, afterField);
      afterField ||= place === "url";
      fields.push({ tag: { ...raw, inner: decodeUrlText(raw.inner) }, place });
    }
    values.push({ attribute: span.name, start: span.valueStart, end: span.valueEnd, quoted: span.quote !== "", fields });
  }
  reportRaw(outside, token.end, "tag");
  return values.length === 0 ? null : { start: token.start, end: token.end, isTag: true, values };
}

/**
 * Word writes the braces of a field typed into a hyperlink's address percent-encoded (`%7B%7BNr%7D%7D`), as a
 * third party documents for Word's links (not Microsoft): in an address they count as braces.
 */
function withPercentBraces(stream: Stream): Stream {
  if (!/%7[bd]/i.test(stream.text)) return stream;
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < stream.text.length; i += 1) {
    const escape = stream.text.slice(i, i + 3).toLowerCase();
    if (escape === "%7b" || escape === "%7d") {
      text += escape === "%7b" ? "{" : "}";
      from.push(stream.from(i));
      to.push(stream.to(i + 2));
      i += 2;
    } else {
      text += stream.text.charAt(i);
      from.push(stream.from(i));
      to.push(stream.to(i));
    }
  }
  const end = stream.to(stream.text.length - 1);
  return { text, from: (i) => from[i] ?? end, to: (i) => to[i] ?? end };
}

function shortName(inner: string): string {
  const name = displayName(inner);
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}
