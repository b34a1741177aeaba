// The send journal: an append-only file of JSON lines beside the report, flushed to disk before a message is handed
// to the server ("attempt") and after its answer ("sent" / "failed"). It is the memory that makes a second run send
// only what is missing: a row with "sent" is skipped; a row whose last word is "attempt" was in flight when the
// process died, so nobody knows whether it arrived ("unknown") and it is not sent again unless asked.
import { closeSync, existsSync, fdatasyncSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { LockBusyError, releaseLock, takeLock } from "./lockFile";

export const JOURNAL_FILE = "journal.jsonl";
const LOCK_FILE = "journal.lock";

export type JournalRecord =
  /**
   * First line of a journal: an id for the Message-IDs of this mailing, so they never repeat another mailing's. A
   * later "begin" starts a new run of the same list (--again): what came before it no longer counts as sent.
   */
  | { readonly t: "begin"; readonly at: string; readonly id: string }
  | { readonly t: "run"; readonly at: string; readonly pid: number }
  | { readonly t: "attempt"; readonly key: string; readonly row: number; readonly to: string; readonly at: string; readonly try: number }
  | {
      readonly t: "sent";
      readonly key: string;
      readonly row: number;
      readonly to: string;
      readonly at: string;
      readonly response: string;
      readonly refused?: readonly string[];
    }
  | {
      readonly t: "failed";
      readonly key: string;
      readonly row: number;
      readonly to: string;
      readonly at: string;
      /** transient: try again later; permanent: the server said no; unknown: handed over, no answer. */
      readonly kind: "transient" | "permanent" | "unknown";
      readonly code: number | null;
      readonly reason: string;
      /** Addresses that got the message although its To was refused (a Cc, the archive). */
      readonly deliveredTo?: readonly string[];
    };

/** What the journal knows about one message key, taken from its records in order. */
export interface KnownMessage {
  readonly key: string;
  readonly row: number;
  readonly to: string;
  /**
   * sent: the server accepted it. unknown: handed over, no answer. partial: the To was refused but a copy went to the
   * Cc or archive (sending again would repeat that copy). failed: not delivered, may be tried again.
   */
  readonly status: "sent" | "unknown" | "partial" | "failed";
  readonly at: string;
  readonly detail: string;
  /** For "partial": who got the copy. */
  readonly deliveredTo: readonly string[];
}

export class JournalDamagedError extends Error {
  constructor(readonly line: number) {
    super(`journal line ${line} cannot be read`);
    this.name = "JournalDamagedError";
  }
}

/**
 * Reads a journal's text. A last line without its line break is what a killed process left half-written; it is
 * ignored, which is safe: the message it announced was never handed over, because handing over waits for the line
 * to be on disk. A damaged line anywhere else is an error: guessing could send a message twice.
 */
export interface JournalContents {
  readonly id: string | null;
  readonly known: Map<string, KnownMessage>;
}

export function readJournal(text: string): JournalContents {
  const known = new Map<string, KnownMessage>();
  let id: string | null = null;
  const lines = text.split("\n");
  const last = lines.length - 1; // after the final "\n" (or the torn line)
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let record: JournalRecord;
    try {
      record = JSON.parse(line) as JournalRecord;
    } catch {
      if (index === last) return;
      throw new JournalDamagedError(index + 1);
    }
    if (index === last) return; // complete JSON, but its line break never reached the disk: not written
    if (record.t === "begin") {
      id = record.id;
      known.clear(); // --again: a new run; the earlier one stays in the file as history
    } else apply(known, record);
  });
  return { id, known };
}

function apply(known: Map<string, KnownMessage>, record: JournalRecord): void {
  if (record.t === "run" || record.t === "begin") return;
  const before = known.get(record.key);
  if (before?.status === "sent") return; // once accepted, always accepted
  const base = { key: record.key, row: record.row, to: record.to, at: record.at };
  if (record.t === "attempt") known.set(record.key, { ...base, status: "unknown", detail: "", deliveredTo: [] });
  else if (record.t === "sent") known.set(record.key, { ...base, status: "sent", detail: record.response, deliveredTo: [] });
  else {
    const deliveredTo = record.deliveredTo ?? [];
    const status = record.kind === "unknown" ? "unknown" : deliveredTo.length > 0 ? "partial" : "failed";
    known.set(record.key, { ...base, status, detail: record.reason, deliveredTo });
  }
}

export class JournalBusyError extends Error {
  constructor(readonly pid: number) {
    super(`another rundmail (process ${pid}) is sending with this journal`);
    this.name = "JournalBusyError";
  }
}

/** The open journal of a run: one writer at a time (a lock file), each record on disk before `append` returns. */
export class Journal {
  private constructor(
    private readonly fd: number,
    private readonly lockPath: string,
    private knownNow: ReadonlyMap<string, KnownMessage>,
    readonly path: string,
    private idNow: string,
  ) {}

  get known(): ReadonlyMap<string, KnownMessage> {
    return this.knownNow;
  }

  /** Stays the same for every run of one mailing (one journal), until --again starts a new one. */
  get id(): string {
    return this.idNow;
  }

  /**
   * --again: the list was sent completely and the user asked to send it once more. A new "begin" with a new id (so
   * every message gets a new Message-ID, which no mail system mistakes for the earlier one); from here on nothing
   * counts as sent, and an interrupted --again run resumes like any other.
   */
  startAgain(): void {
    this.idNow = randomBytes(6).toString("hex");
    this.append({ t: "begin", at: new Date().toISOString(), id: this.idNow });
    this.knownNow = new Map();
  }

  static open(dir: string): Journal {
    mkdirSync(dir, { recursive: true });
    const lockPath = join(dir, LOCK_FILE);
    try {
      takeLock(lockPath);
    } catch (error) {
      if (error instanceof LockBusyError) throw new JournalBusyError(error.pid);
      throw error;
    }
    try {
      const path = join(dir, JOURNAL_FILE);
      const isNew = !existsSync(path);
      const text = isNew ? "" : readFileSync(path, "utf8");
      const contents = readJournal(text);
      // A torn last line is cut off (it announced nothing that happened), so the next record starts a clean line.
      if (text !== "" && !text.endsWith("\n")) truncateSync(path, Buffer.byteLength(text.slice(0, text.lastIndexOf("\n") + 1)));
      const fd = openSync(path, "a");
      fdatasyncSync(fd);
      if (isNew) syncFolder(dir); // the new file's name must survive a crash too
      const journal = new Journal(fd, lockPath, contents.known, path, contents.id ?? randomBytes(6).toString("hex"));
      if (contents.id === null) journal.append({ t: "begin", at: new Date().toISOString(), id: journal.id });
      journal.append({ t: "run", at: new Date().toISOString(), pid: process.pid });
      return journal;
    } catch (error) {
      releaseLock(lockPath);
      throw error;
    }
  }

  /** Appends one record and waits until it is on disk. */
  append(record: JournalRecord): void {
    writeSync(this.fd, JSON.stringify(record) + "\n");
    fdatasyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
    releaseLock(this.lockPath);
  }
}

/** Reads what a journal folder knows without taking it (for the dry run). */
export function peekJournal(dir: string): JournalContents {
  const path = join(dir, JOURNAL_FILE);
  return existsSync(path) ? readJournal(readFileSync(path, "utf8")) : { id: null, known: new Map() };
}

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for syncing; NTFS journals the name itself.
  }
}
