import type { IssueCode } from "../issues/codes";
import { compileTemplate } from "./compile";
import { renderTemplate } from "./render";
import type { TemplateKind } from "./types";

describe("compileTemplate: the fields a template uses", () => {
  test("one per distinct field, in order, as first written; fallback only if every insertion has one", () => {
    const { template, findings } = compileTemplate(
      "{{Vorname}} {{ vorname |x}} {{#Firma}}{{/Firma}} {{Nachname|}} {{Titel|Dr.}} {{TITEL|}} {{^Anrede=Frau}}{{/Anrede}} {{Anrede}}",
      "text",
      "body",
    );
    expect(findings).toEqual([]);
    expect(template.fields).toEqual([
      { name: "Vorname", key: "vorname", hasFallback: false },
      { name: "Firma", key: "firma", hasFallback: true },
      { name: "Nachname", key: "nachname", hasFallback: true },
      { name: "Titel", key: "titel", hasFallback: true },
      { name: "Anrede", key: "anrede", hasFallback: false },
    ]);
  });

  test("fields in attribute values and the title are fields like any other", () => {
    const { template, findings } = compileTemplate(
      `<title>{{Betreff}}</title><a href="https://x.example/?nr={{Nr}}" title="{{Titel|x}}">{{Name}}</a><img src="{{Bild}}">`,
      "html",
      "body",
    );
    expect(findings).toEqual([]);
    expect(template.fields).toEqual([
      { name: "Betreff", key: "betreff", hasFallback: false },
      { name: "Nr", key: "nr", hasFallback: false },
      { name: "Titel", key: "titel", hasFallback: true },
      { name: "Name", key: "name", hasFallback: false },
      { name: "Bild", key: "bild", hasFallback: false },
    ]);
  });

  test("names are found through Outlook's markup and entities", () => {
    const { template } = compileTemplate(
      "<p>{{<span class=SpellE>Vorname</span>}} {<b>{Nach name}}</b> {{Stra&szlig;e}} &#123;&#123;PLZ&#125;&#125; {{&nbsp;Ort&nbsp;}}</p>",
      "html",
      "body",
    );
    expect(template.fields.map((f) => f.name)).toEqual(["Vorname", "Nach name", "Straße", "PLZ", "Ort"]);
  });
});

interface ErrorCase {
  readonly source: string;
  readonly kind?: TemplateKind;
  /** code, line, column, other params */
  readonly errors: readonly [IssueCode, number, number, Record<string, string>?][];
}

