import { hiddenMarkup } from "./hiddenMarkup";
import { tokenizeHtml } from "./htmlTokens";

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
];

describe("hiddenMarkup", () => {
  test.each(cases)("%j -> %j", (marked, expected) => {
    const from = marked.indexOf("[");
    const html = marked.replace("[", "").replace("]", "");
    const to = marked.indexOf("]") - 1;
    const markup = tokenizeHtml(html).filter((t) => t.kind !== "text");
    expect(hiddenMarkup(html, markup, from, to)).toBe(expected);
  });
});
