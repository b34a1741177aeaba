// How the sandbox's pages reach the Graph emulator's test controls (state, faults, reset, sign-in tokens): with its
// control token, which the emulator hands only to a page of its own origin (src/emulator/controlProtocol.ts). Asked
// for once and kept; asked for again when the emulator refuses it (a restarted dev server makes a new one).
import { EMULATOR_CONTROL_HEADER, EMULATOR_SESSION_PATH } from "../emulator/controlProtocol";

export interface EmulatorSession {
  /** A control request, e.g. control("state") or control("faults", { method: "POST", … }), carrying the token. */
  control(path: string, init?: RequestInit): Promise<Response>;
}

/** `base`: where the emulator is mounted, e.g. `${location.origin}/graph`. */
export function emulatorSession(base: string, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): EmulatorSession {
  let token: Promise<string> | null = null;

  const obtain = (): Promise<string> => {
    token ??= (async () => {
      // Same origin: the browser marks it so (Sec-Fetch-Site), which is what the emulator checks.
      const answer = await fetchImpl(`${base}${EMULATOR_SESSION_PATH}`, { credentials: "same-origin", cache: "no-store" });
      const body = (answer.ok ? await answer.json().catch(() => null) : null) as { controlToken?: unknown } | null;
      if (typeof body?.controlToken !== "string") throw new Error(`The Graph emulator gave no control token (${answer.status}).`);
      return body.controlToken;
    })();
    // A failed ask is not kept: the next request asks again.
    token.catch(() => (token = null));
    return token;
  };

  const send = async (path: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set(EMULATOR_CONTROL_HEADER, await obtain());
    return fetchImpl(`${base}/emulator/${path}`, { ...init, headers });
  };

  return {
    async control(path, init = {}) {
      const answer = await send(path, init);
      if (answer.status !== 401 && answer.status !== 403) return answer;
      token = null;
      return send(path, init);
    },
  };
}
