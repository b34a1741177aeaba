import type { EmailAddress } from "../types";
import { addressOfKey, draftKey, newRunId } from "./key";

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

test.each(["anna@example.de", "jürgen@müller.de", '"a:b"@example.de'])("addressOfKey reads back what draftKey wrote: %s", (to) => {
  const key = draftKey("lq3-abc123", 7, to as EmailAddress);
  expect(addressOfKey(key)).toBe(key.slice("lq3-abc123:7:".length));
});

describe("newRunId", () => {
  test("short, without ':' and different for different randomness", () => {
    const a = newRunId(1_790_000_000_000, () => 0.1);
    const b = newRunId(1_790_000_000_000, () => 0.2);
    expect(a).toMatch(/^[0-9a-z]+-[0-9a-z]{6}$/);
    expect(a).not.toBe(b);
  });
});
