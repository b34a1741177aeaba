// Which Entra ID app registration Rundmail signs in with: configuration, never a hard-coded tenant. An
// administrator either builds it in (RUNDMAIL_GRAPH_CLIENT_ID at build time) or types it into the add-in's settings,
// which Outlook keeps in the add-in's roaming settings; the settings field wins, so one build serves many tenants.

/** The roaming-settings name under which the add-in keeps the client id. */
export const CLIENT_ID_SETTING = "graphClientId";

// An Application (client) ID is a GUID: 8-4-4-4-12 hexadecimal digits.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The client id in `value`, lower-cased, or null when it is not one. Accepts what people paste: surrounding spaces
 * and the braces of the registry form ({…}); anything else (other text, numbers, objects) is not a client id.
 */
export function parseClientId(value: unknown): string | null {
  if (typeof value !== "string") return null;
  let text = value.trim().toLowerCase();
  if (text.startsWith("{") && text.endsWith("}")) text = text.slice(1, -1).trim();
  return GUID.test(text) ? text : null;
}

/** The client id to use: the roaming setting when it holds one, else the build's, else none. */
export function resolveClientId(roaming: unknown, buildTime: string | undefined): string | null {
  return parseClientId(roaming) ?? parseClientId(buildTime);
}
