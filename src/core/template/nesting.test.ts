// A template decides how deeply its sections nest, so no walk over the compiled template may recurse: about 4,500
// nested sections crashed the CLI ("Maximum call stack size exceeded"), and closing tags that name no open section
// made compiling quadratic.
import { compileTemplate } from "./compile";
import { htmlToText } from "./htmlText";
import { checkRow, renderTemplate } from "./render";
import { unknownFields } from "./suggest";
import type { Lookup } from "./types";

const cells = (values: Record<string, string>): Lookup => (key) => values[key];

describe.each([5_000, 100_000])("%i nested sections", (depth) => {
  test("a text template compiles, checks, renders and reports unknown fields", () => {
    const source = "{{#A}}{{Name}} ".repeat(depth) + "{{/A}}".repeat(depth);
    const { template, findings } = compileTemplate(source, "text", "body");
    expect(findings).toEqual([]);
    expect(template.fields.map((f) => f.name)).toEqual(["A", "Name"]);
    expect(renderTemplate(template, cells({ a: "1", name: "Anna" }))).toBe("Anna ".repeat(depth));
    expect(renderTemplate(template, cells({ a: "", name: "Anna" }))).toBe("");
    expect(checkRow(template, cells({ a: "1", name: "" }))).toEqual({ emptyFields: ["Name"], lineBreakFields: [], notLinks: [] });
    expect(checkRow(template, cells({ a: "", name: "" }))).toEqual({ emptyFields: [], lineBreakFields: [], notLinks: [] });
    expect(unknownFields(template, ["Name"], "body").map((f) => f.params?.["field"])).toEqual(["A"]);
  });

  test("an HTML template keeps the tags a hidden section opened, and its text can be read", () => {
    const source = "{{#A}}<p>{{Name}}".repeat(depth) + "{{/A}}".repeat(depth);
    const { template, findings } = compileTemplate(source, "html", "body");
    expect(findings).toEqual([]);
    const shown = renderTemplate(template, cells({ a: "1", name: "Anna" }));
    expect(shown).toBe("<p>Anna".repeat(depth));
    expect(htmlToText(shown)).toBe(Array(depth).fill("Anna").join("\n\n"));
    expect(renderTemplate(template, cells({ a: "", name: "Anna" }))).toBe("<p>".repeat(depth));
  });

  test("a subject of inverted sections compiles and renders", () => {
    const source = "{{^A}}x".repeat(depth) + "{{/A}}".repeat(depth);
    const { template } = compileTemplate(source, "subject", "subject");
    expect(renderTemplate(template, cells({}))).toBe("x".repeat(depth));
  });

  test("closing tags that name no open section, and sections never closed, are each reported once", () => {
    const wrongClose = compileTemplate("{{#A}}".repeat(depth) + "{{/B}}".repeat(depth), "html", "body");
    expect(wrongClose.findings).toHaveLength(depth);
    expect(wrongClose.findings.every((f) => f.code === "template-unexpected-close")).toBe(true);
    const neverClosed = compileTemplate("<b>{{#A}}".repeat(depth), "html", "body");
    expect(neverClosed.findings).toHaveLength(depth);
    expect(renderTemplate(neverClosed.template, cells({}))).toBe("<b>".repeat(depth));
  });
});
