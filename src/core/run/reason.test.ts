import { reasonOf } from "./reason";

describe("reasonOf", () => {
  test.each<[string, unknown, string]>([
    ["an Error", new Error(" socket hang up "), "socket hang up"],
    ["an Error without a message", new TypeError(""), "TypeError"],
    ["a string", "offline", "offline"],
    ["an object", { code: 429 }, '{"code":429}'],
    ["undefined", undefined, "undefined"],
    ["a circular object", (() => {
      const o: Record<string, unknown> = {};
      o["self"] = o;
      return o;
    })(), "[object Object]"],
  ])("%s", (_name, error, expected) => {
    expect(reasonOf(error)).toBe(expected);
  });

  test("a page-long reason is cut", () => {
    const text = reasonOf(new Error("x".repeat(5000)));
    expect(text.length).toBe(300);
    expect(text.endsWith("…")).toBe(true);
  });
});
