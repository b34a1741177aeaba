// Where Microsoft Graph is. In Outlook, Microsoft's; in the sandbox, its stand-in for office.js points the add-in at
// the local Graph emulator on the page's own origin (window.rundmailGraphEndpoint), so that nothing leaves the machine.

export const MICROSOFT_GRAPH_ENDPOINT = "https://graph.microsoft.com/v1.0";

/** The Graph base URL, without a trailing slash: the sandbox's when it set one, else Microsoft's v1.0. */
export function graphEndpoint(): string {
  const configured: unknown = typeof window === "undefined" ? undefined : (window as unknown as { rundmailGraphEndpoint?: unknown }).rundmailGraphEndpoint;
  if (typeof configured !== "string" || configured === "") return MICROSOFT_GRAPH_ENDPOINT;
  // Only an endpoint on the add-in's own origin (the sandbox's emulator): a stray global can never send the
  // user's token and mail to another server.
  return sameOrigin(configured) ? configured.replace(/\/+$/, "") : MICROSOFT_GRAPH_ENDPOINT;
}

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === window.location.origin;
  } catch {
    return false;
  }
}
