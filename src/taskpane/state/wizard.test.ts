import type { RowOutcome, RunSummary } from "../../core/run/types";
import { readTable } from "../../core/table";
import type { ItemTemplate } from "../../office/mailboxHost";
import { INITIAL_STATE, isRunActive, wizardReducer, type WizardAction, type WizardState } from "./wizard";

const TABLE = readTable({ kind: "text", text: "E-Mail\tVorname\tDatei\nanna@example.de\tAnna\ta.pdf\nbob@example.de\tBob\tb.pdf" });
const OTHER_TABLE = readTable({ kind: "text", text: "Mail\tName\nx@example.de\tX" });
const TEMPLATE: ItemTemplate = {
  subject: "Hallo {{Vorname}}",
  html: "<p>Hallo {{Vorname}}</p>",
  attachments: [{ id: "a1", name: "liste.csv", size: 10, contentType: "text/csv", isInline: false }],
};
const FILE = { id: "file:1", name: "a.pdf", size: 100 };
const OUTCOME: RowOutcome = { row: 2, key: "r:2:anna@example.de", to: "anna@example.de", status: "created", ref: null, message: null };
const SUMMARY: RunSummary = { outcomes: [OUTCOME, { ...OUTCOME, row: 3, key: "r:3:bob@example.de", status: "failed", message: "no" }], cancelled: false };

const loaded: WizardAction = { type: "tableLoaded", origin: { kind: "file", name: "liste.csv" }, result: TABLE };
const started: WizardAction = { type: "runStarted", runId: "r", gatewayId: "eml", total: 2 };

function after(...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, INITIAL_STATE);
}

interface Case {
  readonly name: string;
  readonly given: readonly WizardAction[];
  readonly action: WizardAction;
  readonly expected: (state: WizardState, before: WizardState) => void;
}

const unchanged = (state: WizardState, before: WizardState): void => expect(state).toBe(before);

