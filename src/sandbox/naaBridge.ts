// The sandbox's stand-in for Outlook's nested-app-authentication bridge (window.nestedAppAuthBridge), speaking
// MSAL's bridge protocol exactly as @azure/msal-browser defines it (src/naa/*: BridgeRequestEnvelope in, a
// BridgeResponseEnvelope out as a JSON string, BridgeError statuses). So the add-in's real MSAL code runs unchanged:
// createNestablePublicClientApplication finds this bridge, acquireTokenSilent sends GetToken, acquireTokenPopup
// GetTokenPopup.
//
// Like Outlook with a freshly registered app: a silent request fails with USER_INTERACTION_REQUIRED until the user
// has consented to the scopes once (in the simulated sign-in window, GetTokenPopup) in this sandbox session. The
// access token itself comes from the local Graph emulator (POST {origin}/graph/emulator/token, a test control: with
// the emulator's control token, emulatorSession.ts), which accepts only the tokens it issued.
import { emulatorSession, type EmulatorSession } from "./emulatorSession";

/** MSAL's AuthBridge (src/naa/AuthBridge.ts). */
export interface AuthBridge {
  addEventListener(eventName: string, callback: (response: string | { data: string }) => void): void;
  postMessage(message: string): void;
  removeEventListener(eventName: string, callback: (response: string | { data: string }) => void): void;
}

/** MSAL's BridgeStatusCode (src/naa/BridgeStatusCode.ts). */
export const BridgeStatusCode = {
  UserInteractionRequired: "USER_INTERACTION_REQUIRED",
  UserCancel: "USER_CANCEL",
  NoNetwork: "NO_NETWORK",
  TransientError: "TRANSIENT_ERROR",
  PersistentError: "PERSISTENT_ERROR",
  Disabled: "DISABLED",
  AccountUnavailable: "ACCOUNT_UNAVAILABLE",
  NestedAppAuthUnavailable: "NESTED_APP_AUTH_UNAVAILABLE",
} as const;
export type BridgeStatusCode = (typeof BridgeStatusCode)[keyof typeof BridgeStatusCode];

/** MSAL's BridgeError (src/naa/BridgeError.ts). */
export interface BridgeError {
  readonly status: BridgeStatusCode;
  readonly code?: string;
  readonly subError?: string;
  readonly description?: string;
}

/** MSAL's TokenRequest (src/naa/TokenRequest.ts), the part read here. */
export interface TokenRequest {
  readonly clientId: string;
  readonly scope: string;
  readonly correlationId: string;
  readonly forceRefresh?: boolean;
}

/** MSAL's BridgeRequestEnvelope (src/naa/BridgeRequestEnvelope.ts). */
export interface BridgeRequestEnvelope {
  readonly messageType: "NestedAppAuthRequest";
  readonly method: "GetToken" | "GetInitContext" | "GetTokenPopup";
  readonly requestId: string;
  readonly sendTime?: number;
  readonly clientLibrary?: string;
  readonly clientLibraryVersion?: string;
  readonly tokenParams?: TokenRequest;
}

/** MSAL's AccountInfo for the bridge (src/naa/AccountInfo.ts). */
export interface BridgeAccountInfo {
  readonly homeAccountId: string;
  readonly environment: string;
  readonly tenantId: string;
  readonly username: string;
  readonly localAccountId: string;
  readonly name: string;
  readonly idTokenClaims?: object;
}

/**
 * MSAL's TokenResponse (src/naa/TokenResponse.ts). MSAL's type says id_token is a string, but a host answers one only
 * when `openid` was asked for (OpenID Connect Core 1.0, 3.1.2.1: the openid scope is what makes a request an OpenID
 * Connect request, with an ID token), and MSAL checks for its absence (NestedAppAuthAdapter.fromNaaTokenResponse
 * throws null_or_empty_token): so here it is optional.
 */
export interface TokenResponse {
  readonly access_token: string;
  readonly expires_in: number;
  readonly id_token?: string;
  readonly properties: null;
  readonly scope: string;
  readonly authority: string;
}

/** MSAL's InitContext (src/naa/InitContext.ts). */
export interface InitContext {
  readonly sdkName: string;
  readonly sdkVersion: string;
  readonly capabilities: { readonly queryAccount: boolean };
  readonly accountContext: { readonly homeAccountId: string; readonly environment: string; readonly tenantId: string };
}

