// Source text -> CompiledTemplate: the tags found by `scanTemplate` become fields and nested sections; every
// syntax error becomes a finding with its line and column, and what can be compiled still is.
import type { IssueCode } from "../issues/codes";
import type { Finding, FindingParams } from "../types";
import { escapeHtml } from "./escapeHtml";
import { unitNodes } from "./compileUnit";
import { balancingTags } from "./hiddenMarkup";
import { displayName, normaliseFieldName, normaliseValue } from "./normalise";
import { oneLine } from "./oneLine";
import { LineIndex } from "./position";
import { scanTemplate, type RawTag } from "./scan";
import type { FieldUnit } from "./scanMarkup";
import type { CompiledTemplate, FieldNode, FieldUse, LiteralNode, Placed, SectionTest, TemplateKind, TemplateNode, Where } from "./types";

const SPACE = /\s/;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
interface SectionBuild {
  readonly type: "section";
  readonly key: string;
  readonly name: string;
  readonly test: SectionTest;
  readonly value: string;
  readonly children: TemplateNode[];
  content: { readonly from: number; readonly to: number } | null;
}
interface OpenSection {
  readonly node: SectionBuild;
  /** As written in the template, for messages: "#Firma", "^Anrede=Frau". */
  readonly tag: string;
  readonly start: number;
  readonly contentStart: number;
  readonly parent: TemplateNode[];
}

export interface CompileResult {
  readonly template: CompiledTemplate;
  readonly findings: Finding<IssueCode>[];
}

