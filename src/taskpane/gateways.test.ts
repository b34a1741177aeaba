import type { DraftGateway, OutgoingDraft } from "../core/run/types";
import type { EmailAddress } from "../core/types";
import { CLIENT_ID_SETTING } from "../gateways/graph/clientId";
import { createFakeHost } from "../../test/support/fakeHost";
import { configuredClientId, lazyGateway, officeGateways, withExcluded } from "./gateways";
import { readTable } from "../core/table";
import { derivePlan } from "./state/plan";
import { INITIAL_STATE, wizardReducer, type WizardAction } from "./state/wizard";
import type { GatewayOption } from "./services";
import { STRINGS } from "./strings";

// Graph and MSAL stand-ins: what the pane hands them is what these tests look at.
const graphCalls: Record<string, unknown>[] = [];
const tokenCalls: { clientId: string; scopes: readonly string[] }[] = [];
/** Every token asked for: which scopes, and whether the user may be asked (a popup). */
const tokenAsks: { scopes: readonly string[]; interactive: boolean }[] = [];
jest.mock("../gateways/graph/graphGateway", () => ({
  createGraphGateway: (options: Record<string, unknown>) => {
    graphCalls.push(options);
    return {
      id: "graph",
      concurrency: 4,
      create: async () => ({ status: "created", ref: "m1" }),
      lookUp: async (key: string) => ({ found: key === "known", ref: key === "known" ? "m0" : null }),
    };
  },
}));
jest.mock("../gateways/graph/token", () => {
  class TokenError extends Error {
    reason(lang: string): string {
      return lang === "de" ? "Anmeldung abgebrochen." : "Sign-in cancelled.";
    }
  }
  return {
    TokenError,
    GRAPH_SCOPES: { drafts: ["Mail.ReadWrite"], send: ["Mail.ReadWrite", "Mail.Send"] },
    createNaaTokenSource: (options: { clientId: string; scopes: readonly string[] }) => {
      tokenCalls.push(options);
      return {
        getToken: async (o?: { forceRefresh?: boolean; interactive?: boolean }) => {
          tokenAsks.push({ scopes: options.scopes, interactive: o?.interactive ?? true });
          if (options.clientId.startsWith("00000000")) throw new TokenError("cancelled");
          return o?.forceRefresh ? "fresh" : "token";
        },
      };
    },
  };
});

const CLIENT_ID = "0f0e0d0c-0b0a-4909-8807-060504030201";
const DRAFT: OutgoingDraft = {
  row: 2,
  key: "r:2:a@x.de",
  to: "a@x.de" as EmailAddress,
  toName: null,
  cc: [],
  bcc: [],
  subject: "S",
  html: "<p>H</p>",
  text: "H",
  attachments: [],
};
const noDownload = (): void => undefined;
const options = (host: Parameters<typeof officeGateways>[0], lang: "en" | "de" = "en", onChanged?: () => void): readonly GatewayOption[] =>
  officeGateways(host, noDownload, onChanged)({ plan: null, table: null, lang });
const graph = (list: readonly GatewayOption[]): GatewayOption => {
  const found = list.find((o) => o.id === "graph");
  if (found === undefined) throw new Error("no graph option");
  return found;
};

beforeEach(() => {
  graphCalls.length = 0;
  tokenCalls.length = 0;
  tokenAsks.length = 0;
  delete process.env.RUNDMAIL_GRAPH_CLIENT_ID;
});

