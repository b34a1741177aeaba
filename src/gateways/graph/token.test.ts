// createNaaTokenSource against a stand-in for MSAL: what it asks MSAL, in which order, and what the caller gets.
import { readFileSync } from "node:fs";
import path from "node:path";
import type * as Msal from "@azure/msal-browser";
import { createNaaTokenSource, GRAPH_SCOPES, naaSupported, RENEW_BEFORE_EXPIRY_MS, requestedScopes, TokenError, type TokenErrorCode } from "./token";

/** MSAL's errors carry an errorCode (and sometimes a subError); the stand-ins do the same. */
class FakeAuthError extends Error {
  constructor(
    readonly errorCode: string,
    message = errorCode,
    readonly subError = "",
  ) {
    super(message);
  }
}
class FakeInteractionRequiredAuthError extends FakeAuthError {}

const ACCOUNT = { homeAccountId: "oid.tid", environment: "login.microsoftonline.com", tenantId: "tid", username: "kasse@verein.example", localAccountId: "oid" };
const HOUR = 3600 * 1000;

type Outcome = { token: string; expiresInMs?: number } | { error: Error };

interface FakeMsal {
  readonly module: typeof Msal;
  readonly calls: string[];
  readonly configs: unknown[];
  readonly silentRequests: Record<string, unknown>[];
  readonly popupRequests: Record<string, unknown>[];
  activeAccount: unknown;
  /** Next answers of acquireTokenSilent / acquireTokenPopup; when empty, a fresh token. */
  readonly silent: Outcome[];
  readonly popup: Outcome[];
  /** Resolves the answers only when released (to hold acquisitions in flight). */
  gate: Promise<void>;
}

function fakeMsal(clock: { now: number }, accounts: unknown[] = []): FakeMsal {
  let issued = 0;
  const fake: FakeMsal = {
    calls: [],
    configs: [],
    silentRequests: [],
    popupRequests: [],
    activeAccount: null,
    silent: [],
    popup: [],
    gate: Promise.resolve(),
    module: undefined as unknown as typeof Msal,
  };
  const answer = async (queue: Outcome[]) => {
    await fake.gate;
    const outcome = queue.shift() ?? { token: `token-${++issued}` };
    if ("error" in outcome) throw outcome.error;
    return { accessToken: outcome.token, expiresOn: new Date(clock.now + (outcome.expiresInMs ?? HOUR)), account: ACCOUNT };
  };
  const pca = {
    getActiveAccount: () => fake.activeAccount,
    getAllAccounts: () => accounts,
    setActiveAccount: (account: unknown) => {
      fake.calls.push("setActiveAccount");
      fake.activeAccount = account;
    },
    acquireTokenSilent: (request: Record<string, unknown>) => {
      fake.calls.push("acquireTokenSilent");
      fake.silentRequests.push(request);
      return answer(fake.silent);
    },
    acquireTokenPopup: (request: Record<string, unknown>) => {
      fake.calls.push("acquireTokenPopup");
      fake.popupRequests.push(request);
      return answer(fake.popup);
    },
  };
  (fake as { module: unknown }).module = {
    InteractionRequiredAuthError: FakeInteractionRequiredAuthError,
    createNestablePublicClientApplication: async (config: unknown) => {
      fake.calls.push("createNestablePublicClientApplication");
      fake.configs.push(config);
      return pca;
    },
  };
  return fake;
}

function setUp(options: { accounts?: unknown[] } = {}) {
  const clock = { now: Date.UTC(2027, 0, 15, 9, 0, 0) };
  const msal = fakeMsal(clock, options.accounts);
  let loads = 0;
  const source = createNaaTokenSource({
    clientId: "0d5b3c1e-7f2a-4b6c-9d8e-1a2b3c4d5e6f",
    scopes: GRAPH_SCOPES.drafts,
    loadMsal: async () => {
      loads += 1;
      return msal.module;
    },
    now: () => clock.now,
  });
  return { clock, msal, source, loads: () => loads };
}

const globals = globalThis as unknown as { location?: { host: string }; nestedAppAuthBridge?: unknown };
beforeEach(() => {
  globals.location = { host: "localhost:3000" };
  // Outlook's bridge, as far as the token source looks at it (MSAL, faked here, is what talks to it).
  globals.nestedAppAuthBridge = {};
});
afterEach(() => {
  delete globals.location;
  delete globals.nestedAppAuthBridge;
});