export function compileTemplate(source: string, kind: TemplateKind, where: Where): CompileResult {
  const html = kind === "html";
  const scan = scanTemplate(source, html);
  const errors: { offset: number; code: IssueCode; params: FindingParams }[] = [];
  const fields = new Map<string, Mutable<FieldUse>>();
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  /** Per section key, the positions in `stack` where it is open: a closing tag finds its section at once, however
   * deeply sections are nested. */
  const openByKey = new Map<string, number[]>();
  let out = root;
  let last = 0;

  const emit = (text: string): void => {
    if (text === "") return;
    const previous = out[out.length - 1];
    if (previous?.type === "literal") out[out.length - 1] = { type: "literal", text: previous.text + text };
    else out.push({ type: "literal", text });
  };
  const literal = (from: number, to: number): void => {
    if (to > from) emit(kind === "subject" ? oneLine(source.slice(from, to)) : source.slice(from, to));
  };
  const markupOf = (tag: RawTag): string => tag.markup.map((t) => source.slice(t.start, t.end)).join("");
  const use = (key: string, name: string, insertsWithoutFallback: boolean): void => {
    const known = fields.get(key);
    if (known) known.hasFallback &&= !insertsWithoutFallback;
    else fields.set(key, { name, key, hasFallback: !insertsWithoutFallback });
  };
  const fail = (offset: number, code: IssueCode, params: FindingParams = {}): void => {
    errors.push({ offset, code, params });
  };
  const open = (section: OpenSection): void => {
    let positions = openByKey.get(section.node.key);
    if (positions === undefined) openByKey.set(section.node.key, (positions = []));
    positions.push(stack.length);
    stack.push(section);
  };
  /** Closes the innermost open section. */
  const close = (contentEnd: number): void => {
    const section = stack.pop();
    if (section === undefined) return;
    openByKey.get(section.node.key)?.pop();
    if (html) section.node.content = { from: section.contentStart, to: contentEnd };
    out = section.parent;
  };
  /** A text body's section tag alone on its line takes the line with it, so no blank line is left. */
  const lineAround = (tag: RawTag): { from: number; to: number } =>
    (kind === "text" ? standaloneLine(source, tag, last) : null) ?? { from: tag.start, to: tag.end };

  const merged = new Map<number, readonly (LiteralNode | FieldNode)[]>();
  /** A tag with fields in its attribute values (or <title> text with fields) becomes literals and fields. */
  const markupUnit = (unit: FieldUnit): void => {
    if (unit.start < last) {
      // Inside the braces of a field in the text ({{Na<a href="{{X}}">me}}): that field keeps it as written.
      for (const value of unit.values) {
        for (const { tag } of value.fields) fail(tag.start, "template-field-misplaced", { field: displayName(tag.inner), place: "field" });
      }
      return;
    }
    literal(last, unit.start);
    const nodes = unitNodes(source, unit, { fail, use });
    for (const node of nodes) {
      if (node.type === "literal") emit(node.text);
      else out.push(node);
    }
    if (unit.isTag) merged.set(unit.start, nodes);
    last = unit.end;
  };
  let nextUnit = 0;
  const unitsBefore = (offset: number): void => {
    for (let unit = scan.units[nextUnit]; unit !== undefined && unit.start < offset; unit = scan.units[nextUnit]) {
      markupUnit(unit);
      nextUnit += 1;
    }
  };

  for (const offset of scan.unclosed) fail(offset, "template-unclosed-field");
  for (const field of scan.misplaced) {
    fail(field.start, "template-field-misplaced", { field: field.name, place: field.place, element: field.element });
  }

  for (const tag of scan.tags) {
    unitsBefore(tag.start);
    const inner = tag.inner.trim();
    const sigil = inner.charAt(0);
    const isSection = sigil === "#" || sigil === "^" || sigil === "/";
    const body = isSection ? inner.slice(1) : inner;
    const cut = isSection ? body.indexOf("=") : body.indexOf("|");
    const rawName = cut < 0 ? body : body.slice(0, cut);
    const key = normaliseFieldName(rawName);
    const name = displayName(rawName);

    if (key === "") {
      fail(tag.start, "template-empty-field");
      literal(last, tag.end); // left visible as written; the error blocks anyway
      last = tag.end;
      continue;
    }

    if (!isSection) {
      literal(last, tag.start);
      const value = split(source, tag, tag.nameStart);
      let fallback: Placed | null = null;
      if (cut >= 0) {
        // The fallback goes where its own first letter was, so it keeps its formatting.
        let first = tag.inner.length - tag.inner.trimStart().length + cut + 1;
        while (first < tag.inner.length && SPACE.test(tag.inner.charAt(first))) first += 1;
        const text = body.slice(cut + 1).trim();
        const formatted = kind === "html" ? escapeHtml(text) : kind === "subject" ? oneLine(text) : text;
        fallback = { ...split(source, tag, tag.sourceAt(first)), text: formatted };
      }
      out.push({ type: "field", key, name, place: "text", ...value, fallback });
      use(key, name, cut < 0);
      last = tag.end;
      continue;
    }

    if (sigil !== "/") {
      const line = lineAround(tag);
      literal(last, line.from);
      emit(markupOf(tag)); // markup inside the tag itself stays, shown or not
      const compared = cut >= 0;
      const node: SectionBuild = {
        type: "section",
        key,
        name,
        test: sigil === "#" ? (compared ? "equals" : "present") : compared ? "differs" : "absent",
        value: compared ? normaliseValue(body.slice(cut + 1)) : "",
        children: [],
        content: null,
      };
      out.push(node);
      open({ node, tag: sigil + displayName(body), start: tag.start, contentStart: tag.end, parent: out });
      out = node.children;
      use(key, name, false);
      last = line.to;
      continue;
    }

    // A closing tag: normally it closes the innermost section. A typo ({{/Frima}}) still closes it; a name
    // further out closes everything up to that section. Either way the error is reported once.
    const top = stack[stack.length - 1];
    if (!top) {
      fail(tag.start, "template-unexpected-close", { name });
      literal(last, tag.end);
      last = tag.end;
      continue;
    }
    const line = lineAround(tag);
    literal(last, line.from);
    const positions = openByKey.get(key);
    let depth = positions?.[positions.length - 1] ?? -1;
    if (depth !== stack.length - 1) fail(tag.start, "template-unexpected-close", { name, expected: top.tag });
    if (depth < 0) depth = stack.length - 1;
    while (stack.length > depth) close(tag.start);
    emit(markupOf(tag));
    last = line.to;
  }
  unitsBefore(Infinity);
  literal(last, source.length);
  for (const section of stack) fail(section.start, "template-unclosed-section", { tag: section.tag, name: section.node.name });
  while (stack.length > 0) close(source.length);

  const lines = errors.length > 0 ? new LineIndex(source) : null;
  const findings: Finding<IssueCode>[] = errors
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, code, params }) => {
      const { line, col } = lines ? lines.at(offset) : { line: 1, col: 1 };
      return { row: null, column: null, code, params: { ...params, where, line, col } };
    });
  const markup = html ? { source, tags: balancingTags(scan.markup), merged } : null;
  return { template: { kind, fields: [...fields.values()], nodes: root, markup }, findings };
}

/** The markup inside a tag, split at a source offset: what comes before the text put in there, and after. */
function split(source: string, tag: RawTag, at: number): { before: string; after: string } {
  let before = "";
  let after = "";
  for (const t of tag.markup) {
    if (t.end <= at) before += source.slice(t.start, t.end);
    else after += source.slice(t.start, t.end);
  }
  return { before, after };
}

/** The source range of a tag's whole line (indent and line break included) when nothing else is on it. */
function standaloneLine(source: string, tag: RawTag, last: number): { from: number; to: number } | null {
  let from = tag.start;
  while (from > last && (source.charAt(from - 1) === " " || source.charAt(from - 1) === "\t")) from -= 1;
  if (from > 0 && source.charAt(from - 1) !== "\n" && source.charAt(from - 1) !== "\r") return null;
  let to = tag.end;
  while (to < source.length && (source.charAt(to) === " " || source.charAt(to) === "\t")) to += 1;
  if (to === source.length) return { from, to };
  if (source.startsWith("\r\n", to)) return { from, to: to + 2 };
  if (source.charAt(to) === "\n" || source.charAt(to) === "\r") return { from, to: to + 1 };
  return null;
}