describe("lazyGateway", () => {
  const inner = (over: Partial<DraftGateway> = {}): DraftGateway => ({
    id: "graph",
    concurrency: 4,
    create: async () => ({ status: "created", ref: "x" }),
    ...over,
  });

  test("loads once, on first use, and forwards create, lookUp and finish", async () => {
    const finished: unknown[] = [];
    let loads = 0;
    const gateway = lazyGateway("graph", 4, async () => {
      loads += 1;
      return inner({ lookUp: async () => ({ found: true, ref: "m9" }), finish: async (s) => void finished.push(s) });
    });
    expect(loads).toBe(0);
    // A resumed run looks before it creates: lookUp alone must load the gateway.
    await expect(gateway.lookUp?.("k")).resolves.toEqual({ found: true, ref: "m9" });
    await expect(gateway.create(DRAFT)).resolves.toEqual({ status: "created", ref: "x" });
    await gateway.finish?.({ outcomes: [], cancelled: false });
    expect([loads, finished.length]).toEqual([1, 1]);
  });

  test("hands the run's call (its throttle gate) on to create and lookUp", async () => {
    const seen: unknown[] = [];
    const call = { throttle: { ticket: () => 0, throttled: async () => true } };
    const gateway = lazyGateway("graph", 4, async () =>
      inner({ create: async (_d, _s, c) => (seen.push(c), { status: "created", ref: "x" }), lookUp: async (_k, _s, c) => (seen.push(c), { found: false }) }),
    );
    await gateway.lookUp?.("k", undefined, call);
    await gateway.create(DRAFT, undefined, call);
    expect(seen).toEqual([call, call]);
  });

  test("a gateway without lookUp answers 'cannot tell' (a rejection), as the run expects", async () => {
    const gateway = lazyGateway("eml", 1, async () => inner({ id: "eml" }));
    await expect(gateway.lookUp?.("k")).rejects.toThrow(/cannot look/);
  });

  test("a gateway that fails to load: a clear failure (nothing reached the mailbox), and the next create loads again", async () => {
    let loads = 0;
    const lazy = lazyGateway("graph", 4, async () => {
      loads += 1;
      if (loads === 1) throw new Error("The network is offline.");
      return { id: "graph", concurrency: 4, create: async () => ({ status: "created", ref: "m1" }) };
    });
    await expect(lazy.create(DRAFT)).resolves.toEqual({ status: "failed", transient: false, code: "run-gateway-unavailable", message: "The network is offline." });
    await expect(lazy.create(DRAFT)).resolves.toEqual({ status: "created", ref: "m1" });
    expect(loads).toBe(2);
  });

  test("finish without any create does not load the gateway", async () => {
    let loads = 0;
    const gateway = lazyGateway("eml", 1, async () => {
      loads += 1;
      return inner();
    });
    await gateway.finish?.({ outcomes: [], cancelled: true });
    expect(loads).toBe(0);
  });
});

describe("configuredClientId", () => {
  test.each<[string, Record<string, unknown> | null, string | undefined, string | null]>([
    ["nothing anywhere", {}, undefined, null],
    ["built in", {}, CLIENT_ID, CLIENT_ID],
    ["saved by the user wins over the built-in one", { [CLIENT_ID_SETTING]: CLIENT_ID }, "11111111-2222-4333-8444-555555555555", CLIENT_ID],
    ["a damaged setting falls back to the built-in one", { [CLIENT_ID_SETTING]: "not a guid" }, CLIENT_ID, CLIENT_ID],
    ["a setting that is no string", { [CLIENT_ID_SETTING]: { id: CLIENT_ID } }, undefined, null],
    ["an empty build-time value", {}, "", null],
    ["outside Outlook only the built-in one", null, CLIENT_ID, CLIENT_ID],
  ])("%s", (_name, settings, buildTime, expected) => {
    if (buildTime !== undefined) process.env.RUNDMAIL_GRAPH_CLIENT_ID = buildTime;
    const host = settings === null ? null : createFakeHost({ settings });
    expect(configuredClientId(host)).toBe(expected);
  });

  test("settings that throw when read count as none", () => {
    const host = createFakeHost();
    const broken = { ...host, settings: { get: () => { throw new Error("not loaded"); }, set: host.settings.set } };
    expect(configuredClientId(broken)).toBeNull();
  });
});

