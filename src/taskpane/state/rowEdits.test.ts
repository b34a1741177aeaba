// The user's corrections in the wizard (issue 12): edit a cell, undo it, leave a row out, take it back in; each time
// the plan is built again through the core's checks, and the list as loaded stays as it was.
import { readTable } from "../../core/table";
import type { ItemTemplate } from "../../office/mailboxHost";
import { createBlockers, derivePlan } from "./plan";
import { NO_EDITS } from "./rowEdits";
import { INITIAL_STATE, wizardReducer, type WizardAction, type WizardState } from "./wizard";

// Rows 3 and 5 are broken the way a treasurer's list breaks: two addresses in one cell, "(at)" for "@".
const TEXT = [
  "E-Mail;Vorname;Nr",
  "anna@example.de;Anna;1001",
  "bob@example.de, berta@example.de;Bob;1002",
  "kim@example.de;Kim;1003",
  "name(at)example.de;Nele;1004",
  "otto@example.de;Otto;1005",
].join("\n");
const TABLE = readTable({ kind: "text", text: TEXT });
const OTHER = readTable({ kind: "text", text: "E-Mail;Vorname\nzoe@example.de;Zoe" });
const TEMPLATE: ItemTemplate = { subject: "Beitrag {{Nr}}", html: "<p>Hallo {{Vorname}}</p>", attachments: [] };

const LOADED: WizardAction = { type: "tableLoaded", origin: { kind: "paste" }, result: TABLE };
const READ: WizardAction = { type: "templateRead", template: TEMPLATE };
const EMAIL = 0;
const fix5: WizardAction = { type: "rowCellsEdited", row: 5, cells: { [EMAIL]: "name@example.de" } };
const exclude3: WizardAction = { type: "rowExcluded", row: 3 };

function after(...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, INITIAL_STATE);
}

interface Case {
  readonly name: string;
  readonly actions: readonly WizardAction[];
  /** Rows that become drafts, rows still in error, rows left out. */
  readonly drafts: readonly number[];
  readonly inError: readonly number[];
  readonly excluded: readonly number[];
}

const CASES: readonly Case[] = [
  { name: "as loaded: two rows in error", actions: [], drafts: [2, 4, 6], inError: [3, 5], excluded: [] },
  { name: "a corrected address is checked again and makes a draft", actions: [fix5], drafts: [2, 4, 5, 6], inError: [3], excluded: [] },
  { name: "a row left out makes no draft and is no longer in error", actions: [exclude3], drafts: [2, 4, 6], inError: [5], excluded: [3] },
  { name: "corrected and left out: the treasurer's four drafts", actions: [fix5, exclude3], drafts: [2, 4, 5, 6], inError: [], excluded: [3] },
  { name: "undoing the correction brings the error back", actions: [fix5, { type: "rowEditUndone", row: 5 }], drafts: [2, 4, 6], inError: [3, 5], excluded: [] },
  { name: "typing the old value back is the same as undoing", actions: [fix5, { type: "rowCellsEdited", row: 5, cells: { [EMAIL]: "name(at)example.de" } }], drafts: [2, 4, 6], inError: [3, 5], excluded: [] },
  { name: "a row taken back in is in error again", actions: [exclude3, { type: "rowIncluded", row: 3 }], drafts: [2, 4, 6], inError: [3, 5], excluded: [] },
  { name: "a correction that is still wrong stays in error", actions: [{ type: "rowCellsEdited", row: 5, cells: { [EMAIL]: "name@@example.de" } }], drafts: [2, 4, 6], inError: [3, 5], excluded: [] },
  { name: "an edit can break a good row", actions: [{ type: "rowCellsEdited", row: 2, cells: { [EMAIL]: "anna" } }], drafts: [4, 6], inError: [2, 3, 5], excluded: [] },
  { name: "a good row may be left out too", actions: [{ type: "rowExcluded", row: 6 }], drafts: [2, 4], inError: [3, 5], excluded: [6] },
  { name: "splitting two addresses into the row's own one", actions: [{ type: "rowCellsEdited", row: 3, cells: { [EMAIL]: "bob@example.de" } }], drafts: [2, 3, 4, 6], inError: [5], excluded: [] },
  { name: "a value with a line break in it is checked like any other", actions: [{ type: "rowCellsEdited", row: 5, cells: { [EMAIL]: "name@example.de\nbcc: x@example.de" } }], drafts: [2, 4, 6], inError: [3, 5], excluded: [] },
];

