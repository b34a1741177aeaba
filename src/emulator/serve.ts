// Runs the Graph emulator on its own: `node dist/node/emulator/serve.js [--port N] [--upload-port N] [--latency ms]
// [--throttle-rate 0.1] [--prefix /graph] [--seed N] [--ttl seconds] [--allow-origin http://localhost:8080]`. Prints
// the base URL, the upload origin, a Graph token and the control token, then serves until Ctrl+C — for trying the
// gateway by hand or pointing a browser page at it. A page on another origin may call it only when its origin is
// given with --allow-origin (comma-separated for several); no page can without one. Upload URLs are served on a
// second port, as Graph's are on outlook.office.com: a page's chunk PUTs are cross-origin (uploadOrigin.ts), and a
// page's CSP must name that origin in connect-src.
import { normaliseOrigin } from "./access";
import { EMULATOR_CONTROL_HEADER } from "./controlProtocol";
import { startGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from "./graphEmulator";

export interface ServeArgs {
  readonly port: number;
  /** The upload origin's port; 0: any free one. */
  readonly uploadPort: number;
  readonly host: string;
  readonly latencyMs: number;
  readonly throttleRate: number;
  readonly prefix: string;
  readonly seed: number;
  readonly ttlSeconds: number;
  /** Origins of pages elsewhere that may call (CORS); empty: none. */
  readonly allowOrigins: readonly string[];
}

export type ServeArgsResult = { readonly ok: true; readonly args: ServeArgs } | { readonly ok: false; readonly message: string };

const USAGE =
  "usage: serve.js [--port N] [--upload-port N] [--host 127.0.0.1] [--latency ms] [--throttle-rate 0..1] [--prefix /graph] [--seed N] [--ttl seconds] [--allow-origin https://page.example[,…]]";

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
  const known = ["port", "upload-port", "host", "latency", "throttle-rate", "prefix", "seed", "ttl", "allow-origin"];
  const unknown = Object.keys(values).find((k) => !known.includes(k));
  if (unknown) return { ok: false, message: `--${unknown} is not an option.\n${USAGE}` };
  const num = (key: string, fallback: number, valid: (n: number) => boolean): number | string => {
    if (values[key] === undefined) return fallback;
    const n = Number(values[key]);
    return Number.isFinite(n) && valid(n) ? n : `--${key} ${values[key]} is not valid.`;
  };
  const port = num("port", 0, (n) => Number.isInteger(n) && n >= 0 && n < 65536);
  const uploadPort = num("upload-port", 0, (n) => Number.isInteger(n) && n >= 0 && n < 65536);
  const latencyMs = num("latency", 0, (n) => n >= 0);
  const throttleRate = num("throttle-rate", 0, (n) => n >= 0 && n <= 1);
  const seed = num("seed", 1, Number.isInteger);
  const ttlSeconds = num("ttl", 3600, (n) => n > 0 && n <= 86_400);
  for (const v of [port, uploadPort, latencyMs, throttleRate, seed, ttlSeconds]) if (typeof v === "string") return { ok: false, message: `${v}\n${USAGE}` };
  const prefix = values["prefix"] ?? "";
  if (prefix !== "" && !/^\/[\w\-/]*[^/]$/.test(prefix)) return { ok: false, message: `--prefix must look like /graph.\n${USAGE}` };
  const allowOrigins: string[] = [];
  for (const given of (values["allow-origin"] ?? "").split(",").map((o) => o.trim()).filter((o) => o !== "")) {
    const origin = normaliseOrigin(given);
    // "*" would hand the mailbox to every page in the browser: an origin is named, or none is allowed.
    if (origin === null) return { ok: false, message: `--allow-origin ${given} is not an origin such as http://localhost:8080.\n${USAGE}` };
    allowOrigins.push(origin);
  }
  return {
    ok: true,
    args: {
      port: port as number,
      uploadPort: uploadPort as number,
      host: values["host"] ?? "127.0.0.1",
      latencyMs: latencyMs as number,
      throttleRate: throttleRate as number,
      prefix,
      seed: seed as number,
      ttlSeconds: ttlSeconds as number,
      allowOrigins,
    },
  };
}

/** Starts the emulator as the arguments say; the banner says where it is and what a caller needs. */
export async function startFromArgs(args: ServeArgs): Promise<{ readonly emulator: GraphEmulator; readonly banner: string }> {
  const options: GraphEmulatorOptions & { port: number; uploadPort: number; host: string } = {
    port: args.port,
    uploadPort: args.uploadPort,
    host: args.host,
    prefix: args.prefix,
    seed: args.seed,
    allowedOrigins: args.allowOrigins,
    // Listening on a name: answer to it (IP addresses and localhost always are).
    allowedHosts: [args.host],
  };
  const emulator = await startGraphEmulator(options);
  emulator.faults.latencyMs = args.latencyMs;
  emulator.faults.randomThrottleRate = args.throttleRate;
  const token = emulator.issueToken(args.ttlSeconds);
  const banner = [
    `Graph emulator: ${emulator.baseUrl}`,
    `upload URLs (another origin, as Graph's are on outlook.office.com): ${emulator.uploadOrigin ?? emulator.origin}`,
    `token (${args.ttlSeconds} s): ${token}`,
    `control token (send it as ${EMULATOR_CONTROL_HEADER}): ${emulator.controlToken}`,
    `state: ${emulator.origin}${emulator.prefix}/emulator/state`,
    `pages of other origins allowed: ${args.allowOrigins.length === 0 ? "none" : args.allowOrigins.join(", ")}`,
    "",
  ].join("\n");
  return { emulator, banner };
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseServeArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { emulator, banner } = await startFromArgs(parsed.args);
  process.stdout.write(banner);
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
