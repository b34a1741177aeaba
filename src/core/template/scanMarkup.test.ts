import { tokenizeHtml } from "./htmlTokens";
import { scanMarkup } from "./scanMarkup";

describe("scanMarkup: fields in attribute values and the title, and where each stands", () => {
  /** Per field: attribute ("" for element content), place, name as read, the value quoted in the source. */
  const cases: [string, [string, string, string, boolean][]][] = [
    [
      `<a href="https://x/?n={{Nr}}&amp;m={{M}}" title='{{T}}'>`,
      [
        ["href", "url-query", "Nr", true],
        ["href", "url-query", "M", true],
        ["title", "attribute", "T", true],
      ],
    ],
    [
      `<a href="{{Link}}/{{Pfad}}#{{Anker}}">`,
      [
        ["href", "url", "Link", true],
        ["href", "url-path", "Pfad", true],
        ["href", "url-fragment", "Anker", true],
      ],
    ],
    [`<a href="mailto:{{E-Mail}}">`, [["href", "url-path", "E-Mail", true]]],
    [`<a href=java{{X}}>`, [["href", "url-scheme", "X", false]]],
    [`<img SRC=' {{Bild}}' alt={{Name}}>`, [["src", "url", "Bild", true], ["alt", "attribute", "Name", false]]],
    [`<a href="https://x/?s=%7B%7BStra%C3%9Fe%7D%7D">`, [["href", "url-query", "Straße", true]]],
    [`<a title="%7B%7BNr%7D%7D">`, []], // percent-encoding means something only in an address
    [`<title>Hallo {{Vorname}}</title>`, [["", "plain", "Vorname", true]]],
    [`<p class=MsoNormal style='margin:0'>{{Text}}</p>`, []], // a field in the text is the text scan's
  ];
  test.each(cases)("%s", (source, expected) => {
    const { units } = scanMarkup(source, tokenizeHtml(source));
    const found = units.flatMap((unit) => unit.values.flatMap((v) => v.fields.map((f) => [v.attribute, f.place, f.tag.inner, v.quoted])));
    expect(found).toEqual(expected);
  });
});
