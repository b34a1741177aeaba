import { formatNumber, formatBytes } from "../i18n";
import type { GraphPanelStrings } from "./sandboxStrings";

export const graphPanelStringsEn: GraphPanelStrings = {
  title: "Mailbox (Microsoft Graph, simulated)",
  intro:
    "What Rundmail created through Microsoft Graph lands here: a local emulator at /graph/v1.0 on this page's server, with Graph's limits. Nothing is sent anywhere.",
  refresh: "Refresh",
  reset: "Empty the mailbox",
  unreachable: (reason) => `The Graph emulator does not answer at /graph (${reason}). Serve the sandbox with the emulator mounted.`,
  drafts: (n) => `Drafts (${formatNumber(n, "en")})`,
  sentItems: (n) => `Sent Items (${formatNumber(n, "en")})`,
  emptyFolder: "Nothing here yet.",
  more: (n) => `… and ${formatNumber(n, "en")} more`,
  to: "To",
  cc: "Cc",
  bcc: "Bcc",
  subject: "Subject",
  attachments: "Attachments",
  noSubject: "(no subject)",
  attachment: (name, size) => `${name} (${formatBytes(size, "en")})`,
  messageLabel: (to) => `Message to ${to}`,
  usage: (requests, requestLimit, uploaded, uploadLimit, recipients, recipientLimit) =>
    `Used: ${formatNumber(requests, "en")} of ${formatNumber(requestLimit, "en")} requests per 10 minutes · ${formatBytes(uploaded, "en")} of ${formatBytes(uploadLimit, "en")} uploaded per 5 minutes · ${formatNumber(recipients, "en")} of ${formatNumber(recipientLimit, "en")} recipients sent today`,
  faultsTitle: "Trouble on the line",
  faultsIntro: "Make the simulated Graph slow or unreliable, as a busy Exchange Online can be; Rundmail must still create every draft exactly once.",
  latency: "Latency per request (ms)",
  throttleShare: "Answers that are 429 Too Many Requests (%)",
  loseNext: "Lose the answers to the next drafts created",
  holdNext: "Hold the next requests",
  holdSeconds: "Held for (seconds)",
  limitSeconds: "Microsoft's limit reached, for (seconds)",
  applyFaults: "Apply",
  clearFaults: "No trouble",
  faultsNow: (latencyMs, throttlePercent, lose, hold) =>
    `Now: ${formatNumber(latencyMs, "en")} ms latency, ${formatNumber(throttlePercent, "en")} % throttled, ${formatNumber(lose, "en")} answers still to lose, ${formatNumber(hold, "en")} requests still to hold.`,
  notANumber: "Enter a number of 0 or more.",
};
