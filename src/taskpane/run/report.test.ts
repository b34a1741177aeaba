import { readTable } from "../../core/table";
import { derivePlan } from "../state/plan";
import { INITIAL_STATE, wizardReducer, type WizardAction } from "../state/wizard";
import { reportCsv } from "./report";

const table = readTable({ kind: "text", text: "E-Mail\tName\nanna@example.de\tAnna\n=HYPERLINK()\tEvil\nbob@example.de\tBob\ncarl@example.de\tCarl" });
const actions: WizardAction[] = [
  { type: "tableLoaded", origin: { kind: "paste" }, result: table },
  { type: "templateRead", template: { subject: "Hallo", html: "<p>Hallo</p>", attachments: [] } },
];
const state = actions.reduce(wizardReducer, INITIAL_STATE);
const derived = derivePlan(state, "de");

test("every row is in the report: created, failed with its reason, skipped with its errors, never reached", () => {
  if (derived === null) throw new Error("no plan");
  const csv = reportCsv({
    rows: table.table.rows,
    emailColumnIndex: 0,
    draftByRow: derived.draftByRow,
    issuesByRow: derived.issuesByRow,
    outcomes: [
      { row: 2, key: "r:2", to: "anna@example.de", status: "created", ref: "0002_anna@example.de.eml", message: null },
      { row: 4, key: "r:4", to: "bob@example.de", status: "failed", ref: null, message: "Zeile 4: Der Server lehnte ab." },
    ],
    refIsFileName: true,
    lang: "de",
  });
  expect(csv.startsWith("\ufeff")).toBe(true);
  expect(csv.slice(1).split("\r\n")).toEqual([
    "Zeile;An;Status;Datei oder Grund",
    "2;anna@example.de;Erstellt;0002_anna@example.de.eml",
    // A cell a spreadsheet would run as a formula is neutralised.
    "3;'=HYPERLINK();Übersprungen;Zeile 3: '=HYPERLINK()' ist keine E-Mail-Adresse. Korrigieren Sie die Zelle oder entfernen Sie die Zeile.",
    "4;bob@example.de;Fehlgeschlagen;Zeile 4: Der Server lehnte ab.",
    "5;carl@example.de;Nicht erstellt;",
    "",
  ]);
});

describe("rows the user corrected or left out (issue 12)", () => {
  const list = readTable({ kind: "text", text: "E-Mail;Name\nanna@example.de;Anna\nbob@example.de, berta@example.de;Bob\nkim@example.de;Kim" });
  const edited = [
    { type: "tableLoaded", origin: { kind: "paste" }, result: list },
    { type: "templateRead", template: { subject: "Hallo", html: "<p>Hallo</p>", attachments: [] } },
    { type: "rowExcluded", row: 3 },
    { type: "rowExcluded", row: 4 },
  ] as const satisfies readonly WizardAction[];
  test.each([
    ["de", "3;bob@example.de, berta@example.de;Ausgelassen;von Ihnen ausgelassen — Zeile 3:", "4;kim@example.de;Ausgelassen;von Ihnen ausgelassen"],
    ["en", '3,"bob@example.de, berta@example.de",Excluded,"excluded by you — Row 3:', "4,kim@example.de,Excluded,excluded by you"],
  ] as const)("%s: an excluded row says so, with its error if it has one", (lang, inError, good) => {
    const plan = derivePlan(edited.reduce<ReturnType<typeof wizardReducer>>(wizardReducer, INITIAL_STATE), lang);
    if (plan === null) throw new Error("no plan");
    const lines = reportCsv({
      rows: plan.shownTable.rows,
      emailColumnIndex: 0,
      draftByRow: plan.draftByRow,
      issuesByRow: plan.issuesByRow,
      excludedRows: plan.excludedRows,
      outcomes: [{ row: 2, key: "r:2", to: "anna@example.de", status: "created", ref: "AAMkAGI2TG93AAA=", message: null }],
      refIsFileName: false,
      lang,
    }).split("\r\n");
    // Graph's message id is nobody's business: the address names the draft.
    expect(lines[1]).toMatch(/^2[;,]anna@example.de[;,](Erstellt|Created)[;,]$/);
    expect(lines[2]?.startsWith(inError)).toBe(true);
    expect(lines[3]).toBe(good);
    expect(lines.join("\n")).not.toContain("AAMkAGI2TG93AAA=");
  });
});
