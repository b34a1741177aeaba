import { charRefAt, decodeHtml } from "./entities";
import { escapeHtml } from "./escapeHtml";

describe("decodeHtml", () => {
  const cases: [string, string][] = [
    ["&amp; &lt; &gt; &quot; &apos;", "& < > \" '"],
    ["Stra&szlig;e &auml;&ouml;&uuml; &Auml;", "Straße äöü Ä"],
    ["&#123;&#x7B;&#X7d;", "{{}"],
    ["a&nbsp;b", "a\u00a0b"],
    ["&euro; &ndash; &hellip; &rsquo; &bdquo;", "€ – … ’ „"],
    ["&amp", "&"], // legacy name without ";"
    ["&notit;", "¬it;"], // as browsers read it
    ["&unknown; &; & a", "&unknown; &; & a"],
    ["&#150;", "–"], // Windows-1252, as Word writes it
    ["&#0; &#xD800; &#99999999999;", "\uFFFD \uFFFD \uFFFD"],
    ["&#x1F600;", "😀"],
    ["&#;&#x;", "&#;&#x;"],
    ["&#65", "A"],
    ["no references", "no references"],
    // HTML5 names, legacy names without ";" in text, and names that decode to more than one UTF-16 unit.
    ["a&NewLine;b", "a\nb"],
    ["&check; &lbrace;&rbrace; &excl; &Tab;", "✓ {} ! \t"],
    ["K&aumlse, Gr&uumlße, &copy 2024", "Käse, Grüße, © 2024"],
    ["&nbspx &ampx", "\u00a0x &x"],
    ["&Afr; &NotEqualTilde;", "𝔄 \u2242\u0338"],
  ];
  test.each(cases)("%j", (input, expected) => expect(decodeHtml(input)).toBe(expected));

  const inAttribute: [string, string][] = [
    ["?a=1&copy=2", "?a=1&copy=2"],
    ["?a=1&copyx", "?a=1&copyx"],
    ["?a=1&amp;b=2", "?a=1&b=2"],
    ["&copy", "©"],
    ["&auml;&check;&NewLine;", "ä✓\n"],
    ["x&auml y", "xä y"],
  ];
  test.each(inAttribute)("in an attribute: %j", (input, expected) => expect(decodeHtml(input, true)).toBe(expected));

  test("charRefAt reports where the reference ends", () => {
    expect(charRefAt("x&amp;y", 1)).toEqual({ text: "&", end: 6 });
    expect(charRefAt("x&y", 1)).toBeNull();
    expect(charRefAt("&amp;", 0, 4)).toEqual({ text: "&", end: 4 }); // read no further than the limit
    expect(charRefAt("&am;", 0, 3)).toBeNull();
    expect(charRefAt("a&check;b", 1)).toEqual({ text: "✓", end: 8 });
    expect(charRefAt("K&aumlse", 1)).toEqual({ text: "ä", end: 6 });
    expect(charRefAt("&Afr;", 0)).toEqual({ text: "𝔄", end: 5 });
    expect(charRefAt("&notin", 0, 4)).toEqual({ text: "¬", end: 4 });
    expect(charRefAt("?a&copy=2", 2, 9, true)).toBeNull();
  });

  test("charRefAt reads each reference as decodeHtml does", () => {
    const text = "a&amp;b &auml &NewLine; &#150; &#x;&unknown; &notin; &copy=1 &Afr; &";
    let out = "";
    for (let i = 0; i < text.length; ) {
      const ref = text.charCodeAt(i) === 38 ? charRefAt(text, i) : null;
      out += ref ? ref.text : text.charAt(i);
      i = ref ? ref.end : i + 1;
    }
    expect(out).toBe(decodeHtml(text));
  });
});

describe("escapeHtml", () => {
  const cases: [string, string][] = [
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['"><img src=x onerror=alert(1)>', "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"],
    ["&amp;", "&amp;amp;"],
    ["it's", "it&#39;s"],
    ["Müller", "Müller"],
  ];
  test.each(cases)("%j", (input, expected) => expect(escapeHtml(input)).toBe(expected));
});
