import { formatNumber, formatBytes } from "../i18n";
import type { GraphPanelStrings } from "./sandboxStrings";

export const graphPanelStringsDe: GraphPanelStrings = {
  title: "Postfach (Microsoft Graph, simuliert)",
  intro:
    "Was Rundmail über Microsoft Graph erstellt, landet hier: ein lokaler Emulator unter /graph/v1.0 auf dem Server dieser Seite, mit den Grenzen von Graph. Nichts wird irgendwohin gesendet.",
  refresh: "Aktualisieren",
  reset: "Postfach leeren",
  unreachable: (reason) => `Der Graph-Emulator antwortet nicht unter /graph (${reason}). Starten Sie die Sandbox mit eingebundenem Emulator.`,
  drafts: (n) => `Entwürfe (${formatNumber(n, "de")})`,
  sentItems: (n) => `Gesendete Elemente (${formatNumber(n, "de")})`,
  emptyFolder: "Noch nichts hier.",
  more: (n) => `… und ${formatNumber(n, "de")} weitere`,
  to: "An",
  cc: "Cc",
  bcc: "Bcc",
  subject: "Betreff",
  attachments: "Anlagen",
  noSubject: "(kein Betreff)",
  attachment: (name, size) => `${name} (${formatBytes(size, "de")})`,
  messageLabel: (to) => `Nachricht an ${to}`,
  usage: (requests, requestLimit, uploaded, uploadLimit, recipients, recipientLimit) =>
    `Verbraucht: ${formatNumber(requests, "de")} von ${formatNumber(requestLimit, "de")} Anfragen je 10 Minuten · ${formatBytes(uploaded, "de")} von ${formatBytes(uploadLimit, "de")} hochgeladen je 5 Minuten · ${formatNumber(recipients, "de")} von ${formatNumber(recipientLimit, "de")} Empfängern heute gesendet`,
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
    `Jetzt: ${formatNumber(latencyMs, "de")} ms Verzögerung, ${formatNumber(throttlePercent, "de")} % gedrosselt, noch ${formatNumber(lose, "de")} Antworten zu verlieren, noch ${formatNumber(hold, "de")} Anfragen zurückzuhalten.`,
  notANumber: "Geben Sie eine Zahl ab 0 ein.",
};
