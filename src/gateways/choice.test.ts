import type { PlannedDraft } from "../core/plan";
import type { EmailAddress, GivenFile } from "../core/types";
import type { Capabilities } from "../office/mailboxHost";
import { availableGateways, defaultGateway, resolveGatewayChoice, type GatewayOption } from "./choice";

const planned = (row: number, attachments: GivenFile[] = []): PlannedDraft => ({
  row,
  to: `p${row}@x.de` as EmailAddress,
  toName: null,
  cc: [],
  bcc: [],
  attachments,
  rowIndex: row - 2,
});
const short = { drafts: [planned(2), planned(3)] };
const long = { drafts: Array.from({ length: 30 }, (_, i) => planned(i + 2)) };
const withFiles = { drafts: [planned(2, [{ id: "f", name: "a.pdf", size: 1 }])] };
const can: Pick<Capabilities, "newMessageForm" | "missing"> = { newMessageForm: true, missing: {} };
const cannot: Pick<Capabilities, "newMessageForm" | "missing"> = { newMessageForm: false, missing: { newMessageForm: "Needs Mailbox 1.6." } };
const cannotSilently: Pick<Capabilities, "newMessageForm" | "missing"> = { newMessageForm: false, missing: {} };

const summary = (options: readonly GatewayOption[]): string[] => options.map((o) => `${o.id}:${o.available ? "yes" : "no"}`);

describe("availableGateways", () => {
  test.each<[string, typeof can, { drafts: PlannedDraft[] }, string[], string, RegExp | null]>([
    ["short list, Outlook can open windows", can, short, ["graph:no", "compose:yes", "eml:yes"], "compose", null],
    ["long list", can, long, ["graph:no", "compose:no", "eml:yes"], "eml", /up to 20/],
    ["attachments", can, withFiles, ["graph:no", "compose:no", "eml:yes"], "eml", /cannot take files/],
    ["Outlook cannot open windows: its own reason", cannot, short, ["graph:no", "compose:no", "eml:yes"], "eml", /Needs Mailbox 1\.6/],
    ["Outlook cannot open windows, no reason given", cannotSilently, short, ["graph:no", "compose:no", "eml:yes"], "eml", /cannot open new message windows/],
  ])("%s", (_name, capabilities, plan, expected, chosen, composeReason) => {
    const options = availableGateways(capabilities, plan, "en");
    expect(summary(options)).toEqual(expected);
    expect(defaultGateway(options)).toBe(chosen);
    expect(options[0]?.reason).toBe("Creating drafts directly in your Drafts folder is coming in a later version.");
    const compose = options.find((o) => o.id === "compose");
    if (composeReason === null) expect(compose?.reason).toBeNull();
    else expect(compose?.reason).toMatch(composeReason);
    expect(options.find((o) => o.id === "eml")?.reason).toBeNull();
  });

  test("reasons in German", () => {
    expect(availableGateways(can, long, "de")[0]?.reason).toBe("Entwürfe direkt in Ihrem Ordner Entwürfe zu erstellen, kommt in einer späteren Version.");
  });
});

describe("resolveGatewayChoice: a stored setting read back", () => {
  const options = availableGateways(can, short, "en");
  const longOptions = availableGateways(can, long, "en");
  test.each<[string, unknown, readonly GatewayOption[], string]>([
    ["the stored choice, still available", "eml", options, "eml"],
    ["compose stored but the list grew", "compose", longOptions, "eml"],
    ["graph stored but not yet available", "graph", options, "compose"],
    ["nothing stored", undefined, options, "compose"],
    ["garbage stored", "smtp", options, "compose"],
    ["a non-string stored", { id: "eml" }, options, "compose"],
  ])("%s", (_name, stored, opts, expected) => {
    expect(resolveGatewayChoice(stored, opts)).toBe(expected);
  });

  test("with nothing available the default is still eml", () => {
    expect(defaultGateway([])).toBe("eml");
  });
});
