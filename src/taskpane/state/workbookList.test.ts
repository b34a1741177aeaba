// A workbook as the recipient list in the pane's state: read in the pane's language, its sheets kept for the picker,
// another sheet chosen, and an attached workbook never sent to anyone.
import { utils, write } from "@e965/xlsx";
import { clubWorkbook } from "../../core/table/workbook/workbookForTests";
import type { Lang } from "../../i18n";
import type { ItemTemplate } from "../../office/mailboxHost";
import { readListBytes, type ListRead } from "../steps/readList";
import { derivePlan, templateAttachmentUses } from "./plan";
import { isRecipientListName } from "./recipientListName";
import { offeredSheets, offersSheetChoice } from "./sheetChoices";
import { INITIAL_STATE, wizardReducer, type RecipientWorkbook, type RecipientsOrigin, type WizardAction, type WizardState } from "./wizard";

/** Two visible sheets with tables ("Mitglieder", then "Vorstand"), an empty one, and a hidden one with values. */
function twoListsWorkbook(): Uint8Array {
  const book = utils.book_new();
  const members = utils.aoa_to_sheet([
    ["Nr", "E-Mail", "Beitrag"],
    [42, "j@example.de", 120],
  ]);
  const cell = members["A2"];
  const fee = members["C2"];
  if (cell === undefined || fee === undefined) throw new Error("fixture");
  cell.z = "0000";
  fee.z = '#,##0.00 "€"';
  utils.book_append_sheet(book, members, "Mitglieder");
  utils.book_append_sheet(book, utils.aoa_to_sheet([[]]), "Leer");
  utils.book_append_sheet(book, utils.aoa_to_sheet([["E-Mail", "Amt"], ["v@example.de", "Kasse"], ["w@example.de", "Vorsitz"]]), "Vorstand");
  utils.book_append_sheet(book, utils.aoa_to_sheet([["Geheim"], ["x"]]), "Intern");
  book.Workbook = { Sheets: ["Mitglieder", "Leer", "Vorstand", "Intern"].map((name) => ({ name, Hidden: name === "Intern" ? 1 : 0 })) };
  return new Uint8Array(write(book, { type: "array", bookType: "xlsx", cellStyles: true }) as ArrayBuffer);
}

const ORIGIN: RecipientsOrigin = { kind: "attachment", id: "wb", name: "Mitglieder.xlsx" };

async function loaded(bytes: Uint8Array, lang: Lang, sheet?: string, origin: RecipientsOrigin = ORIGIN): Promise<WizardAction> {
  const list: ListRead = await readListBytes(bytes, lang, sheet);
  if (list.kind !== "workbook") throw new Error("not read as a workbook");
  return { type: "workbookLoaded", origin, result: list.result, bytes: list.bytes };
}

const after = (state: WizardState, ...actions: WizardAction[]): WizardState => actions.reduce(wizardReducer, state);

describe("reading a file's bytes", () => {
  test.each([
    { lang: "de", fee: "120,00 €", since: "01.03.2019" },
    { lang: "en", fee: "€120.00", since: "01/03/2019" },
  ] as const)("a workbook in $lang: the values as Excel shows them, the sheets listed", async ({ lang, fee, since }) => {
    const list = await readListBytes(clubWorkbook("xlsx"), lang);
    if (list.kind !== "workbook") throw new Error("not read as a workbook");
    expect(list.result.sheet).toBe("Mitglieder");
    const row = list.result.table.rows[0]?.cells ?? [];
    const cell = (column: string): string | undefined => row[list.result.table.columns.indexOf(column)];
    expect([cell("Nr"), cell("PLZ"), cell("Beitrag"), cell("Eintritt"), cell("Doppelt")]).toEqual(["0042", "01067", fee, since, "240"]);
    expect(list.result.findings.map((f) => [f.row, f.code])).toEqual([
      [5, "workbook-hidden-row"],
      [6, "workbook-merged-cells"],
    ]);
  });

  test.each([
    ["a CSV", new TextEncoder().encode("E-Mail;Name\na@example.de;Anna\n")],
    // A "list.xls" that a web application wrote as HTML or text is no workbook: told by content, not by name.
    ["a text file named .xls", new TextEncoder().encode("E-Mail\tName\na@example.de\tAnna\n")],
  ])("%s goes to the text reader", async (_name, bytes) => {
    const list = await readListBytes(bytes, "de");
    expect(list.kind).toBe("table");
    expect(list.result.table.rows).toHaveLength(1);
  });

  test("a ZIP that is no workbook is refused with one sentence, not a stack trace", async () => {
    const list = await readListBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), "de");
    expect(list.kind).toBe("workbook");
    expect(list.result.table.rows).toEqual([]);
    expect(list.result.findings.map((f) => f.code)).toEqual(["workbook-damaged"]);
  });
});

