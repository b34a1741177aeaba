import { scanTemplate } from "./scan";

interface Case {
  readonly source: string;
  readonly html: boolean;
  /** Per tag: the text between the braces, the tag's source text, the source from where the value goes. */
  readonly tags: readonly { inner: string; text: string; name: string; markup?: string[] }[];
  readonly unclosed?: readonly number[];
}

const cases: Case[] = [
  { source: "Hallo {{Vorname}}!", html: false, tags: [{ inner: "Vorname", text: "{{Vorname}}", name: "Vorname}}" }] },
  { source: "{{ a }}{{b}}", html: false, tags: [{ inner: " a ", text: "{{ a }}", name: "a }}" }, { inner: "b", text: "{{b}}", name: "b}}" }] },
  { source: "{{&amp;}}", html: false, tags: [{ inner: "&amp;", text: "{{&amp;}}", name: "&amp;}}" }] },
  {
    source: "<p>{{<span class=SpellE>Vorname</span>}}</p>",
    html: true,
    tags: [{ inner: "Vorname", text: "{{<span class=SpellE>Vorname</span>}}", name: "Vorname</span>}}", markup: ["<span class=SpellE>", "</span>"] }],
  },
  { source: "{<b>{Vorname}}</b>", html: true, tags: [{ inner: "Vorname", text: "{<b>{Vorname}}", name: "Vorname}}", markup: ["<b>"] }] },
  {
    source: "{{Vor<span lang=DE>name</span>}}",
    html: true,
    tags: [{ inner: "Vorname", text: "{{Vor<span lang=DE>name</span>}}", name: "Vor<span lang=DE>name</span>}}" }],
  },
  { source: "{{&nbsp;Vorname&nbsp;}}", html: true, tags: [{ inner: "\u00a0Vorname\u00a0", text: "{{&nbsp;Vorname&nbsp;}}", name: "Vorname&nbsp;}}" }] },
  { source: "x {{Stra&szlig;e}} y", html: true, tags: [{ inner: "Straße", text: "{{Stra&szlig;e}}", name: "Stra&szlig;e}}" }] },
  { source: "&#123;&#123;Name&#125;&#125;", html: true, tags: [{ inner: "Name", text: "&#123;&#123;Name&#125;&#125;", name: "Name&#125;&#125;" }] },
  { source: "&lbrace;&lbrace;Name&rbrace;&rbrace;", html: true, tags: [{ inner: "Name", text: "&lbrace;&lbrace;Name&rbrace;&rbrace;", name: "Name&rbrace;&rbrace;" }] },
  { source: "{{Gr&uumlße}}", html: true, tags: [{ inner: "Grüße", text: "{{Gr&uumlße}}", name: "Gr&uumlße}}" }] },
  { source: "{{Na<!-- x -->me}}", html: true, tags: [{ inner: "Name", text: "{{Na<!-- x -->me}}", name: "Na<!-- x -->me}}" }] },
  { source: "{{{Name}}}", html: false, tags: [{ inner: "Name", text: "{{Name}}", name: "Name}}" }] },
  // Not fields of the text: style blocks, comments, attribute values, script (see scanMarkup and the next test).
  { source: "<style>p.MsoNormal {margin:0} a{{b}}</style>", html: true, tags: [] },
  { source: "<!-- {{x}} --><!--[if mso]>{{x}}<![endif]-->", html: true, tags: [] },
  { source: `<a href="https://x.de/?id={{Id}}" title='{{T}}'>k</a>`, html: true, tags: [] },
  { source: "<script>var a = {{b}};</script>", html: true, tags: [] },
  // Unclosed: a "{{" with no "}}" before the next "{{".
  { source: "{{a {{b}}", html: false, tags: [{ inner: "b", text: "{{b}}", name: "b}}" }], unclosed: [0] },
  { source: "Hallo {{Vorname", html: false, tags: [], unclosed: [6] },
  { source: "}} {{", html: false, tags: [], unclosed: [3] },
  { source: "<b>{{</b>a", html: true, tags: [], unclosed: [3] },
];

describe("scanTemplate", () => {
  test.each(cases)("$source", ({ source, html, tags, unclosed }) => {
    const scan = scanTemplate(source, html);
    expect(
      scan.tags.map((t) => ({
        inner: t.inner,
        text: source.slice(t.start, t.end),
        name: source.slice(t.nameStart, t.end),
        markup: t.markup.map((m) => source.slice(m.start, m.end)),
      })),
    ).toEqual(tags.map((t) => ({ markup: t.markup ?? expect.any(Array), ...t })));
    expect(scan.unclosed).toEqual(unclosed ?? []);
  });
});

describe("scanTemplate: fields in markup", () => {
  test("attribute fields come as units, misplaced ones are listed, and unclosed '{{' are in source order", () => {
    const source = `{{a <a href="https://x/?n={{Nr}}" title="{{b">{{Name}}</a><!-- {{Alt}} -->`;
    const scan = scanTemplate(source, true);
    expect(scan.tags.map((t) => t.inner)).toEqual(["Name"]);
    expect(scan.units.map((u) => source.slice(u.start, u.end))).toEqual([`<a href="https://x/?n={{Nr}}" title="{{b">`]);
    expect(scan.misplaced).toEqual([{ start: source.indexOf("{{Alt"), name: "Alt", place: "comment", element: "" }]);
    expect(scan.unclosed).toEqual([0, source.indexOf("{{b")]);
  });
});

describe("scanTemplate takes one pass over the source", () => {
  test("200,000 text tokens before 20 MB without '&' (each searched for an '&' to the end of the source before)", () => {
    const source = "<b>x".repeat(200_000) + "{{Name}}" + `<!--${" ".repeat(20_000_000)}-->`;
    const scan = scanTemplate(source, true);
    expect(scan.tags.map((t) => t.inner)).toEqual(["Name"]);
  });
});