/** MSAL's BridgeResponseEnvelope (src/naa/BridgeResponseEnvelope.ts). */
export interface BridgeResponseEnvelope {
  readonly messageType: "NestedAppAuthResponse";
  readonly requestId: string;
  readonly success: boolean;
  readonly token?: TokenResponse;
  readonly error?: BridgeError;
  readonly account?: BridgeAccountInfo;
  readonly initContext?: InitContext;
}

/** Who is signed in to the simulated Outlook, and what they have agreed to in this session. */
export interface SignInSession {
  readonly userEmailAddress: string;
  readonly userDisplayName: string;
  hasConsented(scopes: readonly string[]): boolean;
  consent(scopes: readonly string[]): void;
}

export interface NaaBridgeOptions {
  readonly session: SignInSession;
  /** The origin of the sandbox page, where the Graph emulator is mounted under /graph. */
  readonly origin: string;
  readonly fetch?: typeof fetch;
  /** The emulator's controls; by default asked for at `${origin}/graph` with `fetch`. */
  readonly emulator?: EmulatorSession;
  /** How long the emulator's tokens live, in seconds (default: one hour, as Entra ID's). */
  readonly ttlSeconds?: number;
  /** The simulated sign-in window: true when the user consents, false when they close it. Default: consents. */
  readonly signInWindow?: (scopes: readonly string[]) => Promise<boolean>;
}

const ENVIRONMENT = "login.microsoftonline.com";
// A fixed, obviously simulated tenant and user: the ids only need to be stable within the sandbox.
const TENANT_ID = "00000000-0000-4000-8000-00000000a11e";
const USER_OID = "00000000-0000-4000-8000-0000000005e5";
/** Scopes every sign-in includes; they need no consent to Graph. */
const OIDC_SCOPES = new Set(["openid", "profile", "offline_access", "email"]);

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** An unsigned ID token (MSAL reads its claims; nothing verifies a signature in a nested app). */
function idToken(claims: Record<string, unknown>): string {
  return `${base64Url(JSON.stringify({ alg: "none", typ: "JWT" }))}.${base64Url(JSON.stringify(claims))}.`;
}

const scopesOf = (scope: string): string[] => scope.split(/\s+/).filter((s) => s !== "");
const graphScopes = (scope: string): string[] => scopesOf(scope).filter((s) => !OIDC_SCOPES.has(s.toLowerCase()));
const asksFor = (scope: string, wanted: string): boolean => scopesOf(scope).some((s) => s.toLowerCase() === wanted);

