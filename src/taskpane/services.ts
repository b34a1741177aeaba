// What the task pane is given from outside, so that no step knows which Outlook, gateway or run engine it has:
// the host (or null outside Outlook), the ways of creating drafts, and the run engine.
import type { MergePlan } from "../core/plan";
import type { GatewayAvailability } from "../gateways/choice";
import type { StartRunInput } from "../core/run";
import type { DraftGateway, RunControl } from "../core/run/types";
import type { Issue, Table } from "../core/types";
import type { Lang } from "../i18n";

/** What a run does with each message: leave it in Drafts, or send it at once (Graph only, needs Mail.Send). */
export type RunMode = "drafts" | "send";

/** One message the mailbox accepted for sending: when it leaves, and to how many (To + Cc + Bcc), for the daily limit. */
export interface SentMessage {
  readonly at: number;
  readonly recipients: number;
}

/**
 * One way of creating drafts, as the Create step offers it: whether it can be used here and why not (the gateways'
 * own GatewayAvailability, src/gateways/choice.ts), and what the pane does with it.
 */
export interface GatewayOption extends GatewayAvailability<string> {
  /** In the user's language: "Download drafts as ZIP (.eml)". */
  readonly label: string;
  /** It can also send the messages at once ("Send now"); absent or false: drafts only. */
  readonly canSend?: boolean;
  /**
   * Present when the only thing missing is the app registration's client id, which the user may paste: stores it
   * (the add-in's roaming settings) and rejects with a reason in the user's language if that fails.
   */
  readonly configure?: (clientId: string) => Promise<void>;
  /**
   * A gateway for one run; `mode` "send" only where `canSend` (the others ignore it), drafts by default. `onSent`
   * hears of every message sent, also one sent while a resumed run looks for it. `sendAt` (send mode): when the
   * messages leave, held by Exchange until then; absent: at once.
   */
  create(mode?: RunMode, onSent?: (sent: SentMessage) => void, sendAt?: number): DraftGateway;
  /**
   * Gets ready while the user reads the Create step, so that the first draft leaves at once after the click: loads
   * the gateway's code and, for Graph, fetches a token silently. Nothing is shown if that fails; the run asks again.
   */
  readonly warmUp?: (mode: RunMode) => void;
}

/** What decides which gateways suit: the plan (a compose window takes no files) and the language. */
export interface GatewayContext {
  readonly plan: MergePlan | null;
  readonly table: Table | null;
  readonly lang: Lang;
  /** Rows the user left out (DerivedPlan.excludedRows), for the reports that list every row. */
  readonly excludedRows?: ReadonlyMap<number, readonly Issue[]>;
}

/** The ways of creating drafts for a plan. */
export type GatewayProvider = (context: GatewayContext) => readonly GatewayOption[];

export type StartRun = (input: StartRunInput) => RunControl;

/** The gateway the user chose if it is available, else the first available one; null when none is. */
export function chosenGateway(gateways: readonly GatewayOption[], id: string | null): GatewayOption | null {
  return gateways.find((g) => g.id === id && g.available) ?? gateways.find((g) => g.available) ?? null;
}
