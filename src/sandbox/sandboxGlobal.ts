// How the sandbox page and the task pane in its frame find each other: the page puts its SimulatedMailbox on its own
// window under one name; the frame's stand-in for office.js (officeInFrame.ts) reads it from window.parent (same
// origin). Nothing in src/taskpane or src/office knows about this.
import type { SimulatedMailbox } from "./simulatedMailbox";

export const SANDBOX_GLOBAL = "__rundmailSandbox";

export interface SandboxHost {
  readonly mailbox: SimulatedMailbox;
  /** How long the simulated Office.js takes to answer, in milliseconds. */
  readonly latencyMs: number;
}

export function installSandboxHost(target: Window, host: SandboxHost): void {
  (target as unknown as Record<string, unknown>)[SANDBOX_GLOBAL] = host;
}

/** The sandbox host of `target` (the parent window), or undefined when there is none or it is another origin. */
export function sandboxHostOf(target: Window): SandboxHost | undefined {
  try {
    const host = (target as unknown as Record<string, unknown>)[SANDBOX_GLOBAL];
    return typeof host === "object" && host !== null && "mailbox" in host ? (host as SandboxHost) : undefined;
  } catch {
    return undefined; // a cross-origin parent: reading its properties throws
  }
}
