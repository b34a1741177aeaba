// Graph's own metadata for the types Rundmail writes, as extracted by scripts/extract-graph-metadata.js from
// microsoftgraph/msgraph-metadata (see the fixture's "source"). Every test that runs the Graph emulator behind the
// real gateway passes it as `shapes`, so a request body Graph would not know fails the test.
import { readFileSync } from "fs";
import path from "path";
import type { GraphShapes } from "../../src/emulator/graphShapes";

export const GRAPH_METADATA_FIXTURE = path.resolve(__dirname, "../fixtures/graph-metadata/mail-v1.0.json");
export const GRAPH_SHAPES: GraphShapes = JSON.parse(readFileSync(GRAPH_METADATA_FIXTURE, "utf8")) as GraphShapes;
