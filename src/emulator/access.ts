// Who may talk to the Graph emulator. It holds a simulated mailbox (addresses, messages) and is served on a local
// port, so any page open in the same browser could otherwise read it:
//   - Host must be an IP literal, localhost, or a host named in allowedHosts (a page on another site that rebinds its
//     DNS name to 127.0.0.1 still sends its own name as Host);
//   - a cross-origin request is answered (and gets Access-Control-Allow-Origin) only for an origin in
//     allowedOrigins; the sandbox and the tests are same-origin and need none;
//   - the test controls need the per-process control token in EMULATOR_CONTROL_HEADER (a custom header: a
//     cross-origin page cannot send it without a preflight, which it does not pass);
//   - Graph calls need a token the emulator issued (graphEmulator.ts).
import { timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { isIP } from "node:net";
import { EMULATOR_CONTROL_HEADER } from "./controlProtocol";

export interface AccessRules {
  /** Origins (scheme://host[:port]) that may call from another origin. */
  readonly allowedOrigins: ReadonlySet<string>;
  /** Host names (without port) besides IP literals and localhost. */
  readonly allowedHosts: ReadonlySet<string>;
}

export function accessRules(allowedOrigins: readonly string[] = [], allowedHosts: readonly string[] = []): AccessRules {
  return {
    allowedOrigins: new Set(allowedOrigins.map(normaliseOrigin).filter((o): o is string => o !== null)),
    allowedHosts: new Set(allowedHosts.map((h) => h.toLowerCase())),
  };
}

/** `scheme://host[:port]` as a browser sends it in Origin; null for anything else (a path, "null", "*"). */
export function normaliseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    const bare = url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "" && url.password === "";
    return (url.protocol === "http:" || url.protocol === "https:") && bare ? url.origin : null;
  } catch {
    return null;
  }
}

/** The host name of a Host header ("localhost:3000", "[::1]:8080", "127.0.0.1"), lower case, without the port. */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracketed) return (bracketed[1] as string).toLowerCase();
  return host.replace(/:\d+$/, "").toLowerCase();
}

export function hostAllowed(host: string | undefined, rules: AccessRules): boolean {
  if (host === undefined || host === "") return false;
  const name = hostName(host);
  return isIP(name) !== 0 || name === "localhost" || name.endsWith(".localhost") || rules.allowedHosts.has(name);
}

export type OriginVerdict = "none" | "same" | "allowed" | "refused";

/** What the request's Origin header is to the emulator answering at `ownOrigin`. */
export function originVerdict(origin: string | undefined, ownOrigin: string, rules: AccessRules): OriginVerdict {
  if (origin === undefined) return "none";
  if (origin.toLowerCase() === ownOrigin.toLowerCase()) return "same";
  return rules.allowedOrigins.has(origin.toLowerCase()) ? "allowed" : "refused";
}

/** Whether a control request carries the control token: "ok", or the status to answer (401 none, 403 a wrong one). */
export function controlAccess(req: http.IncomingMessage, controlToken: string): "ok" | 401 | 403 {
  const given = req.headers[EMULATOR_CONTROL_HEADER.toLowerCase()];
  if (typeof given !== "string" || given === "") return 401;
  const a = Buffer.from(given);
  const b = Buffer.from(controlToken);
  return a.length === b.length && timingSafeEqual(a, b) ? "ok" : 403;
}

/** Whether the browser itself says this request comes from a page of the same origin (Fetch Metadata). */
export function fromSameOriginPage(req: http.IncomingMessage): boolean {
  return req.headers["sec-fetch-site"] === "same-origin";
}
