import { planned, rows } from "../../test/support/runFixtures";
import type { PlannedDraft } from "../core/plan";
import { capabilitiesOf } from "../office/capabilities";
import type { Capabilities } from "../office/mailboxHost";
import { OFFICE_STRINGS } from "../office/strings";
import { APP_REGISTRATION_SECTION, availableGateways, type GatewayAvailability, type GraphSetup } from "./choice";

const short = { drafts: [planned(2), planned(3)] };
const long = { drafts: rows(30) };
const withFiles = { drafts: [planned(2, { attachments: [{ id: "f", name: "a.pdf", size: 1 }] })] };

type Caps = Pick<Capabilities, "newMessageForm" | "nestedAppAuth" | "missing">;
const can: Caps = { newMessageForm: true, nestedAppAuth: true, missing: {} };
const noNaa: Caps = { newMessageForm: true, nestedAppAuth: false, missing: { nestedAppAuth: "Needs NestedAppAuth 1.1." } };
const noNaaSilently: Caps = { newMessageForm: true, nestedAppAuth: false, missing: {} };
const cannot: Caps = { newMessageForm: false, nestedAppAuth: false, missing: { newMessageForm: "Needs Mailbox 1.6.", nestedAppAuth: "Not in Outlook." } };
const cannotSilently: Caps = { newMessageForm: false, nestedAppAuth: true, missing: {} };

const CLIENT_ID = "0f0e0d0c-0b0a-4909-8807-060504030201";
const configured: GraphSetup = { clientId: CLIENT_ID };
const unconfigured: GraphSetup = { clientId: null };

const summary = (options: readonly GatewayAvailability[]): string[] => options.map((o) => `${o.id}:${o.available ? "yes" : "no"}`);
const byId = (options: readonly GatewayAvailability[], id: string): GatewayAvailability | undefined => options.find((o) => o.id === id);
/** What the pane offers unless the user chose another: the first available, in the order of preference. */
const defaultGateway = (options: readonly GatewayAvailability[]): string | undefined => options.find((o) => o.available)?.id;

