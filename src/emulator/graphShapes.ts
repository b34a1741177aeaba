// Request bodies checked against Graph's own metadata (the v1.0 CSDL of microsoftgraph/msgraph-metadata), so that a
// property Graph does not know or a value of the wrong type fails in the tests instead of in a real mailbox. The
// shapes come from outside (test/fixtures/graph-metadata/mail-v1.0.json, made by scripts/extract-graph-metadata.js):
// the emulator checks only when it is given them. Strict where Graph may be lenient: message is an open type in the
// metadata (OpenType="true"), so Graph might keep a misspelt property instead of refusing it — a typo all the same.

export interface ShapeProperty {
  readonly type: string;
  readonly nullable?: boolean;
}

export type ShapeType =
  | {
      readonly kind: "entity" | "complex";
      readonly base?: string;
      readonly abstract?: boolean;
      readonly open?: boolean;
      /** Named by a navigation property but not extracted: nothing may be written into it. */
      readonly reference?: boolean;
      readonly properties?: Readonly<Record<string, ShapeProperty>>;
      readonly navigation?: Readonly<Record<string, { readonly type: string }>>;
    }
  | { readonly kind: "enum"; readonly members: readonly string[]; readonly flags?: boolean };

export interface GraphShapes {
  readonly types: Readonly<Record<string, ShapeType>>;
  readonly actions: Readonly<Record<string, { readonly binding: string; readonly parameters: Readonly<Record<string, ShapeProperty>> }>>;
}

const NS = "microsoft.graph.";
const collectionOf = (type: string): string | null => /^Collection\((.+)\)$/.exec(type)?.[1] ?? null;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const PRIMITIVES: Readonly<Record<string, (v: unknown) => boolean>> = {
  "Edm.String": (v) => typeof v === "string",
  "Edm.Boolean": (v) => typeof v === "boolean",
  "Edm.Int32": (v) => Number.isInteger(v) && Math.abs(v as number) <= 2 ** 31,
  "Edm.Int64": (v) => Number.isSafeInteger(v),
  "Edm.Double": (v) => typeof v === "number",
  "Edm.Binary": (v) => typeof v === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(v),
  "Edm.DateTimeOffset": (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)),
};

/** Whether `type` is `ancestor` or derives from it. */
function derivesFrom(shapes: GraphShapes, type: string, ancestor: string): boolean {
  for (let t: string | undefined = type; t !== undefined; ) {
    if (t === ancestor) return true;
    const shape: ShapeType | undefined = shapes.types[t];
    t = shape && shape.kind !== "enum" ? shape.base : undefined;
  }
  return false;
}

/** A structured type's declared properties and navigation properties, its base types' included. */
function members(shapes: GraphShapes, type: string): Map<string, { readonly type: string; readonly nullable?: boolean; readonly navigation: boolean }> {
  const out = new Map<string, { type: string; nullable?: boolean; navigation: boolean }>();
  for (let t: string | undefined = type; t !== undefined; ) {
    const shape: ShapeType | undefined = shapes.types[t];
    if (!shape || shape.kind === "enum") break;
    for (const [name, p] of Object.entries(shape.properties ?? {})) if (!out.has(name)) out.set(name, { ...p, navigation: false });
    for (const [name, n] of Object.entries(shape.navigation ?? {})) if (!out.has(name)) out.set(name, { type: n.type, navigation: true });
    t = shape.base;
  }
  return out;
}

