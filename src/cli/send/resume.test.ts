import type { KnownMessage } from "./journal";
import { decide, willSend, type KeyedRow } from "./resume";

const at = "2027-01-15T10:00:00.000Z";
const known = (key: string, to: string, status: KnownMessage["status"], row = 2): [string, KnownMessage] => [
  key,
  { key, row, to, status, at, detail: "", deliveredTo: [] },
];
const rows: KeyedRow[] = [
  { row: 2, to: "anna@example.de", key: "A" },
  { row: 3, to: "ben@example.de", key: "B" },
  { row: 4, to: "cem@example.de", key: "C" },
];

describe("decide", () => {
  const cases: Array<[string, Array<[string, KnownMessage]>, boolean, string[]]> = [
    ["a fresh run sends everything", [], false, ["send", "send", "send"]],
    ["sent rows are skipped", [known("A", "anna@example.de", "sent")], false, ["already-sent", "send", "send"]],
    ["an unknown row is held", [known("B", "ben@example.de", "unknown")], false, ["send", "unknown", "send"]],
    ["failed rows are tried again", [known("C", "cem@example.de", "failed")], false, ["send", "send", "send"]],
    ["a partial row is not repeated", [known("A", "anna@example.de", "partial")], false, ["partial", "send", "send"]],
    // Anna got a message that the list no longer produces (say the template changed): her row waits.
    ["a changed message to someone already served is held back", [known("OLD", "ANNA@example.de", "sent")], false, ["changed", "send", "send"]],
    ["… also when the earlier one is unknown", [known("OLD", "anna@example.de", "unknown")], false, ["changed", "send", "send"]],
    ["… but not when the earlier one failed", [known("OLD", "anna@example.de", "failed")], false, ["send", "send", "send"]],
    ["rows moved (a row above deleted): keys still match", [known("A", "anna@example.de", "sent", 7), known("B", "ben@example.de", "sent", 8)], false, ["already-sent", "already-sent", "send"]],
  ];
  test.each(cases)("%s", (_name, records, resend, expected) => {
    expect(decide(rows, new Map(records), resend).map((d) => d.kind)).toEqual(expected);
  });

  test("--resend-unknown sends unknown rows again, and nothing else", () => {
    const decisions = decide(rows, new Map([known("A", "anna@example.de", "sent"), known("B", "ben@example.de", "unknown")]), true);
    expect(decisions.map(willSend)).toEqual([false, true, true]);
  });
});