describe("officeGateways: Graph", () => {
  test.each<[string, Parameters<typeof createFakeHost>[0] | null, boolean, boolean]>([
    // name, host, available, offers the client id field
    ["Outlook with nested app authentication and a saved id", { settings: { [CLIENT_ID_SETTING]: CLIENT_ID } }, true, false],
    ["no id yet: the field is offered", {}, false, true],
    ["no nested app authentication: no field, Outlook's reason", { missing: { nestedAppAuth: "Too old." } }, false, false],
    ["outside Outlook", null, false, false],
  ])("%s", (_name, hostOptions, available, field) => {
    const list = options(hostOptions === null ? null : createFakeHost(hostOptions));
    expect(graph(list).available).toBe(available);
    expect(graph(list).configure !== undefined).toBe(field);
    expect(graph(list).canSend).toBe(true);
    expect(list.find((o) => o.id === "eml")?.canSend).toBeUndefined();
  });

  test("outside Outlook Graph says why", () => {
    expect(graph(options(null)).reason).toBe(STRINGS.en.noOutlook);
  });

  test("Graph is the first choice where it works", () => {
    const list = options(createFakeHost({ settings: { [CLIENT_ID_SETTING]: CLIENT_ID } }));
    expect(list.find((o) => o.available)?.id).toBe("graph");
  });

  test.each<[string, string, string | null, boolean]>([
    ["a GUID is saved, lower-cased and trimmed", `  ${CLIENT_ID.toUpperCase()} `, CLIENT_ID, true],
    ["braces as the registry writes it", `{${CLIENT_ID}}`, CLIENT_ID, true],
    ["not a GUID", "my-app", null, false],
    ["a GUID with a letter beyond f", "0f0e0d0c-0b0a-4909-8807-06050403020g", null, false],
    ["markup", "<script>alert(1)</script>", null, false],
    ["empty", "", null, false],
  ])("configure: %s", async (_name, typed, saved, ok) => {
    const host = createFakeHost();
    let changed = 0;
    const configure = graph(options(host, "en", () => (changed += 1))).configure;
    if (configure === undefined) throw new Error("no configure");
    if (ok) await expect(configure(typed)).resolves.toBeUndefined();
    else await expect(configure(typed)).rejects.toThrow(STRINGS.en.clientIdInvalid);
    expect(host.savedSettings[CLIENT_ID_SETTING]).toBe(saved ?? undefined);
    expect(changed).toBe(ok ? 1 : 0);
    // Saved, Graph is offered at once.
    expect(graph(options(host)).available).toBe(ok);
  });

  test("configure: Outlook cannot save, and the pane hears why", async () => {
    const host = createFakeHost({ saveFails: "The settings could not be saved." });
    await expect(graph(options(host)).configure?.(CLIENT_ID)).rejects.toThrow("The settings could not be saved.");
  });

  test("configure: in German", async () => {
    const host = createFakeHost({ lang: "de" });
    await expect(graph(options(host, "de")).configure?.("x")).rejects.toThrow(STRINGS.de.clientIdInvalid);
  });

  test.each<["drafts" | "send" | undefined, readonly string[]]>([
    [undefined, ["Mail.ReadWrite"]],
    ["drafts", ["Mail.ReadWrite"]],
    ["send", ["Mail.ReadWrite", "Mail.Send"]],
  ])("mode %s: the scopes it asks for and the mode the gateway gets", async (mode, scopes) => {
    const host = createFakeHost({ settings: { [CLIENT_ID_SETTING]: CLIENT_ID } });
    const sent: unknown[] = [];
    const gateway = graph(options(host)).create(mode, (s) => sent.push(s));
    expect([gateway.id, gateway.concurrency]).toEqual(["graph", 4]);
    await expect(gateway.create(DRAFT)).resolves.toEqual({ status: "created", ref: "m1" });
    expect(tokenCalls).toEqual([{ clientId: CLIENT_ID, scopes }]);
    const given = graphCalls[0] ?? {};
    expect(given["mode"]).toBe(mode ?? "drafts");
    expect(given["baseUrl"]).toBe("https://graph.microsoft.com/v1.0");
    await expect((given["getToken"] as () => Promise<string>)()).resolves.toBe("token");
    await expect((given["refreshToken"] as () => Promise<string>)()).resolves.toBe("fresh");
    // What the gateway reports as sent reaches the pane (the daily limit's count).
    (given["onSent"] as (s: { key: string; at: number; recipients: number }) => void)({ key: "k", at: 5, recipients: 2 });
    expect(sent).toEqual([{ at: 5, recipients: 2 }]);
  });

  test("a resumed run can look into the mailbox before creating anything", async () => {
    const host = createFakeHost({ settings: { [CLIENT_ID_SETTING]: CLIENT_ID } });
    const gateway = graph(options(host)).create();
    await expect(gateway.lookUp?.("known")).resolves.toEqual({ found: true, ref: "m0" });
  });

  test("warm-up: a silent token while the user reads the Create step, and the runs that follow use the same sign-in", async () => {
    const host = createFakeHost({ settings: { [CLIENT_ID_SETTING]: CLIENT_ID } });
    const provider = officeGateways(host, noDownload);
    const warmUp = graph(provider({ plan: null, table: null, lang: "en" })).warmUp;
    if (warmUp === undefined) throw new Error("no warmUp");
    warmUp("drafts");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tokenAsks).toEqual([{ scopes: ["Mail.ReadWrite"], interactive: false }]);
    // The list changed meanwhile (the provider is asked again): still one sign-in per mode for the pane's life.
    for (let run = 0; run < 2; run += 1) {
      await graph(provider({ plan: null, table: null, lang: "en" })).create("drafts").create(DRAFT);
    }
    expect(tokenCalls).toEqual([{ clientId: CLIENT_ID, scopes: ["Mail.ReadWrite"] }]);
    // Sending needs Mail.Send too: its own sign-in.
    await graph(provider({ plan: null, table: null, lang: "en" })).create("send").create(DRAFT);
    expect(tokenCalls.map((c) => c.scopes)).toEqual([["Mail.ReadWrite"], ["Mail.ReadWrite", "Mail.Send"]]);
  });

  test.each<[string, Parameters<typeof createFakeHost>[0] | null]>([
    ["no client id", {}],
    ["no nested app authentication", { missing: { nestedAppAuth: "Too old." }, settings: { [CLIENT_ID_SETTING]: CLIENT_ID } }],
    ["outside Outlook", null],
  ])("no warm-up where Graph cannot be used: %s", (_name, hostOptions) => {
    expect(graph(options(hostOptions === null ? null : createFakeHost(hostOptions))).warmUp).toBeUndefined();
  });

  test("a sign-in problem reaches the run in the user's language", async () => {
    const host = createFakeHost({ lang: "de", settings: { [CLIENT_ID_SETTING]: "00000000-0000-4000-8000-000000000000" } });
    await graph(options(host, "de")).create().create(DRAFT);
    await expect((graphCalls[0]?.["getToken"] as () => Promise<string>)()).rejects.toThrow("Anmeldung abgebrochen.");
  });

});

