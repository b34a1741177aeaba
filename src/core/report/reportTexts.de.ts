import type { ReportTexts } from "./reportTexts";

export const reportTextsDe: ReportTexts = {
  columns: { row: "Zeile", address: "Adresse", status: "Status", fileOrReason: "Datei oder Grund", details: "Einzelheiten" },
  status: {
    created: "Entwurf erstellt",
    failed: "fehlgeschlagen",
    cancelled: "abgebrochen",
    excluded: "ausgelassen",
    skipped: "übersprungen",
    sent: "gesendet",
    unknown: "unbekannt — Gesendet-Ordner prüfen",
    notSent: "nicht gesendet",
    held: "zurückgehalten",
  },
};
