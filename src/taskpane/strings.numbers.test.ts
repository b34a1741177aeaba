// Every count the pane shows is written the way its language writes numbers ("10,000" / "10.000"), never as the
// bare "10000" beside a formatted one. Each text that takes values is called with 10,000 for every number; the
// samples are typed against the tables, so a new text function cannot be added without a row here.
import { COMPOSE_TEXTS, type ComposeTexts } from "../gateways/compose/composeTexts";
import { LANGUAGES } from "../i18n";
import { STRINGS, type TaskpaneStrings } from "./strings";

const N = 10_000;
/** A moment (ms): dates and times go through the date formatters; it must not come out as a bare number either. */
const AT = Date.UTC(2026, 11, 3, 10, 42);

type TextFunction = (...args: never[]) => string;
/** For each text function of a table, the argument lists to call it with. */
type Samples<T> = { readonly [K in keyof T as T[K] extends TextFunction ? K : never]: readonly (T[K] extends (...args: infer A) => string ? A : never)[] };

const PANE_SAMPLES: Samples<TaskpaneStrings> = {
  stepOf: [[N, N]],
  stepButton: [[N, "Recipients"]],
  next: [["Message"]],
  useAttachment: [["list.csv", "1 KB"]],
  tableSize: [[N, N]],
  readyCount: [[N]],
  errorRowCount: [[N]],
  warningCount: [[N]],
  errorCount: [[N]],
  moreProblems: [[N]],
  readFailed: [["reason"]],
  insertField: [["Vorname"]],
  inserted: [["Vorname"]],
  insertFailed: [["reason"]],
  salutationInserted: [[true], [false]],
  filesCount: [[N, "1 MB"]],
  zipFailed: [["files.zip"]],
  zipTooLarge: [
    ["files.zip", null, "500 MB"],
    ["files.zip", "a.pdf", "500 MB"],
  ],
  zipRefusedTitle: [["files.zip", N]],
  zipMoreRefused: [[N]],
  toEveryone: [["AGB.pdf"]],
  recipientListNeverSent: [["list.csv"]],
  namedByRows: [
    [[N], 0],
    [[N, N + 1, N + 2], N],
  ],
  everyoneGets: [["AGB.pdf"]],
  draftsReady: [[N]],
  rowsInError: [[N]],
  rowPosition: [[N, N, N]],
  draftPreviewLabel: [[N]],
  goToRow: [[N]],
  testDraftHint: [[N, "me@example.de", "Graph"]],
  testDraftSent: [["me@example.de"]],
  testDraftFailed: [["reason"]],
  finishFailed: [["reason"]],
  createButton: [[N]],
  zipButton: [[N]],
  composeButton: [[N]],
  errorsToFix: [[N]],
  progressCount: [[N, N]],
  timeLeft: [[N]],
  throttleWaiting: [[AT]],
  runDone: [
    [N, 0],
    [N, N],
  ],
  runCancelled: [[N]],
  runFailed: [["reason"]],
  sendButton: [[N]],
  confirmSend: [[N]],
  confirmSendLater: [
    [N, AT],
    [N, null],
  ],
  sendNothingToday: [[AT], [null]],
  sendDone: [
    [N, 0],
    [N, N],
  ],
  sendCancelled: [[N]],
  sendAtLeaves: [[AT]],
  earlierRunLeaves: [[AT]],
  scheduleButton: [[N]],
  confirmSchedule: [[N, AT]],
  scheduleDone: [
    [N, 0, AT],
    [N, N, AT],
  ],
  scheduleCancelled: [[N, AT]],
  dailyLimitReached: [
    [N, N, AT],
    [N, N, null],
  ],
  earlierRun: [
    [N, N, AT, "drafts"],
    [N, N, AT, "send"],
  ],
  continueRun: [
    [N, "drafts"],
    [N, "send"],
  ],
  startOverRun: [["drafts"], ["send"]],
  startOverResends: [[N]],
  earlierRunElsewhere: [["Graph"]],
  forgetListHint: [["drafts"], ["send"]],
  forgetListFailed: [["reason"]],
  clientIdSaveFailed: [["reason"]],
  sheetHint: [[N]],
  sheetHidden: [["Intern"]],
  sheetOnly: [["Mitglieder"]],
  emptyFieldRows: [
    [[{ row: N, fields: ["Vorname"] }], 0],
    [[{ row: N, fields: ["Vorname"] }, { row: N + 1, fields: ["Ort", "Vorname"] }, { row: N + 2, fields: ["Ort"] }], N],
  ],
  rowGetsNoMessage: [["'kaputt' is not an e-mail address."], [null]],
  rowActionsLabel: [[N]],
  editRowTitle: [[N]],
  excludedCount: [[N]],
  createAgainTitle: [["drafts"], ["send"]],
  createAgainQuestion: [
    [N, AT, "drafts"],
    [1, AT, "send"],
  ],
  createAgainNo: [["drafts"], ["send"]],
  createAgainYes: [["drafts"], ["send"]],
};

const COMPOSE_SAMPLES: Samples<ComposeTexts> = { tooMany: [[N, N]] };

/** Every text of a table called with its samples: [key and arguments, the text]. */
function texts<T extends object>(table: T, samples: Samples<T>): [string, string][] {
  return Object.entries(samples as Record<string, readonly (readonly unknown[])[]>).flatMap(([key, calls]) => {
    const fn = (table as Record<string, unknown>)[key];
    if (typeof fn !== "function") throw new Error(`${key} is not a text function`);
    return calls.map((args): [string, string] => [`${key}(${args.map((a) => JSON.stringify(a)).join(", ")})`, String(fn(...args))]);
  });
}

describe.each(LANGUAGES)("%s: numbers in the texts", (lang) => {
  test.each([...texts(STRINGS[lang], PANE_SAMPLES), ...texts(COMPOSE_TEXTS[lang], COMPOSE_SAMPLES)])("%s", (_call, text) => {
    expect(text).not.toMatch(/\d{5,}/);
  });

  test("every text function of the pane has its samples (none is left untried)", () => {
    const functions = Object.entries(STRINGS[lang]).filter(([, value]) => typeof value === "function").map(([key]) => key);
    expect(functions.sort()).toEqual(Object.keys(PANE_SAMPLES).sort());
  });

  test("the counts come out formatted", () => {
    const formatted = lang === "de" ? "10.000" : "10,000";
    expect(STRINGS[lang].rowPosition(N, N, N)).toBe(lang === "de" ? `Zeile ${formatted} (${formatted} von ${formatted})` : `Row ${formatted} (${formatted} of ${formatted})`);
    expect(COMPOSE_TEXTS[lang].tooMany(N, N)).toContain(`${formatted}.`);
  });
});
