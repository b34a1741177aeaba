import { LANGUAGES } from "../../i18n";
import { ISSUE_SEVERITY, severityOf, toIssue, type IssueCode } from "./codes";
import { ISSUE_TEXTS } from "./issueTexts";

test.each([
  [{ row: 14, column: "E-Mail", code: "email-invalid", params: { value: "anna@@example.de" } }, "en", /^Row 14: .*anna@@example\.de/],
  [{ row: 14, column: "E-Mail", code: "email-invalid", params: { value: "anna@@example.de" } }, "de", /^Zeile 14: .*anna@@example\.de/],
  // Row numbers are written the user's way, as the grid shows them: 10.000 in German, 10,000 in English.
  [{ row: 10_000, column: "E-Mail", code: "email-empty" }, "de", /^Zeile 10\.000: Die E-Mail-Adresse ist leer\./],
  [{ row: 10_000, column: "E-Mail", code: "email-empty" }, "en", /^Row 10,000: The e-mail address is empty\./],
  [{ row: 12_345, column: "E-Mail", code: "email-duplicate", params: { address: "a@example.de", firstRow: 1_234 } }, "de", /^Zeile 12\.345: .* in Zeile 1\.234;/],
  [{ row: 12_345, column: "E-Mail", code: "email-duplicate", params: { address: "a@example.de", firstRow: 1_234 } }, "en", /^Row 12,345: .* in row 1,234;/],
  [{ row: null, column: null, code: "file-empty" }, "en", /^The file is empty\./],
  [{ row: null, column: null, code: "attachment-too-large", params: { name: "a.pdf", size: 25_300_000 } }, "de", /25,3 MB/],
] as const)("toIssue(%p, %p)", (finding, lang, message) => {
  const issue = toIssue(finding, lang);
  expect(issue.message).toMatch(message);
  expect(issue.severity).toBe(severityOf(finding.code));
});

test("every code has a text in every language (the type demands it; this guards against a cast)", () => {
  for (const lang of LANGUAGES) {
    for (const code of Object.keys(ISSUE_SEVERITY) as IssueCode[]) expect(typeof ISSUE_TEXTS[lang].codes[code]).toBe("function");
  }
});
