// The journal lock under a real race: several `rundmail send` processes opening one journal at the same moment,
// over a lock left by a crashed run. Exactly one may write; the others are told who holds it.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";

const journalModule = join(__dirname, "..", "dist", "node", "cli", "send", "journal.js");

/** A child that waits for the start signal, opens the journal, and says whether it won; a winner holds it a while. */
const CHILD = `
const fs = require("fs");
const { Journal, JournalBusyError } = require(process.argv[1]);
const [dir, go] = process.argv.slice(2);
while (!fs.existsSync(go)) {}
try {
  const journal = Journal.open(dir);
  process.stdout.write("won");
  setTimeout(() => journal.close(), 1500);
} catch (error) {
  process.stdout.write(error instanceof JournalBusyError ? "busy:" + error.pid : "error:" + error.message);
}
`;

function contender(dir: string, go: string): Promise<string> {
  const child = spawn(process.execPath, ["-e", CHILD, journalModule, dir, go], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  return new Promise((resolve) => child.once("close", () => resolve(out)));
}

test.each([
  ["a free journal", null],
  ["a lock left by a run that was killed", JSON.stringify({ pid: 999_999_999, host: hostname() })],
  ["a lock written by an earlier version, its process gone", "999999999"],
])("eight processes start at once on %s: exactly one writes", async (_name, leftOver) => {
  const dir = mkdtempSync(join(tmpdir(), "rundmail-race-"));
  if (leftOver !== null) writeFileSync(join(dir, "journal.lock"), leftOver);
  const go = join(dir, "go");
  const results = Array.from({ length: 8 }, () => contender(dir, go));
  await new Promise((r) => setTimeout(r, 700)); // every child is waiting at the start line
  writeFileSync(go, "");
  const outcomes = await Promise.all(results);
  expect(outcomes.filter((o) => o === "won")).toHaveLength(1);
  expect(outcomes.filter((o) => o.startsWith("busy:"))).toHaveLength(7);
}, 30_000);
