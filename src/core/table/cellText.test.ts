import { CellText } from "./cellText";

type Step = string | { br: true } | { block: true };

describe("CellText builds a cell's text as a browser shows it", () => {
  const cases: { name: string; steps: Step[]; text: string }[] = [
    { name: "one text", steps: ["Anna"], text: "Anna" },
    { name: "whitespace runs become one space", steps: ["Anna \n\t Müller"], text: "Anna Müller" },
    { name: "leading and trailing spaces are dropped", steps: ["  Anna  "], text: "Anna" },
    { name: "a space between two texts is kept once", steps: ["Anna ", " Müller"], text: "Anna Müller" },
    { name: "no space is invented between texts", steps: ["an", "na"], text: "anna" },
    { name: "spaces-only texts in between", steps: ["a", "   ", "\n", "b"], text: "a b" },
    { name: "<br> is a line break without spaces around it", steps: ["a ", { br: true }, " b"], text: "a\nb" },
    { name: "<br> at the start", steps: [{ br: true }, "a"], text: "\na" },
    { name: "blocks start new lines, once", steps: [{ block: true }, "one", { block: true }, { block: true }, "two"], text: "one\ntwo" },
    { name: "a block after <br> adds no second line break", steps: ["a", { br: true }, { block: true }, "b"], text: "a\nb" },
    { name: "a non-breaking space is not collapsed", steps: ["\u00a0a\u00a0\u00a0b"], text: "\u00a0a\u00a0\u00a0b" },
    { name: "nothing", steps: [], text: "" },
  ];
  test.each(cases)("$name", ({ steps, text }) => {
    const cell = new CellText();
    for (const step of steps) {
      if (typeof step === "string") cell.add(step);
      else if ("br" in step) cell.lineBreak();
      else cell.blockBoundary();
    }
    expect(cell.value()).toBe(text);
  });
});

test("a cell of 100,000 tiny elements takes linear time", () => {
  const cell = new CellText();
  for (let i = 0; i < 100_000; i += 1) {
    cell.add("x");
    cell.add(" ");
  }
  expect(cell.value()).toBe(Array.from({ length: 100_000 }, () => "x").join(" "));
});