// msal-browser's NAA adapter fails with null_or_empty_token without an id_token (NestedAppAuthAdapter.fromNaaTokenResponse),
// and only `openid` brings one; Microsoft Learn's NAA guide asks for "openid" and "profile" beside the API's scopes.
describe("every request asks for the sign-in scopes openid and profile", () => {
  test.each([
    { graph: GRAPH_SCOPES.drafts, asked: ["Mail.ReadWrite", "openid", "profile"] },
    { graph: GRAPH_SCOPES.send, asked: ["Mail.ReadWrite", "Mail.Send", "openid", "profile"] },
    { graph: ["Mail.ReadWrite", "OpenID"], asked: ["Mail.ReadWrite", "OpenID", "profile"] },
    { graph: [], asked: ["openid", "profile"] },
  ])("$graph -> $asked", ({ graph, asked }) => {
    expect(requestedScopes(graph)).toEqual(asked);
  });
});

describe("silent first, a popup only when Microsoft asks for the user", () => {
  test("silent success: MSAL is set up for NAA and no popup opens", async () => {
    const { msal, source } = setUp();
    await expect(source.getToken()).resolves.toBe("token-1");
    expect(msal.configs).toEqual([
      {
        auth: { clientId: "0d5b3c1e-7f2a-4b6c-9d8e-1a2b3c4d5e6f", authority: "https://login.microsoftonline.com/common", redirectUri: "brk-multihub://localhost:3000" },
        cache: { cacheLocation: "memoryStorage" },
      },
    ]);
    expect(msal.calls).toEqual(["createNestablePublicClientApplication", "acquireTokenSilent", "setActiveAccount"]);
    expect(msal.silentRequests).toEqual([{ scopes: ["Mail.ReadWrite", "openid", "profile"] }]);
  });

  test("the account MSAL knows is passed to the silent request", async () => {
    const { msal, source } = setUp({ accounts: [ACCOUNT] });
    await source.getToken();
    expect(msal.silentRequests).toEqual([{ scopes: ["Mail.ReadWrite", "openid", "profile"], account: ACCOUNT }]);
  });

  test.each([
    { name: "interaction required", error: new FakeInteractionRequiredAuthError("interaction_required") },
    { name: "consent required", error: new FakeInteractionRequiredAuthError("invalid_grant", "AADSTS65001", "consent_required") },
    { name: "no account (standard MSAL)", error: new FakeAuthError("no_account_error") },
  ])("$name -> popup, and its account becomes the active one", async ({ error }) => {
    const { msal, source } = setUp();
    msal.silent.push({ error });
    msal.popup.push({ token: "after-popup" });
    await expect(source.getToken()).resolves.toBe("after-popup");
    expect(msal.calls).toEqual(["createNestablePublicClientApplication", "acquireTokenSilent", "acquireTokenPopup", "setActiveAccount"]);
    expect(msal.popupRequests).toEqual([{ scopes: ["Mail.ReadWrite", "openid", "profile"] }]);
    expect(msal.activeAccount).toEqual(ACCOUNT);
  });

  test("interactive: false never opens a popup", async () => {
    const { msal, source } = setUp();
    msal.silent.push({ error: new FakeInteractionRequiredAuthError("interaction_required") });
    await expect(source.getToken({ interactive: false })).rejects.toMatchObject({ name: "TokenError", code: "interactionRequired" });
    expect(msal.calls).not.toContain("acquireTokenPopup");
  });

  test("a silent failure that is not about interaction fails without a popup", async () => {
    const { msal, source } = setUp();
    msal.silent.push({ error: new FakeAuthError("server_error", "AADSTS50000: There was an error issuing a token.") });
    await expect(source.getToken()).rejects.toMatchObject({ code: "failed", detail: "server_error" });
    expect(msal.calls).not.toContain("acquireTokenPopup");
  });
});

