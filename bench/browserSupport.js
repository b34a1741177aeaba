// What the browser benches share (bench/taskpane.js, bench/browser-run.js and its server): the flags Debian's Chromium
// is started with, and a static file server for a built folder (nothing above it, never cached, as test/support/servedAddin.ts).
"use strict";
const fs = require("fs");
const path = require("path");

// Chromium applies a stylesheet only when it is served as text/css.
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".csv": "text/csv", ".pdf": "application/pdf", ".xml": "application/xml", ".png": "image/png" };

/** The flags the benches start Debian's Chromium with (those of test/support/browser.ts): headless and quiet. */
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A request handler for http.createServer that answers with the files below dir. */
function serveFiles(dir) {
  const root = path.resolve(dir);
  return (request, response) => {
    const notFound = () => response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url || "/", "http://127.0.0.1").pathname);
    } catch {
      return notFound();
    }
    const file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(root + path.sep)) return notFound();
    fs.readFile(file, (error, body) => {
      if (error) return notFound();
      response.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream", "cache-control": "no-store" }).end(body);
    });
  };
}

module.exports = { CHROMIUM_ARGS, serveFiles };
