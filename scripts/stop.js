#!/usr/bin/env node
// `npm stop`.
//   Windows: office-addin-debugging removes the sideloaded add-in and stops the dev server it started.
//   Elsewhere: stop the dev server that `npm start` started (found through its note in the temp folder).
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { setTimeout: sleep } = require("timers/promises");
const { allServerRecords, isAlive, serverRecordPath } = require("./dev-server-record");

const ROOT = path.resolve(__dirname, "..");

function stopOnWindows() {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const child = spawn(process.execPath, [cli, "stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** SIGTERM to the server's process group, SIGKILL if it is still there after five seconds. */
async function stopProcessGroup(pid) {
  const signalGroup = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch {
      try {
        process.kill(pid, signal);
      } catch {
        // Gone already.
      }
    }
  };
  signalGroup("SIGTERM");
  for (let waited = 0; waited < 5000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) signalGroup("SIGKILL");
}

async function stopElsewhere() {
  // RUNDMAIL_PORT limits this to the server on that port (tests use their own port; a developer's server stays up).
  const onlyPort = process.env.RUNDMAIL_PORT;
  const records = allServerRecords().filter(({ file }) => !onlyPort || file === serverRecordPath(onlyPort));
  let stopped = 0;
  for (const { file, record } of records) {
    if (record && isAlive(record.pid)) {
      await stopProcessGroup(record.pid);
      console.log(`Stopped the Rundmail dev server on ${record.origin} (process ${record.pid}).`);
      stopped++;
    }
    fs.rmSync(file, { force: true });
  }
  if (stopped === 0) console.log("No Rundmail dev server started by `npm start` is running; nothing to stop.");
  console.log("Outlook on the web keeps the custom add-in until you remove it under https://aka.ms/olksideload → My add-ins.");
}

if (process.platform === "win32") {
  stopOnWindows();
} else {
  stopElsewhere().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