describe("failures become a TokenError with a reason the user can act on", () => {
  const cases: { name: string; error: Error; code: TokenErrorCode }[] = [
    { name: "the user closed the popup (standard MSAL)", error: new FakeAuthError("user_cancelled"), code: "cancelled" },
    { name: "the user cancelled in Outlook (NAA bridge)", error: new FakeAuthError("user_canceled"), code: "cancelled" },
    { name: "the popup was blocked", error: new FakeAuthError("popup_window_error", "Error opening popup window."), code: "popupBlocked" },
    { name: "the popup opened empty", error: new FakeAuthError("empty_window_error"), code: "popupBlocked" },
    { name: "consent declined", error: new FakeAuthError("access_denied", "AADSTS65004: User declined to consent."), code: "consentDenied" },
    { name: "offline", error: new FakeAuthError("no_network_connectivity"), code: "noNetwork" },
    { name: "NAA switched off", error: new FakeAuthError("nested_app_auth_bridge_disabled"), code: "unavailable" },
    { name: "anything else", error: new Error("boom"), code: "failed" },
  ];
  test.each(cases)("$name -> $code", async ({ error, code }) => {
    const { msal, source } = setUp();
    msal.silent.push({ error: new FakeInteractionRequiredAuthError("interaction_required") });
    msal.popup.push({ error });
    const failure: unknown = await source.getToken().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TokenError);
    const tokenError = failure as TokenError;
    expect(tokenError.code).toBe(code);
    expect(tokenError.message).toBe(tokenError.reason("en"));
    expect(tokenError.reason("de")).not.toBe(tokenError.reason("en"));
    expect(tokenError.stack).toBeUndefined();
    expect(`${tokenError.reason("en")} ${tokenError.reason("de")}`).not.toMatch(/\bat \w+ \(|AADSTS|_error/);
  });

  test("without Outlook's bridge (MSAL would fall back to its own sign-in page) it is 'unavailable', and no popup opens", async () => {
    const { msal, source } = setUp();
    delete globals.nestedAppAuthBridge;
    await expect(source.getToken()).rejects.toMatchObject({ code: "unavailable" });
    expect(msal.calls).toEqual(["createNestablePublicClientApplication"]);
    globals.nestedAppAuthBridge = {};
    await expect(source.getToken()).resolves.toBe("token-1");
  });

  test("MSAL that cannot be loaded is 'unavailable', and loading is tried again on the next call", async () => {
    let loads = 0;
    const clock = { now: 0 };
    const msal = fakeMsal(clock);
    const source = createNaaTokenSource({
      clientId: "x",
      scopes: GRAPH_SCOPES.send,
      loadMsal: async () => {
        loads += 1;
        if (loads === 1) throw new Error("Loading chunk 123 failed.");
        return msal.module;
      },
      now: () => clock.now,
    });
    await expect(source.getToken()).rejects.toMatchObject({ code: "unavailable" });
    await expect(source.getToken()).resolves.toBe("token-1");
    expect(msal.silentRequests).toEqual([{ scopes: ["Mail.ReadWrite", "Mail.Send", "openid", "profile"] }]);
    expect(loads).toBe(2);
  });
});

