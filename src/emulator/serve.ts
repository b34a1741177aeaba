// Runs the Graph emulator on its own: `node dist/node/emulator/serve.js [--port N] [--latency ms]
// [--throttle-rate 0.1] [--prefix /graph] [--seed N] [--ttl seconds]`. Prints the base URL and a token, then
// serves until Ctrl+C — for trying the gateway by hand or pointing a browser page at it.
import { startGraphEmulator, type GraphEmulatorOptions } from "./graphEmulator";

export interface ServeArgs {
  readonly port: number;
  readonly host: string;
  readonly latencyMs: number;
  readonly throttleRate: number;
  readonly prefix: string;
  readonly seed: number;
  readonly ttlSeconds: number;
}

export type ServeArgsResult = { readonly ok: true; readonly args: ServeArgs } | { readonly ok: false; readonly message: string };

const USAGE = "usage: serve.js [--port N] [--host 127.0.0.1] [--latency ms] [--throttle-rate 0..1] [--prefix /graph] [--seed N] [--ttl seconds]";

export function parseServeArgs(argv: readonly string[]): ServeArgsResult {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] as string;
    if (flag === "--help" || flag === "-h") return { ok: false, message: USAGE };
    const value = argv[i + 1];
    if (!flag.startsWith("--") || value === undefined) return { ok: false, message: `${flag}: a value is missing.\n${USAGE}` };
    values[flag.slice(2)] = value;
    i += 1;
  }
  const known = ["port", "host", "latency", "throttle-rate", "prefix", "seed", "ttl"];
  const unknown = Object.keys(values).find((k) => !known.includes(k));
  if (unknown) return { ok: false, message: `--${unknown} is not an option.\n${USAGE}` };
  const num = (key: string, fallback: number, valid: (n: number) => boolean): number | string => {
    if (values[key] === undefined) return fallback;
    const n = Number(values[key]);
    return Number.isFinite(n) && valid(n) ? n : `--${key} ${values[key]} is not valid.`;
  };
  const port = num("port", 0, (n) => Number.isInteger(n) && n >= 0 && n < 65536);
  const latencyMs = num("latency", 0, (n) => n >= 0);
  const throttleRate = num("throttle-rate", 0, (n) => n >= 0 && n <= 1);
  const seed = num("seed", 1, Number.isInteger);
  const ttlSeconds = num("ttl", 3600, (n) => n > 0);
  for (const v of [port, latencyMs, throttleRate, seed, ttlSeconds]) if (typeof v === "string") return { ok: false, message: `${v}\n${USAGE}` };
  const prefix = values["prefix"] ?? "";
  if (prefix !== "" && !/^\/[\w\-/]*[^/]$/.test(prefix)) return { ok: false, message: `--prefix must look like /graph.\n${USAGE}` };
  return {
    ok: true,
    args: { port: port as number, host: values["host"] ?? "127.0.0.1", latencyMs: latencyMs as number, throttleRate: throttleRate as number, prefix, seed: seed as number, ttlSeconds: ttlSeconds as number },
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseServeArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { args } = parsed;
  const options: GraphEmulatorOptions & { port: number; host: string } = { port: args.port, host: args.host, prefix: args.prefix, seed: args.seed };
  const emulator = await startGraphEmulator(options);
  emulator.faults.latencyMs = args.latencyMs;
  emulator.faults.randomThrottleRate = args.throttleRate;
  const token = emulator.issueToken(args.ttlSeconds);
  process.stdout.write(
    [
      `Graph emulator: ${emulator.baseUrl}`,
      `token (${args.ttlSeconds} s): ${token}`,
      `also accepted: test-token (never expires)`,
      `state: ${emulator.origin}${emulator.prefix}/emulator/state`,
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await emulator.close();
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
