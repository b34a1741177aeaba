// The Graph app registration of the simulated Outlook. A sandbox user expects Graph to work out of the box, so the
// sandbox starts with a made-up client id in the add-in's roaming settings (the simulated sign-in accepts any); the
// page's settings can remove it to show what a user sees before an administrator has registered Rundmail.
import { CLIENT_ID_SETTING, parseClientId } from "../gateways/graph/clientId";
import type { SimulatedMailbox } from "./simulatedMailbox";

/** Obviously not a real registration: all zeros but the version and variant digits, ending in "5a4db0x". */
export const SANDBOX_CLIENT_ID = "00000000-0000-4000-8000-000000005a4d";

/** The client id saved in the add-in's roaming settings, or null when there is none (or it is not a GUID). */
export function savedClientId(mailbox: SimulatedMailbox): string | null {
  return parseClientId(mailbox.roamingSettings()[CLIENT_ID_SETTING]);
}

/** Saves (or, with null, removes) the client id, as the add-in's own roaming settings would hold it. */
export function saveClientId(mailbox: SimulatedMailbox, clientId: string | null): void {
  const settings = mailbox.roamingSettings();
  if (clientId === null) delete settings[CLIENT_ID_SETTING];
  else settings[CLIENT_ID_SETTING] = clientId;
  mailbox.saveRoamingSettings(JSON.stringify(settings));
}
