import { accessRules, hostAllowed, normaliseOrigin, originVerdict } from "./access";

describe("hostAllowed", () => {
  const rules = accessRules([], ["mail.example"]);
  test.each<[string | undefined, boolean]>([
    ["localhost:3000", true],
    ["LOCALHOST", true],
    ["sandbox.localhost:3000", true],
    ["127.0.0.1:3000", true],
    ["192.168.1.20:3000", true],
    ["[::1]:3000", true],
    ["mail.example:8443", true],
    ["evil.example:3000", false],
    ["localhost.evil.example", false],
    ["", false],
    [undefined, false],
  ])("%s → %s", (host, expected) => expect(hostAllowed(host, rules)).toBe(expected));
});

describe("normaliseOrigin", () => {
  test.each<[string, string | null]>([
    ["http://localhost:8080", "http://localhost:8080"],
    ["HTTP://LocalHost:8080/", "http://localhost:8080"],
    ["https://a.example:443", "https://a.example"],
    ["*", null],
    ["null", null],
    ["https://a.example/page", null],
    ["https://a.example?x=1", null],
    ["file:///tmp/x.html", null],
  ])("%s → %s", (text, expected) => expect(normaliseOrigin(text)).toBe(expected));
});

describe("originVerdict", () => {
  const rules = accessRules(["http://localhost:8080"]);
  test.each<[string | undefined, string]>([
    [undefined, "none"],
    ["http://127.0.0.1:3000", "same"],
    ["http://localhost:8080", "allowed"],
    ["http://localhost:8081", "refused"],
    ["https://127.0.0.1:3000", "refused"],
    ["null", "refused"],
  ])("%s → %s", (origin, expected) => expect(originVerdict(origin, "http://127.0.0.1:3000", rules)).toBe(expected));
});
