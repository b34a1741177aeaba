#!/usr/bin/env node
// Entry point of the `rundmail` command: runs the compiled CLI (built by `npm install` through the prepare script).
"use strict";
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "dist", "node", "cli", "main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("rundmail: the command is not built yet. Run 'npm run build:cli' in the Rundmail folder.\n");
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
