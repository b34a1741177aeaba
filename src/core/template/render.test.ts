import fc from "fast-check";
import { compileTemplate } from "./compile";
import { decodeHtml } from "./entities";
import { normaliseFieldName } from "./normalise";
import { checkRow, renderTemplate } from "./render";
import type { Lookup, TemplateKind } from "./types";

/** A row as the plan gives it: a lookup by normalised column name. */
const row = (cells: Record<string, string>): Lookup => {
  const byKey = new Map(Object.entries(cells).map(([column, value]) => [normaliseFieldName(column), value]));
  return (key) => byKey.get(key);
};
const render = (source: string, kind: TemplateKind, cells: Record<string, string>): string => {
  const { template, findings } = compileTemplate(source, kind, kind === "subject" ? "subject" : "body");
  expect(findings).toEqual([]);
  return renderTemplate(template, row(cells));
};

describe("a value is put in as the kind of template needs it", () => {
  const cases: [TemplateKind, string, string, string][] = [
    ["html", "Hallo {{Vorname}}!", "Anna", "Hallo Anna!"],
    ["html", "{{Vorname}}", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["html", `<p title="x">{{Vorname}}</p>`, `"><img src=x onerror=alert(1)>`, `<p title="x">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>`],
    ["html", "{{Vorname}}", "&amp;", "&amp;amp;"],
    ["html", "{{Vorname}}", "O'Brien & Söhne", "O&#39;Brien &amp; Söhne"],
    ["html", "{{Vorname}}", "Hauptstr. 1\r\n12345 Berlin\n", "Hauptstr. 1<br>12345 Berlin"],
    ["html", "{{Vorname}}", "  Anna\u00a0 ", "Anna"],
    ["text", "Hallo {{Vorname}}", "<b>Anna</b> & Co", "Hallo <b>Anna</b> & Co"],
    ["text", "{{Vorname}}", "Zeile 1\nZeile 2", "Zeile 1\nZeile 2"],
    ["subject", "Hallo {{Vorname}}", "Anna\r\nMaria", "Hallo Anna Maria"],
    ["subject", "Hallo {{Vorname}}", "Anna\u2028Maria\u2029X\u0085Y", "Hallo Anna Maria X Y"],
    ["subject", "Hallo {{Vorname}}", "Anna\r\nBcc: all@evil.example", "Hallo Anna Bcc: all@evil.example"],
    ["subject", "Hallo {{Vorname}}", "An\u0000na\u001b\tB", "Hallo Anna B"],
    ["subject", "Hallo\r\n  {{Vorname}}\n", "Anna", "Hallo Anna "],
    ["subject", "{{Vorname}} & <Co>", "A&B", "A&B & <Co>"],
  ];
  test.each(cases)("%s %j with %j", (kind, source, value, expected) => {
    expect(render(source, kind, { Vorname: value })).toBe(expected);
  });

  test("an unknown column renders as empty", () => {
    expect(render("Hallo {{Nichtda}}!", "html", {})).toBe("Hallo !");
  });

  test("field names match columns loosely", () => {
    const cells = { Vorname: "Anna", "Straße": "Weg 1", "E-Mail Adresse": "a@b.de" };
    expect(render("{{ vorname }}|{{VORNAME}}|{{Strasse}}|{{e-mail\u00a0 adresse}}", "text", cells)).toBe("Anna|Anna|Weg 1|a@b.de");
  });
});

describe("a fallback stands in for an empty cell", () => {
  const cases: [TemplateKind, string, Record<string, string>, string][] = [
    ["text", "{{Vorname|Kundin}}", { Vorname: "Anna" }, "Anna"],
    ["text", "{{Vorname|Kundin}}", { Vorname: "" }, "Kundin"],
    ["text", "{{Vorname|Kundin}}", { Vorname: " \u00a0\t" }, "Kundin"],
    ["text", "{{Vorname|Kundin}}", {}, "Kundin"],
    ["text", "{{Vorname | liebe Kundin }}", { Vorname: "" }, "liebe Kundin"],
    ["text", "x{{Titel|}}y", { Titel: "" }, "xy"],
    ["html", "{{Vorname|A &amp; B}}", { Vorname: "" }, "A &amp; B"],
    ["html", "{{Vorname|&lt;x&gt; it's}}", { Vorname: "" }, "&lt;x&gt; it&#39;s"],
    ["html", "{{Vorname|<i>Kundin</i>}}", { Vorname: "" }, "<i>Kundin</i>"],
    ["subject", "{{Vorname|a & b}}", { Vorname: "" }, "a & b"],
    ["html", "{{<b>Vorname</b>|<i>Kundin</i>}}", { Vorname: "Anna" }, "<b>Anna</b><i></i>"],
    ["html", "{{<b>Vorname</b>|<i>Kundin</i>}}", { Vorname: "" }, "<b></b><i>Kundin</i>"],
    ["html", "{{Vorname|&nbsp;}}", { Vorname: "" }, ""],
  ];
  test.each(cases)("%s %j with %j", (kind, source, cells, expected) => expect(render(source, kind, cells)).toBe(expected));
});

describe("sections", () => {
  const salutation =
    "{{#Anrede=Frau}}Sehr geehrte Frau{{/Anrede}}{{#Anrede=Herr}}Sehr geehrter Herr{{/Anrede}}" +
    "{{^Anrede=Frau}}{{^Anrede=Herr}}Guten Tag{{/Anrede}}{{/Anrede}} {{Name}}";
  const cases: [string, Record<string, string>, string][] = [
    ["{{#Firma}}Firma: {{Firma}}{{/Firma}}", { Firma: "ACME" }, "Firma: ACME"],
    ["{{#Firma}}Firma: {{Firma}}{{/Firma}}", { Firma: " " }, ""],
    ["{{#Firma}}Firma: {{Firma}}{{/Firma}}", {}, ""],
    ["{{^Firma}}privat{{/Firma}}", { Firma: "" }, "privat"],
    ["{{^Firma}}privat{{/Firma}}", { Firma: "ACME" }, ""],
    [salutation, { Anrede: "Frau", Name: "Muster" }, "Sehr geehrte Frau Muster"],
    [salutation, { Anrede: " frau ", Name: "Muster" }, "Sehr geehrte Frau Muster"],
    [salutation, { Anrede: "HERR", Name: "Muster" }, "Sehr geehrter Herr Muster"],
    [salutation, { Anrede: "", Name: "Muster" }, "Guten Tag Muster"],
    [salutation, { Anrede: "Divers", Name: "Muster" }, "Guten Tag Muster"],
    ["{{#Name=Müller}}ja{{/Name}}", { Name: "Mu\u0308ller" }, "ja"],
    ["{{#Ort=Gießen}}ja{{/Ort}}", { Ort: "GIESSEN" }, "ja"],
    ["{{#Ort=}}leer{{/Ort}}", { Ort: "  " }, "leer"],
    ["{{#A}}a{{#B}}b{{/B}}{{^B}}-{{/B}}{{/A}}", { A: "1", B: "1" }, "ab"],
    ["{{#A}}a{{#B}}b{{/B}}{{^B}}-{{/B}}{{/A}}", { A: "1", B: "" }, "a-"],
    ["{{#A}}a{{#B}}b{{/B}}{{/A}}", { A: "", B: "1" }, ""],
    ["{{#A}}{{#A}}twice{{/A}}{{/A}}", { A: "1" }, "twice"],
  ];
  test.each(cases)("%j with %j", (source, cells, expected) => expect(render(source, "text", cells)).toBe(expected));
});

describe("a section tag alone on its line in a text body takes the line with it", () => {
  const source = "Hallo,\n{{#Firma}}\n  Firma: {{Firma}}\n  {{/Firma}}  \nGruß";
  const cases: [string, Record<string, string>, string][] = [
    [source, { Firma: "" }, "Hallo,\nGruß"],
    [source, { Firma: "ACME" }, "Hallo,\n  Firma: ACME\nGruß"],
    [source.replace(/\n/g, "\r\n"), { Firma: "" }, "Hallo,\r\nGruß"],
    ["a {{#X}}b{{/X}} c", { X: "" }, "a  c"],
    ["{{#X}}\nb\n{{/X}}", { X: "1" }, "b\n"],
    ["{{#X}}{{#Y}}\nb\n{{/Y}}{{/X}}", { X: "1", Y: "1" }, "\nb\n"],
  ];
  test.each(cases)("%j with %j", (src, cells, expected) => expect(render(src, "text", cells)).toBe(expected));

  test("but not in a subject or an HTML body", () => {
    expect(render("<p>\n{{#X}}\nb\n{{/X}}\n</p>", "html", { X: "1" })).toBe("<p>\n\nb\n\n</p>");
  });
});

describe("in HTML, a hidden section keeps the tags it does not close, so the document stays balanced", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["<p>{{#X}}a</p><p>b{{/X}}</p>", { X: "" }, "<p></p><p></p>"],
    ["<p>{{#X}}a</p><p>b{{/X}}</p>", { X: "1" }, "<p>a</p><p>b</p>"],
    ["{{#X}}<ul><li>a<li>b</ul>{{/X}}", { X: "" }, ""],
    ["<b>{{#X}}a</b>{{/X}}", { X: "" }, "<b></b>"],
    ["{{#X}}<![if !supportLists]>·<![endif]><!--[if mso]>x<![endif]--><img src=a><br>{{/X}}", { X: "" }, ""],
    ["{{#X<b>}}a{{/X</b>}}", { X: "" }, "<b></b>"],
    ["<p>{{#X}}a</p><p>{{#Y}}b</p><p>c{{/Y}}</p><p>d{{/X}}</p>", { X: "1", Y: "" }, "<p>a</p><p></p><p></p><p>d</p>"],
  ];
  test.each(cases)("%j with %j", (source, cells, expected) => expect(render(source, "html", cells)).toBe(expected));
});

