// What the task pane is given from outside, so that no step knows which Outlook, gateway or run engine it has:
// the host (or null outside Outlook), the ways of creating drafts, and the run engine.
import type { MergePlan } from "../core/plan";
import type { StartRunInput } from "../core/run";
import type { DraftGateway, RunControl } from "../core/run/types";
import type { Lang, Table } from "../core/types";

/** One way of creating drafts, as the Create step offers it. */
export interface GatewayOption {
  readonly id: string;
  /** In the user's language: "Download drafts as ZIP (.eml)". */
  readonly label: string;
  readonly available: boolean;
  /** Why it is not available here, in the user's language; null when it is. */
  readonly reason: string | null;
  create(): DraftGateway;
}

/** What decides which gateways suit: the plan (a compose window takes no files) and the language. */
export interface GatewayContext {
  readonly plan: MergePlan | null;
  readonly table: Table | null;
  readonly lang: Lang;
}

/** The ways of creating drafts for a plan. */
export type GatewayProvider = (context: GatewayContext) => readonly GatewayOption[];

export type StartRun = (input: StartRunInput) => RunControl;

/** The gateway the user chose if it is available, else the first available one; null when none is. */
export function chosenGateway(gateways: readonly GatewayOption[], id: string | null): GatewayOption | null {
  return gateways.find((g) => g.id === id && g.available) ?? gateways.find((g) => g.available) ?? null;
}
