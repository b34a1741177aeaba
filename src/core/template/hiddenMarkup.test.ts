import { balancingTags, hiddenTags } from "./hiddenMarkup";
import { tokenizeHtml } from "./htmlTokens";

/** The source of the tags in [from, to) that a hidden section keeps. */
function hiddenMarkup(html: string, from: number, to: number): string {
  const tags = balancingTags(tokenizeHtml(html));
  return hiddenTags(tags, from, to)
    .map((index) => {
      const tag = tags[index];
      return tag ? html.slice(tag.start, tag.end) : "";
    })
    .join("");
}

/** The range is marked with [ and ] in the case; they are not part of the HTML. */
const cases: [string, string][] = [
  ["<p>[a</p><p>b]</p>", "</p><p>"],
  ["[<p>a</p>]", ""],
  ["[<ul><li>a<li>b</ul>]", ""],
  ["<b>[a</b>]", "</b>"],
  ["[<b>a]</b>", "<b>"],
  ["[</i><i>]", "</i><i>"],
  ["[<br><img src=x><o:p/><hr>]", ""],
  ["[<!-- c --><!--[if mso]><b><![endif]-->]", ""],
  ["[<![if !supportLists]><span>·</span><![endif]>]", ""],
  ["[<style>p {}</style>]", ""],
  ["<table><tr><td>[a</td><td>b</td></tr><tr><td>c]</td></tr></table>", "</td></tr><tr><td>"],
  ["[<b><i>a</b></i>]", "</i>"],
  ["[<p><span></div><span></p>]", "</div>"],
  ["<b>[<i></b>a</i>]", "</b>"],
  ["[</p></p><p>]", "</p></p><p>"],
  ["[]", ""],
];

describe("hiddenMarkup", () => {
  test.each(cases)("%j -> %j", (marked, expected) => {
    const from = marked.indexOf("[");
    const html = marked.replace("[", "").replace("]", "");
    const to = marked.indexOf("]") - 1;
    expect(hiddenMarkup(html, from, to)).toBe(expected);
  });
});

describe("hiddenTags takes one pass, however the tags are arranged", () => {
  // Quadratic before: every closing tag searched the whole stack of open tags (these took minutes).
  const n = 150_000;
  const cases: [string, string, number][] = [
    ["opening tags never closed, then closing tags never opened", "<p>x".repeat(n) + "</span>y".repeat(n), 2 * n],
    ["each closing tag ends every tag opened after its partner", "<div>" + "<p>x".repeat(n) + "</div>", 0],
    ["deeply nested and balanced", "<b>".repeat(n) + "</b>".repeat(n), 0],
    ["alternating names, never matched", "<i></b>".repeat(n), 2 * n],
  ];
  test.each(cases)("%s", (_name, html, kept) => {
    const tags = balancingTags(tokenizeHtml(html));
    expect(hiddenTags(tags, 0, html.length)).toHaveLength(kept);
  });
});