/** Creates the bridge; `install` puts it on a window as MSAL expects it. */
export function createNaaBridge(options: NaaBridgeOptions): AuthBridge {
  const listeners = new Set<(response: string | { data: string }) => void>();
  const emulator = options.emulator ?? emulatorSession(`${options.origin}/graph`, options.fetch);
  const ttlSeconds = options.ttlSeconds ?? 3600;
  const signInWindow = options.signInWindow ?? (async () => true);
  const { session } = options;

  const account = (): BridgeAccountInfo => ({
    homeAccountId: `${USER_OID}.${TENANT_ID}`,
    environment: ENVIRONMENT,
    tenantId: TENANT_ID,
    username: session.userEmailAddress,
    localAccountId: USER_OID,
    name: session.userDisplayName,
  });

  const respond = (envelope: BridgeResponseEnvelope): void => {
    const text = JSON.stringify(envelope);
    // Outlook answers asynchronously, never inside postMessage.
    setTimeout(() => {
      for (const listener of [...listeners]) listener(text);
    }, 0);
  };
  const fail = (requestId: string, error: BridgeError): void => respond({ messageType: "NestedAppAuthResponse", requestId, success: false, error });

  async function issue(request: TokenRequest, requestId: string): Promise<void> {
    let answer: Response;
    try {
      answer = await emulator.control("token", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ttlSeconds }),
      });
    } catch {
      fail(requestId, { status: BridgeStatusCode.NoNetwork, description: "The Graph emulator could not be reached." });
      return;
    }
    const body: unknown = answer.ok ? await answer.json().catch(() => null) : null;
    const token = body as { access_token?: unknown; expires_in?: unknown } | null;
    if (token === null || typeof token.access_token !== "string" || typeof token.expires_in !== "number") {
      fail(requestId, { status: BridgeStatusCode.TransientError, code: "temporarily_unavailable", description: `The Graph emulator answered ${answer.status}.` });
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const who = account();
    // As an OpenID provider: an ID token only for `openid` (OpenID Connect Core 1.0, 3.1.2.1), the user's name and
    // sign-in name in it only for `profile` (5.4: profile requests name, preferred_username, ...).
    const withIdToken = asksFor(request.scope, "openid");
    const claims = {
      aud: request.clientId,
      iss: `https://${ENVIRONMENT}/${TENANT_ID}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + token.expires_in,
      ...(asksFor(request.scope, "profile") ? { name: who.name, preferred_username: who.username } : {}),
      oid: who.localAccountId,
      sub: who.localAccountId,
      tid: TENANT_ID,
      ver: "2.0",
    };
    respond({
      messageType: "NestedAppAuthResponse",
      requestId,
      success: true,
      token: {
        access_token: token.access_token,
        expires_in: token.expires_in,
        ...(withIdToken ? { id_token: idToken(claims) } : {}),
        properties: null,
        scope: request.scope,
        authority: `https://${ENVIRONMENT}/${TENANT_ID}`,
      },
      account: withIdToken ? { ...who, idTokenClaims: claims } : who,
    });
  }

  async function handle(request: BridgeRequestEnvelope): Promise<void> {
    const { requestId } = request;
    switch (request.method) {
      case "GetInitContext": {
        const who = account();
        respond({
          messageType: "NestedAppAuthResponse",
          requestId,
          success: true,
          initContext: {
            sdkName: "rundmail-sandbox-outlook",
            sdkVersion: "1.0.0",
            capabilities: { queryAccount: false },
            accountContext: { homeAccountId: who.homeAccountId, environment: who.environment, tenantId: who.tenantId },
          },
        });
        return;
      }
      case "GetToken":
      case "GetTokenPopup": {
        const params = request.tokenParams;
        if (params === undefined || typeof params.clientId !== "string" || params.clientId === "" || typeof params.scope !== "string") {
          fail(requestId, { status: BridgeStatusCode.PersistentError, code: "invalid_request", description: "The token request has no client id or scope." });
          return;
        }
        const scopes = graphScopes(params.scope);
        if (request.method === "GetToken") {
          if (!session.hasConsented(scopes)) {
            fail(requestId, {
              status: BridgeStatusCode.UserInteractionRequired,
              code: "invalid_grant",
              subError: "consent_required",
              description: "AADSTS65001: The user has not consented to use the application.",
            });
            return;
          }
        } else {
          if (!(await signInWindow(scopes))) {
            fail(requestId, { status: BridgeStatusCode.UserCancel, description: "The user closed the sign-in window." });
            return;
          }
          session.consent(scopes);
        }
        await issue(params, requestId);
        return;
      }
      default:
        fail(requestId, { status: BridgeStatusCode.PersistentError, code: "unsupported_method", description: `Unknown bridge method ${String((request as { method?: unknown }).method)}.` });
    }
  }

  return {
    addEventListener(eventName, callback) {
      if (eventName === "message") listeners.add(callback);
    },
    removeEventListener(eventName, callback) {
      if (eventName === "message") listeners.delete(callback);
    },
    postMessage(message: string) {
      let request: unknown;
      try {
        request = JSON.parse(message);
      } catch {
        return; // Not a bridge request: Outlook ignores it too.
      }
      const envelope = request as Partial<BridgeRequestEnvelope> | null;
      if (envelope === null || typeof envelope !== "object" || envelope.messageType !== "NestedAppAuthRequest" || typeof envelope.requestId !== "string") return;
      void handle(envelope as BridgeRequestEnvelope).catch((error: unknown) =>
        fail(envelope.requestId as string, { status: BridgeStatusCode.TransientError, description: error instanceof Error ? error.message : String(error) }),
      );
    },
  };
}

/** Puts the bridge where MSAL looks for it, with the Graph endpoint the add-in should use (the emulator's). */
export function installNaaBridge(target: Window, options: NaaBridgeOptions): AuthBridge {
  const bridge = createNaaBridge(options);
  Object.assign(target, { nestedAppAuthBridge: bridge, rundmailGraphEndpoint: `${options.origin}/graph/v1.0` });
  return bridge;
}
