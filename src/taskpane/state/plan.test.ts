import { isRecipientListName } from "./recipientListName";
import { readTable } from "../../core/table";
import type { ItemTemplate } from "../../office/mailboxHost";
import {
  createBlockers,
  derivePlan,
  memoisedDerivePlan,
  nextProblemRow,
  planOptions,
  stepOfIssue,
  templateAttachmentUses,
  testDraftBlockers,
} from "./plan";
import { INITIAL_STATE, wizardReducer, type WizardAction, type WizardState } from "./wizard";

const TEXT = [
  "E-Mail\tVorname\tKopie\tNr",
  "anna@example.de\tAnna\tchef@example.de\t1001",
  "bob@example.de\tBob\t\t1002",
  "kein-at\tKim\t\t1003",
].join("\n");
const TABLE = readTable({ kind: "text", text: TEXT });
const TEMPLATE: ItemTemplate = {
  subject: "Rechnung {{Nr}} für {{Vorname}}",
  html: "<p>Hallo {{Vorname}}</p>",
  attachments: [
    { id: "csv", name: "liste.csv", size: 10, contentType: "text/csv", isInline: false },
    { id: "agb", name: "AGB.pdf", size: 20, contentType: "application/pdf", isInline: false },
    { id: "logo", name: "logo.png", size: 5, contentType: "image/png", isInline: true },
  ],
};

const loadedFrom = (origin: Extract<WizardAction, { type: "tableLoaded" }>["origin"]): WizardAction => ({
  type: "tableLoaded",
  origin,
  result: TABLE,
});
const LOADED = loadedFrom({ kind: "attachment", id: "csv", name: "liste.csv" });
const READ: WizardAction = { type: "templateRead", template: TEMPLATE };

function after(...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, INITIAL_STATE);
}

test("no table, no plan", () => {
  expect(derivePlan(INITIAL_STATE, "en")).toBeNull();
});

test("the plan finds the columns, merges each row and lists each row's problems", () => {
  const derived = derivePlan(after(LOADED, READ), "en");
  if (derived === null) throw new Error("no plan");
  expect([derived.plan.emailColumn, derived.plan.ccColumn]).toEqual(["E-Mail", "Kopie"]);
  const bob = derived.draftByRow.get(3);
  if (bob === undefined) throw new Error("no draft for row 3");
  expect(derived.plan.renderDraft(bob).subject).toBe("Rechnung 1002 für Bob");
  expect(derived.issuesByRow.get(4)?.map((i) => i.code)).toEqual(["email-invalid"]);
  expect(derived.errorCount).toBe(1);
  expect(derived.problemRowIndexes).toEqual([2]);
  expect(derived.plan.skippedRows).toEqual([4]);
});

test("the template's attachments go to everyone, except the recipient list and inline images", () => {
  const state = after(LOADED, READ);
  expect(templateAttachmentUses(state).map((u) => [u.attachment.name, u.use])).toEqual([
    ["liste.csv", "recipients"],
    ["AGB.pdf", "everyone"],
  ]);
  const anna = derivePlan(state, "en")?.draftByRow.get(2);
  expect(anna?.attachments.map((f) => f.name)).toEqual(["AGB.pdf"]);
});

test("a template attachment held back goes only to the rows that name it", () => {
  const state = after(LOADED, READ, { type: "templateAttachmentForEveryone", id: "agb", everyone: false }, {
    type: "attachmentPatternChanged",
    pattern: "{{Nr}}.pdf",
  });
  expect(templateAttachmentUses(state).map((u) => u.use)).toEqual(["recipients", "rows"]);
  const derived = derivePlan(state, "en");
  expect(derived?.everyoneFiles).toEqual([]);
  expect(derived?.issuesByRow.get(2)?.map((i) => i.code)).toEqual(["attachment-missing"]);
});

