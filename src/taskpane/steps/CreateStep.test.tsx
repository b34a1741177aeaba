import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { DraftGateway, RunSummary } from "../../core/run/types";
import { readTable } from "../../core/table";
import { PaneContext } from "../context";
import type { RunRecord } from "../run/indexedDbLedger";
import type { Runner, RunStorage } from "../run/useRunner";
import type { GatewayOption } from "../services";
import { derivePlan } from "../state/plan";
import { INITIAL_STATE, wizardReducer, type WizardAction, type WizardState } from "../state/wizard";
import { STRINGS } from "../strings";
import { CreateStep, startLabel } from "./CreateStep";
import { EarlierRunNotice } from "./EarlierRunNotice";
import { paneServices } from "../../../test/support/paneServices";

const t = STRINGS.en;
const TABLE = readTable({ kind: "text", text: "E-Mail\tVorname\nanna@example.de\tAnna\nbob@example.de\tBob" });
const READY: WizardAction[] = [
  { type: "tableLoaded", origin: { kind: "paste" }, result: TABLE },
  { type: "templateRead", template: { subject: "Hallo {{Vorname}}", html: "<p>Hallo {{Vorname}}</p>", attachments: [] } },
  { type: "goTo", step: "create" },
];

const gateway = (id: string, over: Partial<GatewayOption> = {}): GatewayOption => ({
  id,
  label: t.gatewayNames[id as "graph" | "eml" | "compose"],
  available: true,
  reason: null,
  create: (): DraftGateway => {
    throw new Error("not in this test");
  },
  ...over,
});
const GRAPH = gateway("graph", { canSend: true });
const EML = gateway("eml");
const COMPOSE = gateway("compose");

function runner(storage: RunStorage = "browser"): Runner {
  return {
    start: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    cancel: () => undefined,
    sendTestDraft: async () => undefined,
    storage,
    findEarlier: async () => null,
    setAside: async () => undefined,
    forgetList: async () => ({ forgotten: true }),
    forecastSend: async () => ({ sendNow: 0, heldBack: null }),
  };
}

const services = paneServices("en");

function text(element: ReactElement): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={services}>{element}</PaneContext.Provider>
    </FluentProvider>,
  );
  // Markup out, the words in: each text as the user reads it.
  return html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
}

function createStep(actions: readonly WizardAction[], gateways: readonly GatewayOption[], storage?: RunStorage): string {
  const state: WizardState = [...READY, ...actions].reduce(wizardReducer, INITIAL_STATE);
  return text(<CreateStep state={state} dispatch={() => undefined} derived={derivePlan(state, "en")} runner={runner(storage)} gateways={gateways} />);
}

const WAIT_UNTIL = Date.UTC(2026, 11, 3, 10, 42);

const SUMMARY: RunSummary = {
  outcomes: [{ row: 2, key: "r:2:anna@example.de", to: "anna@example.de", status: "created", ref: "m1", message: null }],
  cancelled: false,
};