describe("a field in an attribute value is filled in, written for its place", () => {
  const link = (query: string): string => `<a href="https://verein.example/zahlen?${query}">Zahlen</a>`;
  const cases: [string, string, Record<string, string>, string][] = [
    [
      "in a query, a value cannot add parameters or a fragment",
      link("nr={{Nr}}&amp;name={{Name}}"),
      { Nr: "42&admin=1#top", Name: "Anna Müller" },
      link("nr=42%26admin%3D1%23top&amp;name=Anna%20M%C3%BCller"),
    ],
    [
      "in a path, a value cannot add segments or a query",
      `<a href="https://verein.example/ausweis/{{Nr}}/pdf">`,
      { Nr: "../admin?x=1" },
      `<a href="https://verein.example/ausweis/..%2Fadmin%3Fx%3D1/pdf">`,
    ],
    [
      "in a mailto: link, a value cannot add recipients or headers",
      `<a href="mailto:{{E-Mail}}?subject={{Betreff}}">`,
      { "E-Mail": "anna@example.de,boss@example.de?bcc=all@example.de", Betreff: "Beitrag & Mahnung" },
      `<a href="mailto:anna@example.de%2Cboss@example.de%3Fbcc%3Dall@example.de?subject=Beitrag%20%26%20Mahnung">`,
    ],
    ["in a fragment", `<a href="https://x.example/#{{Anker}}">`, { Anker: "a#b c" }, `<a href="https://x.example/#a%23b%20c">`],
    [
      "a whole address from a cell keeps its own structure, escaped for the attribute",
      `<a href="{{Link}}">`,
      { Link: " https://verein.example/zugang?token=a b&x='1' " },
      `<a href="https://verein.example/zugang?token=a%20b&amp;x=&#39;1&#39;">`,
    ],
    ["a cell that is no link gives no link", `<a href="{{Link}}">`, { Link: "javascript:alert(1)" }, `<a href="">`],
    ["nor one the URL parser would read as javascript:", `<a href="{{Link}}">`, { Link: " java	script:alert(1)" }, `<a href="">`],
    ["nor data:", `<img src="{{Bild}}">`, { Bild: "data:image/svg+xml,<svg onload=alert(1)>" }, `<img src="">`],
    [
      "after a whole address, the rest is a part of it",
      `<a href="{{Basis}}?nr={{Nr}}">`,
      { Basis: "https://verein.example/z", Nr: "1&x=2" },
      `<a href="https://verein.example/z?nr=1%26x%3D2">`,
    ],
    [
      "Outlook's VML button (outside a comment) and an image",
      `<v:roundrect href="https://x.example/?id={{Nr}}"><img src="https://x.example/{{Nr}}.png" alt="Nr. {{Nr}}">`,
      { Nr: "7 8" },
      `<v:roundrect href="https://x.example/?id=7%208"><img src="https://x.example/7%208.png" alt="Nr. 7 8">`,
    ],
    [
      "other attributes: escaped as attribute text",
      `<img alt="{{Name}}" title='{{Name}}'>`,
      { Name: `"><script>O'Brien & Co</script>` },
      `<img alt="&quot;&gt;&lt;script&gt;O&#39;Brien &amp; Co&lt;/script&gt;" title='&quot;&gt;&lt;script&gt;O&#39;Brien &amp; Co&lt;/script&gt;'>`,
    ],
    [
      "an unquoted value is put in quotes, so a space cannot start another attribute",
      `<img alt={{Name}} src=logo.png>`,
      { Name: "Anna onerror=alert(1)" },
      `<img alt="Anna onerror=alert(1)" src=logo.png>`,
    ],
    ["an empty one too, so it cannot swallow the next attribute", `<img alt={{Name}} src=logo.png>`, { Name: "" }, `<img alt="" src=logo.png>`],
    ["a quote the unquoted value held stays inside it", `<p title=a"b{{X}}>`, { X: "c" }, `<p title="a&quot;bc">`],
    [
      "Word writes the braces in a hyperlink percent-encoded",
      `<a href="https://verein.example/?nr=%7B%7BNr%7D%7D&amp;s=%7b%7bStra%C3%9Fe%7d%7d">`,
      { Nr: "4 2", Straße: "Weg 1" },
      `<a href="https://verein.example/?nr=4%202&amp;s=Weg%201">`,
    ],
    ["braces as character references", `<a title="&#123;&#123;Name&#125;&#125;">`, { Name: "Anna" }, `<a title="Anna">`],
    [
      "a fallback is written like a value",
      `<a href="https://x.example/?n={{Name|Mitglied und Freund}}" title="{{Name|A & B}}">`,
      { Name: "" },
      `<a href="https://x.example/?n=Mitglied%20und%20Freund" title="A &amp; B">`,
    ],
    ["the title, as one line of text", `<title>{{Betreff}}</title>`, { Betreff: "<b>Beitrag</b>\n2026" }, `<title>&lt;b&gt;Beitrag&lt;/b&gt; 2026</title>`],
    [
      "a hidden section keeps a tag it opened, with its fields filled in",
      `{{#X}}<a href="https://x.example/?n={{Nr}}">{{/X}}Text</a>`,
      { X: "", Nr: "42" },
      `<a href="https://x.example/?n=42">Text</a>`,
    ],
  ];
  test.each(cases)("%s", (_name, source, cells, expected) => expect(render(source, "html", cells)).toBe(expected));
});

