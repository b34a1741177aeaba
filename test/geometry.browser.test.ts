// The narrow-pane geometry check (support/geometry.ts) on tiny hand-made pages: what it must find (a text drawn over,
// a text cut off with no way to read it) and what it must let be (a tooltip or title, text scrolled out of view, a
// visually hidden label, an overlay around the text). No build: each case is a page of its own.
import type { Browser, Page } from "playwright-core";
import { describeInBrowser, launchChromium } from "./support/browser";
import { geometryProblems, type GeometryProblem } from "./support/geometry";

const LONG = "Row 14: 'anna@@example.de' is not an e-mail address. Correct the cell or remove the row.";
/** How a problem quotes a long text: its first 79 characters and an ellipsis. */
const QUOTED = `${LONG.slice(0, 79)}…`;
const page200 = (body: string): string =>
  `<!doctype html><html><head><style>body{margin:0;font:14px sans-serif;width:200px}</style></head><body>${body}</body></html>`;

const CASES: readonly { readonly name: string; readonly body: string; readonly found: readonly Pick<GeometryProblem, "kind" | "text">[] }[] = [
  { name: "a short paragraph", body: "<p>Hallo</p>", found: [] },
  {
    name: "a box laid over a text",
    body: `<p>Under the box</p><div style="position:absolute;top:0;left:0;width:200px;height:60px;background:red">Box</div>`,
    found: [{ kind: "covered", text: "Under the box" }],
  },
  {
    name: "a sticky cell with a transparent background over the text scrolled under it",
    body: `<div style="overflow:auto;width:200px"><div style="display:flex;width:400px">
      <span style="position:sticky;left:0;width:60px;flex-shrink:0">Row</span><span style="width:340px">Vorname</span></div></div>
      <script>document.querySelector("div").scrollLeft = 50</script>`,
    found: [{ kind: "covered", text: "Vorname" }],
  },
  {
    name: "an opaque sticky cell over the text scrolled under it (out of view, as at the box's edge)",
    body: `<div style="overflow:auto;width:200px"><div style="display:flex;width:400px">
      <span style="position:sticky;left:0;width:60px;flex-shrink:0;background:white">Row</span><span style="width:340px">Vorname</span></div></div>
      <script>document.querySelector("div").scrollLeft = 50</script>`,
    found: [],
  },
  {
    name: "an opaque box laid over a text is still an overlap (it is not a sticky part of a scrolling box)",
    body: `<p>Under the box</p><div style="position:absolute;top:0;left:0;width:200px;height:60px;background:white">Box</div>`,
    found: [{ kind: "covered", text: "Under the box" }],
  },
  {
    name: "a button whose label runs into its padding is not cut",
    // 66 px wide with its border: 38 px of content, a 44 px label reaching 6 px into the 12 px of end padding.
    body: `<button style="display:flex;overflow:hidden;box-sizing:border-box;width:66px;border:2px solid;padding:0 12px"><span style="display:inline-block;width:44px;flex-shrink:0">W</span></button>`,
    found: [],
  },
  {
    name: "a button whose label runs past its padding is cut",
    body: `<button style="display:flex;overflow:hidden;box-sizing:border-box;width:66px;border:2px solid;padding:0 12px"><span style="display:inline-block;width:56px;flex-shrink:0">Weiter</span></button>`,
    found: [{ kind: "cut", text: "Weiter" }],
  },
  {
    name: "a line cut with an ellipsis",
    body: `<div style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${LONG}</div>`,
    found: [{ kind: "cut", text: QUOTED }],
  },
  { name: "a cut line with a title", body: `<div title="${LONG}" style="white-space:nowrap;overflow:hidden">${LONG}</div>`, found: [] },
  { name: "a cut line inside an element with the pane's tooltip", body: `<span data-full-text="tooltip"><span style="display:block;white-space:nowrap;overflow:hidden">${LONG}</span></span>`, found: [] },
  {
    name: "a text clamped to two lines",
    body: `<div style="display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden">${LONG} ${LONG}</div>`,
    found: [{ kind: "cut", text: QUOTED }],
  },
  { name: "a clamp that is not needed", body: `<div style="display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden">Kurz</div>`, found: [] },
  {
    name: "a text scrolled out of a scrolling box (not in view, so not covered)",
    body: `<div style="overflow:auto;height:40px"><p style="margin:0;height:40px">Oben</p><p style="margin:0">Unten</p></div>`,
    found: [],
  },
  { name: "a visually hidden label", body: `<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap">${LONG}</span><p>Sichtbar</p>`, found: [] },
  { name: "a scrolling box may be narrower than its text", body: `<div style="overflow:auto;white-space:nowrap">${LONG}</div>`, found: [] },
  { name: "a label inside a button (the hit lands on the label)", body: "<button><span>Weiter</span></button>", found: [] },
  { name: "an invisible overlay", body: `<p>Darunter</p><div style="position:absolute;inset:0;visibility:hidden">x</div>`, found: [] },
];

describeInBrowser("the geometry check on hand-made pages", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 320, height: 400 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a known cut, named by a selector, is let be; others are still found", async () => {
    const cut = (id: string) => `<div id="${id}" style="white-space:nowrap;overflow:hidden">${LONG}</div>`;
    await page.setContent(page200(cut("known") + cut("other")));
    expect((await page.evaluate(geometryProblems, ["#known"])).map(({ kind, text }) => ({ kind, text }))).toEqual([{ kind: "cut", text: QUOTED }]);
  });

  test.each(CASES)("$name", async ({ body, found }) => {
    await page.setContent(page200(body));
    const problems = await page.evaluate(geometryProblems, []);
    expect(problems.map(({ kind, text }) => ({ kind, text }))).toEqual(found);
  });
});