describe("CreateStep", () => {
  test.each<[string, readonly WizardAction[], readonly GatewayOption[], readonly string[], readonly string[]]>([
    // name, actions, gateways, texts shown, texts not shown
    ["Graph offers drafts or send now; drafts by default", [], [GRAPH, EML], [t.runModeLabel, t.runModeDrafts, t.runModeSend, t.createButton(2)], [t.sendButton(2)]],
    ["send now chosen: the button says so", [{ type: "runModeChosen", gatewayId: "graph", mode: "send" }], [GRAPH, EML], [t.sendButton(2)], [t.createButton(2)]],
    ["send now chosen, then the ZIP: a download, not sending", [{ type: "runModeChosen", gatewayId: "graph", mode: "send" }, { type: "gatewayChosen", id: "eml" }], [GRAPH, EML], [t.zipButton(2)], [t.runModeLabel, t.sendButton(2), t.createButton(2)]],
    ["a gateway that cannot send: no choice", [], [EML], [t.zipButton(2)], [t.runModeLabel]],
    ["the ZIP chosen: the button says it downloads", [{ type: "gatewayChosen", id: "eml" }], [GRAPH, EML], ["Download 2 drafts as ZIP"], [t.createButton(2)]],
    ["message windows chosen: the button says it opens them", [{ type: "gatewayChosen", id: "compose" }], [GRAPH, COMPOSE], ["Open 2 message windows"], [t.createButton(2)]],
    [
      "Graph lacks only its client id: the field",
      [],
      [gateway("graph", { available: false, reason: "Not registered.", configure: async () => undefined }), EML],
      ["Not registered.", t.clientIdLabel, t.clientIdHint, t.clientIdSave],
      [t.runModeLabel],
    ],
    ["Graph unavailable for another reason: no field", [], [gateway("graph", { available: false, reason: "Too old." }), EML], ["Too old."], [t.clientIdLabel]],
    [
      "a send run the daily limit cut short says when to continue",
      [
        { type: "runStarted", runId: "r", gatewayId: "graph", total: 1, mode: "send", heldBack: { rows: 1, from: Date.UTC(2026, 10, 29, 9, 0) } },
        { type: "run", events: [{ type: "done", summary: SUMMARY }] },
      ],
      [GRAPH],
      [t.runOverLabel.send, t.sendDone(1, 0), "Exchange Online lets a mailbox send to 10,000 recipients a day. 1 message went out", "to send the remaining 1.", t.sendStatus],
      [t.runDone(1, 0)],
    ],
    [
      "Microsoft's limit holds the run: the pane says until when, with a way out",
      [
        { type: "runStarted", runId: "r", gatewayId: "graph", total: 2 },
        { type: "run", events: [{ type: "progress", progress: { total: 2, created: 1, failed: 0, paused: false, secondsLeft: null, waitingUntil: WAIT_UNTIL } }] },
      ],
      [GRAPH],
      [t.throttleWaiting(WAIT_UNTIL), t.throttleCancel, t.cancel],
      [t.runDone(1, 0)],
    ],
    [
      "the wait is over: the message goes",
      [
        { type: "runStarted", runId: "r", gatewayId: "graph", total: 2 },
        { type: "run", events: [{ type: "progress", progress: { total: 2, created: 1, failed: 0, paused: false, secondsLeft: null, waitingUntil: WAIT_UNTIL } }] },
        { type: "run", events: [{ type: "progress", progress: { total: 2, created: 1, failed: 0, paused: false, secondsLeft: null } }] },
      ],
      [GRAPH],
      [t.progressLabel],
      [t.throttleWaiting(WAIT_UNTIL), t.throttleCancel],
    ],
    [
      "a drafts run reads as before",
      [{ type: "runStarted", runId: "r", gatewayId: "eml", total: 1 }, { type: "run", events: [{ type: "done", summary: SUMMARY }] }],
      [EML],
      [t.runOverLabel.zip, t.runDone(1, 0), t.status.created],
      [t.progressLabel, t.sendingLabel, "10,000"],
    ],
    [
      "a Graph drafts run that ended says the drafts are created, not being created",
      [{ type: "runStarted", runId: "r", gatewayId: "graph", total: 1 }, { type: "run", events: [{ type: "done", summary: SUMMARY }] }],
      [GRAPH],
      ["Drafts created", t.runDone(1, 0)],
      [t.progressLabel],
    ],
    [
      "a send run that ended says the messages are sent",
      [{ type: "runStarted", runId: "r", gatewayId: "graph", total: 1, mode: "send" }, { type: "run", events: [{ type: "done", summary: SUMMARY }] }],
      [GRAPH],
      ["Messages sent", t.sendDone(1, 0)],
      [t.sendingLabel],
    ],
    [
      "a cancelled run says so",
      [{ type: "runStarted", runId: "r", gatewayId: "graph", total: 2 }, { type: "run", events: [{ type: "done", summary: { ...SUMMARY, cancelled: true } }] }],
      [GRAPH],
      [t.runOverLabel.cancelled, t.runCancelled(1)],
      [t.progressLabel, t.runOverLabel.drafts],
    ],
    [
      "a run the engine gave up on says it stopped",
      [{ type: "runStarted", runId: "r", gatewayId: "graph", total: 2 }, { type: "runFailed", message: "Out of memory." }],
      [GRAPH],
      [t.runOverLabel.stopped, t.runFailed("Out of memory.")],
      [t.progressLabel, t.runOverLabel.drafts],
    ],
    [
      "while a run goes on, it is being created",
      [{ type: "runStarted", runId: "r", gatewayId: "eml", total: 2 }],
      [EML],
      [t.progressLabel],
      [t.runOverLabel.zip],
    ],
  ])("%s", (_name, actions, gateways, shown, hidden) => {
    const html = createStep(actions, gateways);
    for (const words of shown) expect(html).toContain(words);
    for (const words of hidden) expect(html).not.toContain(words);
  });

  test.each<[RunStorage, boolean]>([
    ["memory", true],
    ["browser", false],
    ["opening", false],
  ])("runs kept in %s: the note that progress is lost on closing: %s", (storage, shown) => {
    expect(createStep([], [EML], storage).includes(t.memoryOnly)).toBe(shown);
  });
});