describe("one acquisition at a time", () => {
  test("4 concurrent calls share one silent request", async () => {
    const { msal, source, loads } = setUp();
    const tokens = await Promise.all([1, 2, 3, 4].map(() => source.getToken()));
    expect(tokens).toEqual(["token-1", "token-1", "token-1", "token-1"]);
    expect(loads()).toBe(1);
    expect(msal.calls.filter((c) => c === "acquireTokenSilent")).toHaveLength(1);
  });

  test("4 concurrent calls needing the user open one popup", async () => {
    const { msal, source } = setUp();
    msal.silent.push({ error: new FakeInteractionRequiredAuthError("interaction_required") });
    const tokens = await Promise.all([1, 2, 3, 4].map(() => source.getToken()));
    expect(new Set(tokens)).toEqual(new Set(["token-1"]));
    expect(msal.calls.filter((c) => c === "acquireTokenPopup")).toHaveLength(1);
  });

  test("4 concurrent calls whose popup is cancelled all fail, with one popup", async () => {
    const { msal, source } = setUp();
    msal.silent.push({ error: new FakeInteractionRequiredAuthError("interaction_required") });
    msal.popup.push({ error: new FakeAuthError("user_cancelled") });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => source.getToken()));
    expect(outcomes.map((o) => (o.status === "rejected" ? (o.reason as TokenError).code : o.value))).toEqual(["cancelled", "cancelled", "cancelled", "cancelled"]);
    expect(msal.calls.filter((c) => c === "acquireTokenPopup")).toHaveLength(1);
    // The next attempt starts afresh.
    await expect(source.getToken()).resolves.toBe("token-1");
  });

  test("callers allowing a popup, waiting on a silent-only attempt that needs the user, try again together and open one popup", async () => {
    const { msal, source } = setUp();
    let release = () => {};
    msal.gate = new Promise((resolve) => (release = resolve));
    msal.silent.push({ error: new FakeInteractionRequiredAuthError("interaction_required") }, { error: new FakeInteractionRequiredAuthError("interaction_required") });
    const silentOnly = source.getToken({ interactive: false });
    const interactive = [source.getToken(), source.getToken()];
    release();
    await expect(silentOnly).rejects.toMatchObject({ code: "interactionRequired" });
    await expect(Promise.all(interactive)).resolves.toEqual(["token-1", "token-1"]);
    expect(msal.calls.filter((c) => c.startsWith("acquire"))).toEqual(["acquireTokenSilent", "acquireTokenSilent", "acquireTokenPopup"]);
  });
});

describe("the token is reused until five minutes before it expires", () => {
  test.each([
    { name: "just after it was issued", after: 1000, fresh: false },
    { name: "one second before the renewal window", after: HOUR - RENEW_BEFORE_EXPIRY_MS - 1000, fresh: false },
    { name: "at the start of the renewal window", after: HOUR - RENEW_BEFORE_EXPIRY_MS, fresh: true },
    { name: "after it expired", after: HOUR + 1000, fresh: true },
  ])("$name: fresh token = $fresh", async ({ after, fresh }) => {
    const { clock, msal, source } = setUp();
    await expect(source.getToken()).resolves.toBe("token-1");
    clock.now += after;
    await expect(source.getToken()).resolves.toBe(fresh ? "token-2" : "token-1");
    expect(msal.calls.filter((c) => c === "acquireTokenSilent")).toHaveLength(fresh ? 2 : 1);
  });

  test("a token already inside the renewal window when issued is not reused", async () => {
    const { msal, source } = setUp();
    msal.silent.push({ token: "short", expiresInMs: 60_000 });
    await expect(source.getToken()).resolves.toBe("short");
    await expect(source.getToken()).resolves.toBe("token-1");
  });

  test("forceRefresh skips the cache and asks MSAL to skip its own", async () => {
    const { msal, source } = setUp();
    await source.getToken();
    await expect(source.getToken({ forceRefresh: true })).resolves.toBe("token-2");
    expect(msal.silentRequests[1]).toEqual({ scopes: ["Mail.ReadWrite", "openid", "profile"], account: ACCOUNT, forceRefresh: true });
  });
});

describe("naaSupported: Outlook's NestedAppAuth 1.1", () => {
  test.each([
    { name: "supported", answer: () => true, expected: true },
    { name: "not supported", answer: () => false, expected: false },
    { name: "a truthy non-boolean answer", answer: () => "yes" as unknown as boolean, expected: false },
    {
      name: "isSetSupported throws",
      answer: () => {
        throw new Error("Office.context.requirements is undefined");
      },
      expected: false,
    },
  ])("$name -> $expected", ({ answer, expected }) => {
    const asked: string[][] = [];
    const isSetSupported = (name: string, version: string) => {
      asked.push([name, version]);
      return answer();
    };
    expect(naaSupported(isSetSupported)).toBe(expected);
    expect(asked).toEqual([["NestedAppAuth", "1.1"]]);
  });
});

test("MSAL is never imported statically (it loads with the first token, not with the task pane)", () => {
  const source = readFileSync(path.join(__dirname, "token.ts"), "utf8");
  const imports = source.match(/^import[^;]*;/gm) ?? [];
  expect(imports.filter((line) => line.includes("@azure/msal-browser") && !line.startsWith("import type"))).toEqual([]);
  expect(source).toContain('import("@azure/msal-browser")');
});
