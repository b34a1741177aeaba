// A Microsoft Graph access token through nested app authentication (NAA): Outlook signs the user in and hands
// the add-in a token over its bridge, so the add-in never shows a sign-in page of its own. MSAL is loaded only
// when the first token is wanted, so it does not weigh on the task pane's first load.
//
// Silent first; a popup (shown by Outlook) only when Microsoft says the user must act (consent, MFA, new sign-in).
// One acquisition at a time — four workers asking at once share one request and never open four popups — and the
// token is reused until five minutes before it expires. Failures become a TokenError whose reason tells the user
// what to do, in English and German.
import type * as Msal from "@azure/msal-browser";
import type { Lang } from "../../i18n";
import { TOKEN_TEXTS } from "./tokenTexts";

export interface TokenSource {
  /**
   * A valid access token. `interactive: false` never shows a popup (it fails with "interactionRequired" instead);
   * `forceRefresh` skips every cache, e.g. after Graph rejected a token that had not expired yet.
   */
  getToken(options?: { interactive?: boolean; forceRefresh?: boolean }): Promise<string>;
}

/** Delegated permissions: drafts need Mail.ReadWrite; "Send now" also Mail.Send. */
export const GRAPH_SCOPES = {
  drafts: ["Mail.ReadWrite"],
  send: ["Mail.ReadWrite", "Mail.Send"],
} as const satisfies Record<string, readonly string[]>;

/**
 * OpenID Connect scopes asked for with every token. Without `openid` no ID token comes back, and msal-browser's NAA
 * adapter then fails the whole request with `null_or_empty_token` (NestedAppAuthAdapter.fromNaaTokenResponse, in
 * AzureAD/microsoft-authentication-library-for-js lib/msal-browser/src/naa/mapping/NestedAppAuthAdapter.ts: it needs
 * both id_token and access_token), because over the bridge MSAL sends exactly the scopes it was given
 * (toNaaTokenRequest). Microsoft asks for them too: Learn's NAA guide ("Enable single sign-on in an Office Add-in with
 * nested app authentication", tokenRequest scopes [..., "openid", "profile"]) and the Outlook event-based NAA sample
 * (OfficeDev/Office-Add-in-samples, Samples/auth/Outlook-Event-SSO-NAA/src/launchevent/launchevent.js).
 */
export const SIGN_IN_SCOPES = ["openid", "profile"] as const;

/** The scopes a token request carries: the Graph permissions, then the sign-in scopes not already among them. */
export function requestedScopes(graphScopes: readonly string[]): string[] {
  const asked = new Set(graphScopes.map((scope) => scope.toLowerCase()));
  return [...graphScopes, ...SIGN_IN_SCOPES.filter((scope) => !asked.has(scope))];
}

/** Outlook's requirement set for nested app authentication. */
export const NAA_REQUIREMENT_SET = { name: "NestedAppAuth", version: "1.1" } as const;

/** Whether this Outlook offers nested app authentication; an isSetSupported that throws counts as no. */
export function naaSupported(isSetSupported: (name: string, version: string) => boolean): boolean {
  try {
    return isSetSupported(NAA_REQUIREMENT_SET.name, NAA_REQUIREMENT_SET.version) === true;
  } catch {
    return false;
  }
}

/** Why no token could be had. */
export type TokenErrorCode = "cancelled" | "consentDenied" | "popupBlocked" | "interactionRequired" | "noNetwork" | "unavailable" | "failed";


/** No token. `message` is the English reason; `reason(lang)` the user's; `detail` is MSAL's code, for support. */
export class TokenError extends Error {
  override readonly name = "TokenError";

  constructor(
    readonly code: TokenErrorCode,
    readonly detail: string = "",
  ) {
    super(TOKEN_TEXTS.en[code]);
    // The reason is for people; a stack trace would only leak MSAL's internals into what the user sees.
    delete (this as { stack?: string }).stack;
  }

  reason(lang: Lang): string {
    return TOKEN_TEXTS[lang][this.code];
  }
}

export interface NaaTokenSourceOptions {
  /** The Application (client) ID of the Entra ID app registration. */
  readonly clientId: string;
  /** The Graph permissions; the sign-in scopes (SIGN_IN_SCOPES) are added to every request. */
  readonly scopes: readonly string[];
  /** MSAL itself; tests pass a stand-in. Default: a dynamic import, its own chunk in the build. */
  readonly loadMsal?: () => Promise<typeof import("@azure/msal-browser")>;
  /** The clock, in milliseconds; default Date.now. */
  readonly now?: () => number;
}

/** A token is renewed this long before it expires, so no request leaves with a token about to die. */
export const RENEW_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

const POPUP_BLOCKED = new Set(["popup_window_error", "empty_window_error"]);
const CANCELLED = new Set(["user_cancelled", "user_canceled"]);
const NO_ACCOUNT = new Set(["no_account_error", "no_account_found"]);
const UNAVAILABLE = new Set(["nested_app_auth_bridge_disabled", "NESTED_APP_AUTH_UNAVAILABLE"]);

function errorCodeOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const code = (error as { errorCode?: unknown }).errorCode;
  return typeof code === "string" ? code : "";
}

function subErrorOf(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const sub = (error as { subError?: unknown }).subError;
  return typeof sub === "string" ? sub : "";
}

