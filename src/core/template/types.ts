// The template engine's vocabulary: what a compiled template is made of.
import type { TagToken } from "./htmlTokens";

/** How a template's text is read and how values are put in: subject (one line of plain text), html, text. */
export type TemplateKind = "subject" | "html" | "text";

/** Where a template is used; the `where` param of the template's findings. */
export type Where = "subject" | "body" | "pattern";

/** A field the template uses, once per distinct field (in order of first appearance). */
export interface FieldUse {
  /** As written the first time (white space tidied). */
  readonly name: string;
  /** `normaliseFieldName(name)`: what matches a column. */
  readonly key: string;
  /** True when no place that inserts this field leaves a gap for an empty cell: every insertion has a
   * fallback, or the field is only used as a section's condition. */
  readonly hasFallback: boolean;
}

/** The value of a column in the row being merged, by normalised column name; undefined for an unknown column. */
export type Lookup = (key: string) => string | undefined;

/** Text copied to the output as it is (already in the output's form: HTML source in html, plain text otherwise). */
export interface LiteralNode {
  readonly type: "literal";
  readonly text: string;
}

/**
 * Where a field stands in an HTML body, which decides how its value is written: `text` between the markup (escaped,
 * line breaks as <br>; the only place in a subject or plain-text body), `attribute` in an attribute value (escaped),
 * `plain` in a <title> (escaped, one line), `url` as a whole address (must be an http(s), mailto or tel address),
 * `url-path`, `url-query`, `url-fragment` as a part of an address (percent-encoded).
 */
export type FieldPlace = "text" | "attribute" | "plain" | "url" | "url-path" | "url-query" | "url-fragment";

export interface FieldNode {
  readonly type: "field";
  readonly key: string;
  readonly name: string;
  readonly place: FieldPlace;
  /** HTML only: the markup Outlook or Word put inside the field, before and after where the value goes (where
   * the name's first letter was, so `{{<b>Name</b>}}` gives a bold value). */
  readonly before: string;
  readonly after: string;
  /** Put in when the cell is empty; null when the field has no fallback. */
  readonly fallback: Placed | null;
}

/** Text already in the output's form, with the markup around it (HTML only; "" otherwise). */
export interface Placed {
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

/** `{{#F}}` present, `{{^F}}` absent, `{{#F=V}}` equals, `{{^F=V}}` differs. */
export type SectionTest = "present" | "absent" | "equals" | "differs";

export interface SectionNode {
  readonly type: "section";
  readonly key: string;
  readonly name: string;
  readonly test: SectionTest;
  /** For equals/differs: the value compared with, normalised; otherwise "". */
  readonly value: string;
  readonly children: readonly TemplateNode[];
  /** HTML only: the source range of the section's content. When the section is hidden, the tags in it that are not
   * closed within it are put out so that the document stays balanced (`hiddenTags`). They are found only then: kept
   * as text for every section, they grew with the square of the nesting depth. */
  readonly content: { readonly from: number; readonly to: number } | null;
}

export type TemplateNode = LiteralNode | FieldNode | SectionNode;

export interface CompiledTemplate {
  readonly kind: TemplateKind;
  readonly fields: readonly FieldUse[];
  readonly nodes: readonly TemplateNode[];
  /** HTML only: what a hidden section needs to keep the document balanced; null otherwise. */
  readonly markup: TemplateMarkup | null;
}

export interface TemplateMarkup {
  readonly source: string;
  /** The source's tags that have an end tag (`balancingTags`), in source order. */
  readonly tags: readonly TagToken[];
  /** Tags with fields in their attribute values, by start offset: put out with the fields filled in. */
  readonly merged: ReadonlyMap<number, readonly (LiteralNode | FieldNode)[]>;
}
