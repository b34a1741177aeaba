// The words of the simulated Outlook around the task pane — its settings, compose and reading windows, the windows
// the add-in opened, the Graph mailbox and the drafts read from it — in the simulated Outlook's language: a German
// Outlook speaks German all round, as the real one does (issue 12, "first impressions").
import type { Lang } from "../i18n";
import { chromeStringsDe, graphPanelStringsDe } from "./sandboxStrings.de";
import { chromeStringsEn, graphPanelStringsEn } from "./sandboxStrings.en";

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
  /** A draft sent with a time: it waits in Drafts until then (ISO 8601 from the emulator). */
  readonly leaves: string;
  readonly leavesAt: (at: number) => string;
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
  // ---- a draft opened from the list (DraftReader.tsx) ----
  readonly openMessage: (subject: string) => string;
  readonly readerTitle: string;
  readonly from: string;
  readonly close: string;
  readonly loading: string;
  readonly readFailed: (reason: string) => string;
  readonly bodyFrame: string;
  readonly download: (name: string) => string;
  readonly plainText: string;
}

/** The simulated Outlook's own words (SandboxApp, ComposeWindow, ReadWindow, OpenedWindows). */
export interface ChromeStrings {
  /** The browser tab's title. */
  readonly pageTitle: string;
  readonly title: string;
  readonly caption: string;
  readonly openedOn: string;
  readonly modeCompose: string;
  readonly modeRead: string;
  readonly language: string;
  readonly theme: string;
  readonly light: string;
  readonly dark: string;
  readonly version: string;
  readonly version114: string;
  readonly version18: string;
  readonly version15: string;
  readonly registration: string;
  readonly registered: string;
  readonly notRegistered: string;
  readonly ownRegistration: string;
  readonly missingSamples: (files: string) => string;
  readonly paneRegion: string;
  readonly paneFrame: string;
  readonly loadingExample: string;
  // ---- the example ----
  readonly loadExample: string;
  readonly loadExampleHint: string;
  readonly exampleLoaded: (attachments: number) => string;
  readonly exampleFailed: string;
  // ---- switching the language restarts the pane ----
  readonly restartTitle: string;
  readonly restartText: string;
  readonly restartConfirm: string;
  readonly cancel: string;
  // ---- compose window ----
  readonly composeRegion: string;
  readonly send: string;
  readonly addFiles: string;
  readonly filesToAttach: string;
  readonly composeHint: string;
  readonly to: string;
  readonly subject: string;
  readonly attachments: string;
  readonly remove: (name: string) => string;
  readonly messageBody: string;
  readonly size: (bytes: number) => string;
  // ---- reading pane (read mode) ----
  readonly readRegion: string;
  readonly readHint: string;
  readonly noSubject: string;
  readonly from: string;
  readonly readBody: string;
  // ---- windows the add-in opened ----
  readonly openedTitle: (n: number) => string;
  readonly closeAll: string;
  readonly openedEmpty: string;
  readonly openedLabel: (to: string) => string;
  readonly nobody: string;
  readonly cc: string;
  readonly bcc: string;
  readonly openedBody: (to: string) => string;
  readonly breach: (reason: string) => string;
  readonly downloadEml: string;
}

/** Every language's texts; a language missing here, or a key missing in one, is a compile error. */
export const GRAPH_PANEL_STRINGS: Readonly<Record<Lang, GraphPanelStrings>> = { en: graphPanelStringsEn, de: graphPanelStringsDe };
export const CHROME_STRINGS: Readonly<Record<Lang, ChromeStrings>> = { en: chromeStringsEn, de: chromeStringsDe };
