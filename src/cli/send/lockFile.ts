// One writer per journal, even when two `rundmail send` start at the same moment. The lock file appears whole or
// not at all (written beside it, then hard-linked into place: link fails if the name exists), so nobody ever reads a
// half-written lock. A lock whose holder is gone is broken by moving it aside first and checking it is still the
// one that was judged stale, so two processes breaking it at once cannot both win.
import { randomBytes } from "node:crypto";
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { hostname } from "node:os";

export class LockBusyError extends Error {
  constructor(
    /** The holder's process id; 0 when it cannot be read. */
    readonly pid: number,
  ) {
    super(`locked by process ${pid}`);
    this.name = "LockBusyError";
  }
}

interface Holder {
  readonly raw: string;
  readonly pid: number | null;
  /** null for locks written before the host was recorded: taken to be this host's. */
  readonly host: string | null;
  readonly ageMs: number;
}

/** A lock that is still being written may look empty for a moment (only where hard links are not possible). */
const UNREADABLE_GRACE_MS = 10_000;
const TRIES = 5;

/** Takes the lock at `path` for this process, or throws LockBusyError naming the process that holds it. */
export function takeLock(path: string): void {
  const content = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });
  for (let attempt = 0; attempt < TRIES; attempt++) {
    if (create(path, content)) return;
    const holder = readHolder(path);
    if (holder === null) continue; // released meanwhile: try again
    if (!isStale(holder)) throw new LockBusyError(holder.pid ?? 0);
    breakStale(path, holder);
  }
  throw new LockBusyError(readHolder(path)?.pid ?? 0);
}

export function releaseLock(path: string): void {
  rmSync(path, { force: true });
}

/** Creates the lock with its content in one step; false when a lock exists. */
function create(path: string, content: string): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, content, { flag: "wx" });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    return createWithoutLink(path, content); // a file system without hard links (FAT, some network shares)
  } finally {
    rmSync(temporary, { force: true });
  }
}

function createWithoutLink(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(path: string): Holder | null {
  let raw: string;
  let ageMs: number;
  try {
    raw = readFileSync(path, "utf8");
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const text = raw.trim();
  if (/^\d+$/.test(text)) return { raw, pid: Number(text), host: null, ageMs }; // written by an earlier version
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; host?: unknown };
    const pid = Number.isInteger(parsed.pid) && (parsed.pid as number) > 0 ? (parsed.pid as number) : null;
    return { raw, pid, host: typeof parsed.host === "string" ? parsed.host : null, ageMs };
  } catch {
    return { raw, pid: null, host: null, ageMs };
  }
}

/**
 * Stale: its process is gone. A lock of another host is never judged (its processes cannot be seen from here), nor
 * an unreadable one that is young (it may be being written). This process's own id in a lock is stale: it was
 * left by an earlier process that had the same id (containers number their processes alike on every start).
 */
function isStale(holder: Holder): boolean {
  if (holder.host !== null && holder.host !== hostname()) return false;
  if (holder.pid === null) return holder.ageMs > UNREADABLE_GRACE_MS;
  return holder.pid === process.pid || !isRunning(holder.pid);
}

function breakStale(path: string, judged: Holder): void {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // someone else broke it first
    throw error;
  }
  let moved: string | null = null;
  try {
    moved = readFileSync(aside, "utf8");
  } catch {
    // gone again: nothing to put back
  }
  if (moved !== null && moved !== judged.raw) {
    // Between judging and moving, another process broke the stale lock and took it: give it back, and wait.
    try {
      linkSync(aside, path);
    } catch {
      // a third process holds it now; either way this one does not
    }
    rmSync(aside, { force: true });
    throw new LockBusyError(readHolder(path)?.pid ?? 0);
  }
  rmSync(aside, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
