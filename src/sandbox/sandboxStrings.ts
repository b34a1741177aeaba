// The words of the sandbox's simulated Microsoft 365 mailbox (the Graph emulator's panel), in the simulated Outlook's
// language: like Outlook's own folders, it speaks the user's language. The sandbox's own settings above it stay in
// English, as the rest of the sandbox's frame does.
import type { Lang } from "../i18n";
import { graphPanelStringsDe } from "./sandboxStrings.de";
import { graphPanelStringsEn } from "./sandboxStrings.en";

export interface GraphPanelStrings {
  readonly title: string;
  readonly intro: string;
  readonly refresh: string;
  readonly reset: string;
  readonly unreachable: (reason: string) => string;
  readonly drafts: (n: number) => string;
  readonly sentItems: (n: number) => string;
  readonly emptyFolder: string;
  readonly more: (n: number) => string;
  readonly to: string;
  readonly cc: string;
  readonly bcc: string;
  readonly subject: string;
  readonly attachments: string;
  readonly noSubject: string;
  readonly attachment: (name: string, size: number) => string;
  readonly messageLabel: (to: string) => string;
  readonly usage: (requests: number, requestLimit: number, uploaded: number, uploadLimit: number, recipients: number, recipientLimit: number) => string;
  readonly faultsTitle: string;
  readonly faultsIntro: string;
  readonly latency: string;
  readonly throttleShare: string;
  readonly loseNext: string;
  readonly holdNext: string;
  readonly holdSeconds: string;
  readonly limitSeconds: string;
  readonly applyFaults: string;
  readonly clearFaults: string;
  readonly faultsNow: (latencyMs: number, throttlePercent: number, lose: number, hold: number) => string;
  readonly notANumber: string;
}

/** Every language's texts; a language missing here, or a key missing in one, is a compile error. */
export const GRAPH_PANEL_STRINGS: Readonly<Record<Lang, GraphPanelStrings>> = { en: graphPanelStringsEn, de: graphPanelStringsDe };