describe("availableGateways", () => {
  test.each<[string, Caps, { drafts: PlannedDraft[] }, GraphSetup, string[], string, RegExp | null, RegExp | null]>([
    // name, capabilities, plan, graph setup, expected, default, graph's reason, compose's reason
    ["Graph ready: it is the default, whatever the plan", can, long, configured, ["graph:yes", "compose:no", "eml:yes"], "graph", null, /up to 20/],
    ["Graph ready, short list: Graph still wins over compose", can, short, configured, ["graph:yes", "compose:yes", "eml:yes"], "graph", null, null],
    ["Graph ready, attachments", can, withFiles, configured, ["graph:yes", "compose:no", "eml:yes"], "graph", null, /cannot take files/],
    ["no client id: short list falls back to compose", can, short, unconfigured, ["graph:no", "compose:yes", "eml:yes"], "compose", /not yet registered/, null],
    ["no client id, long list", can, long, unconfigured, ["graph:no", "compose:no", "eml:yes"], "eml", /administrator registers it/, /up to 20/],
    ["no nested app authentication: the host's reason", noNaa, short, configured, ["graph:no", "compose:yes", "eml:yes"], "compose", /^Needs NestedAppAuth 1\.1\.$/, null],
    ["no nested app authentication, no reason given", noNaaSilently, short, configured, ["graph:no", "compose:yes", "eml:yes"], "compose", /NestedAppAuth 1\.1/, null],
    ["no nested app authentication and no client id: Outlook's reason first", noNaa, short, unconfigured, ["graph:no", "compose:yes", "eml:yes"], "compose", /^Needs NestedAppAuth/, null],
    ["outside Outlook: nothing but eml", cannot, short, configured, ["graph:no", "compose:no", "eml:yes"], "eml", /^Not in Outlook\.$/, /Needs Mailbox 1\.6/],
    ["Outlook cannot open windows, no reason given", cannotSilently, short, unconfigured, ["graph:no", "compose:no", "eml:yes"], "eml", /not yet registered/, /cannot open new message windows/],
  ])("%s", (_name, capabilities, plan, graph, expected, chosen, graphReason, composeReason) => {
    const options = availableGateways(capabilities, plan, "en", graph);
    expect(summary(options)).toEqual(expected);
    expect(defaultGateway(options)).toBe(chosen);
    const graphOption = byId(options, "graph");
    if (graphReason === null) expect(graphOption?.reason).toBeNull();
    else expect(graphOption?.reason).toMatch(graphReason);
    const compose = byId(options, "compose");
    if (composeReason === null) expect(compose?.reason).toBeNull();
    else expect(compose?.reason).toMatch(composeReason);
    expect(byId(options, "eml")?.reason).toBeNull();
  });

  test.each<[string, Caps, GraphSetup, "client-id" | undefined]>([
    ["only the client id is missing: the user can paste it", can, unconfigured, "client-id"],
    ["Outlook cannot sign in: a client id would not help", noNaa, unconfigured, undefined],
    ["configured: nothing to do", can, configured, undefined],
  ])("remedy: %s", (_name, capabilities, graph, remedy) => {
    expect(byId(availableGateways(capabilities, short, "en", graph), "graph")?.remedy).toBe(remedy);
  });

  test("without a Graph setup, Graph counts as not configured", () => {
    expect(byId(availableGateways(can, short, "en"), "graph")?.remedy).toBe("client-id");
  });

  test.each(["en", "de"] as const)("the not-configured reason names the README section (%s)", (lang) => {
    expect(byId(availableGateways(can, short, lang, unconfigured), "graph")?.reason).toContain(APP_REGISTRATION_SECTION);
  });

  test("reasons in German", () => {
    const options = availableGateways(noNaaSilently, long, "de", unconfigured);
    expect(byId(options, "graph")?.reason).toMatch(/^Diese Outlook-Version kann Add-ins nicht bei Microsoft Graph anmelden/);
    expect(byId(availableGateways(can, long, "de", unconfigured), "graph")?.reason).toMatch(/^Rundmail ist für Ihre Organisation noch nicht registriert/);
  });
});

describe("the routes by Outlook mode (capabilities as src/office/capabilities.ts decides them)", () => {
  const present = (mode: "compose" | "read") => ({
    bodyGetAsync: true,
    bodySetSelectedDataAsync: mode === "compose",
    subjectSetSelectedDataAsync: false,
    subjectGetAndSetAsync: mode === "compose",
    getAttachmentsAsync: mode === "compose",
    getAttachmentContentAsync: true,
    attachmentsProperty: mode === "read",
    // What Office.js has: displayNewMessageForm[Async] only while reading ("Applicable Outlook mode: Read").
    displayNewMessageFormAsync: mode === "read",
    displayNewMessageForm: mode === "read",
  });
  const capabilities = (mode: "compose" | "read", lang: "en" | "de") =>
    capabilitiesOf({ situation: mode, supportsMailbox: () => true, present: present(mode), nestedAppAuth: true }, lang);

  test.each(["en", "de"] as const)("writing (%s): Graph and .eml; compose windows missing, saying to start from the sent template", (lang) => {
    const options = availableGateways(capabilities("compose", lang), short, lang, configured);
    expect(summary(options)).toEqual(["graph:yes", "compose:no", "eml:yes"]);
    expect(byId(options, "compose")?.reason).toBe(OFFICE_STRINGS[lang].composeWindowsOnlyWhileReading);
  });

  test.each(["en", "de"] as const)("reading the template (%s): Graph, compose windows and .eml", (lang) => {
    const options = availableGateways(capabilities("read", lang), short, lang, configured);
    expect(summary(options)).toEqual(["graph:yes", "compose:yes", "eml:yes"]);
    expect(defaultGateway(options)).toBe("graph");
    expect(defaultGateway(availableGateways(capabilities("read", lang), short, lang, unconfigured))).toBe("compose");
  });
});
