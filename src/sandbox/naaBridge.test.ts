// The simulated nested-app-authentication bridge: first its protocol, message by message, as MSAL's src/naa/*
// defines it; then the real MSAL (createNestablePublicClientApplication) and Rundmail's token source against it.
import { EMULATOR_CONTROL_HEADER } from "../emulator/controlProtocol";
import { createNaaTokenSource, GRAPH_SCOPES, requestedScopes } from "../gateways/graph/token";
import { BridgeStatusCode, createNaaBridge, installNaaBridge, type AuthBridge, type BridgeResponseEnvelope, type NaaBridgeOptions } from "./naaBridge";
import { SimulatedMailbox } from "./simulatedMailbox";

const ORIGIN = "https://localhost:3000";
const CLIENT_ID = "0d5b3c1e-7f2a-4b6c-9d8e-1a2b3c4d5e6f";

interface TokenCall {
  readonly url: string;
  readonly method: string | undefined;
  readonly body: unknown;
  /** The emulator's control token, as the request carried it. */
  readonly control: string | null;
}

/** The Graph emulator's session and token endpoints, as far as the bridge sees them. */
function emulatorFetch(answer: () => Response | Promise<Response> = () => Response.json({ access_token: "emulator-token", expires_in: 3600 })) {
  const calls: TokenCall[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).endsWith("/graph/emulator/session")) return Response.json({ controlToken: "control-1" });
    calls.push({ url: String(input), method: init?.method, body: JSON.parse(String(init?.body)), control: new Headers(init?.headers).get(EMULATOR_CONTROL_HEADER) });
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function bridgeFor(options: Partial<NaaBridgeOptions> = {}) {
  const mailbox = new SimulatedMailbox();
  const emulator = emulatorFetch();
  const bridge = createNaaBridge({ session: mailbox, origin: ORIGIN, fetch: emulator.fetch, ...options });
  const responses: BridgeResponseEnvelope[] = [];
  bridge.addEventListener("message", (response) => responses.push(JSON.parse(typeof response === "string" ? response : response.data) as BridgeResponseEnvelope));
  return { mailbox, bridge, responses, tokenCalls: emulator.calls };
}

let nextId = 1;
/** Posts one request as MSAL does and waits for its answer. */
async function ask(bridge: AuthBridge, responses: BridgeResponseEnvelope[], method: string, scope?: string): Promise<BridgeResponseEnvelope> {
  const requestId = `request-${nextId++}`;
  const envelope = {
    messageType: "NestedAppAuthRequest",
    method,
    requestId,
    sendTime: Date.now(),
    clientLibrary: "msal.js.browser",
    clientLibraryVersion: "5.30.0",
    ...(scope !== undefined ? { tokenParams: { clientId: CLIENT_ID, scope, correlationId: "c-1", authenticationScheme: "Bearer" } } : {}),
  };
  bridge.postMessage(JSON.stringify(envelope));
  // The answer never comes inside postMessage.
  expect(responses.find((r) => r.requestId === requestId)).toBeUndefined();
  for (let i = 0; i < 100; i += 1) {
    const response = responses.find((r) => r.requestId === requestId);
    if (response !== undefined) return response;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`No answer to ${method}`);
}

