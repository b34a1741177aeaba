import { htmlToText, textToHtml } from "./htmlText";

describe("htmlToText", () => {
  const cases: [string, string, string][] = [
    [
      "Outlook: margin-less paragraphs, an empty paragraph is an empty line",
      `<html><head><meta charset=utf-8><title>T</title><style>p.MsoNormal {margin:0}</style><!--[if gte mso 9]><xml>x</xml><![endif]--></head>` +
        `<body><div class=WordSection1><p class=MsoNormal>Hallo <span class=SpellE>Anna</span>,<o:p></o:p></p>` +
        `<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>wie geht&#8217;s?<o:p></o:p></p>` +
        `<p class=MsoNormal>Zeile<o:p></o:p></p></div></body></html>`,
      "Hallo Anna,\n\nwie geht’s?\nZeile",
    ],
    ["paragraphs elsewhere are set apart", "<p>a</p><p>b</p>", "a\n\nb"],
    ["br and divs", "a<br>b<div>c</div><div>d</div>", "a\nb\nc\nd"],
    ["a br at the end of a paragraph adds nothing", "<p>a<br></p><p>b<br><br></p><p>c</p>", "a\n\nb\n\n\nc".replace("\n\n\n", "\n\n")],
    ["white space collapses as in a browser", "<p>  a \n\t b  </p>\n\n<p> c</p>", "a b\n\nc"],
    ["entities are decoded", "&lt;b&gt; &amp; &auml; &#x1F600; a&nbsp;&nbsp;b", "<b> & ä 😀 a  b"],
    ["HTML5 and legacy entities", "&check; erledigt, K&aumlse&NewLine;x", "✓ erledigt, Käse x"],
    ["links read text (url)", `Siehe <a href="https://x.de/y?a=1&amp;b=2">hier</a>.`, "Siehe hier (https://x.de/y?a=1&b=2)."],
    ["a link whose text is its address", `<a href="https://www.x.de/">www.x.de</a> <a href="mailto:a@b.de">a@b.de</a>`, "www.x.de a@b.de"],
    ["an image link gives its address", `<a href="https://x.de"><img src=logo.png></a>`, "https://x.de"],
    ["anchors and scripts are not addresses", `<a href="#top">Top</a> <a href="javascript:x()">J</a>`, "Top J"],
    ["lists", "<ul><li>eins</li><li>zwei<ol><li>a</li><li>b</li></ol></li></ul>", "- eins\n- zwei\n  1. a\n  2. b"],
    ["tables", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"],
    ["pre keeps its white space", "<pre>a\n  b</pre>", "a\n  b"],
    ["scripts, styles and comments go", "<script>x<y</script><style>p{}</style><!-- c -->text", "text"],
    ["many empty lines become one", "<p>a</p><br><br><br><br><p>b</p>", "a\n\nb"],
    ["empty", "", ""],
    ["a link inside a link ends the first, as in a browser", `<a href="https://a.de">A <a href="https://b.de">B</a></a>`, "A (https://a.de) B (https://b.de)"],
    ["a link never closed still gives its address", `Siehe <a href="https://a.de">hier`, "Siehe hier (https://a.de)"],
    [
      "lists nested deeper than ten levels are indented no further",
      "<ul><li>x".repeat(12),
      Array.from({ length: 12 }, (_, level) => `${"  ".repeat(Math.min(level, 10))}- x`).join("\n"),
    ],
  ];
  test.each(cases)("%s", (_name, html, text) => expect(htmlToText(html)).toBe(text));

  // A template decides how many links and lists there are and how they nest: each of these was quadratic (minutes:
  // every link read its text back out of the whole output, and every list item wrote its full indent).
  const big: [string, string, (text: string) => void][] = [
    ["60,000 nested links", '<a href="https://x.de/">y '.repeat(60_000) + "</a>".repeat(60_000), (t) => expect(t.split("(https://x.de/)")).toHaveLength(60_001)],
    ["120,000 links in a row", '<a href="https://x.de/">y</a> '.repeat(120_000), (t) => expect(t.split("y (https://x.de/)")).toHaveLength(120_001)],
    ["lists nested 20,000 deep", "<ul><li>x".repeat(20_000), (t) => expect(t.length).toBeLessThan(25 * 20_000)],
  ];
  test.each(big)("%s are read in one pass", (_name, html, expectText) => expectText(htmlToText(html)));
});

describe("textToHtml", () => {
  const cases: [string, string][] = [
    ["", ""],
    ["Hallo <Anna> & Co", "<p>Hallo &lt;Anna&gt; &amp; Co</p>"],
    ["a\nb", "<p>a<br>\nb</p>"],
    ["a\n\nb", "<p>a</p>\n<p>b</p>"],
    ["\r\na\r\n \r\n\r\nb\r\n", "<p>a</p>\n<p>b</p>"],
    ["a  b\tc", "<p>a &nbsp;b&nbsp;&nbsp;&nbsp;&nbsp;c</p>"],
    [" eingerückt", "<p>&nbsp;eingerückt</p>"],
    ["<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
  ];
  test.each(cases)("%j", (text, html) => expect(textToHtml(text)).toBe(html));

  const roundTrips = ["Hallo Anna,\n\nwie geht's?\nBis bald", "a & b < c", "eins\nzwei\n\ndrei"];
  test.each(roundTrips)("htmlToText undoes it: %j", (text) => expect(htmlToText(textToHtml(text))).toBe(text));
});