describe.each(CASES)("$name", ({ actions, drafts, inError, excluded }) => {
  const state = after(LOADED, READ, ...actions);
  const derived = derivePlan(state, "en");

  test("the plan's drafts, rows in error and rows left out", () => {
    expect(derived?.plan.drafts.map((d) => d.row)).toEqual(drafts);
    expect(derived?.plan.skippedRows).toEqual(inError);
    expect([...(derived?.excludedRows.keys() ?? [])]).toEqual(excluded);
    expect(state.rowEdits.excluded).toEqual(excluded);
  });

  test("rows in error block Create; rows left out do not", () => {
    expect(createBlockers(state, derived, true).includes("errors")).toBe(inError.length > 0);
  });

  test("the list as loaded is never changed", () => {
    expect(state.recipients?.result).toBe(TABLE);
    expect(TABLE.table.rows[3]?.cells[EMAIL]).toBe("name(at)example.de");
  });
});

test("the corrected value is what the draft is made from", () => {
  const derived = derivePlan(after(LOADED, READ, fix5, exclude3), "en");
  const draft = derived?.draftByRow.get(5);
  expect(draft?.to).toBe("name@example.de");
  expect(derived?.shownTable.rows[3]?.cells[EMAIL]).toBe("name@example.de");
  // The plan's own table has no row 3: the fingerprint and the drafts are made from it.
  expect(derived?.table.rows.map((r) => r.row)).toEqual([2, 4, 5, 6]);
  if (draft !== undefined) expect(derived?.plan.renderDraft(draft).subject).toBe("Beitrag 1004");
});

test("a row left out keeps its error, for the report's reason", () => {
  const reasons = derivePlan(after(LOADED, READ, exclude3), "en")?.excludedRows.get(3) ?? [];
  expect(reasons.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["email-multiple"]);
  // A good row left out has nothing to say beyond "excluded by you".
  expect(derivePlan(after(LOADED, READ, { type: "rowExcluded", row: 6 }), "en")?.excludedRows.get(6)).toEqual([]);
});

describe("what changes nothing", () => {
  const base = after(LOADED, READ, fix5);
  test.each<[string, WizardAction]>([
    ["a row that is not in the list", { type: "rowCellsEdited", row: 99, cells: { [EMAIL]: "x@example.de" } }],
    ["a column that is not in the list", { type: "rowCellsEdited", row: 2, cells: { 7: "x", [-1]: "y" } }],
    ["leaving out a row that is not there", { type: "rowExcluded", row: 1 }],
    ["taking in a row that was never left out", { type: "rowIncluded", row: 2 }],
    ["undoing a row that was never edited", { type: "rowEditUndone", row: 4 }],
    ["editing a cell to the value it has", { type: "rowCellsEdited", row: 5, cells: { [EMAIL]: "name@example.de" } }],
  ])("%s", (_name, action) => {
    expect(wizardReducer(base, action)).toBe(base);
  });

  test("without a table", () => {
    expect(wizardReducer(INITIAL_STATE, fix5)).toBe(INITIAL_STATE);
  });

  test("while a run is under way the rows are the ones reviewed", () => {
    const running = wizardReducer(base, { type: "runStarted", runId: "r", gatewayId: "graph", total: 4 });
    for (const action of [exclude3, { type: "rowEditUndone", row: 5 } as const, { type: "rowIncluded", row: 3 } as const]) {
      expect(wizardReducer(running, action)).toBe(running);
    }
  });
});

test("the same list read again keeps the corrections; another list drops them", () => {
  const edited = after(LOADED, READ, fix5, exclude3);
  const again = wizardReducer(edited, { type: "tableLoaded", origin: { kind: "paste" }, result: readTable({ kind: "text", text: TEXT }) });
  expect(again.rowEdits).toBe(edited.rowEdits);
  const other = wizardReducer(edited, { type: "tableLoaded", origin: { kind: "paste" }, result: OTHER });
  expect(other.rowEdits).toEqual(NO_EDITS);
  expect(wizardReducer(edited, { type: "tableCleared" }).rowEdits).toEqual(NO_EDITS);
});