const errorCases: ErrorCase[] = [
  { source: "Hallo {{Vorname", errors: [["template-unclosed-field", 1, 7]] },
  { source: "{{a\n{{b}}", errors: [["template-unclosed-field", 1, 1]] },
  { source: "a\n  {{}}", errors: [["template-empty-field", 2, 3]] },
  { source: "{{ }} {{#}} {{/}} {{|x}} {{^=y}}", errors: [1, 7, 13, 19, 26].map((col) => ["template-empty-field", 1, col] as const) },
  { source: "<p>{{#Firma}}x</p>", kind: "html", errors: [["template-unclosed-section", 1, 4, { tag: "#Firma", name: "Firma" }]] },
  {
    source: "{{^Anrede = Frau}}x",
    errors: [["template-unclosed-section", 1, 1, { tag: "^Anrede = Frau", name: "Anrede" }]],
  },
  { source: "x{{/Firma}}", errors: [["template-unexpected-close", 1, 2, { name: "Firma" }]] },
  { source: "{{#Firma}}x{{/Frima}}", errors: [["template-unexpected-close", 1, 12, { name: "Frima", expected: "#Firma" }]] },
  { source: "{{#A}}{{#B}}x{{/A}}", errors: [["template-unexpected-close", 1, 14, { name: "A", expected: "#B" }]] },
  { source: "{{#A}}{{/a}}{{#B=1}}{{/B=1}}", errors: [] },
  { source: "<p>&nbsp;{{Name</p>", kind: "html", errors: [["template-unclosed-field", 1, 10]] },
  { source: "<html>\r\n<body>\r\n<p>{{<b></b>}}</p>", kind: "html", errors: [["template-empty-field", 3, 4]] },
  {
    source: "{{#A}}\n{{}}\n{{B",
    errors: [
      ["template-unclosed-section", 1, 1, { tag: "#A", name: "A" }],
      ["template-empty-field", 2, 1],
      ["template-unclosed-field", 3, 1],
    ],
  },
  { source: "<style>p {{}}</style><!-- {{ -->", kind: "html", errors: [] },
  // Where a field cannot be filled in it is reported, never sent as "{{X}}".
  { source: "<style>a {{b}}</style>", kind: "html", errors: [["template-field-misplaced", 1, 10, { field: "b", place: "style", element: "style" }]] },
  {
    source: `<!--[if mso]><v:roundrect href="https://x.example/?id={{Nr}}"><![endif]-->`,
    kind: "html",
    errors: [["template-field-misplaced", 1, 55, { field: "Nr", place: "comment", element: "" }]],
  },
  { source: "<script>var a = {{ b }};</script>", kind: "html", errors: [["template-field-misplaced", 1, 17, { field: "b", place: "script", element: "script" }]] },
  { source: "<xmp>{{x}}</xmp>", kind: "html", errors: [["template-field-misplaced", 1, 6, { field: "x", place: "element", element: "xmp" }]] },
  { source: "<td {{Farbe}}>x</td>", kind: "html", errors: [["template-field-misplaced", 1, 5, { field: "Farbe", place: "tag", element: "" }]] },
  { source: "<![if {{x}}]>", kind: "html", errors: [["template-field-misplaced", 1, 7, { field: "x", place: "tag", element: "" }]] },
  {
    source: `<a onclick="alert('{{Name}}')">`,
    kind: "html",
    errors: [["template-field-misplaced", 1, 20, { field: "Name", place: "code", element: "onclick" }]],
  },
  { source: `{{Na<a href="{{X}}">me}}`, kind: "html", errors: [["template-field-misplaced", 1, 14, { field: "X", place: "field" }]] },
  // Attribute values: a field in an address's scheme, sections, a fallback that is no link, broken tags.
  { source: `<a href="java{{X}}">`, kind: "html", errors: [["template-field-in-url-scheme", 1, 14, { field: "X", attribute: "href" }]] },
  { source: `<a href=" {{X}}:alert(1)">`, kind: "html", errors: [] },
  {
    source: `<a href="https://x/{{#A}}a{{/A}}">`,
    kind: "html",
    errors: [
      ["template-section-misplaced", 1, 20, { tag: "#A" }],
      ["template-section-misplaced", 1, 27, { tag: "/A" }],
    ],
  },
  {
    source: `<a href="{{Link|javascript:alert(1)}}">`,
    kind: "html",
    errors: [["template-fallback-not-a-link", 1, 10, { field: "Link", value: "javascript:alert(1)" }]],
  },
  { source: `<a title="{{Name">x</a>`, kind: "html", errors: [["template-unclosed-field", 1, 11]] },
  { source: `<a title="{{ }}">x</a>`, kind: "html", errors: [["template-empty-field", 1, 11]] },
  { source: `<a href="https://x/?a=%7B%7BNr">x</a>`, kind: "html", errors: [["template-unclosed-field", 1, 23]] },
];

describe("compileTemplate: syntax errors, with their line and column in the source", () => {
  test.each(errorCases)("$source", ({ source, kind = "text", errors }) => {
    const { findings } = compileTemplate(source, kind, "body");
    expect(findings).toEqual(
      errors.map(([code, line, col, params]) => ({
        row: null,
        column: null,
        code,
        params: { ...params, where: "body", line, col },
      })),
    );
  });

  test("the where param says which template it is", () => {
    expect(compileTemplate("{{", "subject", "pattern").findings[0]?.params?.["where"]).toBe("pattern");
  });

  test("a broken template still compiles what it can; broken tags stay visible", () => {
    const { template } = compileTemplate("{{Vorname}} {{x {{}} {{/Y}}", "text", "body");
    expect(renderTemplate(template, (key) => (key === "vorname" ? "Anna" : undefined))).toBe("Anna {{x {{}} {{/Y}}");
  });

  // How fast a hostile template is checked is measured by `npm run bench` (bench/template.js), not asserted here.
  test("a hostile template reports every problem", () => {
    const source = "<b>{{ x ".repeat(20000) + "<p>{{#A}}".repeat(2000) + "</p>{{/B}}".repeat(2000);
    const { findings } = compileTemplate(source, "html", "body");
    expect(findings.length).toBe(22000);
  });
});