describe("EarlierRunNotice", () => {
  const RECORD: RunRecord = {
    runId: "run-1",
    fingerprint: "fp",
    gatewayId: "graph",
    mode: "drafts",
    total: 1000,
    created: 412,
    failed: 0,
    startedAt: 0,
    updatedAt: new Date(2026, 10, 28, 10, 42).getTime(),
    finished: false,
    ended: false,
  };

  test.each<[string, RunRecord, boolean, readonly string[], readonly string[]]>([
    [
      "drafts, continuable",
      RECORD,
      true,
      [
        "An earlier run created 412 of 1,000 drafts on 28 Nov, 10:42.",
        "Continue — create only the missing 588",
        "Start over — new drafts for everyone",
        t.forgetList,
        t.forgetListHint("drafts"),
      ],
      ["not available here"],
    ],
    [
      "a finished run: said, and the list can be forgotten, nothing else to choose",
      { ...RECORD, created: 1000, finished: true, ended: true },
      true,
      ["An earlier run created 1,000 of 1,000 drafts on 28 Nov, 10:42.", t.forgetList, t.forgetListHint("drafts")],
      ["Continue —", "Start over —"],
    ],
    [
      "a send run",
      { ...RECORD, mode: "send" },
      true,
      ["An earlier run sent 412 of 1,000 messages on 28 Nov, 10:42.", "Continue — send only the missing 588", "Start over — send to everyone again"],
      [],
    ],
    [
      "its gateway is not available here",
      RECORD,
      false,
      [`It used “${t.gatewayNames.graph}”, which is not available here`, "Start over — new drafts for everyone"],
      ["Continue —"],
    ],
  ])("%s", (_name, record, continuable, shown, hidden) => {
    const html = text(
      <EarlierRunNotice
        record={record}
        onContinue={continuable ? () => undefined : null}
        elsewhere={continuable ? null : t.gatewayNames.graph}
        onStartOver={record.finished ? null : () => undefined}
        onForget={() => undefined}
      />,
    );
    for (const words of shown) expect(html).toContain(words);
    for (const words of hidden) expect(html).not.toContain(words);
  });
});

describe("the start button says what will happen, in both languages", () => {
  test.each<[string | null, "drafts" | "send", string, string]>([
    // way, mode, English, German
    ["graph", "drafts", "Create 5 drafts", "5 Entwürfe erstellen"],
    ["graph", "send", "Send 5 messages", "5 Nachrichten senden"],
    ["eml", "drafts", "Download 5 drafts as ZIP", "5 Entwürfe als ZIP herunterladen"],
    ["compose", "drafts", "Open 5 message windows", "5 Nachrichtenfenster öffnen"],
    [null, "drafts", "Create 5 drafts", "5 Entwürfe erstellen"],
  ])("%s, %s", (gatewayId, mode, en, de) => {
    expect(startLabel(STRINGS.en, gatewayId, mode, 5)).toBe(en);
    expect(startLabel(STRINGS.de, gatewayId, mode, 5)).toBe(de);
  });

  test("counts are written the language's way", () => {
    expect(startLabel(STRINGS.en, "eml", "drafts", 10_000)).toBe("Download 10,000 drafts as ZIP");
    expect(startLabel(STRINGS.de, "eml", "drafts", 10_000)).toBe("10.000 Entwürfe als ZIP herunterladen");
  });
});
