import type { TokenTexts } from "./tokenTexts";

export const tokenTextsDe: TokenTexts = {
  cancelled: "Die Anmeldung bei Microsoft wurde abgebrochen. Starten Sie erneut und schließen Sie die Anmeldung ab, damit Rundmail die Entwürfe anlegen kann.",
  consentDenied: "Rundmail hat keinen Zugriff auf Ihr Postfach erhalten. Starten Sie erneut und stimmen Sie der Berechtigungsanfrage zu, oder bitten Sie Ihre Administration um die Zustimmung für die Organisation.",
  popupBlocked: "Das Anmeldefenster von Microsoft konnte nicht geöffnet werden. Erlauben Sie Pop-ups für Outlook (bzw. diese Seite) und starten Sie erneut.",
  interactionRequired: "Microsoft verlangt eine erneute Anmeldung. Starten Sie erneut, um das Anmeldefenster zu öffnen.",
  noNetwork: "Microsoft war für die Anmeldung nicht erreichbar. Prüfen Sie die Netzwerkverbindung und starten Sie erneut.",
  unavailable: "Diese Outlook-Version kann Rundmail nicht bei Microsoft anmelden (geschachtelte App-Authentifizierung ist nicht verfügbar). Verwenden Sie Outlook im Web, das neue Outlook oder ein aktuelles Outlook, oder wählen Sie einen anderen Weg für die Entwürfe.",
  failed: "Die Anmeldung bei Microsoft ist fehlgeschlagen. Starten Sie erneut; wenn es weiter fehlschlägt, bitten Sie Ihre Administration, die App-Registrierung von Rundmail zu prüfen.",
};