test("invoices attached to the message go to the rows that name them; what no row names goes to everyone", () => {
  const invoices = [1001, 1002].map((n) => ({
    id: `r${n}`,
    name: `Rechnung_${n}.pdf`,
    size: 100,
    contentType: "application/pdf",
    isInline: false,
  }));
  const template = { ...TEMPLATE, attachments: [...TEMPLATE.attachments, ...invoices] };
  const state = after(LOADED, { type: "templateRead", template }, { type: "attachmentPatternChanged", pattern: "Rechnung_{{Nr}}.pdf" });
  expect(templateAttachmentUses(state).map((u) => [u.attachment.name, u.use, u.namingRows.length, u.namingRows])).toEqual([
    ["liste.csv", "recipients", 0, []],
    ["AGB.pdf", "everyone", 0, []],
    // Which rows, by their spreadsheet numbers: step 3 names them.
    ["Rechnung_1001.pdf", "rows", 1, [2]],
    ["Rechnung_1002.pdf", "rows", 1, [3]],
  ]);
  const derived = derivePlan(state, "en");
  expect(derived?.draftByRow.get(2)?.attachments.map((f) => f.name)).toEqual(["AGB.pdf", "Rechnung_1001.pdf"]);
  expect(derived?.draftByRow.get(3)?.attachments.map((f) => f.name)).toEqual(["AGB.pdf", "Rechnung_1002.pdf"]);
  // Row 4 (a broken address) names Rechnung_1003.pdf, which is missing: its own error, not another row's. That the
  // list the user chose from the message goes to nobody is no news: no warning.
  expect(derived?.generalIssues).toEqual([]);
  // Ticked, an invoice goes to everyone after all; an attachment column names files the same way.
  const ticked = wizardReducer(state, { type: "templateAttachmentForEveryone", id: "r1001", everyone: true });
  expect(templateAttachmentUses(ticked).map((u) => u.use)).toEqual(["recipients", "everyone", "everyone", "rows"]);
  const byColumn = after(LOADED, { type: "templateRead", template }, { type: "attachmentColumnChosen", column: "Vorname" });
  expect(templateAttachmentUses(byColumn).map((u) => u.namingRows.length)).toEqual([0, 0, 0, 0]);
});

test("with a pasted table, a list attached to the message is held back, with a warning, until the user ticks it", () => {
  const state = after(loadedFrom({ kind: "paste" }), READ);
  expect(templateAttachmentUses(state).map((u) => u.use)).toEqual(["held-back", "everyone"]);
  expect(derivePlan(state, "en")?.generalIssues.map((i) => [i.code, i.message])).toEqual([
    ["attachment-held-back", expect.stringContaining("'liste.csv', attached to the template, is a table file")],
  ]);
  const ticked = wizardReducer(state, { type: "templateAttachmentForEveryone", id: "csv", everyone: true });
  expect(templateAttachmentUses(ticked).map((u) => u.use)).toEqual(["everyone", "everyone"]);
  expect(derivePlan(ticked, "en")?.draftByRow.get(2)?.attachments.map((f) => f.name)).toEqual(["liste.csv", "AGB.pdf"]);
});

test.each([
  ["the same name", { kind: "file", name: "LISTE.csv", size: 999 }],
  ["the same size under another name", { kind: "file", name: "export (3).csv", size: 10 }],
] as const)("privacy: a list chosen from disk is never sent, even ticked, when the message carries a file of %s", (_name, origin) => {
  const state = after(loadedFrom(origin), READ, { type: "templateAttachmentForEveryone", id: "csv", everyone: true });
  expect(templateAttachmentUses(state).map((u) => u.use)).toEqual(["recipients", "everyone"]);
  const derived = derivePlan(state, "en");
  expect(derived?.draftByRow.get(2)?.attachments.map((f) => f.name)).toEqual(["AGB.pdf"]);
  expect(derived?.generalIssues.map((i) => i.code)).toEqual(["attachment-is-recipient-list"]);
});

