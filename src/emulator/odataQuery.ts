// The part of OData's query language that Graph documents for reading Outlook extended properties
// (https://learn.microsoft.com/graph/api/singlevaluelegacyextendedproperty-get):
//   $filter=singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{value}')
//           (value operators for strings: eq, ne, contains(), startswith(); the id alone asks "has it at all")
//   $expand=singleValueExtendedProperties($filter=id eq '{id}')   the only way to read a property's value
// plus `isDraft eq true|false` joined with `and`, $select, $top and $skip. Graph's rules kept here: the Name part of
// a property id is compared case-sensitively, the GUID part and the value case-insensitively.

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export interface PropertyCondition {
  readonly id: string;
  readonly op: "exists" | "eq" | "ne" | "contains" | "startswith";
  readonly value: string;
}

export interface MessageFilter {
  readonly properties: readonly PropertyCondition[];
  readonly isDraft: boolean | null;
}

/** Message properties the emulator can return, keyed by their lower-case name ($select is case-insensitive). */
export const MESSAGE_PROPERTIES = [
  "id",
  "createdDateTime",
  "lastModifiedDateTime",
  "sentDateTime",
  "subject",
  "body",
  "isDraft",
  "parentFolderId",
  "hasAttachments",
  "toRecipients",
  "ccRecipients",
  "bccRecipients",
] as const;
export type MessageProperty = (typeof MESSAGE_PROPERTIES)[number];

const QUOTED = "'((?:[^']|'')*)'";
const unquote = (s: string): string => s.replace(/''/g, "'");
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/** Splits on a keyword (` and `, ` or `) outside quotes and parentheses. */
export function splitTopLevel(text: string, keyword: "and" | "or"): string[] {
  const parts: string[] = [];
  const separator = new RegExp(`^\\s+${keyword}\\s+`, "i");
  let depth = 0;
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inQuote) {
      if (c === "'" && text[i + 1] === "'") i += 1;
      else if (c === "'") inQuote = false;
      continue;
    }
    if (c === "'") inQuote = true;
    else if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (depth === 0 && /\s/.test(c ?? "")) {
      const m = separator.exec(text.slice(i));
      if (m) {
        parts.push(text.slice(start, i).trim());
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function parseAnyClause(clause: string): Parsed<PropertyCondition> {
  const any = /^singleValueExtendedProperties\/any\(\s*(\w+)\s*:\s*(.*)\)$/is.exec(clause);
  if (!any) return fail(`Unsupported filter clause: ${clause}`);
  const v = any[1] as string;
  const parts = splitTopLevel((any[2] as string).trim(), "and");
  const idMatch = new RegExp(`^${v}/id eq ${QUOTED}$`, "i").exec(parts[0] ?? "");
  if (!idMatch) return fail("The lambda must start with an 'eq' on the property id.");
  const id = unquote(idMatch[1] as string);
  if (parts.length === 1) return ok({ id, op: "exists", value: "" });
  if (parts.length > 2) return fail("Only one condition on the value is supported.");
  const valuePart = parts[1] as string;
  const comparison = new RegExp(`^${v}/value (eq|ne) ${QUOTED}$`, "i").exec(valuePart);
  if (comparison) return ok({ id, op: (comparison[1] as string).toLowerCase() as "eq" | "ne", value: unquote(comparison[2] as string) });
  const fn = new RegExp(`^(contains|startswith)\\(\\s*${v}/value\\s*,\\s*${QUOTED}\\s*\\)$`, "i").exec(valuePart);
  if (fn) return ok({ id, op: (fn[1] as string).toLowerCase() as "contains" | "startswith", value: unquote(fn[2] as string) });
  return fail(`Unsupported condition on the value: ${valuePart}`);
}

export function parseMessageFilter(text: string): Parsed<MessageFilter> {
  const properties: PropertyCondition[] = [];
  let isDraft: boolean | null = null;
  for (const clause of splitTopLevel(text.trim(), "and")) {
    const draft = /^isDraft eq (true|false)$/i.exec(clause);
    if (draft) {
      isDraft = (draft[1] as string).toLowerCase() === "true";
      continue;
    }
    const parsed = parseAnyClause(clause);
    if (!parsed.ok) return parsed;
    properties.push(parsed.value);
  }
  return ok({ properties, isDraft });
}

/** `$select=id,isDraft` -> canonical names; null when there is no $select (all properties). */
export function parseSelect(text: string | null): Parsed<readonly MessageProperty[] | null> {
  if (text === null) return ok(null);
  const out: MessageProperty[] = [];
  for (const raw of text.split(",")) {
    const name = raw.trim();
    const known = MESSAGE_PROPERTIES.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!known) return fail(`Could not find a property named '${name}' on type 'microsoft.graph.message'.`);
    if (!out.includes(known)) out.push(known);
  }
  return ok(out);
}

/** `$expand=singleValueExtendedProperties($filter=id eq 'A' or id eq 'B')` -> the ids; null when there is no $expand. */
export function parseExpand(text: string | null): Parsed<readonly string[] | null> {
  if (text === null) return ok(null);
  const m = /^singleValueExtendedProperties\(\s*\$filter\s*=\s*(.*)\)$/is.exec(text.trim());
  if (!m) return fail(`Unsupported $expand: ${text}`);
  const ids: string[] = [];
  for (const part of splitTopLevel((m[1] as string).trim(), "or")) {
    const id = new RegExp(`^id eq ${QUOTED}$`, "i").exec(part);
    if (!id) return fail(`Unsupported filter in $expand: ${part}`);
    ids.push(unquote(id[1] as string));
  }
  return ok(ids);
}

/** $top (1..1000, default 10 — Graph's page size for messages) and $skip. */
export function parsePaging(top: string | null, skip: string | null): Parsed<{ top: number; skip: number }> {
  const t = top === null ? 10 : Number(top);
  const s = skip === null ? 0 : Number(skip);
  if (!Number.isInteger(t) || t < 1 || t > 1000) return fail(`Invalid $top value '${top}'.`);
  if (!Number.isInteger(s) || s < 0) return fail(`Invalid $skip value '${skip}'.`);
  return ok({ top: t, skip: s });
}

/** "String {GUID} Name X": the GUID (and the words) case-insensitive, the name case-sensitive, as Graph documents. */
export function samePropertyId(a: string, b: string): boolean {
  const split = (s: string): [string, string] => {
    const m = /^(.*\bName\s+)(.*)$/is.exec(s.trim());
    return m ? [(m[1] as string).toLowerCase().replace(/\s+/g, " "), m[2] as string] : [s.trim().toLowerCase(), ""];
  };
  const [ah, an] = split(a);
  const [bh, bn] = split(b);
  return ah === bh && an === bn;
}

export function matchesCondition(properties: readonly { id: string; value: string }[], c: PropertyCondition): boolean {
  const p = properties.find((x) => samePropertyId(x.id, c.id));
  if (!p) return false;
  const value = p.value.toLowerCase();
  const wanted = c.value.toLowerCase();
  switch (c.op) {
    case "exists":
      return true;
    case "eq":
      return value === wanted;
    case "ne":
      return value !== wanted;
    case "contains":
      return value.includes(wanted);
    case "startswith":
      return value.startsWith(wanted);
  }
}
