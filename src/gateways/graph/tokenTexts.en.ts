import type { TokenTexts } from "./tokenTexts";

export const tokenTextsEn: TokenTexts = {
  cancelled: "Sign-in to Microsoft was cancelled. Start again and complete the sign-in window to let Rundmail create the drafts.",
  consentDenied: "Rundmail was not given access to your mailbox. Start again and accept the permission request, or ask your administrator to grant consent for the organisation.",
  popupBlocked: "The Microsoft sign-in window could not open. Allow pop-ups for Outlook (or this site) and start again.",
  interactionRequired: "Microsoft needs you to sign in again. Start again to open the sign-in window.",
  noNetwork: "Microsoft could not be reached for sign-in. Check the network connection and start again.",
  unavailable: "This Outlook cannot sign Rundmail in to Microsoft (nested app authentication is not available). Use Outlook on the web, the new Outlook, or an up-to-date Outlook, or choose another way to create the drafts.",
  failed: "Sign-in to Microsoft failed. Start again; if it keeps failing, ask your administrator to check Rundmail's app registration.",
};
