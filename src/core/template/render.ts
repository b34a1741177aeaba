// Merging one row into a compiled template, and checking a row without merging it.
import { hiddenTags } from "./hiddenMarkup";
import { isBlank, normaliseValue } from "./normalise";
import { hasLineBreak } from "./oneLine";
import { placeValue } from "./placeValue";
import type { CompiledTemplate, FieldNode, Lookup, SectionNode, TemplateKind, TemplateMarkup, TemplateNode } from "./types";
import { linkAddress } from "./urlValue";

function renderField(node: FieldNode, lookup: Lookup, kind: TemplateKind): string {
  const value = lookup(node.key);
  if (value !== undefined && !isBlank(value)) return node.before + placeValue(value, kind, node.place) + node.after;
  if (node.fallback !== null) return node.fallback.before + node.fallback.text + node.fallback.after;
  return node.before + node.after;
}

function isShown(section: SectionNode, lookup: Lookup): boolean {
  const value = lookup(section.key) ?? "";
  switch (section.test) {
    case "present":
      return !isBlank(value);
    case "absent":
      return isBlank(value);
    case "equals":
      return normaliseValue(value) === section.value;
    case "differs":
      return normaliseValue(value) !== section.value;
  }
}

/** What a hidden section leaves: the tags in it whose partner lies outside it, with their attributes' fields
 * filled in (`{{#X}}<a href="…{{Nr}}">{{/X}}text</a>` keeps a link around "text"). */
function hiddenMarkup(section: SectionNode, markup: TemplateMarkup | null, lookup: Lookup): string {
  if (markup === null || section.content === null) return "";
  let out = "";
  for (const index of hiddenTags(markup.tags, section.content.from, section.content.to)) {
    const tag = markup.tags[index];
    if (tag === undefined) continue;
    const nodes = markup.merged.get(tag.start);
    if (nodes === undefined) out += markup.source.slice(tag.start, tag.end);
    else for (const node of nodes) out += node.type === "literal" ? node.text : renderField(node, lookup, "html");
  }
  return out;
}

/** The template merged with one row. An unknown column counts as an empty cell. */
export function renderTemplate(template: CompiledTemplate, lookup: Lookup): string {
  const { kind } = template;
  let out = "";
  // A loop with its own stack, not recursion: a template decides how deeply its sections nest.
  const outer: { nodes: readonly TemplateNode[]; next: number }[] = [];
  let nodes = template.nodes;
  let next = 0;
  for (;;) {
    const node = nodes[next];
    if (node === undefined) {
      const frame = outer.pop();
      if (frame === undefined) return out;
      ({ nodes, next } = frame);
      continue;
    }
    next += 1;
    if (node.type === "literal") {
      out += node.text;
    } else if (node.type === "field") {
      out += renderField(node, lookup, kind);
    } else if (isShown(node, lookup)) {
      outer.push({ nodes, next });
      nodes = node.children;
      next = 0;
    } else {
      out += hiddenMarkup(node, template.markup, lookup);
    }
  }
}

export interface RowCheck {
  /** Fields this row reaches whose cell is empty and that have no fallback: distinct, in order, as written. */
  readonly emptyFields: readonly string[];
  /** Subject only: fields whose value would bring a line break into the subject. */
  readonly lineBreakFields: readonly string[];
  /** HTML only: fields that make up a whole link address but whose value is no http(s), mailto or tel address
   * (the link is left empty). */
  readonly notLinks: readonly { readonly field: string; readonly value: string }[];
}

const NOTHING: readonly never[] = Object.freeze([]);
const ALL_CLEAR: RowCheck = Object.freeze({ emptyFields: NOTHING, lineBreakFields: NOTHING, notLinks: NOTHING });

interface Found {
  /** Keys already reported, so that each field is named once however often the template uses it. */
  emptyKeys: Set<string> | null;
  emptyFields: string[] | null;
  breakKeys: Set<string> | null;
  lineBreakFields: string[] | null;
  notLinkKeys: Set<string> | null;
  notLinks: { field: string; value: string }[] | null;
}

/** What checkRow walks: the fields and sections of a template without its text, repeated fields dropped. */
type CheckStep =
  | {
      readonly type: "field";
      readonly key: string;
      readonly name: string;
      readonly hasFallback: boolean;
      /** The value makes up a whole link address, so it must be one. */
      readonly link: boolean;
    }
  | { readonly type: "section"; readonly node: SectionNode; readonly steps: readonly CheckStep[] };