describe("the .eml ZIP's report: rows the plan skipped and rows the user left out, in row order (issue 12)", () => {
  const list = readTable({ kind: "text", text: "E-Mail;Name\nkaputt;Kai\nanna@example.de;Anna\nbob@example.de, berta@example.de;Bob" });
  const actions: WizardAction[] = [
    { type: "tableLoaded", origin: { kind: "paste" }, result: list },
    { type: "templateRead", template: { subject: "Hallo", html: "<p>Hallo</p>", attachments: [] } },
    { type: "rowExcluded", row: 4 },
  ];
  test.each([
    ["nothing left out", actions.slice(0, 2), [[2, "skipped"], [4, "skipped"]]],
    ["row 4 left out", actions, [[2, "skipped"], [4, "excluded"]]],
    ["rows 3 and 4 left out", [...actions, { type: "rowExcluded", row: 3 } as const], [[2, "skipped"], [3, "excluded"], [4, "excluded"]]],
  ] as const)("%s", (_name, given, expected) => {
    const derived = derivePlan((given as readonly WizardAction[]).reduce(wizardReducer, INITIAL_STATE), "de");
    if (derived === null) throw new Error("no plan");
    const skipped = derived.plan.skippedRows.map((row) => ({ row, address: "", reason: "" }));
    const rows = withExcluded(skipped, derived.plan, derived.shownTable, derived.excludedRows, STRINGS.de.excludedByYou);
    expect(rows.map((r) => [r.row, r.excluded === true ? "excluded" : "skipped"])).toEqual(expected);
    for (const row of rows.filter((r) => r.excluded === true)) expect(row.reason.startsWith("von Ihnen ausgelassen")).toBe(true);
  });
});