function claimsOf(idToken: string): Record<string, unknown> {
  const payload = idToken.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("the bridge protocol", () => {
  test("GetInitContext: the SDK and the signed-in account's context", async () => {
    const { bridge, responses } = bridgeFor();
    const response = await ask(bridge, responses, "GetInitContext");
    expect(response).toMatchObject({
      messageType: "NestedAppAuthResponse",
      success: true,
      initContext: { sdkName: expect.any(String), sdkVersion: expect.any(String), accountContext: { environment: "login.microsoftonline.com" } },
    });
  });

  test("GetToken needs consent first; GetTokenPopup consents and issues the emulator's token; then GetToken works", async () => {
    const { mailbox, bridge, responses, tokenCalls } = bridgeFor();
    const silent = await ask(bridge, responses, "GetToken", "Mail.ReadWrite");
    expect(silent).toMatchObject({ success: false, error: { status: BridgeStatusCode.UserInteractionRequired, subError: "consent_required" } });
    expect(tokenCalls).toEqual([]);

    const popup = await ask(bridge, responses, "GetTokenPopup", "Mail.ReadWrite openid profile offline_access");
    expect(popup).toMatchObject({
      success: true,
      token: { access_token: "emulator-token", expires_in: 3600, properties: null, scope: "Mail.ReadWrite openid profile offline_access" },
      account: { username: "kasse@tsv-blau-weiss.example", name: "Kassenwart TSV Blau-Weiß", environment: "login.microsoftonline.com" },
    });
    expect(tokenCalls).toEqual([{ url: `${ORIGIN}/graph/emulator/token`, method: "POST", body: { ttlSeconds: 3600 }, control: "control-1" }]);
    expect(claimsOf(popup.token?.id_token ?? "")).toMatchObject({ aud: CLIENT_ID, preferred_username: "kasse@tsv-blau-weiss.example", tid: popup.account?.tenantId });
    expect(mailbox.hasConsented(["mail.readwrite"])).toBe(true);

    await expect(ask(bridge, responses, "GetToken", "Mail.ReadWrite")).resolves.toMatchObject({ success: true, token: { access_token: "emulator-token" } });
  });

  // OpenID Connect Core 1.0: the ID token comes with the openid scope (3.1.2.1), the name claims with profile (5.4).
  test.each([
    { scope: "Mail.ReadWrite", idToken: false, names: false },
    { scope: "Mail.ReadWrite openid", idToken: true, names: false },
    { scope: "Mail.ReadWrite OpenID profile", idToken: true, names: true },
  ])("GetToken for '$scope': an id_token only when openid was asked (id_token: $idToken, name claims: $names)", async ({ scope, idToken, names }) => {
    const { mailbox, bridge, responses } = bridgeFor();
    mailbox.consent(["Mail.ReadWrite"]);
    const response = await ask(bridge, responses, "GetToken", scope);
    expect(response).toMatchObject({ success: true, token: { access_token: "emulator-token", scope } });
    expect(response.token !== undefined && "id_token" in response.token).toBe(idToken);
    expect(response.account !== undefined && "idTokenClaims" in response.account).toBe(idToken);
    if (idToken) expect("preferred_username" in claimsOf(response.token?.id_token ?? "")).toBe(names);
  });

  test("consent is per permission: Mail.Send needs the user again", async () => {
    const { mailbox, bridge, responses } = bridgeFor();
    mailbox.consent(GRAPH_SCOPES.drafts);
    await expect(ask(bridge, responses, "GetToken", GRAPH_SCOPES.drafts.join(" "))).resolves.toMatchObject({ success: true });
    await expect(ask(bridge, responses, "GetToken", GRAPH_SCOPES.send.join(" "))).resolves.toMatchObject({
      success: false,
      error: { status: BridgeStatusCode.UserInteractionRequired },
    });
  });

  test.each([
    {
      name: "the user closes the sign-in window",
      options: { signInWindow: async () => false },
      method: "GetTokenPopup",
      status: BridgeStatusCode.UserCancel,
    },
    {
      name: "the emulator cannot be reached",
      options: {
        fetch: (async () => {
          throw new TypeError("Failed to fetch");
        }) as typeof fetch,
      },
      method: "GetTokenPopup",
      status: BridgeStatusCode.NoNetwork,
    },
    { name: "the emulator answers 500", options: { fetch: emulatorFetch(() => new Response("", { status: 500 })).fetch }, method: "GetTokenPopup", status: BridgeStatusCode.TransientError },
    {
      name: "the emulator answers without a token",
      options: { fetch: emulatorFetch(() => Response.json({ nothing: true })).fetch },
      method: "GetTokenPopup",
      status: BridgeStatusCode.TransientError,
    },
    { name: "an unknown method", options: {}, method: "GetAccounts", status: BridgeStatusCode.PersistentError },
  ])("$name -> $status", async ({ options, method, status }) => {
    const { mailbox, bridge, responses } = bridgeFor(options);
    const response = await ask(bridge, responses, method, "Mail.ReadWrite");
    expect(response).toMatchObject({ messageType: "NestedAppAuthResponse", success: false, error: { status } });
    if (status === BridgeStatusCode.UserCancel) expect(mailbox.hasConsented(["Mail.ReadWrite"])).toBe(false);
  });

  test("a token request without a client id is refused", async () => {
    const { bridge, responses } = bridgeFor();
    bridge.postMessage(JSON.stringify({ messageType: "NestedAppAuthRequest", method: "GetTokenPopup", requestId: "no-client", tokenParams: { scope: "Mail.ReadWrite" } }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(responses).toEqual([expect.objectContaining({ requestId: "no-client", success: false, error: expect.objectContaining({ status: BridgeStatusCode.PersistentError }) })]);
  });

  test.each(["not json", "null", "42", JSON.stringify({ method: "GetToken", requestId: "x" }), JSON.stringify({ messageType: "NestedAppAuthRequest", method: "GetInitContext" })])(
    "a message that is not a bridge request (%s) gets no answer",
    async (message) => {
      const { bridge, responses } = bridgeFor();
      bridge.postMessage(message);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(responses).toEqual([]);
    },
  );

  test("a removed listener hears nothing", async () => {
    const { bridge, responses } = bridgeFor();
    const heard: unknown[] = [];
    const listener = (response: unknown) => heard.push(response);
    bridge.addEventListener("message", listener);
    bridge.removeEventListener("message", listener);
    await ask(bridge, responses, "GetInitContext");
    expect(heard).toEqual([]);
  });

  test("installNaaBridge puts the bridge and the emulator's Graph endpoint on the window", () => {
    const target = {} as Window & { nestedAppAuthBridge?: unknown; rundmailGraphEndpoint?: unknown };
    const bridge = installNaaBridge(target, { session: new SimulatedMailbox(), origin: ORIGIN });
    expect(target.nestedAppAuthBridge).toBe(bridge);
    expect(target.rundmailGraphEndpoint).toBe(`${ORIGIN}/graph/v1.0`);
  });
});

// The real MSAL, in Node: it needs a window (this test makes globalThis one), Web Storage (in memory here), and Web
// Crypto and BroadcastChannel (Node has both; the channel is unref'd so that it does not keep Jest running).
describe("the real MSAL against the simulated bridge", () => {
  class MemoryStorage {
    private readonly items = new Map<string, string>();
    get length(): number {
      return this.items.size;
    }
    key(index: number): string | null {
      return [...this.items.keys()][index] ?? null;
    }
    getItem(key: string): string | null {
      return this.items.get(key) ?? null;
    }
    setItem(key: string, value: string): void {
      this.items.set(key, String(value));
    }
    removeItem(key: string): void {
      this.items.delete(key);
    }
    clear(): void {
      this.items.clear();
    }
  }
  const globals = globalThis as unknown as Record<string, unknown>;
  const added = ["window", "sessionStorage", "localStorage", "location", "nestedAppAuthBridge", "rundmailGraphEndpoint"];
  const originalChannel = globalThis.BroadcastChannel;
  const originalFetch = globalThis.fetch;
  // With NAA every token comes over the bridge: MSAL itself must not reach the network (no login.microsoftonline.com).
  const networkCalls: string[] = [];

  beforeAll(() => {
    globals["window"] = globalThis;
    globals["sessionStorage"] = new MemoryStorage();
    globals["localStorage"] = new MemoryStorage();
    globals["location"] = { host: "localhost:3000", origin: ORIGIN, href: `${ORIGIN}/taskpane-sandbox.html`, hash: "", search: "", pathname: "/taskpane-sandbox.html" };
    globals["BroadcastChannel"] = class extends originalChannel {
      constructor(name: string) {
        super(name);
        (this as unknown as { unref?: () => void }).unref?.();
      }
    };
    globals["fetch"] = async (input: RequestInfo | URL) => {
      networkCalls.push(String(input));
      throw new TypeError("No network in this test.");
    };
  });
  afterAll(() => {
    for (const name of added) delete globals[name];
    globals["BroadcastChannel"] = originalChannel;
    globals["fetch"] = originalFetch;
  });

  test("createNaaTokenSource: silent fails until consent, the popup consents, then MSAL answers from its cache", async () => {
    const mailbox = new SimulatedMailbox();
    const emulator = emulatorFetch();
    const windows: (readonly string[])[] = [];
    installNaaBridge(globalThis as unknown as Window, {
      session: mailbox,
      origin: ORIGIN,
      fetch: emulator.fetch,
      signInWindow: async (scopes) => {
        windows.push(scopes);
        return true;
      },
    });
    const msal = await import("@azure/msal-browser");
    const pca = await msal.createNestablePublicClientApplication({ auth: { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/common" } });
    // Straight MSAL: the bridge's USER_INTERACTION_REQUIRED becomes MSAL's InteractionRequiredAuthError.
    await expect(pca.acquireTokenSilent({ scopes: ["Mail.ReadWrite"] })).rejects.toBeInstanceOf(msal.InteractionRequiredAuthError);

    // Rundmail's token source (loading MSAL itself), four callers at once: one popup, one token.
    const source = createNaaTokenSource({ clientId: CLIENT_ID, scopes: GRAPH_SCOPES.drafts });
    await expect(Promise.all([1, 2, 3, 4].map(() => source.getToken()))).resolves.toEqual(Array(4).fill("emulator-token"));
    expect(windows).toEqual([["Mail.ReadWrite"]]);
    expect(emulator.calls).toHaveLength(1);

    // The token source keeps MSAL's cache in memory (cacheLocation memoryStorage): another MSAL instance of the
    // page sees no account, nothing is in sessionStorage, and the consent is Outlook's (the bridge's), so a
    // fresh silent request through the bridge succeeds without a second window.
    expect(pca.getAllAccounts()).toEqual([]);
    expect(JSON.stringify(globals["sessionStorage"] ?? {})).not.toContain("emulator-token");
    await expect(source.getToken({ forceRefresh: true })).resolves.toBe("emulator-token");
    expect(windows).toEqual([["Mail.ReadWrite"]]);

    // A silent-only request for Mail.Send needs the user: Rundmail says so instead of opening a popup.
    const sending = createNaaTokenSource({ clientId: CLIENT_ID, scopes: GRAPH_SCOPES.send });
    await expect(sending.getToken({ interactive: false })).rejects.toMatchObject({ name: "TokenError", code: "interactionRequired" });
    expect(networkCalls).toEqual([]);
  });

  // msal-browser 5.30.0, NestedAppAuthAdapter.fromNaaTokenResponse: no id_token -> ClientAuthError null_or_empty_token.
  test("straight MSAL: without openid the bridge's answer has no id_token and MSAL fails; with Rundmail's scopes it gets the token", async () => {
    const mailbox = new SimulatedMailbox();
    mailbox.consent(GRAPH_SCOPES.send);
    installNaaBridge(globalThis as unknown as Window, { session: mailbox, origin: ORIGIN, fetch: emulatorFetch().fetch });
    const msal = await import("@azure/msal-browser");
    const pca = await msal.createNestablePublicClientApplication({ auth: { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/common" } });
    await expect(pca.acquireTokenSilent({ scopes: [...GRAPH_SCOPES.drafts] })).rejects.toMatchObject({ errorCode: "null_or_empty_token" });

    for (const graph of [GRAPH_SCOPES.drafts, GRAPH_SCOPES.send]) {
      const result = await pca.acquireTokenSilent({ scopes: requestedScopes(graph), forceRefresh: true });
      expect(result).toMatchObject({ accessToken: "emulator-token", idTokenClaims: { aud: CLIENT_ID, preferred_username: "kasse@tsv-blau-weiss.example" } });
    }
    expect(networkCalls).toEqual([]);
  });

  test("the user closing the sign-in window becomes TokenError 'cancelled'", async () => {
    installNaaBridge(globalThis as unknown as Window, { session: new SimulatedMailbox(), origin: ORIGIN, fetch: emulatorFetch().fetch, signInWindow: async () => false });
    const source = createNaaTokenSource({ clientId: "11111111-2222-4333-8444-555555555555", scopes: GRAPH_SCOPES.send });
    await expect(source.getToken()).rejects.toMatchObject({ name: "TokenError", code: "cancelled" });
    expect(networkCalls).toEqual([]);
  });
});
