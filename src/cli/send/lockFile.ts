// One writer per journal, even when two `rundmail send` start at the same moment. The lock file appears whole or
// not at all (written beside it, then hard-linked into place: link fails if the name exists), so nobody ever reads a
// half-written lock. A lock whose holder is gone is broken by one process at a time: it takes a second lock (the
// lock's name + ".breaking") the same way, reads the lock again, and removes it only if it is still the one it judged
// stale. (Moving the stale lock aside and putting back what turned out to be a live one, as before, left a moment
// with no lock at all, in which a third process could take it while the first still held it: two writers.)
import { randomBytes } from "node:crypto";
import { closeSync, linkSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
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

/** While another process breaks a stale lock: how long to wait before looking again, and how often at most. */
const BREAKING_WAIT_MS = 2;
const BREAKING_WAITS = 2_500;

/** Takes the lock at `path` for this process, or throws LockBusyError naming the process that holds it. */
export function takeLock(path: string): void {
  const content = lockContent();
  let waits = 0;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    if (create(path, content)) return;
    const holder = readHolder(path);
    if (holder === null) continue; // released meanwhile: try again
    if (!isStale(holder)) throw new LockBusyError(holder.pid ?? 0);
    const broken = breakStale(path, holder);
    // Neither breaking a stale lock nor waiting while another process breaks it is a failed try.
    if (broken === "broken") attempt--;
    else if (broken === "another is breaking it" && waits < BREAKING_WAITS) {
      waits++;
      sleepSync(BREAKING_WAIT_MS);
      attempt--;
    }
  }
  throw new LockBusyError(readHolder(path)?.pid ?? 0);
}

const lockContent = (): string => JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });

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

/** Removes the stale lock `judged`, if it is still there, holding the breaking lock; says what happened. */
function breakStale(path: string, judged: Holder): "broken" | "changed" | "another is breaking it" {
  const breaking = `${path}.breaking`;
  if (!create(breaking, lockContent())) {
    // Another process is breaking it this moment — or was killed while it did: its breaking lock is then stale too.
    const breaker = readHolder(breaking);
    if (breaker !== null && isStale(breaker) && breaker.ageMs > STALE_BREAKER_MS) rmSync(breaking, { force: true });
    return "another is breaking it";
  }
  try {
    // Only a process holding the breaking lock removes a lock it did not take, and a lock cannot be replaced (link
    // fails on an existing name): what is read here stays until it is removed here.
    const now = readHolder(path);
    if (now === null || now.raw !== judged.raw) return "changed";
    rmSync(path, { force: true });
    return "broken";
  } finally {
    rmSync(breaking, { force: true });
  }
}

/** A breaking lock is left only by a process killed in the moment it held it; it is removed once this old. */
const STALE_BREAKER_MS = 1_000;

/** Waits without giving up the thread (the lock is taken before anything asynchronous starts). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
