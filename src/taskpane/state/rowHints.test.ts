import type { PlannedDraft } from "../../core/plan";
import { toIssue } from "../../core/issues/codes";
import type { EmailAddress, GivenFile, Issue } from "../../core/types";
import { withoutRowPrefix } from "../components/IssueBars";
import { STRINGS } from "../strings";
import { emptyFieldRows, firstRows, rowFilesView } from "./rowHints";

const issue = (row: number, code: Issue["code"], severity: Issue["severity"], column: string | null = null): Issue => ({
  row,
  column,
  severity,
  code,
  message: `Row ${row}: ${code}`,
});
const file = (id: string): GivenFile => ({ id, name: `${id}.pdf`, size: 900 });
const draft = (row: number, attachments: readonly GivenFile[]): PlannedDraft => ({
  row,
  to: "anna@example.de" as EmailAddress,
  toName: null,
  cc: [],
  bcc: [],
  attachments,
  rowIndex: row - 2,
});

describe("the rows a hint names", () => {
  test("the rows with an empty field, each with its fields once, lowest first; the rest counted", () => {
    const byRow = new Map<number, Issue[]>([
      [12, [issue(12, "field-empty", "warning", "Vorname")]],
      [3, [issue(3, "field-empty", "warning", "Ort"), issue(3, "field-empty", "warning", "Vorname"), issue(3, "field-empty", "warning", "Ort")]],
      [5, [issue(5, "email-invalid", "error", "E-Mail")]],
      [7, [issue(7, "field-empty", "warning", "Ort")]],
      [9, [issue(9, "field-empty", "warning", "Ort")]],
    ]);
    expect(firstRows(emptyFieldRows(byRow))).toEqual({
      named: [
        { row: 3, fields: ["Ort", "Vorname"] },
        { row: 7, fields: ["Ort"] },
        { row: 9, fields: ["Ort"] },
      ],
      more: 1,
    });
    expect(firstRows([])).toEqual({ named: [], more: 0 });
  });

  test.each([
    ["en", [{ row: 7, fields: ["Vorname"] }], 0, "Row 7 (Vorname) has an empty field; see the review."],
    ["de", [{ row: 7, fields: ["Vorname"] }], 0, "Zeile 7 (Vorname) hat ein leeres Feld; siehe Prüfen."],
    ["en", [{ row: 3, fields: ["Ort", "Vorname"] }, { row: 10_000, fields: ["Ort"] }], 0, "Rows 3 (Ort, Vorname) and 10,000 (Ort) have an empty field; see the review."],
    ["de", [{ row: 3, fields: ["Ort"] }, { row: 7, fields: ["Ort"] }, { row: 10_000, fields: ["Ort"] }], 0, "Zeilen 3 (Ort), 7 (Ort) und 10.000 (Ort) haben ein leeres Feld; siehe Prüfen."],
    ["en", [{ row: 3, fields: ["Ort"] }, { row: 7, fields: ["Ort"] }, { row: 9, fields: ["Ort"] }], 1_200, "Rows 3 (Ort), 7 (Ort), 9 (Ort) and 1,200 more have an empty field; see the review."],
    ["de", [{ row: 3, fields: ["Ort"] }, { row: 7, fields: ["Ort"] }, { row: 9, fields: ["Ort"] }], 1_200, "Zeilen 3 (Ort), 7 (Ort), 9 (Ort) und 1.200 weitere haben ein leeres Feld; siehe Prüfen."],
  ] as const)("%s: %j and %d more", (lang, rows, more, text) => {
    expect(STRINGS[lang].emptyFieldRows(rows, more)).toBe(text);
  });
});

describe("what step 3 says a row gets", () => {
  const everyone = [file("AGB")];
  test.each<[string, PlannedDraft | undefined, Issue[] | undefined, readonly GivenFile[], ReturnType<typeof rowFilesView>]>([
    ["its own files", draft(2, [file("R1001"), file("AGB")]), undefined, everyone, { kind: "files", own: [file("R1001")], everyone: true }],
    ["nothing of its own, but the files for everyone", draft(2, [file("AGB")]), undefined, everyone, { kind: "files", own: [], everyone: true }],
    ["nothing at all", draft(2, []), undefined, [], { kind: "files", own: [], everyone: false }],
    // The bug of issue 12: a row in error showed a green check and "No files" although its file was chosen.
    ["an address error: no message, and why", undefined, [issue(4, "email-invalid", "error")], everyone, { kind: "no-message", issue: issue(4, "email-invalid", "error") }],
    [
      "a file error comes before another step's error",
      undefined,
      [issue(4, "email-invalid", "error"), issue(4, "attachment-missing", "error")],
      everyone,
      { kind: "no-message", issue: issue(4, "attachment-missing", "error") },
    ],
    ["a warning about its files", draft(2, [file("R1001")]), [issue(2, "attachments-large", "warning")], [], { kind: "warning", issue: issue(2, "attachments-large", "warning") }],
    ["a warning of another step does not hide its files", draft(2, [file("R1001")]), [issue(2, "field-empty", "warning")], [], { kind: "files", own: [file("R1001")], everyone: false }],
    ["no draft and no error (left out): still nothing", undefined, undefined, everyone, { kind: "no-message", issue: null }],
  ])("%s", (_name, planned, issues, given, view) => {
    expect(rowFilesView(planned, issues, given)).toEqual(view);
  });

  test.each([
    ["en", "No message, so no files: 'kaputt' is not an e-mail address. Correct the cell or remove the row."],
    ["de", "Keine Nachricht, also keine Dateien: 'kaputt' ist keine E-Mail-Adresse. Korrigieren Sie die Zelle oder entfernen Sie die Zeile."],
  ] as const)("%s: the row's error is named without its row number (the line shows it)", (lang, text) => {
    const error = toIssue({ row: 10_004, column: "E-Mail", code: "email-invalid", params: { value: "kaputt" } }, lang);
    expect(STRINGS[lang].rowGetsNoMessage(withoutRowPrefix(error))).toBe(text);
  });
});

test.each([
  ["Zeile 10.000: Die E-Mail-Adresse ist leer.", 10_000, "Die E-Mail-Adresse ist leer."],
  ["Row 10,000: The e-mail address is empty.", 10_000, "The e-mail address is empty."],
  ["Row 10000: plain, as a gateway may write it", 10_000, "plain, as a gateway may write it"],
  ["Row 1,000: another row's number stays", 10_000, "Row 1,000: another row's number stays"],
  ["Row 7x 7: not a prefix", 7, "Row 7x 7: not a prefix"],
])("withoutRowPrefix(%j)", (message, row, text) => {
  expect(withoutRowPrefix({ row, message })).toBe(text);
});
