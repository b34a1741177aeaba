// Runs the compiled `rundmail` as a child process without blocking this process, whose SMTP test server must keep
// answering meanwhile (spawnSync would freeze it).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
export const rundmailBin = join(root, "bin", "rundmail.js");

export interface Finished {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment every test run gets: English, short retries and timeouts, nothing inherited that changes them. */
export const testEnv = (extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  LANG: "C",
  LC_ALL: "",
  RUNDMAIL_LANG: "",
  RUNDMAIL_SMTP_PASSWORD: "",
  RUNDMAIL_RETRY_BASE_MS: "20",
  RUNDMAIL_SMTP_TIMEOUT_MS: "5000",
  ...extra,
});

export interface Started {
  readonly child: ChildProcess;
  readonly done: Promise<Finished>;
  /** Everything the child wrote to stdout so far. */
  stdout(): string;
}

export function startRundmail(args: readonly string[], env: NodeJS.ProcessEnv = testEnv()): Started {
  const child = spawn(process.execPath, [rundmailBin, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<Finished>((resolve) => {
    child.once("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout };
}

export const rundmail = (args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Finished> => startRundmail(args, env).done;