test("privacy: a workbook attached to the message is held back from everyone like a CSV", () => {
  const workbook = { id: "xlsx", name: "Mitglieder.xlsx", size: 30, contentType: "application/vnd.ms-excel", isInline: false };
  const state = after(LOADED, { type: "templateRead", template: { ...TEMPLATE, attachments: [...TEMPLATE.attachments, workbook] } });
  expect(templateAttachmentUses(state).map((u) => [u.attachment.name, u.use])).toEqual([
    ["liste.csv", "recipients"],
    ["AGB.pdf", "everyone"],
    ["Mitglieder.xlsx", "held-back"],
  ]);
  expect(derivePlan(state, "de")?.draftByRow.get(2)?.attachments.map((f) => f.name)).toEqual(["AGB.pdf"]);
});

test.each([
  ["mitglieder.csv", true],
  ["Liste.TSV", true],
  ["liste.txt", true],
  ["Rechnung.pdf", false],
  ["csv", false],
])("%p may hold a recipient list: %p", (name, expected) => {
  expect(isRecipientListName(name)).toBe(expected);
});

test.each([
  { name: "found columns", actions: [], expected: { lang: "en" } },
  {
    name: "chosen columns",
    actions: [
      { type: "emailColumnChosen", choice: { kind: "column", column: "Kopie" } },
      { type: "ccColumnChosen", choice: { kind: "column", column: "E-Mail" } },
    ],
    expected: { lang: "en", emailColumn: "Kopie", ccColumn: "E-Mail" },
  },
  // The core drops a Cc column equal to the To column: that is how "no Cc" reaches it.
  { name: "no Cc", actions: [{ type: "ccColumnChosen", choice: { kind: "none" } }], expected: { lang: "en", ccColumn: "E-Mail" } },
  {
    name: "an attachment column",
    actions: [{ type: "attachmentColumnChosen", column: "Nr" }],
    expected: { lang: "en", attachmentColumn: "Nr" },
  },
  {
    name: "a pattern, trimmed",
    actions: [{ type: "attachmentPatternChanged", pattern: " {{Nr}}.pdf " }],
    expected: { lang: "en", attachmentPattern: "{{Nr}}.pdf" },
  },
  { name: "an empty pattern is no rule", actions: [{ type: "attachmentPatternChanged", pattern: "  " }], expected: { lang: "en" } },
  {
    name: "a column chosen, then no per-row files",
    actions: [{ type: "attachmentColumnChosen", column: "Nr" }, { type: "attachmentRuleKindChosen", kind: "none" }],
    expected: { lang: "en" },
  },
] as { name: string; actions: WizardAction[]; expected: object }[])("plan options: $name", ({ actions, expected }) => {
  expect(planOptions(after(LOADED, ...actions), "en")).toEqual(expected);
});

test("choosing no Cc leaves every draft without one", () => {
  const derived = derivePlan(after(LOADED, READ, { type: "ccColumnChosen", choice: { kind: "none" } }), "en");
  expect(derived?.plan.ccColumn).toBeNull();
  expect(derived?.draftByRow.get(2)?.cc).toEqual([]);
});

test("before the message is read, an empty subject is not yet a problem", () => {
  const derived = derivePlan(after(LOADED), "en");
  expect(derived?.generalIssues.map((i) => i.code)).toEqual([]);
});

test("an unknown field is a template problem with a suggestion", () => {
  const derived = derivePlan(after(LOADED, { type: "templateRead", template: { ...TEMPLATE, subject: "Hallo {{Vornme}}" } }), "de");
  const issue = derived?.generalIssues.find((i) => i.code === "template-unknown-field");
  expect(issue?.message).toContain("{{Vorname}}");
  expect(stepOfIssue(issue?.code ?? "")).toBe("message");
});

test("the plan is rebuilt only when one of its inputs changes", () => {
  const derive = memoisedDerivePlan();
  const state = after(LOADED, READ);
  const first = derive(state, "en");
  expect(derive(wizardReducer(state, { type: "goTo", step: "review" }), "en")).toBe(first);
  expect(derive(wizardReducer(state, { type: "reviewMoved", index: 2 }), "en")).toBe(first);
  expect(derive(state, "de")).not.toBe(first);
  expect(derive(wizardReducer(state, { type: "ccColumnChosen", choice: { kind: "none" } }), "de")).not.toBe(first);
});

