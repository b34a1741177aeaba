import { hasLineBreak, oneLine } from "./oneLine";

describe("oneLine", () => {
  const cases: [string, string][] = [
    ["plain", "plain"],
    ["a\r\nb", "a b"],
    ["a \n\n  b", "a b"],
    ["a\rb\u2028c\u2029d\u0085e", "a b c d e"],
    ["a\u000bb\u000cc", "a b c"],
    ["a\tb", "a b"],
    ["a\u0000b\u001bc\u007fd\u009fe", "abcde"],
    ["Bcc: x\r\nBcc: evil@example.com", "Bcc: x Bcc: evil@example.com"],
  ];
  test.each(cases)("%j -> %j", (input, expected) => {
    expect(oneLine(input)).toBe(expected);
    expect(hasLineBreak(oneLine(input))).toBe(false);
  });
});
