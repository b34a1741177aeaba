// Which gateway creates the drafts: a setting the task pane reads. Every gateway is listed, each with whether this
// Outlook and this plan allow it and, if not, why — the UI offers what works and says why the rest is missing.
import type { PlannedDraft } from "../core/plan";
import type { Lang } from "../core/types";
import type { Capabilities } from "../office/mailboxHost";
import { composeSuitable } from "./compose/composeSuitable";

export type GatewayChoice = "eml" | "compose" | "graph";

export const GATEWAY_CHOICES: readonly GatewayChoice[] = ["graph", "compose", "eml"];

export interface GatewayOption {
  readonly id: GatewayChoice;
  readonly available: boolean;
  /** Why it is not available, in the user's language; null when it is. */
  readonly reason: string | null;
}

const REASONS = {
  graph: {
    en: "Creating drafts directly in your Drafts folder is coming in a later version.",
    de: "Entwürfe direkt in Ihrem Ordner Entwürfe zu erstellen, kommt in einer späteren Version.",
  },
  noForm: {
    en: "This version of Outlook cannot open new message windows for add-ins.",
    de: "Diese Outlook-Version kann für Add-ins keine neuen Nachrichtenfenster öffnen.",
  },
} as const;

/**
 * Every gateway in order of preference (graph, compose, eml), each available or with its reason. The .eml
 * download needs nothing from Outlook, so it is always available.
 */
export function availableGateways(
  capabilities: Pick<Capabilities, "newMessageForm" | "missing">,
  plan: { readonly drafts: readonly PlannedDraft[] },
  lang: Lang,
): readonly GatewayOption[] {
  const compose: GatewayOption = !capabilities.newMessageForm
    ? { id: "compose", available: false, reason: capabilities.missing.newMessageForm ?? REASONS.noForm[lang] }
    : (() => {
        const suits = composeSuitable(plan, lang);
        return { id: "compose", available: suits.ok, reason: suits.reason };
      })();
  return [{ id: "graph", available: false, reason: REASONS.graph[lang] }, compose, { id: "eml", available: true, reason: null }];
}

/**
 * The choice made for the user: the first available in order of preference. Compose before eml when it suits:
 * the drafts open straight in Outlook, with no ZIP to unpack (each .eml would open a window too).
 */
export function defaultGateway(options: readonly GatewayOption[]): GatewayChoice {
  return options.find((o) => o.available)?.id ?? "eml";
}

/** A stored setting read back: the user's earlier choice if it is still available, else the default. */
export function resolveGatewayChoice(stored: unknown, options: readonly GatewayOption[]): GatewayChoice {
  const wanted = typeof stored === "string" ? options.find((o) => o.id === stored) : undefined;
  return wanted?.available ? wanted.id : defaultGateway(options);
}
