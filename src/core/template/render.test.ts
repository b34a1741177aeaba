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
    "<style>p.MsoNormal {margin:0} a {{b}}</style><p>{ x } {y}</p>",
    '<a href="https://x.de/?a={{Id}}&amp;b=1" title=\'{{T}}\'>k</a>',
    "<!-- {{unclosed comment",
    "<p title=\"never closed {{x}}",
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

  test("no merged value ever becomes markup in HTML", () => {
    const hostile = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "&amp;", "' onmouseover='x", "</p>", "{{Vorname}}"),
    );
    const { template } = compileTemplate('<p class="{{Klasse}}">{{Wert}}</p>', "html", "body");
    fc.assert(
      fc.property(hostile, (value) => {
        const out = renderTemplate(template, () => value);
        const inner = out.slice('<p class="{{Klasse}}">'.length, -"</p>".length);
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
    expect(checkRow(template, row(cells))).toEqual({ emptyFields, lineBreakFields });
  });

  test("a row with 200,000 distinct empty fields names each once (each was looked up among those found: quadratic)", () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `F${i}`);
    const { template } = compileTemplate(names.map((name) => `{{${name}}}`).join(" "), "text", "body");
    const { emptyFields } = checkRow(template, () => "");
    expect(emptyFields).toHaveLength(names.length);
    expect(emptyFields.every((field, i) => field === names[i])).toBe(true);
  });

  test("checks 100,000 rows of a 5 KB Outlook body quickly, and renders one in well under a millisecond", () => {
    let body = outlookBody;
    while (body.length < 5000) body = body.replace("</div>", `<p class=MsoNormal>Lorem {{Vorname|Kundin}} ipsum.<o:p></o:p></p>\n</div>`);
    const { template } = compileTemplate(body, "html", "body");
    const lookup = row({ Anrede: "Frau", Nachname: "", Vorname: "Anna", Firma: "" });
    let started = performance.now();
    for (let i = 0; i < 100_000; i += 1) checkRow(template, lookup);
    expect(performance.now() - started).toBeLessThan(3000);
    started = performance.now();
    for (let i = 0; i < 1000; i += 1) renderTemplate(template, lookup);
    expect((performance.now() - started) / 1000).toBeLessThan(0.5);
  });
});
