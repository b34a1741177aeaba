// Which gateway creates the drafts: a setting the task pane reads. Every gateway is listed, each with whether this
// Outlook and this plan allow it and, if not, why — the UI offers what works and says why the rest is missing.
import type { PlannedDraft } from "../core/plan";
import type { Lang } from "../i18n";
import { CHOICE_TEXTS } from "./choiceTexts";
import type { Capabilities } from "../office/mailboxHost";
import { composeSuitable } from "./compose/composeSuitable";

export type GatewayChoice = "eml" | "compose" | "graph";

/** The README section an administrator follows to register the app (its title, so a reader can find it). */
export const APP_REGISTRATION_SECTION = "Microsoft Graph: app registration (administrators)";

/**
 * Whether a way of creating drafts can be used here, and if not, why. The task pane's option (GatewayOption in
 * src/taskpane/services.ts) is this with what the pane does with it (label, create, configure): one type, not two.
 */
export interface GatewayAvailability<Id extends string = GatewayChoice> {
  readonly id: Id;
  readonly available: boolean;
  /** Why it is not available, in the user's language; null when it is. */
  readonly reason: string | null;
  /**
   * What the user can do about it here: "client-id" when Graph lacks only its application (client) ID, which the
   * user may paste into the settings. Absent when there is nothing to do in the pane.
   */
  readonly remedy?: "client-id";
}

/** What Graph needs besides Outlook's capabilities: the app registration's client id (null: none configured). */
export interface GraphSetup {
  readonly clientId: string | null;
}


/**
 * Every gateway in order of preference (graph, compose, eml), each available or with its reason. Graph needs
 * nested app authentication in this Outlook and a configured client id; the .eml download needs nothing from
 * Outlook, so it is always available. The pane offers the first available one unless the user chose another
 * (chosenGateway in src/taskpane/services.ts). Graph first: real drafts in the mailbox, with attachments, resumable.
 * Then compose before eml when it suits: the drafts open straight in Outlook, with no ZIP to unpack.
 */
export function availableGateways(
  capabilities: Pick<Capabilities, "newMessageForm" | "nestedAppAuth" | "missing">,
  plan: { readonly drafts: readonly PlannedDraft[] },
  lang: Lang,
  graph: GraphSetup = { clientId: null },
): readonly GatewayAvailability[] {
  const compose: GatewayAvailability = !capabilities.newMessageForm
    ? { id: "compose", available: false, reason: capabilities.missing.newMessageForm ?? CHOICE_TEXTS[lang].noForm }
    : (() => {
        const suits = composeSuitable(plan, lang);
        return { id: "compose", available: suits.ok, reason: suits.reason };
      })();
  return [graphOption(capabilities, lang, graph), compose, { id: "eml", available: true, reason: null }];
}

function graphOption(capabilities: Pick<Capabilities, "nestedAppAuth" | "missing">, lang: Lang, graph: GraphSetup): GatewayAvailability {
  // Outlook first: a client id is of no use where Outlook cannot hand out a token, so asking for one would mislead.
  if (!capabilities.nestedAppAuth) {
    return { id: "graph", available: false, reason: capabilities.missing.nestedAppAuth ?? CHOICE_TEXTS[lang].noNaa };
  }
  if (graph.clientId === null) return { id: "graph", available: false, reason: CHOICE_TEXTS[lang].noClientId(APP_REGISTRATION_SECTION), remedy: "client-id" };
  return { id: "graph", available: true, reason: null };
}