// The kind of HTML Outlook for Windows writes, with the ways Word breaks a field apart.
const outlookBody = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}</style><![endif]--><style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.SpellE {mso-style-name:""; mso-spl-e:yes;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>{{#Anrede=Frau}}Sehr geehrte Frau{{/Anrede}}{{#Anrede=Herr}}Sehr geehrter Herr{{/Anrede}} {{<span class=SpellE>Nachname</span>}},<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Ihre Anschrift: {{Stra&szlig;e}}, {<b>{PLZ}}</b> <span lang=DE>{</span><span lang=DE>{Ort</span>}}.<o:p></o:p></p>
<p class=MsoNormal>Mitgliedsnummer:&nbsp;{{&nbsp;Nummer&nbsp;}} &#8211; Beitrag {{Vor<span lang=EN-US>name</span>}} &amp; Co.<o:p></o:p></p>
{{#Firma}}<p class=MsoNormal>Firma: {{Firma}}<o:p></o:p></p>
{{/Firma}}<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
</div>
</body>
</html>`;

describe("realistic Outlook HTML", () => {
  const cells = {
    Anrede: "Frau",
    Nachname: "Müller",
    Straße: "Hauptstr. 1",
    PLZ: "12345",
    Ort: "<Berlin>",
    Nummer: "42",
    Vorname: "Anna",
    Firma: "",
  };

  test("fields are found through Word's markup and replaced; everything else is copied byte for byte", () => {
    const { template, findings } = compileTemplate(outlookBody, "html", "body");
    expect(findings).toEqual([]);
    expect(template.fields.map((f) => f.name)).toEqual(["Anrede", "Nachname", "Straße", "PLZ", "Ort", "Nummer", "Vorname", "Firma"]);
    const expected = outlookBody
      .replace("{{#Anrede=Frau}}Sehr geehrte Frau{{/Anrede}}{{#Anrede=Herr}}Sehr geehrter Herr{{/Anrede}}", "Sehr geehrte Frau")
      .replace("{{<span class=SpellE>Nachname</span>}}", "<span class=SpellE>Müller</span>")
      .replace("{{Stra&szlig;e}}", "Hauptstr. 1")
      .replace("{<b>{PLZ}}</b>", "<b>12345</b>")
      .replace("<span lang=DE>{</span><span lang=DE>{Ort</span>}}", "<span lang=DE></span><span lang=DE>&lt;Berlin&gt;</span>")
      .replace("{{&nbsp;Nummer&nbsp;}}", "42")
      .replace("{{Vor<span lang=EN-US>name</span>}}", "Anna<span lang=EN-US></span>")
      .replace("{{#Firma}}<p class=MsoNormal>Firma: {{Firma}}<o:p></o:p></p>\n{{/Firma}}", "");
    expect(renderTemplate(template, row(cells))).toBe(expected);
  });

  test("the style block, conditional comments and &nbsp; survive untouched", () => {
    const out = render(outlookBody, "html", { ...cells, Firma: "ACME & Söhne" });
    expect(out).toContain("p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;");
    expect(out).toContain('<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->');
    expect(out).toContain("Mitgliedsnummer:&nbsp;42 &#8211;");
    expect(out).toContain("<p class=MsoNormal>Firma: ACME &amp; Söhne<o:p></o:p></p>");
  });

  const unchanged = [
    "<p class=MsoNormal>Hallo &nbsp;&amp Co &#8211; &unknown; a < b<o:p></o:p></p>",
    "<style>p.MsoNormal {margin:0} a {{}}</style><p>{ x } {y}</p>",
    '<a href="https://x.de/?a=1&amp;b=2" title=\'{ T }\'>k</a>',
    "<!-- {{unclosed comment",
    "<p title=\"never closed",
  ];
  test.each(unchanged)("HTML without fields comes out exactly as it went in: %j", (source) => {
    expect(render(source, "html", {})).toBe(source);
  });
});

describe("properties", () => {
  test("a template without tags renders as itself, in every kind", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom<TemplateKind>("html", "text"), (source, kind) => {
        const { template, findings } = compileTemplate(source, kind, "body");
        if (template.fields.length > 0 || findings.length > 0) return;
        expect(renderTemplate(template, () => "x")).toBe(source);
      }),
      { numRuns: 500 },
    );
  });

  test("no merged value ever becomes markup in HTML, in the text or in a quoted or unquoted attribute", () => {
    const hostile = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "&amp;", "' onmouseover='x", "</p>", "{{Vorname}}", "a b=c"),
    );
    const { template } = compileTemplate("<p class='{{Klasse}}' title={{Klasse}}>{{Wert}}</p>", "html", "body");
    fc.assert(
      fc.property(hostile, (value) => {
        const out = renderTemplate(template, () => value);
        const parts = /^<p class='([^']*)' title="([^"]*)">(.*)<\/p>$/s.exec(out);
        expect(parts).not.toBeNull();
        const [, single = "", double = "", inner = ""] = parts ?? [];
        for (const attribute of [single, double]) {
          expect(attribute).not.toMatch(/[<>"']/);
          expect(decodeHtml(attribute, true)).toBe(value.trim());
        }
        expect(inner.replace(/<br>/g, "")).not.toMatch(/[<>"']/);
        expect(decodeHtml(inner.replace(/<br>/g, "\n"))).toBe(value.trim().replace(/\r\n|[\r\n\u2028\u2029]/g, "\n"));
      }),
      { numRuns: 500 },
    );
  });

  test("a subject never holds a line break or a control character", () => {
    const { template } = compileTemplate("Re: {{Betreff}}\r\n{{Name|x\ny}}", "subject", "subject");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (betreff, name) => {
        const out = renderTemplate(template, row({ Betreff: betreff, Name: name }));
        // eslint-disable-next-line no-control-regex -- the point of the test
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
      { numRuns: 500 },
    );
  });
});

describe("checkRow", () => {
  const cases: [TemplateKind, string, Record<string, string>, string[], string[]][] = [
    ["text", "{{Vorname}} {{Nachname}} {{vorname}} {{Titel|}}", { Vorname: "", Nachname: " ", Titel: "" }, ["Vorname", "Nachname"], []],
    ["text", "{{Vorname}}", { Vorname: "Anna" }, [], []],
    ["text", "{{#Firma}}{{Abteilung}}{{/Firma}}", { Firma: "", Abteilung: "" }, [], []],
    ["text", "{{#Firma}}{{Abteilung}}{{/Firma}}", { Firma: "ACME", Abteilung: "" }, ["Abteilung"], []],
    ["text", "{{#Anrede=Frau}}{{Name}}{{/Anrede}}", { Anrede: "Herr", Name: "" }, [], []],
    ["text", "{{#Firma}}x{{/Firma}}{{^Firma}}y{{/Firma}}", { Firma: "" }, [], []],
    ["text", "{{Unbekannt}}", {}, [], []],
    ["subject", "{{Name}} {{Ort}}", { Name: "a\nb", Ort: "c\r\n" }, [], ["Name"]],
    ["subject", "{{Name}} {{name}}", { Name: "a\u2028b" }, [], ["Name"]],
    ["html", "{{Name}}", { Name: "a\nb" }, [], []],
  ];
  test.each(cases)("%s %j with %j", (kind, source, cells, emptyFields, lineBreakFields) => {
    const { template } = compileTemplate(source, kind, "body");
    expect(checkRow(template, row(cells))).toEqual({ emptyFields, lineBreakFields, notLinks: [] });
  });

  test("a field that is a whole link address must hold one; a field in an attribute is checked like any other", () => {
    const { template } = compileTemplate(`<a href="{{Link}}" title="{{Name}}">{{Link}}</a><img src="{{Link}}">`, "html", "body");
    expect(checkRow(template, row({ Link: " javascript:alert(1)", Name: "" }))).toEqual({
      emptyFields: ["Name"],
      lineBreakFields: [],
      notLinks: [{ field: "Link", value: "javascript:alert(1)" }],
    });
    expect(checkRow(template, row({ Link: "https://x.example/", Name: "A" }))).toEqual({ emptyFields: [], lineBreakFields: [], notLinks: [] });
    expect(checkRow(template, row({ Link: "", Name: "A" }))).toEqual({ emptyFields: ["Link"], lineBreakFields: [], notLinks: [] });
  });

  test("a row with 200,000 distinct empty fields names each once (each was looked up among those found: quadratic)", () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `F${i}`);
    const { template } = compileTemplate(names.map((name) => `{{${name}}}`).join(" "), "text", "body");
    const { emptyFields } = checkRow(template, () => "");
    expect(emptyFields).toHaveLength(names.length);
    expect(emptyFields.every((field, i) => field === names[i])).toBe(true);
  });

  // Its speed (100,000 rows) is measured by `npm run bench` ("rundmail check", "check --json"), not asserted here.
  test("a 5 KB Outlook body: every field filled in each of its paragraphs, and the same check for every row", () => {
    let body = outlookBody;
    let added = 0;
    while (body.length < 5000) {
      body = body.replace("</div>", `<p class=MsoNormal>Lorem {{Vorname|Kundin}} ipsum.<o:p></o:p></p>\n</div>`);
      added += 1;
    }
    const { template } = compileTemplate(body, "html", "body");
    const lookup = row({ Anrede: "Frau", Nachname: "", Vorname: "Anna", Firma: "" });
    const html = renderTemplate(template, lookup);
    expect(added).toBeGreaterThan(0);
    expect(html.split("Lorem Anna ipsum.").length - 1).toBe(added);
    expect(html).not.toContain("{{");
    const first = checkRow(template, lookup);
    for (let i = 0; i < 1000; i += 1) expect(checkRow(template, lookup)).toEqual(first);
  });
});
