import { attributeSpans, tagAttributes, tokenizeHtml, type HtmlToken } from "./htmlTokens";

const summary = (html: string, t: HtmlToken): string =>
  t.kind === "tag" ? `${t.closing ? "/" : ""}${t.name}${t.selfClosing ? "/" : ""}` : `${t.kind}:${html.slice(t.start, t.end)}`;

describe("tokenizeHtml", () => {
  const cases: [string, string[]][] = [
    ["<p class=MsoNormal>Hallo</p>", ["p", "text:Hallo", "/p"]],
    [`<a title="x > y" href='{{z}}'>k</a>`, ["a", "text:k", "/a"]],
    ["a < b, 3<4 & <", ["text:a < b, 3<4 & <"]],
    ["<style>p.MsoNormal {margin:0}</style>x", ["style", "other:p.MsoNormal {margin:0}", "/style", "text:x"]],
    ["<SCRIPT>if (a</b) {}</SCRIPT >", ["script", "other:if (a</b) {}", "/script"]],
    ["<style>never closed {", ["style", "other:never closed {"]],
    [
      "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->x",
      ["other:<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->", "text:x"],
    ],
    ["<![if !supportLists]>·<![endif]>", ["!if", "text:·", "/!if"]],
    ["<o:p></o:p>", ["o:p", "/o:p"]],
    ["<br/><img src=a />", ["br/", "img/"]],
    ["<!DOCTYPE html><?xml version='1.0'?>", ["other:<!DOCTYPE html>", "other:<?xml version='1.0'?>"]],
    ["</></ x>", ["other:</>", "other:</ x>"]],
    ["<!-->x<!--->y<!-- a --!>z", ["other:<!-->", "text:x", "other:<!--->", "text:y", "other:<!-- a --!>", "text:z"]],
    ["<!-- never closed", ["other:<!-- never closed"]],
    ['<p title="unterminated>text', ["p"]],
    ["x</", ["text:x</"]],
    // Where htmlparser2 differs from browsers (see the note in htmlTokens.ts).
    ["</p title='a>b'>c", ["/p", "text:c"]],
    ["<script>x</script/>y", ["script", "other:x", "/script/", "text:y"]],
    ["<noscript>{{a}}</noscript>", ["noscript", "other:{{a}}", "/noscript"]],
  ];
  test.each(cases)("%j", (html, expected) => {
    const tokens = tokenizeHtml(html);
    expect(tokens.map((t) => summary(html, t))).toEqual(expected);
    // Tokens cover the source without gaps or overlaps: nothing is lost when copying slices.
    expect(tokens.map((t) => html.slice(t.start, t.end)).join("")).toBe(html);
  });
});

describe("tagAttributes", () => {
  test("names in lower case, values decoded, the first of a repeated name wins", () => {
    const html = `<a HREF="x?a=1&amp;b=2" title=t data-x href="second" alt='a "q"'>`;
    const [tag] = tokenizeHtml(html);
    if (tag?.kind !== "tag") throw new Error("no tag");
    expect(Object.fromEntries(tagAttributes(html, tag))).toEqual({ href: "x?a=1&b=2", title: "t", "data-x": "", alt: 'a "q"' });
  });
});

describe("attributeSpans", () => {
  test("where each name and value lies in the source, and how the value is quoted", () => {
    const html = `<a HREF="x?a=1&amp;b=2" title=t data-x alt='a "q"' =odd href="second">`;
    const [tag] = tokenizeHtml(html);
    if (tag?.kind !== "tag") throw new Error("no tag");
    expect(
      attributeSpans(html, tag).map((a) => [a.name, html.slice(a.nameStart, a.nameStart + a.name.length), html.slice(a.valueStart, a.valueEnd), a.quote]),
    ).toEqual([
      ["href", "HREF", "x?a=1&amp;b=2", '"'],
      ["title", "title", "t", ""],
      ["data-x", "data-x", "", ""],
      ["alt", "alt", 'a "q"', "'"],
      ["=odd", "=odd", "", ""],
      ["href", "href", "second", '"'],
    ]);
  });
});
