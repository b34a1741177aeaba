// How a page talks to the Graph emulator's test controls ({prefix}/emulator/…): shared by the emulator (Node) and the
// sandbox page (browser), so nothing here imports anything.

/** Carries the emulator's control token on every control request (state, faults, reset, token). */
export const EMULATOR_CONTROL_HEADER = "X-Emulator-Control";

/**
 * Where a page on the emulator's own origin asks for the control token. Answered only to a request the browser
 * marks `Sec-Fetch-Site: same-origin` — a header no page can set — so another site open in the same browser can
 * neither read the answer (no CORS allowance) nor make the browser send it as same-origin.
 */
export const EMULATOR_SESSION_PATH = "/emulator/session";

export interface EmulatorSessionAnswer {
  readonly controlToken: string;
}
