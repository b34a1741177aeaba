import { decideTemplateAttachments, isTableFileName, sameBytes, type TemplateAttachment, type TemplateAttachmentUse } from "./templateAttachments";

const attachment = (name: string, more: Partial<TemplateAttachment> = {}): TemplateAttachment => ({
  file: { id: `t:${name}`, name, size: 10 },
  isRecipientList: false,
  ...more,
});

describe("a template's attachments: the recipient list and table files never go to everyone unless named", () => {
  const cases: Array<[string, TemplateAttachment, TemplateAttachmentUse, string | null]> = [
    ["an ordinary file goes to everyone", attachment("Satzung.pdf"), "everyone", null],
    ["the recipient list is sent to nobody", attachment("mitglieder.csv", { isRecipientList: true }), "recipients", "attachment-is-recipient-list"],
    [
      "the recipient list under another name, even when named for everyone",
      attachment("Anhang.dat", { isRecipientList: true, choice: "everyone" }),
      "recipients",
      "attachment-is-recipient-list",
    ],
    ["the list the user chose from the message goes to nobody, without a word", attachment("liste.csv", { isRecipientList: true, chosenAsList: true }), "recipients", null],
    [
      "the list the user chose, ticked for everyone too: still nobody, and now it is said",
      attachment("liste.csv", { isRecipientList: true, chosenAsList: true, choice: "everyone" }),
      "recipients",
      "attachment-is-recipient-list",
    ],
    ["a CSV is held back", attachment("mitglieder.csv"), "held-back", "attachment-held-back"],
    ["a TSV is held back", attachment("liste.TSV"), "held-back", "attachment-held-back"],
    ["a text file is held back", attachment("Export.txt"), "held-back", "attachment-held-back"],
    ["an Excel workbook is held back", attachment("Beiträge 2026.xlsx"), "held-back", "attachment-held-back"],
    ["an old Excel workbook is held back", attachment("alt.xls"), "held-back", "attachment-held-back"],
    ["a LibreOffice workbook is held back", attachment("Mitglieder.ods"), "held-back", "attachment-held-back"],
    ["a macro workbook is held back", attachment("Mitglieder.xlsm"), "held-back", "attachment-held-back"],
    ["a table file named for everyone goes to everyone", attachment("Termine.xlsx", { choice: "everyone" }), "everyone", null],
    ["an ordinary file the user kept from everyone goes to the rows naming it", attachment("Satzung.pdf", { choice: "rows" }), "rows", null],
    ["a table file that rows name goes to those rows", attachment("Abrechnung.csv", { namedByRows: 3 }), "rows", null],
    ["a name with trailing spaces is still a table file", attachment("liste.csv  "), "held-back", "attachment-held-back"],
    ["a PDF named like a list is an ordinary file", attachment("csv-Anleitung.pdf"), "everyone", null],
  ];
  test.each(cases)("%s", (_name, input, use, code) => {
    const result = decideTemplateAttachments([input]);
    expect(result.decisions).toEqual([{ file: input.file, use }]);
    expect(result.everyone).toEqual(use === "everyone" ? [input.file] : []);
    expect(result.findings.map((f) => f.code)).toEqual(code === null ? [] : [code]);
    if (code !== null) expect(result.findings[0]?.params).toEqual({ name: input.file.name });
  });

  test("several at once keep their order; only everyone's files are listed for everyone", () => {
    const result = decideTemplateAttachments([attachment("a.pdf"), attachment("list.csv"), attachment("b.png")]);
    expect(result.everyone.map((f) => f.name)).toEqual(["a.pdf", "b.png"]);
    expect(result.decisions.map((d) => d.use)).toEqual(["everyone", "held-back", "everyone"]);
  });
});

test.each([
  ["mitglieder.csv", true],
  ["Mitglieder.CSV", true],
  ["x.ods", true],
  ["bericht.pdf", false],
  ["csv", false],
  ["archive.csv.zip", false],
])("isTableFileName(%p) is %p", (name, expected) => {
  expect(isTableFileName(name)).toBe(expected);
});

test.each([
  [[1, 2, 3], [1, 2, 3], true],
  [[1, 2, 3], [1, 2, 4], false],
  [[1, 2], [1, 2, 3], false],
  [[], [], true],
])("sameBytes(%p, %p) is %p", (a, b, expected) => {
  expect(sameBytes(Uint8Array.from(a), Uint8Array.from(b))).toBe(expected);
});
