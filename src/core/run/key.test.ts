import type { EmailAddress } from "../types";
import { draftKey, keyIsFor, newRunId, reportedKey } from "./key";

describe("draftKey", () => {
  test.each<[string, string, number, string, string]>([
    ["plain", "r1", 2, "anna@example.de", "r1:2:anna@example.de"],
    ["case does not make another draft", "r1", 2, "Anna@Example.DE", "r1:2:anna@example.de"],
    ["an internationalised domain in its ASCII form", "r1", 14, "jürgen@müller.de", "r1:14:jürgen@xn--mller-kva.de"],
    ["another row is another draft", "r1", 3, "anna@example.de", "r1:3:anna@example.de"],
    ["another run is another draft", "r2", 2, "anna@example.de", "r2:2:anna@example.de"],
  ])("%s", (_name, runId, row, to, expected) => {
    expect(draftKey(runId, row, to as EmailAddress)).toBe(expected);
  });
});

test.each<[string, string, boolean]>([
  ["anna@example.de", "anna@example.de", true],
  ["anna@example.de", "Anna@Example.DE", true],
  ["jürgen@müller.de", "jürgen@müller.de", true],
  ["jürgen@müller.de", "Jürgen@xn--mller-kva.de", true],
  ["anna@example.de", "bob@example.de", false],
  ["anna@example.de", "not an address", false],
  ["anna@example.de", "", false],
])("keyIsFor: a key made for %s is for %p: %s", (made, given, expected) => {
  expect(keyIsFor(draftKey("lq3-abc123", 7, made as EmailAddress), given)).toBe(expected);
});

test.each<[string, unknown, string]>([
  ["an address: draftKey's", "Anna@Example.de", "r1:2:anna@example.de"],
  ["not a string: as it came", 42, "r1:2:42"],
  ["missing: as it came", undefined, "r1:2:undefined"],
])("reportedKey for %s", (_name, to, expected) => {
  expect(reportedKey("r1", 2, to)).toBe(expected);
});

describe("newRunId", () => {
  test("short, without ':' and different for different randomness", () => {
    const a = newRunId(1_790_000_000_000, () => 0.1);
    const b = newRunId(1_790_000_000_000, () => 0.2);
    expect(a).toMatch(/^[0-9a-z]+-[0-9a-z]{6}$/);
    expect(a).not.toBe(b);
  });
});