describe("the wizard's state", () => {
  test("a workbook is kept with its sheets; choosing another sheet reads that one and chooses columns afresh", async () => {
    const bytes = twoListsWorkbook();
    const first = after(INITIAL_STATE, await loaded(bytes, "de"), { type: "emailColumnChosen", choice: { kind: "column", column: "Nr" } });
    expect(first.recipients?.workbook?.sheet).toBe("Mitglieder");
    expect(first.recipients?.workbook?.bytes).toBe(bytes);
    expect(first.recipients?.result.table.rows.map((r) => r.cells)).toEqual([["0042", "j@example.de", "120,00 €"]]);
    // The result the plan sees is a table result: the sheets live beside it, once.
    expect(Object.keys(first.recipients?.result ?? {}).sort()).toEqual(["delimiter", "encoding", "findings", "table"]);
    expect(first.emailColumn).toEqual({ kind: "column", column: "Nr" });

    const second = after(first, await loaded(bytes, "de", "Vorstand"));
    expect(second.recipients?.origin).toEqual(ORIGIN);
    expect(second.recipients?.workbook?.sheet).toBe("Vorstand");
    expect(second.recipients?.result.table.columns).toEqual(["E-Mail", "Amt"]);
    expect(second.emailColumn).toEqual({ kind: "auto" });
    expect(derivePlan(second, "de")?.plan.drafts.map((d) => d.to)).toEqual(["v@example.de", "w@example.de"]);
  });

  test("a text table loaded after a workbook leaves no sheets behind", async () => {
    const state = after(INITIAL_STATE, await loaded(twoListsWorkbook(), "de"), { type: "pasteTextChanged", text: "E-Mail\na@example.de", pasted: true });
    const text = after(state, { type: "tableLoaded", origin: { kind: "paste" }, result: { table: { columns: ["E-Mail"], rows: [{ row: 2, cells: ["a@example.de"] }] }, findings: [], encoding: null, delimiter: null } });
    expect(text.recipients?.workbook).toBeUndefined();
  });

  test("while a run is under way, another sheet cannot replace the list", async () => {
    const bytes = twoListsWorkbook();
    const running = after(INITIAL_STATE, await loaded(bytes, "de"), { type: "runStarted", runId: "r", gatewayId: "g", total: 1 });
    expect(after(running, await loaded(bytes, "de", "Vorstand"))).toBe(running);
  });
});

describe("which sheets the picker offers", () => {
  const sheet = (name: string, hidden = false, holdsValues = true) => ({ name, hidden, holdsValues });
  const workbook = (read: string | null, ...sheets: ReturnType<typeof sheet>[]): RecipientWorkbook => ({ bytes: new Uint8Array(), sheet: read, sheets });
  test.each([
    { name: "one sheet with a table: no choice", book: workbook("A", sheet("A"), sheet("Leer", false, false)), offered: ["A"], choice: false },
    { name: "two sheets with tables", book: workbook("A", sheet("A"), sheet("Leer", false, false), sheet("B")), offered: ["A", "B"], choice: true },
    { name: "a hidden sheet with values is offered, marked", book: workbook("A", sheet("A"), sheet("Intern", true)), offered: ["A", "Intern"], choice: true },
    { name: "only a hidden sheet holds values: it can be chosen", book: workbook(null, sheet("Leer", false, false), sheet("Intern", true)), offered: ["Intern"], choice: true },
    { name: "nothing anywhere: nothing to choose", book: workbook(null, sheet("Leer", false, false)), offered: [], choice: false },
  ])("$name", ({ book, offered, choice }) => {
    expect(offeredSheets(book).map((s) => s.name)).toEqual(offered);
    expect(offersSheetChoice(book)).toBe(choice);
  });

  test("the real workbook: the empty sheet is not offered, the hidden one is", async () => {
    const state = after(INITIAL_STATE, await loaded(twoListsWorkbook(), "en"));
    const book = state.recipients?.workbook;
    if (book === undefined) throw new Error("no workbook");
    expect(offeredSheets(book)).toEqual([sheet("Mitglieder"), sheet("Vorstand"), sheet("Intern", true)]);
  });
});

describe("a workbook attached to the message", () => {
  const TEMPLATE: ItemTemplate = {
    subject: "Beitrag {{Nr}}",
    html: "<p>Ihr Beitrag: {{Beitrag}}</p>",
    attachments: [
      { id: "wb", name: "Mitglieder.xlsx", size: 9000, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", isInline: false },
      { id: "other", name: "Termine.ods", size: 800, contentType: "application/vnd.oasis.opendocument.spreadsheet", isInline: false },
      { id: "agb", name: "AGB.pdf", size: 20, contentType: "application/pdf", isInline: false },
    ],
  };

  test("is the list, goes to nobody; another workbook is held back; the merged field is Excel's text", async () => {
    const state = after(INITIAL_STATE, await loaded(twoListsWorkbook(), "de"), { type: "templateRead", template: TEMPLATE });
    expect(templateAttachmentUses(state).map((u) => [u.attachment.name, u.use])).toEqual([
      ["Mitglieder.xlsx", "recipients"],
      ["Termine.ods", "held-back"],
      ["AGB.pdf", "everyone"],
    ]);
    const derived = derivePlan(state, "de");
    const draft = derived?.plan.drafts[0];
    if (derived === undefined || derived === null || draft === undefined) throw new Error("no draft");
    expect(derived.everyoneFiles.map((f) => f.name)).toEqual(["AGB.pdf"]);
    const rendered = derived.plan.renderDraft(draft);
    expect(rendered.subject).toBe("Beitrag 0042");
    expect(rendered.html).toContain("Ihr Beitrag: 120,00 €");
  });

  test.each([
    ["Mitglieder.xlsx", true],
    ["ALT.XLS", true],
    ["liste.ods", true],
    ["liste.csv", true],
    ["Bericht.docx", false],
    ["xlsx", false],
  ])("%p is offered as a list: %p", (name, expected) => {
    expect(isRecipientListName(name)).toBe(expected);
  });
});
