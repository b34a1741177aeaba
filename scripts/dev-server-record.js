// The note `npm start` leaves in the temp folder while its dev server runs, so that `npm stop` can find it.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const PREFIX = "rundmail-dev-server-";

function serverRecordPath(port) {
  return path.join(os.tmpdir(), `${PREFIX}${port}.json`);
}

function readServerRecord(port) {
  try {
    return JSON.parse(fs.readFileSync(serverRecordPath(port), "utf8"));
  } catch {
    return undefined;
  }
}

/** All records, whatever the port: [{ file, record }]. */
function allServerRecords() {
  return fs
    .readdirSync(os.tmpdir())
    .filter((name) => name.startsWith(PREFIX) && name.endsWith(".json"))
    .map((name) => {
      const file = path.join(os.tmpdir(), name);
      try {
        return { file, record: JSON.parse(fs.readFileSync(file, "utf8")) };
      } catch {
        return { file, record: undefined };
      }
    });
}

/** Removes the record of `port`; with `pid`, only if it still belongs to that process. */
function removeServerRecord(port, pid) {
  const record = readServerRecord(port);
  if (pid !== undefined && record && record.pid !== pid) return;
  fs.rmSync(serverRecordPath(port), { force: true });
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

module.exports = { serverRecordPath, readServerRecord, allServerRecords, removeServerRecord, isAlive };
