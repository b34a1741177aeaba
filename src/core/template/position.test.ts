import { LineIndex } from "./position";

describe("LineIndex", () => {
  const cases: [string, number, number, number][] = [
    ["abc", 0, 1, 1],
    ["abc", 2, 1, 3],
    ["ab\ncd", 3, 2, 1],
    ["ab\r\ncd", 5, 2, 2],
    ["a\rb\rc", 4, 3, 1],
    ["😀x{{", 3, 1, 3], // a surrogate pair is one character
    ["\n\n\nx", 3, 4, 1],
  ];
  test.each(cases)("%j at %i is line %i, column %i", (source, offset, line, col) => {
    expect(new LineIndex(source).at(offset)).toEqual({ line, col });
  });
});