/** MSAL's failures in the user's terms. */
export function tokenErrorFrom(error: unknown): TokenError {
  if (error instanceof TokenError) return error;
  const code = errorCodeOf(error);
  const text = error instanceof Error ? error.message : String(error);
  if (POPUP_BLOCKED.has(code)) return new TokenError("popupBlocked", code);
  if (CANCELLED.has(code)) return new TokenError("cancelled", code);
  // Entra ID answers access_denied when the user declines the consent prompt (AADSTS65004).
  if (code === "access_denied" || subErrorOf(error) === "consent_required" || /AADSTS65004/.test(text)) return new TokenError("consentDenied", code);
  if (code === "no_network_connectivity" || code === "network_error") return new TokenError("noNetwork", code);
  if (UNAVAILABLE.has(code)) return new TokenError("unavailable", code);
  return new TokenError("failed", code || text.slice(0, 200));
}

function needsInteraction(error: unknown, msal: typeof Msal): boolean {
  return error instanceof msal.InteractionRequiredAuthError || NO_ACCOUNT.has(errorCodeOf(error));
}

interface Cached {
  readonly token: string;
  readonly expiresAt: number;
}

interface Acquisition {
  readonly interactive: boolean;
  readonly promise: Promise<string>;
}

export function createNaaTokenSource(options: NaaTokenSourceOptions): TokenSource {
  const loadMsal = options.loadMsal ?? (() => import("@azure/msal-browser"));
  const now = options.now ?? Date.now;
  const scopes = requestedScopes(options.scopes);
  let application: Promise<{ msal: typeof Msal; pca: Msal.IPublicClientApplication }> | null = null;
  let cached: Cached | null = null;
  let inFlight: Acquisition | null = null;

  function app() {
    if (application !== null) return application;
    const starting = (async () => {
      const msal = await loadMsal();
      const host = typeof location === "undefined" ? "" : location.host;
      const pca = await msal.createNestablePublicClientApplication({
        auth: {
          clientId: options.clientId,
          authority: "https://login.microsoftonline.com/common",
          // The broker redirect of the app registration; with NAA, Outlook checks it, the add-in never navigates.
          redirectUri: `brk-multihub://${host}`,
        },
        // Tokens stay in this page's memory: MSAL's default (sessionStorage) would put them where any script of
        // the origin, and the browser's storage on disk, can read them. A reload asks Outlook again, silently.
        cache: { cacheLocation: "memoryStorage" },
      });
      // Without Outlook's bridge MSAL quietly falls back to its standard browser flow (its own popup to
      // login.microsoftonline.com), which an add-in's brk-multihub registration cannot complete: say so instead.
      if ((globalThis as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge === undefined) {
        throw new TokenError("unavailable", "no nested app authentication bridge");
      }
      return { msal, pca };
    })();
    // A failed start (MSAL's chunk not loaded while offline, say) is tried again on the next call.
    starting.catch(() => {
      if (application === starting) application = null;
    });
    application = starting;
    return starting;
  }

  async function acquire(interactive: boolean, forceRefresh: boolean): Promise<string> {
    let loaded: Awaited<ReturnType<typeof app>>;
    try {
      loaded = await app();
    } catch (error) {
      if (error instanceof TokenError) throw error;
      const code = errorCodeOf(error);
      throw code === "" ? new TokenError("unavailable", error instanceof Error ? error.message.slice(0, 200) : "") : tokenErrorFrom(error);
    }
    const { msal, pca } = loaded;
    const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    let result: Msal.AuthenticationResult;
    try {
      // Without an account MSAL still asks Outlook, which knows who is signed in.
      result = await pca.acquireTokenSilent({ scopes, ...(account !== undefined ? { account } : {}), ...(forceRefresh ? { forceRefresh } : {}) });
    } catch (silentError) {
      if (!needsInteraction(silentError, msal)) throw tokenErrorFrom(silentError);
      if (!interactive) throw new TokenError("interactionRequired", errorCodeOf(silentError));
      try {
        result = await pca.acquireTokenPopup({ scopes });
      } catch (popupError) {
        throw tokenErrorFrom(popupError);
      }
    }
    if (result.accessToken === "") throw new TokenError("failed", "empty access token");
    if (result.account !== null && result.account !== undefined) pca.setActiveAccount(result.account);
    cached = { token: result.accessToken, expiresAt: result.expiresOn instanceof Date ? result.expiresOn.getTime() : now() };
    return result.accessToken;
  }

  function start(interactive: boolean, forceRefresh: boolean): Promise<string> {
    const promise = acquire(interactive, forceRefresh).finally(() => {
      if (inFlight?.promise === promise) inFlight = null;
    });
    inFlight = { interactive, promise };
    return promise;
  }

  return {
    async getToken(request = {}): Promise<string> {
      const interactive = request.interactive ?? true;
      const forceRefresh = request.forceRefresh ?? false;
      if (forceRefresh) cached = null;
      if (cached !== null && now() < cached.expiresAt - RENEW_BEFORE_EXPIRY_MS) return cached.token;
      const shared = inFlight;
      if (shared === null) return start(interactive, forceRefresh);
      try {
        return await shared.promise;
      } catch (error) {
        // A silent-only attempt said the user must act: a caller who allows a popup tries once more, still one at a time.
        if (!interactive || shared.interactive || !(error instanceof TokenError) || error.code !== "interactionRequired") throw error;
        return inFlight !== null ? inFlight.promise : start(true, false);
      }
    },
  };
}
