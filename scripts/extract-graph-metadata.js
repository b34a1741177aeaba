#!/usr/bin/env node
// Extracts from Microsoft Graph's v1.0 metadata (CSDL) the types Rundmail's request bodies use, into the fixture the
// Graph emulator checks every request body against in the tests (test/fixtures/graph-metadata/mail-v1.0.json).
//
//   git clone https://github.com/microsoftgraph/msgraph-metadata   (or any copy of it)
//   node scripts/extract-graph-metadata.js <msgraph-metadata folder> <commit> > test/fixtures/graph-metadata/mail-v1.0.json
//
// Reads clean_v10_metadata/cleanMetadata.xml. Kept: the root types below, their base types, every complex and enum
// type their structural properties reach, and the createUploadSession action bound to attachments. Navigation
// properties are listed with their target type; a target outside the roots is kept by name only ("reference": true),
// so a request that deep-inserts into it is flagged rather than checked against nothing.
"use strict";

const fs = require("fs");
const path = require("path");
const sax = require("sax");

const FILE = "clean_v10_metadata/cleanMetadata.xml";
const NAMESPACE = "microsoft.graph";
const ROOTS = [
  "message",
  "attachment",
  "fileAttachment",
  "attachmentItem",
  "singleValueLegacyExtendedProperty",
  "recipient",
  "emailAddress",
  "itemBody",
];

function main(argv) {
  const [folder, commit] = argv;
  if (!folder || !commit) {
    process.stderr.write("usage: extract-graph-metadata.js <msgraph-metadata folder> <commit>\n");
    return 2;
  }
  const xml = fs.readFileSync(path.join(folder, FILE), "utf8");
  const all = readTypes(xml);
  const types = {};
  const queue = ROOTS.map((name) => `${NAMESPACE}.${name}`);
  const roots = new Set(queue);
  while (queue.length > 0) {
    const name = queue.shift();
    if (types[name] || name.startsWith("Edm.")) continue;
    const type = all.types.get(name);
    if (!type) throw new Error(`${name} is not in ${FILE}`);
    types[name] = type;
    if (type.base) queue.push(type.base);
    for (const p of Object.values(type.properties ?? {})) queue.push(elementType(p.type));
    for (const n of Object.values(type.navigation ?? {})) {
      const target = elementType(n.type);
      if (roots.has(target)) queue.push(target);
      else if (!types[target]) types[target] = { kind: "entity", reference: true };
    }
  }
  const action = all.actions.find((a) => a.name === "createUploadSession" && a.binding === `Collection(${NAMESPACE}.attachment)`);
  if (!action) throw new Error("createUploadSession bound to attachments is missing");
  for (const p of Object.values(action.parameters)) queue.push(elementType(p.type));
  while (queue.length > 0) {
    const name = queue.shift();
    if (!types[name] && !name.startsWith("Edm.")) types[name] = all.types.get(name);
  }
  const sorted = Object.fromEntries(Object.keys(types).sort().map((k) => [k, types[k]]));
  const fixture = {
    source: {
      repository: "https://github.com/microsoftgraph/msgraph-metadata",
      path: FILE,
      commit,
      extractedBy: "scripts/extract-graph-metadata.js",
      roots: ROOTS.map((r) => `${NAMESPACE}.${r}`),
      note: "Type names are written out in full (the CSDL's alias 'graph' replaced by 'microsoft.graph'). Nullable is false only where the CSDL says so.",
    },
    types: sorted,
    actions: { createUploadSession: { binding: action.binding, parameters: action.parameters } },
  };
  process.stdout.write(`${JSON.stringify(fixture, null, 2)}\n`);
  return 0;
}

const elementType = (type) => (/^Collection\((.+)\)$/.exec(type)?.[1] ?? type);

/** Every EntityType, ComplexType and EnumType of the microsoft.graph schema, and its bound actions. */
function readTypes(xml) {
  const parser = sax.parser(true);
  const types = new Map();
  const actions = [];
  let schema = null;
  let current = null;
  let action = null;
  const full = (type) => type.replace(/\bgraph\./g, `${NAMESPACE}.`);
  parser.onopentag = ({ name, attributes: a }) => {
    if (name === "Schema") schema = a.Namespace;
    if (schema !== NAMESPACE) return;
    if (name === "EntityType" || name === "ComplexType") {
      current = {
        kind: name === "EntityType" ? "entity" : "complex",
        ...(a.BaseType ? { base: full(a.BaseType) } : {}),
        ...(a.Abstract === "true" ? { abstract: true } : {}),
        ...(a.OpenType === "true" ? { open: true } : {}),
        properties: {},
        navigation: {},
      };
      types.set(`${NAMESPACE}.${a.Name}`, current);
    } else if (name === "EnumType") {
      current = { kind: "enum", members: [], ...(a.IsFlags === "true" ? { flags: true } : {}) };
      types.set(`${NAMESPACE}.${a.Name}`, current);
    } else if (name === "Member" && current?.kind === "enum") current.members.push(a.Name);
    else if (name === "Property" && current) current.properties[a.Name] = { type: full(a.Type), ...(a.Nullable === "false" ? { nullable: false } : {}) };
    else if (name === "NavigationProperty" && current) current.navigation[a.Name] = { type: full(a.Type) };
    else if (name === "Action") action = { name: a.Name, binding: null, parameters: {} };
    else if (name === "Parameter" && action) {
      if (action.binding === null) action.binding = full(a.Type);
      else action.parameters[a.Name] = { type: full(a.Type), ...(a.Nullable === "false" ? { nullable: false } : {}) };
    }
  };
  parser.onclosetag = (name) => {
    if (name === "EntityType" || name === "ComplexType" || name === "EnumType") current = null;
    if (name === "Action" && action) {
      actions.push(action);
      action = null;
    }
    if (name === "Schema") schema = null;
  };
  parser.write(xml).close();
  return { types, actions };
}

process.exitCode = main(process.argv.slice(2));
