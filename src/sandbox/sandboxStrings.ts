// The words of the sandbox's simulated Microsoft 365 mailbox (the Graph emulator's panel), in the simulated Outlook's
// language: like Outlook's own folders, it speaks the user's language. The sandbox's own settings above it stay in
// English, as the rest of the sandbox's frame does.
import { formatBytes, formatNumber, type Lang } from "../i18n";

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

const count = formatNumber;

export const GRAPH_PANEL_STRINGS: Readonly<Record<Lang, GraphPanelStrings>> = {
  en: {
    title: "Mailbox (Microsoft Graph, simulated)",
    intro:
      "What Rundmail created through Microsoft Graph lands here: a local emulator at /graph/v1.0 on this page's server, with Graph's limits. Nothing is sent anywhere.",
    refresh: "Refresh",
    reset: "Empty the mailbox",
    unreachable: (reason) => `The Graph emulator does not answer at /graph (${reason}). Serve the sandbox with the emulator mounted.`,
    drafts: (n) => `Drafts (${count(n, "en")})`,
    sentItems: (n) => `Sent Items (${count(n, "en")})`,
    emptyFolder: "Nothing here yet.",
    more: (n) => `… and ${count(n, "en")} more`,
    to: "To",
    cc: "Cc",
    bcc: "Bcc",
    subject: "Subject",
    attachments: "Attachments",
    noSubject: "(no subject)",
    attachment: (name, size) => `${name} (${formatBytes(size, "en")})`,
    messageLabel: (to) => `Message to ${to}`,
    usage: (requests, requestLimit, uploaded, uploadLimit, recipients, recipientLimit) =>
      `Used: ${count(requests, "en")} of ${count(requestLimit, "en")} requests per 10 minutes · ${formatBytes(uploaded, "en")} of ${formatBytes(uploadLimit, "en")} uploaded per 5 minutes · ${count(recipients, "en")} of ${count(recipientLimit, "en")} recipients sent today`,
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
      `Now: ${count(latencyMs, "en")} ms latency, ${count(throttlePercent, "en")} % throttled, ${count(lose, "en")} answers still to lose, ${count(hold, "en")} requests still to hold.`,
    notANumber: "Enter a number of 0 or more.",
  },
  de: {
    title: "Postfach (Microsoft Graph, simuliert)",
    intro:
      "Was Rundmail über Microsoft Graph erstellt, landet hier: ein lokaler Emulator unter /graph/v1.0 auf dem Server dieser Seite, mit den Grenzen von Graph. Nichts wird irgendwohin gesendet.",
    refresh: "Aktualisieren",
    reset: "Postfach leeren",
    unreachable: (reason) => `Der Graph-Emulator antwortet nicht unter /graph (${reason}). Starten Sie die Sandbox mit eingebundenem Emulator.`,
    drafts: (n) => `Entwürfe (${count(n, "de")})`,
    sentItems: (n) => `Gesendete Elemente (${count(n, "de")})`,
    emptyFolder: "Noch nichts hier.",
    more: (n) => `… und ${count(n, "de")} weitere`,
    to: "An",
    cc: "Cc",
    bcc: "Bcc",
    subject: "Betreff",
    attachments: "Anlagen",
    noSubject: "(kein Betreff)",
    attachment: (name, size) => `${name} (${formatBytes(size, "de")})`,
    messageLabel: (to) => `Nachricht an ${to}`,
    usage: (requests, requestLimit, uploaded, uploadLimit, recipients, recipientLimit) =>
      `Verbraucht: ${count(requests, "de")} von ${count(requestLimit, "de")} Anfragen je 10 Minuten · ${formatBytes(uploaded, "de")} von ${formatBytes(uploadLimit, "de")} hochgeladen je 5 Minuten · ${count(recipients, "de")} von ${count(recipientLimit, "de")} Empfängern heute gesendet`,
    faultsTitle: "Störungen in der Leitung",
    faultsIntro:
      "Machen Sie das simulierte Graph langsam oder unzuverlässig, wie ein ausgelastetes Exchange Online sein kann; Rundmail muss trotzdem jeden Entwurf genau einmal erstellen.",
    latency: "Verzögerung je Anfrage (ms)",
    throttleShare: "Antworten mit 429 Too Many Requests (%)",
    loseNext: "Antworten auf die nächsten erstellten Entwürfe verlieren",
    holdNext: "Die nächsten Anfragen zurückhalten",
    holdSeconds: "Zurückgehalten für (Sekunden)",
    limitSeconds: "Limit von Microsoft erreicht, für (Sekunden)",
    applyFaults: "Übernehmen",
    clearFaults: "Keine Störungen",
    faultsNow: (latencyMs, throttlePercent, lose, hold) =>
      `Jetzt: ${count(latencyMs, "de")} ms Verzögerung, ${count(throttlePercent, "de")} % gedrosselt, noch ${count(lose, "de")} Antworten zu verlieren, noch ${count(hold, "de")} Anfragen zurückzuhalten.`,
    notANumber: "Geben Sie eine Zahl ab 0 ein.",
  },
};
