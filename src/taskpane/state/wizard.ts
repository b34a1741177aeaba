// The guided flow as a pure state machine: every input the user gives, and what became of the run. No React, no
// Office, no DOM: the pane dispatches actions, the tests drive the same reducer in plain Jest.
import { initialRunState, runReducer, type RunEvent, type RunState } from "../../core/run/runReducer";
import type { TableResult, WorkbookResult } from "../../core/table";
import type { SheetInfo } from "../../core/table/workbook/sheetChoice";
import type { GivenFile, Table } from "../../core/types";
import type { ItemTemplate } from "../../office/mailboxHost";
import type { RunMode } from "../services";
import { editCells, excludeRow, includeRow, NO_EDITS, sameTable, undoRow, type RowEdits } from "./rowEdits";

export const STEPS = ["recipients", "message", "attachments", "review", "create"] as const;
export type StepId = (typeof STEPS)[number];

/** Where the recipient table came from. An attachment of the template is remembered so it is never sent. */
export type RecipientsOrigin =
  | { readonly kind: "paste" }
  /** `size` in bytes: a template attachment of that size or name counts as the list (plan.ts). */
  | { readonly kind: "file"; readonly name: string; readonly size?: number }
  | { readonly kind: "attachment"; readonly id: string; readonly name: string };

export interface Recipients {
  readonly origin: RecipientsOrigin;
  readonly result: TableResult;
  /** Set when the list is a workbook (.xlsx, .xls, .ods): its sheets, and the one read. */
  readonly workbook?: RecipientWorkbook;
}

/**
 * A workbook the list was read from. Its bytes are kept so that another sheet can be read when the user chooses one
 * — even after step 1 was left and came back to (steps unmount) — without asking for the file again.
 */
export interface RecipientWorkbook {
  readonly bytes: Uint8Array;
  /** The sheet read; null when none could be (only hidden sheets hold values, say: then the user chooses one). */
  readonly sheet: string | null;
  readonly sheets: readonly SheetInfo[];
}

/** The e-mail column: found by Rundmail, or one the user chose. */
export type ColumnChoice = { readonly kind: "auto" } | { readonly kind: "column"; readonly column: string };
/** The Cc column: found by Rundmail, none at all, or one the user chose. */
export type CcChoice = ColumnChoice | { readonly kind: "none" };

export interface TemplateState {
  /** The message being written, as last read from Outlook. */
  readonly loaded: ItemTemplate | null;
  readonly reading: boolean;
  /** Why the last read failed, in the user's words. */
  readonly error: string | null;
}

export type AttachmentRuleKind = "none" | "column" | "pattern";

/** How each row names its files. The column and pattern are kept while another kind is chosen. */
export interface AttachmentRule {
  readonly kind: AttachmentRuleKind;
  readonly column: string | null;
  readonly pattern: string;
}

/** The run: the core's run state (counts, rows needing attention, the summary) and which run and gateway it is. */
export interface WizardRun {
  readonly state: RunState;
  /** Kept after the run, so "create the missing drafts" resumes the same run (same keys, nothing twice). */
  readonly runId: string | null;
  readonly gatewayId: string | null;
  /** Drafts left in Drafts, or messages sent. */
  readonly mode: RunMode;
  /** A send run's messages leave at this time (ms since 1970), held by Exchange until then; null: at once. */
  readonly sendAt: number | null;
  /**
   * Rows this run did not start because the mailbox's daily sending limit would not take them, and from when it
   * will (null: unknown); null when every row was started.
   */
  readonly heldBack: HeldBack | null;
  /** The run engine itself failed (not a row): why. */
  readonly error: string | null;
}

export interface HeldBack {
  readonly rows: number;
  /** When they fit again (ms since 1970); null when it cannot be said. */
  readonly from: number | null;
}

/** "Send now" right away, or at a later time: the date and time as the user typed them (read by core/run/sendAt.ts). */
export interface SendTimeChoice {
  readonly later: boolean;
  /** "2026-12-07", as <input type="date"> gives it; "" until chosen. */
  readonly date: string;
  /** "08:00", as <input type="time"> gives it. */
  readonly time: string;
}

export interface TestDraftState {
  readonly phase: "idle" | "sending" | "sent" | "failed";
  readonly message: string | null;
}

