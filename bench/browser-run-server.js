// The server behind bench/browser-run.js, in a process of its own (Graph is a remote server): the built add-in's
// files and the Graph emulator mounted under /graph on the same origin, as the sandbox has it in `npm start` and in
// the browser tests. One server, so a request from the pane reaches the emulator without a hop through a proxy.
// Usage: node bench/browser-run-server.js DIR LATENCY_MS UPLOAD_ORIGIN; prints a JSON line (origin, control), then one
// for each result the pane posts to /bench/result.
"use strict";
const http = require("http");
const { createGraphEmulator } = require("../dist/node/emulator/graphEmulator.js");
const { serveFiles } = require("./browserSupport");

const [dir, latency, uploadOrigin] = process.argv.slice(2);

const emulator = createGraphEmulator({ prefix: "/graph", seed: 5, uploadOrigin });
emulator.faults.latencyMs = Number(latency);
const files = serveFiles(dir);
const server = http.createServer((request, response) => {
  if (emulator.handle(request, response)) return;
  if (request.method === "POST" && request.url === "/bench/result") {
    // The figures the pane measured (bench/browser-run.js: timedRun), passed on as one line.
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      process.stdout.write(JSON.stringify({ result: JSON.parse(body) }) + "\n");
      response.writeHead(204).end();
    });
    return;
  }
  files(request, response);
});
server.listen(0, "127.0.0.1", () => {
  const { EMULATOR_CONTROL_HEADER } = require("../dist/node/emulator/controlProtocol.js");
  process.stdout.write(JSON.stringify({ origin: `http://127.0.0.1:${server.address().port}`, controlHeader: EMULATOR_CONTROL_HEADER, controlToken: emulator.controlToken }) + "\n");
});
process.once("SIGTERM", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
