import { formatNumber } from "../../i18n";
import type { ComposeTexts } from "./composeTexts";

export const composeTextsDe: ComposeTexts = {
  empty: "Es gibt keine Entwürfe zu erstellen.",
  tooMany: (n, max) => `Öffnet ein Fenster je Empfänger und wird daher für bis zu ${formatNumber(max, "de")} Empfänger angeboten; diese Liste hat ${formatNumber(n, "de")}.`,
  attachments: "Ein Verfassen-Fenster kann keine Dateien von Ihrem Computer übernehmen, und diese Nachrichten haben Anhänge.",
  bcc: "Ein von Rundmail geöffnetes Verfassen-Fenster kann Ihre Archiv-Bcc-Adresse nicht übernehmen.",
};