export interface WizardState {
  readonly step: StepId;
  readonly recipients: Recipients | null;
  /** The user's corrections on top of the loaded table (rowEdits.ts): edited cells, rows left out. */
  readonly rowEdits: RowEdits;
  /** What is in the paste box, and whether the table has yet to be read from it (typed rather than pasted). */
  readonly pasteText: string;
  readonly pasteStale: boolean;
  readonly emailColumn: ColumnChoice;
  readonly ccColumn: CcChoice;
  readonly template: TemplateState;
  readonly attachmentRule: AttachmentRule;
  /** Files picked from the computer (one by one, a folder, or a ZIP's contents); ids are the pane's own. */
  readonly files: readonly GivenFile[];
  /**
   * The user's choice, by attachment id, whether a template attachment goes to everyone (true) or only to rows that
   * name it (false). Without a choice, a file goes to everyone unless it looks like a recipient list (plan.ts).
   */
  readonly everyoneChoices: Readonly<Record<string, boolean>>;
  /** Index into the table's rows of the row shown in review. */
  readonly reviewIndex: number;
  readonly gatewayId: string | null;
  /** "send" only after the user chose "Send now" for a gateway that can send; never carried to another gateway. */
  readonly runMode: RunMode;
  readonly sendTime: SendTimeChoice;
  readonly testDraft: TestDraftState;
  readonly run: WizardRun;
}

/** A run event other than start and reset, which the wizard's own actions stand for. */
export type RunUpdate = Exclude<RunEvent, { type: "start" } | { type: "reset" }>;

const IDLE_RUN: WizardRun = { state: initialRunState, runId: null, gatewayId: null, mode: "drafts", sendAt: null, heldBack: null, error: null };

export const INITIAL_STATE: WizardState = {
  step: "recipients",
  recipients: null,
  rowEdits: NO_EDITS,
  pasteText: "",
  pasteStale: false,
  emailColumn: { kind: "auto" },
  ccColumn: { kind: "auto" },
  template: { loaded: null, reading: false, error: null },
  attachmentRule: { kind: "none", column: null, pattern: "" },
  files: [],
  everyoneChoices: {},
  reviewIndex: 0,
  gatewayId: null,
  runMode: "drafts",
  sendTime: { later: false, date: "", time: "" },
  testDraft: { phase: "idle", message: null },
  run: IDLE_RUN,
};

export type WizardAction =
  | { readonly type: "goTo"; readonly step: StepId }
  /** `pasted`: the table is being read from it already (a paste), so the typing delay must not read it again. */
  | { readonly type: "pasteTextChanged"; readonly text: string; readonly pasted?: boolean }
  | { readonly type: "tableLoaded"; readonly origin: RecipientsOrigin; readonly result: TableResult }
  /** A workbook read: the first sheet holding a table, or the sheet the user chose (then `origin` is the same). */
  | { readonly type: "workbookLoaded"; readonly origin: RecipientsOrigin; readonly result: WorkbookResult; readonly bytes: Uint8Array }
  | { readonly type: "tableCleared" }
  | { readonly type: "emailColumnChosen"; readonly choice: ColumnChoice }
  /** New values for a row's cells, by column index; the row is checked again with the plan. */
  | { readonly type: "rowCellsEdited"; readonly row: number; readonly cells: Readonly<Record<number, string>> }
  | { readonly type: "rowEditUndone"; readonly row: number }
  | { readonly type: "rowExcluded"; readonly row: number }
  | { readonly type: "rowIncluded"; readonly row: number }
  | { readonly type: "ccColumnChosen"; readonly choice: CcChoice }
  | { readonly type: "templateReading" }
  | { readonly type: "templateRead"; readonly template: ItemTemplate }
  | { readonly type: "templateFailed"; readonly message: string }
  | { readonly type: "attachmentRuleKindChosen"; readonly kind: AttachmentRuleKind }
  | { readonly type: "attachmentColumnChosen"; readonly column: string }
  | { readonly type: "attachmentPatternChanged"; readonly pattern: string }
  | { readonly type: "filesAdded"; readonly files: readonly GivenFile[] }
  | { readonly type: "fileRemoved"; readonly id: string }
  | { readonly type: "filesCleared" }
  | { readonly type: "templateAttachmentForEveryone"; readonly id: string; readonly everyone: boolean }
  | { readonly type: "reviewMoved"; readonly index: number }
  | { readonly type: "gatewayChosen"; readonly id: string }
  /** The mode belongs to the gateway shown as chosen (which may be the default, not yet in `gatewayId`). */
  | { readonly type: "runModeChosen"; readonly gatewayId: string; readonly mode: RunMode }
  | { readonly type: "sendTimeChosen"; readonly choice: SendTimeChoice }
  | { readonly type: "testDraftStarted" }
  | { readonly type: "testDraftSent"; readonly message: string | null }
  | { readonly type: "testDraftFailed"; readonly message: string }
  | {
      readonly type: "runStarted";
      readonly runId: string;
      readonly gatewayId: string;
      readonly total: number;
      /** "drafts" when not given. */
      readonly mode?: RunMode;
      /** A send run's time to leave; absent: at once. */
      readonly sendAt?: number | null;
      readonly heldBack?: HeldBack | null;
    }
  /** What startRun reports and the pause/resume/cancel buttons, as the core's run reducer takes them, in batches. */
  | { readonly type: "run"; readonly events: readonly RunUpdate[] }
  | { readonly type: "runFailed"; readonly message: string }
  | { readonly type: "runCleared" };

