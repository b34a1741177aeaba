import type { ChoiceTexts } from "./choiceTexts";

export const choiceTextsDe: ChoiceTexts = {
  noNaa: "Diese Outlook-Version kann Add-ins nicht bei Microsoft Graph anmelden (verschachtelte App-Authentifizierung, NestedAppAuth 1.1). Verwenden Sie das neue Outlook, Outlook im Web oder ein aktuelles Microsoft-365-Outlook.",
  noClientId: (section) =>
    `Rundmail ist für Ihre Organisation noch nicht registriert. Eine Administratorin oder ein Administrator registriert es einmal (siehe „${section}“ in Rundmails README) und gibt Ihnen die Anwendungs-ID (Client-ID), die Sie unten einfügen.`,
  noForm: "Diese Outlook-Version kann für Add-ins keine neuen Nachrichtenfenster öffnen.",
};
