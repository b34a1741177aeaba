import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { LockBusyError, releaseLock, takeLock } from "./lockFile";

const lockIn = (): string => join(mkdtempSync(join(tmpdir(), "rundmail-lock-")), "journal.lock");
const holderOf = (path: string): { pid: number; host: string } => JSON.parse(readFileSync(path, "utf8")) as { pid: number; host: string };
const DEAD = 999_999_999; // no such process
const busyPid = (path: string): number | null => {
  try {
    takeLock(path);
    return null;
  } catch (error) {
    if (error instanceof LockBusyError) return error.pid;
    throw error;
  }
};

describe("the journal lock: one writer at a time", () => {
  test("a free lock is taken and names this process and host; released, it is gone", () => {
    const path = lockIn();
    takeLock(path);
    expect(holderOf(path)).toMatchObject({ pid: process.pid, host: hostname() });
    releaseLock(path);
    expect(existsSync(path)).toBe(false);
  });

  const held: Array<[string, string, number]> = [
    ["a living process (this one's parent)", JSON.stringify({ pid: process.ppid, host: hostname() }), process.ppid],
    ["a living process, as earlier versions wrote it", String(process.ppid), process.ppid],
    ["another host, whose processes cannot be seen from here", JSON.stringify({ pid: DEAD, host: "other-host.example" }), DEAD],
    ["an empty file that may be being written right now", "", 0],
    ["an unreadable file that may be being written right now", '{"pid":', 0],
  ];
  test.each(held)("held by %s: busy, and the lock is left as it was", (_name, content, pid) => {
    const path = lockIn();
    writeFileSync(path, content);
    expect(busyPid(path)).toBe(pid);
    expect(readFileSync(path, "utf8")).toBe(content);
  });

  const stale: Array<[string, string, boolean]> = [
    ["a process that is gone", JSON.stringify({ pid: DEAD, host: hostname() }), false],
    ["a process that is gone, as earlier versions wrote it", String(DEAD), false],
    ["an empty file left long ago by a crash", "", true],
  ];
  test.each(stale)("left by %s: taken over", (_name, content, old) => {
    const path = lockIn();
    writeFileSync(path, content);
    if (old) utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect(busyPid(path)).toBeNull();
    expect(holderOf(path).pid).toBe(process.pid);
  });
});

describe("breaking a stale lock: one process at a time", () => {
  test("while a living process breaks it, the lock is not broken a second time: busy, nothing removed", () => {
    const path = lockIn();
    const stale = JSON.stringify({ pid: DEAD, host: hostname() });
    writeFileSync(path, stale);
    writeFileSync(`${path}.breaking`, JSON.stringify({ pid: process.ppid, host: hostname() }));
    expect(busyPid(path)).toBe(DEAD); // after waiting a while for the other process to finish
    expect(readFileSync(path, "utf8")).toBe(stale);
  });

  test("a breaking lock left by a process killed while it broke one is cleared, and the stale lock is taken over", () => {
    const path = lockIn();
    writeFileSync(path, JSON.stringify({ pid: DEAD, host: hostname() }));
    writeFileSync(`${path}.breaking`, JSON.stringify({ pid: DEAD, host: hostname() }));
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.breaking`, old, old);
    expect(busyPid(path)).toBeNull();
    expect(holderOf(path).pid).toBe(process.pid);
    expect(existsSync(`${path}.breaking`)).toBe(false);
  });
});