/** What is wrong with `value` as a `type` (a CSDL type name written out in full); empty when nothing is. */
export function shapeViolations(shapes: GraphShapes, type: string, value: unknown, where = "$", nullable = true): string[] {
  if (value === null) return nullable ? [] : [`${where}: null is not allowed for ${type}`];
  const element = collectionOf(type);
  if (element !== null) {
    if (!Array.isArray(value)) return [`${where}: ${type} must be an array`];
    return value.flatMap((item, i) => shapeViolations(shapes, element, item, `${where}[${i}]`, false));
  }
  const primitive = PRIMITIVES[type];
  if (primitive) return primitive(value) ? [] : [`${where}: ${JSON.stringify(value)?.slice(0, 40)} is not ${type}`];
  const shape = shapes.types[type];
  if (!shape) return [`${where}: ${type} is not in the extracted metadata`];
  if (shape.kind === "enum") {
    // Graph reads enum members without regard to case ("HTML" for html, as Learn's own examples write it).
    const ok = typeof value === "string" && value.split(shape.flags ? /\s*,\s*/ : /$^/).every((m) => shape.members.some((x) => x.toLowerCase() === m.toLowerCase()));
    return ok ? [] : [`${where}: ${JSON.stringify(value)} is not a member of ${type} (${shape.members.join(", ")})`];
  }
  if (!isObject(value)) return [`${where}: ${type} must be an object`];
  if (shape.reference) return [`${where}: ${type} was not extracted from the metadata; nothing may be written into it`];
  let actual = type;
  const declared = value["@odata.type"];
  if (declared !== undefined) {
    const named = typeof declared === "string" ? declared.replace(/^#/, "") : "";
    if (!named.startsWith(NS) || !shapes.types[named] || !derivesFrom(shapes, named, type)) return [`${where}: @odata.type ${JSON.stringify(declared)} is not ${type} or a type derived from it`];
    actual = named;
  }
  const actualShape = shapes.types[actual];
  if (actualShape?.kind !== "enum" && actualShape?.abstract) return [`${where}: ${actual} is abstract; @odata.type must name the type meant`];
  const known = members(shapes, actual);
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (key.startsWith("@") || key.includes("@")) continue; // instance and property annotations (@odata.type, …)
    const member = known.get(key);
    if (!member) {
      out.push(`${where}.${key}: ${actual} has no property '${key}'`);
      continue;
    }
    out.push(...shapeViolations(shapes, member.type, v, `${where}.${key}`, member.nullable !== false));
  }
  return out;
}

/** What is wrong with the body of a request Rundmail makes; [] for a route without a body to check, or no JSON. */
export function requestShapeViolations(shapes: GraphShapes, method: string, path: string, body: Buffer): string[] {
  let parsed: unknown;
  try {
    parsed = body.length === 0 ? undefined : JSON.parse(body.toString("utf8"));
  } catch {
    return []; // not JSON: the emulator answers that itself, as Graph does
  }
  const label = `${method} ${path}`;
  const check = (type: string): string[] => shapeViolations(shapes, type, parsed, label, false);
  if (/^(POST \/v1\.0\/me\/messages|PATCH \/v1\.0\/me\/messages\/[^/]+)$/.test(label)) return check(`${NS}message`);
  if (/^POST \/v1\.0\/me\/messages\/[^/]+\/attachments$/.test(label)) return check(`${NS}attachment`);
  if (/^POST \/v1\.0\/me\/messages\/[^/]+\/attachments\/createUploadSession$/.test(label)) {
    const action = shapes.actions["createUploadSession"];
    if (!action) return [`${label}: createUploadSession was not extracted`];
    if (!isObject(parsed)) return [`${label}: the parameters must be an object`];
    const out: string[] = [];
    for (const [name, p] of Object.entries(action.parameters)) if (p.nullable === false && !(name in parsed)) out.push(`${label}.${name}: required`);
    for (const [name, v] of Object.entries(parsed)) {
      const p = action.parameters[name];
      if (!p) out.push(`${label}.${name}: createUploadSession has no parameter '${name}'`);
      else out.push(...shapeViolations(shapes, p.type, v, `${label}.${name}`, p.nullable !== false));
    }
    return out;
  }
  if (parsed !== undefined && /^POST \/v1\.0\/me\/messages\/[^/]+\/send$/.test(label)) return [`${label}: /send of a draft takes no body`];
  return [];
}
