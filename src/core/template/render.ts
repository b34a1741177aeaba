// Merging one row into a compiled template, and checking a row without merging it.
import { escapeHtml } from "./entities";
import { isBlank, normaliseValue } from "./normalise";
import { hasLineBreak, oneLine } from "./oneLine";
import type { CompiledTemplate, Lookup, SectionNode, TemplateKind, TemplateNode } from "./types";

const HTML_LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** A cell's value in the output's form. Values are trimmed; in HTML they are escaped and a line break in a
 * cell (an address block) becomes <br>. */
function formatValue(value: string, kind: TemplateKind): string {
  const trimmed = value.trim();
  if (kind === "subject") return oneLine(trimmed);
  if (kind === "text") return trimmed;
  const escaped = escapeHtml(trimmed);
  return hasLineBreak(escaped) ? escaped.replace(HTML_LINE_BREAK, "<br>") : escaped;
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

function renderNodes(nodes: readonly TemplateNode[], lookup: Lookup, kind: TemplateKind): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "literal") {
      out += node.text;
    } else if (node.type === "field") {
      const value = lookup(node.key);
      if (value !== undefined && !isBlank(value)) out += node.before + formatValue(value, kind) + node.after;
      else if (node.fallback !== null) out += node.fallback.before + node.fallback.text + node.fallback.after;
      else out += node.before + node.after;
    } else {
      out += isShown(node, lookup) ? renderNodes(node.children, lookup, kind) : node.hidden;
    }
  }
  return out;
}

/** The template merged with one row. An unknown column counts as an empty cell. */
export function renderTemplate(template: CompiledTemplate, lookup: Lookup): string {
  return renderNodes(template.nodes, lookup, template.kind);
}

export interface RowCheck {
  /** Fields this row reaches whose cell is empty and that have no fallback: distinct, in order, as written. */
  readonly emptyFields: readonly string[];
  /** Subject only: fields whose value would bring a line break into the subject. */
  readonly lineBreakFields: readonly string[];
}

const NOTHING: readonly string[] = Object.freeze([]);
const ALL_CLEAR: RowCheck = Object.freeze({ emptyFields: NOTHING, lineBreakFields: NOTHING });

interface Found {
  emptyKeys: string[] | null;
  emptyFields: string[] | null;
  breakKeys: string[] | null;
  lineBreakFields: string[] | null;
}

function check(nodes: readonly TemplateNode[], lookup: Lookup, subject: boolean, found: Found): void {
  for (const node of nodes) {
    if (node.type === "section") {
      if (isShown(node, lookup)) check(node.children, lookup, subject, found);
    } else if (node.type === "field") {
      // An unknown column is reported once for the template (unknownFields), not again in every row.
      const value = lookup(node.key);
      if (value === undefined) continue;
      if (isBlank(value)) {
        if (node.fallback === null && !found.emptyKeys?.includes(node.key)) {
          (found.emptyKeys ??= []).push(node.key);
          (found.emptyFields ??= []).push(node.name);
        }
      } else if (subject && hasLineBreak(value) && hasLineBreak(value.trim()) && !found.breakKeys?.includes(node.key)) {
        (found.breakKeys ??= []).push(node.key);
        (found.lineBreakFields ??= []).push(node.name);
      }
    }
  }
}

/** What a row would get wrong, found by walking the compiled template without building any text. */
export function checkRow(template: CompiledTemplate, lookup: Lookup): RowCheck {
  const found: Found = { emptyKeys: null, emptyFields: null, breakKeys: null, lineBreakFields: null };
  check(template.nodes, lookup, template.kind === "subject", found);
  if (found.emptyFields === null && found.lineBreakFields === null) return ALL_CLEAR;
  return { emptyFields: found.emptyFields ?? NOTHING, lineBreakFields: found.lineBreakFields ?? NOTHING };
}
