// The sandbox page's one way to the Graph emulator's controls (GraphMailboxPanel, DraftReader): one session, its
// token asked for once. Answers are JSON; a refusal is an error that keeps its status.
import { emulatorSession, type EmulatorSession } from "./emulatorSession";

/** Where the sandbox's server mounts the emulator (officeInFrame.ts points the task pane at `${this}/v1.0`). */
export const GRAPH_EMULATOR_PATH = "/graph";

/** The emulator's controls need its control token, which it gives to this page (same origin) only. */
let session: EmulatorSession | null = null;

/** A control request the emulator refused; the status tells a cursor it does not take (400) from the rest. */
export class ControlRefused extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`${status} ${statusText}`.trim());
  }
}

export async function emulator<T>(path: string, init?: RequestInit): Promise<T | null> {
  session ??= emulatorSession(`${location.origin}${GRAPH_EMULATOR_PATH}`);
  const response = await session.control(path, init);
  if (!response.ok) throw new ControlRefused(response.status, response.statusText);
  return response.status === 204 ? null : ((await response.json()) as T);
}