/** While a run is under way, nothing that changes the plan may change: the drafts must be the ones reviewed. */
export function isRunActive(run: WizardRun): boolean {
  const { phase } = run.state;
  return phase === "running" || phase === "paused" || phase === "cancelling";
}

const PLAN_INPUTS = new Set<WizardAction["type"]>([
  "pasteTextChanged",
  "tableLoaded",
  "workbookLoaded",
  "tableCleared",
  "emailColumnChosen",
  "ccColumnChosen",
  "rowCellsEdited",
  "rowEditUndone",
  "rowExcluded",
  "rowIncluded",
  "templateRead",
  "attachmentRuleKindChosen",
  "attachmentColumnChosen",
  "attachmentPatternChanged",
  "filesAdded",
  "fileRemoved",
  "filesCleared",
  "templateAttachmentForEveryone",
]);

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  if (isRunActive(state.run) && PLAN_INPUTS.has(action.type)) return state;
  // A finished run is kept (its report stays downloadable) until a new run starts or the user clears it.
  return reduce(state, action);
}

function reduce(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "goTo":
      return state.step === action.step ? state : { ...state, step: action.step };

    case "pasteTextChanged":
      return action.text === state.pasteText ? state : { ...state, pasteText: action.text, pasteStale: action.pasted !== true };

    case "tableLoaded": {
      const columns = action.result.table.columns;
      const keep = (column: string | null): string | null => (column !== null && columns.includes(column) ? column : null);
      return {
        ...state,
        recipients: { origin: action.origin, result: action.result },
        // The same list read again keeps the user's corrections; another list starts from what it says.
        rowEdits: state.recipients !== null && sameTable(state.recipients.result.table, action.result.table) ? state.rowEdits : NO_EDITS,
        // A list from a file or an attachment replaces what was pasted; the paste box must not pretend otherwise.
        pasteText: action.origin.kind === "paste" ? state.pasteText : "",
        pasteStale: false,
        emailColumn: { kind: "auto" },
        ccColumn: { kind: "auto" },
        attachmentRule: { ...state.attachmentRule, column: keep(state.attachmentRule.column) },
        reviewIndex: 0,
        testDraft: { phase: "idle", message: null },
      };
    }
    case "workbookLoaded": {
      // Another sheet is another table: its columns are chosen afresh, as for a new file.
      const { sheet, sheets, ...result } = action.result;
      const loaded = reduce(state, { type: "tableLoaded", origin: action.origin, result });
      return { ...loaded, recipients: { origin: action.origin, result, workbook: { bytes: action.bytes, sheet, sheets } } };
    }
    case "tableCleared":
      return {
        ...state,
        recipients: null,
        rowEdits: NO_EDITS,
        pasteStale: false,
        emailColumn: { kind: "auto" },
        ccColumn: { kind: "auto" },
        reviewIndex: 0,
      };

    case "emailColumnChosen":
      if (action.choice.kind === "column" && !hasColumn(state, action.choice.column)) return state;
      return { ...state, emailColumn: action.choice, reviewIndex: 0 };
    case "ccColumnChosen":
      if (action.choice.kind === "column" && !hasColumn(state, action.choice.column)) return state;
      return { ...state, ccColumn: action.choice };

    case "rowCellsEdited":
    case "rowEditUndone":
    case "rowExcluded":
    case "rowIncluded": {
      const table = state.recipients?.result.table;
      if (table === undefined) return state;
      const edits = editRows(state.rowEdits, table, action);
      return edits === state.rowEdits ? state : { ...state, rowEdits: edits };
    }

    case "templateReading":
      return { ...state, template: { ...state.template, reading: true, error: null } };
    case "templateRead":
      return { ...state, template: { loaded: action.template, reading: false, error: null } };
    case "templateFailed":
      return { ...state, template: { ...state.template, reading: false, error: action.message } };

    case "attachmentRuleKindChosen":
      return { ...state, attachmentRule: { ...state.attachmentRule, kind: action.kind } };
    case "attachmentColumnChosen":
      if (!hasColumn(state, action.column)) return state;
      return { ...state, attachmentRule: { ...state.attachmentRule, kind: "column", column: action.column } };
    case "attachmentPatternChanged":
      return { ...state, attachmentRule: { ...state.attachmentRule, kind: "pattern", pattern: action.pattern } };

    case "filesAdded": {
      const known = new Set(state.files.map((f) => f.id));
      const added = action.files.filter((f) => !known.has(f.id));
      return added.length === 0 ? state : { ...state, files: [...state.files, ...added] };
    }
    case "fileRemoved":
      return { ...state, files: state.files.filter((f) => f.id !== action.id) };
    case "filesCleared":
      return state.files.length === 0 ? state : { ...state, files: [] };

    case "templateAttachmentForEveryone":
      if (state.everyoneChoices[action.id] === action.everyone) return state;
      return { ...state, everyoneChoices: { ...state.everyoneChoices, [action.id]: action.everyone } };

    case "reviewMoved": {
      const rows = state.recipients?.result.table.rows.length ?? 0;
      const index = Math.max(0, Math.min(rows - 1, Math.trunc(action.index)));
      return index === state.reviewIndex ? state : { ...state, reviewIndex: index };
    }

    case "gatewayChosen":
      if (isRunActive(state.run)) return state;
      // Another gateway starts from drafts again: "Send now" is chosen for one gateway, never inherited.
      return {
        ...state,
        gatewayId: action.id,
        runMode: action.id === state.gatewayId ? state.runMode : "drafts",
        testDraft: { phase: "idle", message: null },
      };
    case "runModeChosen":
      if (isRunActive(state.run)) return state;
      if (action.mode === state.runMode && action.gatewayId === state.gatewayId) return state;
      return { ...state, gatewayId: action.gatewayId, runMode: action.mode };
    case "sendTimeChosen":
      if (isRunActive(state.run)) return state;
      return { ...state, sendTime: action.choice };

    case "testDraftStarted":
      if (state.testDraft.phase === "sending") return state;
      return { ...state, testDraft: { phase: "sending", message: null } };
    case "testDraftSent":
      return { ...state, testDraft: { phase: "sent", message: action.message } };
    case "testDraftFailed":
      return { ...state, testDraft: { phase: "failed", message: action.message } };

    case "runStarted":
      if (isRunActive(state.run)) return state;
      return {
        ...state,
        gatewayId: action.gatewayId,
        run: {
          state: runReducer(initialRunState, { type: "start", total: action.total }),
          runId: action.runId,
          gatewayId: action.gatewayId,
          mode: action.mode ?? "drafts",
          sendAt: action.mode === "send" ? (action.sendAt ?? null) : null,
          heldBack: action.heldBack ?? null,
          error: null,
        },
      };
    case "run": {
      const next = action.events.reduce(runReducer, state.run.state);
      return next === state.run.state ? state : { ...state, run: { ...state.run, state: next } };
    }
    case "runFailed": {
      if (!isRunActive(state.run)) return state;
      // The engine stopped without a summary: the run is over, and the report lists no row as created.
      const stopped = runReducer(state.run.state, { type: "done", summary: { outcomes: [], cancelled: true } });
      return { ...state, run: { ...state.run, state: stopped, error: action.message } };
    }
    case "runCleared":
      return isRunActive(state.run) ? state : { ...state, run: IDLE_RUN };
  }
}

function editRows(
  edits: RowEdits,
  table: Table,
  action: Extract<WizardAction, { type: "rowCellsEdited" | "rowEditUndone" | "rowExcluded" | "rowIncluded" }>,
): RowEdits {
  switch (action.type) {
    case "rowCellsEdited":
      return editCells(edits, table, action.row, action.cells);
    case "rowEditUndone":
      return undoRow(edits, action.row);
    case "rowExcluded":
      return excludeRow(edits, table, action.row);
    case "rowIncluded":
      return includeRow(edits, action.row);
  }
}

function hasColumn(state: WizardState, column: string): boolean {
  return state.recipients?.result.table.columns.includes(column) ?? false;
}
