import { compileTemplate } from "./compile";
import { fieldTag } from "./fieldTag";
import { normaliseFieldName } from "./normalise";
import { renderTemplate } from "./render";

/** What each row's person reads where the chip's tag stands, merged by the real engine (HTML body and subject). */
function merged(tag: string, column: string, cells: readonly string[]): { html: string[]; subject: string[] } {
  const read = (kind: "html" | "text", where: "body" | "subject"): string[] => {
    // Outlook inserts the chip's text as text: in an HTML body it arrives escaped.
    const written = kind === "html" ? escapeText(tag) : tag;
    const { template, findings } = compileTemplate(`Hallo ${written}!`, kind, where);
    expect(findings).toEqual([]);
    return cells.map((cell) => renderTemplate(template, (key) => (key === normaliseFieldName(column) ? cell : undefined)));
  };
  return { html: read("html", "body"), subject: read("text", "subject") };
}

const escapeText = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("fieldTag: what an insert-field chip writes", () => {
  test.each<[string, string, string, string, readonly string[]]>([
    // name, column, fallback, tag, what the rows with "Anna" and with an empty cell read in the subject
    ["no fallback", "Vorname", "", "{{Vorname}}", ["Hallo Anna!", "Hallo !"]],
    ["a fallback for empty cells", "Vorname", "Mitglied", "{{Vorname|Mitglied}}", ["Hallo Anna!", "Hallo Mitglied!"]],
    ["spaces around the fallback are not kept", "Vorname", "  liebes Mitglied ", "{{Vorname|liebes Mitglied}}", ["Hallo Anna!", "Hallo liebes Mitglied!"]],
    ["a fallback of spaces only is none", "Vorname", "   ", "{{Vorname}}", ["Hallo Anna!", "Hallo !"]],
    ["a column with spaces and umlauts", "Straße und Nr", "unbekannt", "{{Straße und Nr|unbekannt}}", ["Hallo Anna!", "Hallo unbekannt!"]],
    ["markup in the fallback is text", "Vorname", "<b>Gast</b> & Co", "{{Vorname|<b>Gast</b> & Co}}", ["Hallo Anna!", "Hallo <b>Gast</b> & Co!"]],
    ["a bar in the fallback is the fallback's", "Vorname", "A|B", "{{Vorname|A|B}}", ["Hallo Anna!", "Hallo A|B!"]],
  ])("%s", (_name, column, fallback, tag, subjects) => {
    expect(fieldTag(column, fallback)).toBe(tag);
    const { html, subject } = merged(tag, column, ["Anna", ""]);
    expect(subject).toEqual(subjects);
    // In the HTML body the fallback is written as text, escaped like a cell's value.
    expect(html).toEqual(subjects.map(escapeText));
  });

  test.each<[string, string, string]>([
    ["a brace in the fallback", "Vorname", "{Gast}"],
    ["closing braces in the fallback", "Vorname", "Gast}}"],
    ["a line break in the fallback (a subject is one line)", "Vorname", "Liebe\nGäste"],
    ["a column with a bar", "A|B", ""],
    ["a column with braces", "{{x}}", "y"],
    ["an empty column name", " ", "y"],
  ])("cannot be written: %s", (_name, column, fallback) => {
    expect(fieldTag(column, fallback)).toBeNull();
  });
});
