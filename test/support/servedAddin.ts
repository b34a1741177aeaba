// The add-in as the browser tests see it: built by webpack into a temporary folder and served over plain http on
// 127.0.0.1, so the tests need neither the dev server nor a certificate. The Graph emulator is mounted under /graph
// on the same server, where the sandbox's task pane looks for Microsoft Graph; its upload URLs are on a second
// server (`uploadOrigin`), as Graph's are on outlook.office.com, and the build puts that origin into the sandbox
// pane's connect-src — so chunk PUTs are cross-origin, with a preflight, under the pane's real policy. The tests
// reach the emulator's state in-process (`graph`), its controls over HTTP need `graph.controlToken`, and Graph calls
// a token from `graph.issueToken()`. Every request body is checked against Graph's metadata (`graph.shapeViolations`).
import { spawn } from "child_process";
import { mkdtempSync, readFile, rmSync } from "fs";
import http from "http";
import os from "os";
import path from "path";
import { createGraphEmulator, type GraphEmulatorOptions, type GraphEmulatorState } from "../../src/emulator/graphEmulator";
import { startUploadServer } from "../../src/emulator/uploadOrigin";
import { GRAPH_SHAPES } from "./graphShapes";
import { copySharedBuild, sharedBuild } from "./sharedBuild";

const ROOT = path.resolve(__dirname, "../..");

export interface ServedAddin {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  /** "http://127.0.0.1:OTHER_PORT": where the emulator's upload URLs point. */
  readonly uploadOrigin: string;
  /** The folder webpack wrote to. */
  readonly dir: string;
  /** The simulated mailbox behind `${origin}/graph/v1.0`: its drafts, faults and request log, for the tests to inspect. */
  readonly graph: GraphEmulatorState;
  /** Stops the server and removes the folder. */
  close(): Promise<void>;
}

/**
 * Runs `webpack --mode MODE` into `outDir` (webpack-cli's --output-path overrides the config's dist/addin); `env`
 * becomes `--env NAME=VALUE` each, e.g. { officejs: "self" }.
 */
export function buildAddin(outDir: string, mode: "production" | "development" = "production", env: Readonly<Record<string, string>> = {}): Promise<void> {
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const envArgs = Object.entries(env).flatMap(([name, value]) => ["--env", `${name}=${value}`]);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [webpackCli, "--mode", mode, ...envArgs, "--output-path", outDir], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`webpack exited with ${code}:\n${output}`))));
  });
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  // Chromium applies a stylesheet only when it is served as text/css.
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};

/** Answers a request itself (true) or leaves it to the files (false), as the Graph emulator's handle does. */
export type RequestHandler = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;

/** Serves the files in `dir` (and nothing above it) on 127.0.0.1 at a free port; `handler` sees each request first. */
export function serveDirectory(dir: string, handler?: RequestHandler): Promise<{ readonly origin: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (handler?.(request, response) === true) return;
    const notFound = () => response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      return notFound();
    }
    const file = path.join(dir, path.normalize(pathname));
    if (!file.startsWith(dir + path.sep)) return notFound();
    readFile(file, (error, body) => {
      if (error) return notFound();
      const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") return reject(new Error("The test server has no port."));
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The prefix the sandbox expects the emulator under (officeInFrame.ts: `${origin}/graph/v1.0`). */
export const GRAPH_PREFIX = "/graph";

/** Builds the add-in (or copies the run's shared build; call it in beforeAll) and serves it with a Graph emulator; `close()` in afterAll. */
export async function serveBuiltAddin(
  mode: "production" | "development" = "production",
  graphOptions: Omit<GraphEmulatorOptions, "prefix"> = {},
): Promise<ServedAddin> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rundmail-addin-"));
  const graph = createGraphEmulator({ shapes: GRAPH_SHAPES, ...graphOptions, prefix: GRAPH_PREFIX });
  // First the upload server: its port goes into the build (the sandbox pane's connect-src).
  const uploads = await startUploadServer(graph.handleUpload);
  graph.uploadOrigin = uploads.origin;
  try {
    // The run's one production build where globalSetup made it (test/support/sharedBuild.ts), else a build of its own.
    const shared = mode === "production" ? sharedBuild() : null;
    if (shared !== null) copySharedBuild(shared, dir, uploads.origin);
    else await buildAddin(dir, mode, { uploadOrigin: uploads.origin });
    const server = await serveDirectory(dir, graph.handle);
    return {
      origin: server.origin,
      uploadOrigin: uploads.origin,
      dir,
      graph,
      close: async () => {
        await server.close();
        await uploads.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await uploads.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