test.each([
  ["email-invalid", "recipients"],
  ["table-unclosed-quote", "recipients"],
  ["cc-conflict", "recipients"],
  ["template-unknown-field", "message"],
  ["template-unclosed-section", "message"],
  ["subject-empty", "message"],
  ["field-empty", "message"],
  ["attachment-missing", "attachments"],
  ["attachments-large", "attachments"],
])("%s is put right in the %s step", (code, step) => {
  expect(stepOfIssue(code)).toBe(step);
});

describe("what blocks creating drafts", () => {
  const fixed = (state: WizardState): WizardState =>
    wizardReducer(state, { type: "emailColumnChosen", choice: { kind: "column", column: "E-Mail" } });
  test.each([
    { name: "nothing yet", state: INITIAL_STATE, gateway: true, expected: ["no-table", "no-template"] },
    { name: "a row error", state: after(LOADED, READ), gateway: true, expected: ["errors"] },
    { name: "no gateway", state: after(LOADED, READ), gateway: false, expected: ["errors", "no-gateway"] },
    {
      name: "a run under way",
      state: after(LOADED, READ, { type: "runStarted", runId: "r", gatewayId: "eml", total: 2 }),
      gateway: true,
      expected: ["errors", "running"],
    },
  ])("$name", ({ state, gateway, expected }) => {
    expect(createBlockers(state, derivePlan(state, "en"), gateway)).toEqual(expected);
  });

  test("nothing, once every row is right", () => {
    const table = readTable({ kind: "text", text: "E-Mail\tVorname\tNr\nanna@example.de\tAnna\t1" });
    const state = fixed(after({ type: "tableLoaded", origin: { kind: "paste" }, result: table }, READ));
    expect(createBlockers(state, derivePlan(state, "en"), true)).toEqual([]);
  });
});

test.each([
  { name: "ready", address: "me@example.org", gateway: true, actions: [LOADED, READ], expected: [] },
  { name: "Outlook does not say who the user is", address: null, gateway: true, actions: [LOADED, READ], expected: ["no-user-address"] },
  { name: "no message read", address: "me@example.org", gateway: true, actions: [LOADED], expected: ["no-template"] },
  { name: "no table", address: "me@example.org", gateway: false, actions: [READ], expected: ["no-drafts", "no-gateway"] },
  {
    name: "a test on its way",
    address: "me@example.org",
    gateway: true,
    actions: [LOADED, READ, { type: "testDraftStarted" }],
    expected: ["sending"],
  },
  {
    name: "a run is creating the drafts (its requests fill Graph's four)",
    address: "me@example.org",
    gateway: true,
    actions: [LOADED, READ, { type: "runStarted", runId: "r1", gatewayId: "graph", total: 2, mode: "drafts" }],
    expected: ["run-active"],
  },
] as { name: string; address: string | null; gateway: boolean; actions: WizardAction[]; expected: string[] }[])(
  "test draft: $name",
  ({ address, gateway, actions, expected }) => {
    const state = after(...actions);
    expect(testDraftBlockers(state, derivePlan(state, "en"), address, gateway)).toEqual(expected);
  },
);

test.each([
  { rows: [], from: 0, direction: 1, expected: null },
  { rows: [2, 5, 9], from: 0, direction: 1, expected: 2 },
  { rows: [2, 5, 9], from: 2, direction: 1, expected: 5 },
  { rows: [2, 5, 9], from: 9, direction: 1, expected: 2 },
  { rows: [2, 5, 9], from: 5, direction: -1, expected: 2 },
  { rows: [2, 5, 9], from: 2, direction: -1, expected: 9 },
] as const)("the next problem row after $from in direction $direction is $expected", ({ rows, from, direction, expected }) => {
  expect(nextProblemRow(rows, from, direction)).toBe(expected);
});
