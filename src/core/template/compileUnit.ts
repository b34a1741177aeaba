// The nodes of a tag whose attribute values hold fields (or of a <title> whose text does): the tag's source with
// each field taken out; an unquoted value is put in quotes, so that a value with a space or nothing at all cannot
// run into the next attribute (`<img alt={{Name}} src=x>`).
import type { IssueCode } from "../issues/codes";
import type { FindingParams } from "../types";
import { displayName, normaliseFieldName } from "./normalise";
import { placeValue } from "./placeValue";
import type { FieldValue, FieldUnit, MarkupField } from "./scanMarkup";
import { linkAddress } from "./urlValue";
import type { FieldNode, LiteralNode } from "./types";

export interface UnitContext {
  fail(offset: number, code: IssueCode, params?: FindingParams): void;
  /** Records a field the template uses (see compile.ts). */
  use(key: string, name: string, insertsWithoutFallback: boolean): void;
}

export function unitNodes(source: string, unit: FieldUnit, context: UnitContext): (LiteralNode | FieldNode)[] {
  const nodes: (LiteralNode | FieldNode)[] = [];
  const put = (text: string): void => {
    if (text === "") return;
    const previous = nodes[nodes.length - 1];
    if (previous?.type === "literal") nodes[nodes.length - 1] = { type: "literal", text: previous.text + text };
    else nodes.push({ type: "literal", text });
  };
  let at = unit.start;
  for (const value of unit.values) {
    // Inside added quotes a '"' of the value's own (legal, if odd, unquoted) must not end it.
    const copy = (from: number, to: number): void =>
      put(value.quoted ? source.slice(from, to) : source.slice(from, to).replace(/"/g, "&quot;"));
    put(source.slice(at, value.start));
    if (!value.quoted) put('"');
    at = value.start;
    for (const field of value.fields) {
      copy(at, field.tag.start);
      at = field.tag.end;
      const node = fieldNode(field, value, context);
      if (node) nodes.push(node);
      else copy(field.tag.start, field.tag.end); // left as written; the error blocks anyway
    }
    copy(at, value.end);
    if (!value.quoted) put('"');
    at = value.end;
  }
  put(source.slice(at, unit.end));
  return nodes;
}

function fieldNode({ tag, place }: MarkupField, value: FieldValue, context: UnitContext): FieldNode | null {
  const inner = tag.inner.trim();
  if (inner.startsWith("#") || inner.startsWith("^") || inner.startsWith("/")) {
    context.fail(tag.start, "template-section-misplaced", { tag: displayName(inner) });
    return null;
  }
  const cut = inner.indexOf("|");
  const rawName = cut < 0 ? inner : inner.slice(0, cut);
  const key = normaliseFieldName(rawName);
  const name = displayName(rawName);
  if (key === "") {
    context.fail(tag.start, "template-empty-field");
    return null;
  }
  if (place === "url-scheme") {
    context.fail(tag.start, "template-field-in-url-scheme", { field: name, attribute: value.attribute });
    return null;
  }
  let fallback: FieldNode["fallback"] = null;
  if (cut >= 0) {
    // The template's own text, written like a value: an address is checked and encoded as a cell's would be.
    const text = inner.slice(cut + 1).trim();
    if (place === "url" && text !== "" && linkAddress(text) === null) {
      context.fail(tag.start, "template-fallback-not-a-link", { field: name, value: text });
    }
    fallback = { before: "", text: placeValue(text, "html", place), after: "" };
  }
  context.use(key, name, cut < 0);
  return { type: "field", key, name, place, before: "", after: "", fallback };
}
