import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Journal, JournalBusyError, JournalDamagedError, JOURNAL_FILE, readJournal, type JournalRecord } from "./journal";

const at = "2027-01-15T10:00:00.000Z";
const attempt = (key: string, row = 2): JournalRecord => ({ t: "attempt", key, row, to: `${key}@example.de`, at, try: 1 });
const sent = (key: string, row = 2): JournalRecord => ({ t: "sent", key, row, to: `${key}@example.de`, at, response: "250 OK" });
const failed = (key: string, kind: "transient" | "permanent" | "unknown", deliveredTo?: string[]): JournalRecord => ({
  t: "failed",
  key,
  row: 2,
  to: `${key}@example.de`,
  at,
  kind,
  code: kind === "permanent" ? 550 : null,
  reason: "why",
  ...(deliveredTo ? { deliveredTo } : {}),
});
const lines = (...records: JournalRecord[]): string => records.map((r) => JSON.stringify(r) + "\n").join("");

describe("readJournal", () => {
  const cases: Array<[string, string, Record<string, string>]> = [
    ["attempt then sent", lines(attempt("a"), sent("a")), { a: "sent" }],
    ["attempt with no answer: the process died in flight", lines(attempt("a")), { a: "unknown" }],
    ["handed over, connection lost", lines(attempt("a"), failed("a", "unknown")), { a: "unknown" }],
    ["a transient failure is tried again", lines(attempt("a"), failed("a", "transient")), { a: "failed" }],
    ["a permanent failure is tried again on the next run", lines(attempt("a"), failed("a", "permanent")), { a: "failed" }],
    ["To refused but the Cc got it", lines(attempt("a"), failed("a", "permanent", ["cc@example.de"])), { a: "partial" }],
    ["retried, then sent", lines(attempt("a"), failed("a", "transient"), attempt("a"), sent("a")), { a: "sent" }],
    ["sent stays sent, whatever follows", lines(attempt("a"), sent("a"), attempt("a")), { a: "sent" }],
    ["a torn last line is ignored (never handed over)", lines(attempt("a"), sent("a")) + '{"t":"attempt","key":"b","ro', { a: "sent" }],
    ["a last line without its line break is ignored", lines(attempt("a")) + JSON.stringify(sent("a")), { a: "unknown" }],
    ["run records are only information", lines({ t: "run", at, pid: 1 }, attempt("a"), sent("a")), { a: "sent" }],
    ["a later begin (--again) starts a new run: nothing before it counts", lines(attempt("a"), sent("a"), { t: "begin", at, id: "two" }, attempt("b")), { b: "unknown" }],
  ];
  test.each(cases)("%s", (_name, text, expected) => {
    const { known } = readJournal(text);
    expect(Object.fromEntries([...known].map(([key, k]) => [key, k.status]))).toEqual(expected);
  });

  test("a damaged line in the middle is an error, not a guess", () => {
    expect(() => readJournal(lines(attempt("a")) + "garbage\n" + lines(sent("a")))).toThrow(JournalDamagedError);
  });
});

describe("Journal", () => {
  const dir = (): string => join(mkdtempSync(join(tmpdir(), "rundmail-journal-")), "out");

  test("records survive reopening; a torn tail is closed off before new records", () => {
    const folder = dir();
    const first = Journal.open(folder);
    first.append(attempt("a"));
    first.append(sent("a"));
    first.close();
    writeFileSync(join(folder, JOURNAL_FILE), readFileSync(join(folder, JOURNAL_FILE), "utf8") + '{"t":"att');
    const second = Journal.open(folder);
    expect(second.known.get("a")?.status).toBe("sent");
    second.append(attempt("b"));
    second.close();
    const third = Journal.open(folder);
    expect(third.known.get("b")?.status).toBe("unknown");
    expect(third.id).toBe(first.id); // one mailing, one id, however often it is resumed
    expect(third.id).toMatch(/^[0-9a-f]{12}$/);
    third.close();
  });

  test("one writer at a time; a lock left by a dead process is taken over", () => {
    const folder = dir();
    const first = Journal.open(folder);
    expect(() => Journal.open(folder)).not.toThrow(JournalBusyError); // same process: its own lock is stale to itself
    first.close();
    Journal.open(folder).close();
    writeFileSync(join(folder, "journal.lock"), "999999999"); // no such process
    expect(() => Journal.open(folder).close()).not.toThrow();
    writeFileSync(join(folder, "journal.lock"), String(process.ppid)); // a living process
    expect(() => Journal.open(folder)).toThrow(JournalBusyError);
  });

  test("startAgain: a new id and a new run in the same file; reopened, the journal knows only the new run", () => {
    const folder = dir();
    const first = Journal.open(folder);
    const firstId = first.id;
    first.append(sent("a"));
    first.startAgain();
    expect(first.id).not.toBe(firstId);
    expect(first.known.size).toBe(0);
    first.append(attempt("b"));
    first.close();
    const reopened = Journal.open(folder);
    expect(reopened.id).not.toBe(firstId);
    expect([...reopened.known.keys()]).toEqual(["b"]);
    reopened.close();
    expect(readFileSync(join(folder, JOURNAL_FILE), "utf8")).toContain('"key":"a"'); // the first run stays as history
  });
});