/**
 * A 5 KB body has dozens of field insertions but few distinct fields. A later insertion at the same level adds
 * nothing to the check when an earlier one of the same field has no fallback, or when it has a fallback itself
 * (the earlier one already reports its line breaks), so it is left out — unless it is the first at its level to
 * make up a link address. Order is kept, so results are the same. A loop with its own stack, as everywhere the
 * template decides the depth.
 */
function checkSteps(nodes: readonly TemplateNode[]): CheckStep[] {
  interface Level {
    readonly nodes: readonly TemplateNode[];
    next: number;
    readonly steps: CheckStep[];
    /** key -> an earlier insertion without fallback exists */
    readonly seen: Map<string, boolean>;
    /** keys with an earlier insertion as a whole link address */
    readonly links: Set<string>;
  }
  const top: Level = { nodes, next: 0, steps: [], seen: new Map(), links: new Set() };
  const levels: Level[] = [top];
  for (let level = levels[0]; level !== undefined; level = levels[levels.length - 1]) {
    const node = level.nodes[level.next];
    if (node === undefined) {
      levels.pop();
      continue;
    }
    level.next += 1;
    if (node.type === "section") {
      const inner: Level = { nodes: node.children, next: 0, steps: [], seen: new Map(), links: new Set() };
      level.steps.push({ type: "section", node, steps: inner.steps });
      levels.push(inner);
    } else if (node.type === "field") {
      const hasFallback = node.fallback !== null;
      const link = node.place === "url" && !level.links.has(node.key);
      const earlierWithoutFallback = level.seen.get(node.key);
      const addsNothing = earlierWithoutFallback === true || (earlierWithoutFallback === false && hasFallback);
      if (addsNothing && !link) continue;
      if (!addsNothing) level.seen.set(node.key, !hasFallback);
      if (link) level.links.add(node.key);
      level.steps.push({ type: "field", key: node.key, name: node.name, hasFallback, link });
    }
  }
  return top.steps;
}

const stepsOf = new WeakMap<CompiledTemplate, readonly CheckStep[]>();

function check(steps: readonly CheckStep[], lookup: Lookup, subject: boolean, found: Found): void {
  const outer: { steps: readonly CheckStep[]; next: number }[] = [];
  let next = 0;
  for (;;) {
    const step = steps[next];
    if (step === undefined) {
      const frame = outer.pop();
      if (frame === undefined) return;
      ({ steps, next } = frame);
      continue;
    }
    next += 1;
    if (step.type === "section") {
      if (isShown(step.node, lookup)) {
        outer.push({ steps, next });
        steps = step.steps;
        next = 0;
      }
      continue;
    }
    // An unknown column is reported once for the template (unknownFields), not again in every row.
    const value = lookup(step.key);
    if (value === undefined) continue;
    if (isBlank(value)) {
      if (!step.hasFallback && !found.emptyKeys?.has(step.key)) {
        (found.emptyKeys ??= new Set()).add(step.key);
        (found.emptyFields ??= []).push(step.name);
      }
    } else if (subject && hasLineBreak(value) && hasLineBreak(value.trim()) && !found.breakKeys?.has(step.key)) {
      (found.breakKeys ??= new Set()).add(step.key);
      (found.lineBreakFields ??= []).push(step.name);
    } else if (step.link && !found.notLinkKeys?.has(step.key) && linkAddress(value.trim()) === null) {
      (found.notLinkKeys ??= new Set()).add(step.key);
      (found.notLinks ??= []).push({ field: step.name, value: value.trim() });
    }
  }
}

/** What a row would get wrong, found by walking the compiled template without building any text. */
export function checkRow(template: CompiledTemplate, lookup: Lookup): RowCheck {
  let steps = stepsOf.get(template);
  if (steps === undefined) {
    steps = checkSteps(template.nodes);
    stepsOf.set(template, steps);
  }
  const found: Found = { emptyKeys: null, emptyFields: null, breakKeys: null, lineBreakFields: null, notLinkKeys: null, notLinks: null };
  check(steps, lookup, template.kind === "subject", found);
  if (found.emptyFields === null && found.lineBreakFields === null && found.notLinks === null) return ALL_CLEAR;
  return {
    emptyFields: found.emptyFields ?? NOTHING,
    lineBreakFields: found.lineBreakFields ?? NOTHING,
    notLinks: found.notLinks ?? NOTHING,
  };
}
