import type { ChoiceTexts } from "./choiceTexts";

export const choiceTextsEn: ChoiceTexts = {
  noNaa: "This Outlook cannot sign add-ins in to Microsoft Graph (nested app authentication, NestedAppAuth 1.1). Use the new Outlook, Outlook on the web or a current Microsoft 365 Outlook.",
  noClientId: (section) =>
    `Rundmail is not yet registered for your organisation. An administrator registers it once (see “${section}” in Rundmail's README) and gives you the application (client) ID to paste below.`,
  noForm: "This version of Outlook cannot open new message windows for add-ins.",
};
