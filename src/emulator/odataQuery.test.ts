import { matchesCondition, parseExpand, parseMessageFilter, parsePaging, parseSelect, samePropertyId, splitTopLevel } from "./odataQuery";
import { RollingBudget } from "./rollingBudget";

const ID = "String {5c2e8f3a-8b1d-4e57-9a64-0d3f2b7c91e4} Name RundmailKey";

test.each([
  ["a and b", "and", ["a", "b"]],
  ["f(x and y) and 'it''s and more' and z", "and", ["f(x and y)", "'it''s and more'", "z"]],
  ["id eq 'a' or id eq 'b or c'", "or", ["id eq 'a'", "id eq 'b or c'"]],
  ["brand", "and", ["brand"]],
] as const)("splitTopLevel(%s, %s)", (text, keyword, expected) => {
  expect(splitTopLevel(text, keyword)).toEqual(expected);
});

test.each([
  [`singleValueExtendedProperties/Any(ep: ep/id eq '${ID}' and ep/value eq 'o''brien')`, { properties: [{ id: ID, op: "eq", value: "o'brien" }], isDraft: null }],
  [`isDraft eq false and singleValueExtendedProperties/any(p: p/id eq '${ID}')`, { properties: [{ id: ID, op: "exists", value: "" }], isDraft: false }],
  [`singleValueExtendedProperties/Any(ep: ep/id eq '${ID}' and startswith(ep/value, 'run1:'))`, { properties: [{ id: ID, op: "startswith", value: "run1:" }], isDraft: null }],
])("parseMessageFilter(%s)", (text, expected) => {
  expect(parseMessageFilter(text)).toEqual({ ok: true, value: expected });
});

test.each([
  "subject eq 'x'",
  `singleValueExtendedProperties/Any(ep: ep/value eq 'x')`,
  `singleValueExtendedProperties/Any(ep: ep/id eq '${ID}' and ep/value gt 'x')`,
  `singleValueExtendedProperties/Any(ep: ep/id eq '${ID}' and ep/value eq 'a' and ep/value eq 'b')`,
  `singleValueExtendedProperties/Any(ep: other/id eq '${ID}')`,
  "",
])("parseMessageFilter refuses %p", (text) => {
  expect(parseMessageFilter(text).ok).toBe(false);
});

test.each([
  [null, null, true],
  ["ID, isdraft,isDraft", ["id", "isDraft"], true],
  ["id,nope", null, false],
])("parseSelect(%p)", (text, expected, ok) => {
  const parsed = parseSelect(text);
  expect(parsed.ok).toBe(ok);
  if (parsed.ok) expect(parsed.value).toEqual(expected);
});

test.each([
  [null, null],
  [`singleValueExtendedProperties($filter=id eq 'a' or id eq 'b')`, ["a", "b"]],
  [`singleValueExtendedProperties($filter=value eq 'a')`, "error"],
  ["attachments", "error"],
])("parseExpand(%p)", (text, expected) => {
  const parsed = parseExpand(text);
  expect(parsed.ok ? parsed.value : "error").toEqual(expected);
});

test.each([
  [null, null, { top: 10, skip: 0 }],
  ["1000", "20", { top: 1000, skip: 20 }],
  ["0", null, "error"],
  ["5", "-1", "error"],
  ["x", null, "error"],
])("parsePaging(%p, %p)", (top, skip, expected) => {
  const parsed = parsePaging(top, skip);
  expect(parsed.ok ? parsed.value : "error").toEqual(expected);
});

test.each([
  [ID, ID.replace("5c2e8f3a", "5C2E8F3A"), true],
  [ID, ID.replace("string", "STRING").replace("String", "string"), true],
  [ID, ID.replace("RundmailKey", "rundmailkey"), false],
  [ID, ID.replace("RundmailKey", "RundmailComplete"), false],
])("samePropertyId(%s, %s) = %s", (a, b, expected) => {
  expect(samePropertyId(a, b)).toBe(expected);
});

test("matchesCondition compares values case-insensitively", () => {
  const props = [{ id: ID, value: "Run1:2:A@Example.de" }];
  expect(matchesCondition(props, { id: ID, op: "eq", value: "run1:2:a@example.DE" })).toBe(true);
  expect(matchesCondition(props, { id: ID, op: "ne", value: "run1:2:a@example.DE" })).toBe(false);
  expect(matchesCondition([], { id: ID, op: "ne", value: "x" })).toBe(false);
});

test("RollingBudget: spends, frees as entries leave the window, says how long to wait", () => {
  const b = new RollingBudget(10, 1000);
  b.record(4, 0);
  b.record(4, 500);
  expect([b.used(600), b.waitFor(2, 600), b.waitFor(3, 600), b.waitFor(7, 600), b.waitFor(11, 600)]).toEqual([8, 0, 400, 900, 1000]);
  expect(b.used(1000)).toBe(4);
  expect(b.used(1500)).toBe(0);
});
