import type { SendItem } from "./sendItems";
import type { Decision } from "./resume";
import { sentCompletely } from "./sentBefore";

const item = (decision: Decision): SendItem => ({ planned: {} as SendItem["planned"], row: 2, to: "a@example.de", key: "k", decision });
const sentAt = (at: string): Decision => ({ kind: "already-sent", at });

describe("sentCompletely", () => {
  const cases: Array<[string, Decision[], ReturnType<typeof sentCompletely>]> = [
    ["an empty list was never sent", [], null],
    ["a fresh list", [{ kind: "send" }, { kind: "send" }], null],
    ["every message sent: how many, and the last time", [sentAt("2027-01-15T10:00:00.000Z"), sentAt("2027-01-15T10:02:00.000Z"), sentAt("2027-01-15T10:01:00.000Z")], { count: 3, lastAt: "2027-01-15T10:02:00.000Z" }],
    ["interrupted or --limit: one still to send, so it resumes", [sentAt("2027-01-15T10:00:00.000Z"), { kind: "send" }], null],
    ["an unknown row is not 'sent'", [sentAt("2027-01-15T10:00:00.000Z"), { kind: "unknown", at: "2027-01-15T10:00:00.000Z", resend: false }], null],
    ["a changed message is held back, not sent before", [sentAt("2027-01-15T10:00:00.000Z"), { kind: "changed", at: "2027-01-15T10:00:00.000Z", earlierRow: 3 }], null],
    ["To refused, copy delivered: not complete", [{ kind: "partial", at: "2027-01-15T10:00:00.000Z", detail: "550", deliveredTo: ["cc@example.de"] }], null],
  ];
  test.each(cases)("%s", (_name, decisions, expected) => {
    expect(sentCompletely(decisions.map(item))).toEqual(expected);
  });
});