const CASES: readonly Case[] = [
  // ---- steps ----
  { name: "goes to a step", given: [], action: { type: "goTo", step: "review" }, expected: (s) => expect(s.step).toBe("review") },
  { name: "going to the current step changes nothing", given: [], action: { type: "goTo", step: "recipients" }, expected: unchanged },

  // ---- recipients ----
  {
    name: "a loaded table is kept with where it came from",
    given: [],
    action: loaded,
    expected: (s) => {
      expect(s.recipients?.origin).toEqual({ kind: "file", name: "liste.csv" });
      expect(s.recipients?.result.table.columns).toEqual(["E-Mail", "Vorname", "Datei"]);
    },
  },
  {
    name: "a new table forgets the chosen columns and the review position",
    given: [loaded, { type: "emailColumnChosen", choice: { kind: "column", column: "Vorname" } }, { type: "reviewMoved", index: 1 }],
    action: { type: "tableLoaded", origin: { kind: "paste" }, result: OTHER_TABLE },
    expected: (s) => {
      expect(s.emailColumn).toEqual({ kind: "auto" });
      expect(s.ccColumn).toEqual({ kind: "auto" });
      expect(s.reviewIndex).toBe(0);
    },
  },
  {
    name: "a new table keeps the attachment column only if it still has it",
    given: [loaded, { type: "attachmentColumnChosen", column: "Datei" }],
    action: { type: "tableLoaded", origin: { kind: "paste" }, result: OTHER_TABLE },
    expected: (s) => expect(s.attachmentRule).toEqual({ kind: "column", column: null, pattern: "" }),
  },
  {
    name: "typing in the paste box marks it to be read",
    given: [],
    action: { type: "pasteTextChanged", text: "E-Mail\nanna@example.de" },
    expected: (s) => expect([s.pasteText, s.pasteStale]).toEqual(["E-Mail\nanna@example.de", true]),
  },
  {
    name: "a paste is being read already: the typing delay does not read it again",
    given: [],
    action: { type: "pasteTextChanged", text: "E-Mail\nanna@example.de", pasted: true },
    expected: (s) => expect([s.pasteText, s.pasteStale]).toEqual(["E-Mail\nanna@example.de", false]),
  },
  {
    name: "a table read from the paste box keeps its text",
    given: [{ type: "pasteTextChanged", text: "E-Mail\nanna@example.de" }],
    action: { type: "tableLoaded", origin: { kind: "paste" }, result: TABLE },
    expected: (s) => expect([s.pasteText, s.pasteStale]).toEqual(["E-Mail\nanna@example.de", false]),
  },
  {
    name: "a file replaces what was pasted, and the paste box says so",
    given: [{ type: "pasteTextChanged", text: "E-Mail\nanna@example.de" }],
    action: loaded,
    expected: (s) => expect([s.pasteText, s.pasteStale]).toEqual(["", false]),
  },
  { name: "the same paste text changes nothing", given: [{ type: "pasteTextChanged", text: "x" }], action: { type: "pasteTextChanged", text: "x" }, expected: unchanged },
  {
    name: "clearing the table",
    given: [loaded],
    action: { type: "tableCleared" },
    expected: (s) => expect(s.recipients).toBeNull(),
  },
  {
    name: "an e-mail column of the table can be chosen",
    given: [loaded],
    action: { type: "emailColumnChosen", choice: { kind: "column", column: "Vorname" } },
    expected: (s) => expect(s.emailColumn).toEqual({ kind: "column", column: "Vorname" }),
  },
  {
    name: "a column the table lacks cannot be chosen",
    given: [loaded],
    action: { type: "emailColumnChosen", choice: { kind: "column", column: "Telefon" } },
    expected: unchanged,
  },
  { name: "no Cc can be chosen", given: [loaded], action: { type: "ccColumnChosen", choice: { kind: "none" } }, expected: (s) => expect(s.ccColumn).toEqual({ kind: "none" }) },
  {
    name: "a Cc column the table lacks cannot be chosen",
    given: [loaded],
    action: { type: "ccColumnChosen", choice: { kind: "column", column: "Cc" } },
    expected: unchanged,
  },

  // ---- template ----
  {
    name: "reading the message",
    given: [{ type: "templateFailed", message: "earlier" }],
    action: { type: "templateReading" },
    expected: (s) => expect(s.template).toEqual({ loaded: null, reading: true, error: null }),
  },
  {
    name: "the message read",
    given: [{ type: "templateReading" }],
    action: { type: "templateRead", template: TEMPLATE },
    expected: (s) => expect(s.template).toEqual({ loaded: TEMPLATE, reading: false, error: null }),
  },
  {
    name: "a failed read keeps the message read before",
    given: [{ type: "templateRead", template: TEMPLATE }, { type: "templateReading" }],
    action: { type: "templateFailed", message: "Outlook said no" },
    expected: (s) => expect(s.template).toEqual({ loaded: TEMPLATE, reading: false, error: "Outlook said no" }),
  },

  // ---- attachments ----
  {
    name: "switching the rule keeps the column and pattern given",
    given: [loaded, { type: "attachmentColumnChosen", column: "Datei" }, { type: "attachmentPatternChanged", pattern: "{{Vorname}}.pdf" }],
    action: { type: "attachmentRuleKindChosen", kind: "column" },
    expected: (s) => expect(s.attachmentRule).toEqual({ kind: "column", column: "Datei", pattern: "{{Vorname}}.pdf" }),
  },
  {
    name: "choosing an attachment column chooses the column rule",
    given: [loaded],
    action: { type: "attachmentColumnChosen", column: "Datei" },
    expected: (s) => expect(s.attachmentRule.kind).toBe("column"),
  },
  { name: "an attachment column the table lacks cannot be chosen", given: [loaded], action: { type: "attachmentColumnChosen", column: "Nope" }, expected: unchanged },
  {
    name: "files are added once",
    given: [{ type: "filesAdded", files: [FILE] }],
    action: { type: "filesAdded", files: [FILE, { id: "file:2", name: "b.pdf", size: 5 }] },
    expected: (s) => expect(s.files.map((f) => f.id)).toEqual(["file:1", "file:2"]),
  },
  { name: "adding no new file changes nothing", given: [{ type: "filesAdded", files: [FILE] }], action: { type: "filesAdded", files: [FILE] }, expected: unchanged },
  { name: "a file is removed", given: [{ type: "filesAdded", files: [FILE] }], action: { type: "fileRemoved", id: "file:1" }, expected: (s) => expect(s.files).toEqual([]) },
  { name: "all files are removed", given: [{ type: "filesAdded", files: [FILE] }], action: { type: "filesCleared" }, expected: (s) => expect(s.files).toEqual([]) },
  {
    name: "a template attachment is held back for the rows that name it",
    given: [],
    action: { type: "templateAttachmentForEveryone", id: "a1", everyone: false },
    expected: (s) => expect(s.everyoneChoices).toEqual({ a1: false }),
  },
  {
    name: "the same choice again changes nothing",
    given: [{ type: "templateAttachmentForEveryone", id: "a1", everyone: false }],
    action: { type: "templateAttachmentForEveryone", id: "a1", everyone: false },
    expected: unchanged,
  },
  {
    name: "and goes to everyone again",
    given: [{ type: "templateAttachmentForEveryone", id: "a1", everyone: false }],
    action: { type: "templateAttachmentForEveryone", id: "a1", everyone: true },
    expected: (s) => expect(s.everyoneChoices).toEqual({ a1: true }),
  },

  // ---- review ----
  { name: "review moves to a row", given: [loaded], action: { type: "reviewMoved", index: 1 }, expected: (s) => expect(s.reviewIndex).toBe(1) },
  { name: "review stops at the last row", given: [loaded], action: { type: "reviewMoved", index: 9 }, expected: (s) => expect(s.reviewIndex).toBe(1) },
  { name: "review stops at the first row", given: [loaded, { type: "reviewMoved", index: 1 }], action: { type: "reviewMoved", index: -3 }, expected: (s) => expect(s.reviewIndex).toBe(0) },

  // ---- test draft ----
  { name: "a test draft is being sent", given: [], action: { type: "testDraftStarted" }, expected: (s) => expect(s.testDraft.phase).toBe("sending") },
  { name: "a second test draft waits for the first", given: [{ type: "testDraftStarted" }], action: { type: "testDraftStarted" }, expected: unchanged },
  {
    name: "the test draft was sent",
    given: [{ type: "testDraftStarted" }],
    action: { type: "testDraftSent", message: "done" },
    expected: (s) => expect(s.testDraft).toEqual({ phase: "sent", message: "done" }),
  },
  {
    name: "choosing another gateway forgets the last test",
    given: [{ type: "testDraftStarted" }, { type: "testDraftFailed", message: "no" }],
    action: { type: "gatewayChosen", id: "compose" },
    expected: (s) => expect([s.gatewayId, s.testDraft.phase]).toEqual(["compose", "idle"]),
  },

  // ---- drafts or send now ----
  {
    name: "send now is chosen for the gateway shown",
    given: [],
    action: { type: "runModeChosen", gatewayId: "graph", mode: "send" },
    expected: (s) => expect([s.gatewayId, s.runMode]).toEqual(["graph", "send"]),
  },
  {
    name: "choosing the same gateway again keeps send now",
    given: [{ type: "runModeChosen", gatewayId: "graph", mode: "send" }],
    action: { type: "gatewayChosen", id: "graph" },
    expected: (s) => expect(s.runMode).toBe("send"),
  },
  {
    name: "another gateway goes back to drafts: send now is never inherited",
    given: [{ type: "runModeChosen", gatewayId: "graph", mode: "send" }],
    action: { type: "gatewayChosen", id: "eml" },
    expected: (s) => expect([s.gatewayId, s.runMode]).toEqual(["eml", "drafts"]),
  },
  { name: "choosing the mode already chosen changes nothing", given: [{ type: "runModeChosen", gatewayId: "graph", mode: "send" }], action: { type: "runModeChosen", gatewayId: "graph", mode: "send" }, expected: unchanged },
  { name: "the mode cannot change while a run is under way", given: [loaded, started], action: { type: "runModeChosen", gatewayId: "eml", mode: "send" }, expected: unchanged },
  {
    name: "a send run keeps its mode and the rows the daily limit held back",
    given: [loaded],
    action: { ...started, gatewayId: "graph", mode: "send", heldBack: { rows: 1, from: 86_400_000 } },
    expected: (s) => expect([s.run.mode, s.run.heldBack]).toEqual(["send", { rows: 1, from: 86_400_000 }]),
  },
  {
    name: "a run started without a mode makes drafts and holds nothing back",
    given: [loaded],
    action: started,
    expected: (s) => expect([s.run.mode, s.run.heldBack]).toEqual(["drafts", null]),
  },

  // ---- run ----
  {
    name: "a run starts",
    given: [loaded],
    action: started,
    expected: (s) => {
      expect(s.run.state.phase).toBe("running");
      expect(s.run.state.total).toBe(2);
      expect([s.run.runId, s.run.gatewayId, s.gatewayId]).toEqual(["r", "eml", "eml"]);
    },
  },
  { name: "a second run cannot start while one runs", given: [loaded, started], action: { ...started, runId: "other" }, expected: unchanged },
  ...(["pasteTextChanged", "tableLoaded", "emailColumnChosen", "templateRead", "filesAdded", "attachmentPatternChanged"] as const).map(
    (type): Case => ({
      name: `while a run is under way the plan cannot change (${type})`,
      given: [loaded, started],
      action: {
        pasteTextChanged: { type: "pasteTextChanged", text: "x" },
        tableLoaded: loaded,
        emailColumnChosen: { type: "emailColumnChosen", choice: { kind: "column", column: "Vorname" } },
        templateRead: { type: "templateRead", template: TEMPLATE },
        filesAdded: { type: "filesAdded", files: [FILE] },
        attachmentPatternChanged: { type: "attachmentPatternChanged", pattern: "x" },
      }[type] as WizardAction,
      expected: unchanged,
    }),
  ),
  { name: "nor can the gateway", given: [loaded, started], action: { type: "gatewayChosen", id: "compose" }, expected: unchanged },
  {
    name: "while a run is under way the user may still look around",
    given: [loaded, started],
    action: { type: "goTo", step: "review" },
    expected: (s) => expect(s.step).toBe("review"),
  },
  {
    name: "run events arrive in batches",
    given: [loaded, started],
    action: {
      type: "run",
      events: [
        { type: "row", outcome: OUTCOME },
        { type: "progress", progress: { total: 2, created: 1, failed: 0, paused: false, secondsLeft: 3 } },
      ],
    },
    expected: (s) => expect([s.run.state.created, s.run.state.secondsLeft]).toEqual([1, 3]),
  },
  {
    name: "pause, as the core's run reducer has it",
    given: [loaded, started],
    action: { type: "run", events: [{ type: "pause" }] },
    expected: (s) => expect(s.run.state.phase).toBe("paused"),
  },
  {
    name: "the summary ends the run and is kept",
    given: [loaded, started],
    action: { type: "run", events: [{ type: "done", summary: SUMMARY }] },
    expected: (s) => {
      expect(s.run.state.phase).toBe("done");
      expect(s.run.state.summary).toBe(SUMMARY);
      expect([s.run.state.created, s.run.state.failed]).toEqual([1, 1]);
      expect(s.run.runId).toBe("r");
    },
  },
  {
    name: "after the run the plan may change again",
    given: [loaded, started, { type: "run", events: [{ type: "done", summary: SUMMARY }] }],
    action: { type: "templateRead", template: TEMPLATE },
    expected: (s) => expect(s.template.loaded).toBe(TEMPLATE),
  },
  {
    name: "a run engine that fails ends the run with its reason",
    given: [loaded, started],
    action: { type: "runFailed", message: "broken" },
    expected: (s) => {
      expect(isRunActive(s.run)).toBe(false);
      expect(s.run.error).toBe("broken");
    },
  },
  { name: "a run under way cannot be cleared", given: [loaded, started], action: { type: "runCleared" }, expected: unchanged },
  {
    name: "a finished run is cleared for a new one",
    given: [loaded, started, { type: "run", events: [{ type: "done", summary: SUMMARY }] }],
    action: { type: "runCleared" },
    expected: (s) => expect([s.run.state.phase, s.run.runId]).toEqual(["ready", null]),
  },
  {
    name: "a finished run can be resumed under the same id",
    given: [loaded, started, { type: "run", events: [{ type: "done", summary: SUMMARY }] }],
    action: started,
    expected: (s) => expect([s.run.state.phase, s.run.runId, s.run.state.created]).toEqual(["running", "r", 0]),
  },
];

test.each(CASES)("$name", ({ given, action, expected }) => {
  const before = after(...given);
  expected(wizardReducer(before, action), before);
});

test("the reducer never changes the state it is given", () => {
  const frozen = (value: unknown): void => {
    if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  };
  const state = after(loaded);
  frozen(state);
  for (const { action } of CASES) expect(() => wizardReducer(state, action)).not.toThrow();
});
