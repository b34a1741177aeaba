// A mail server given as a URL on the command line — `--smtp smtps://user@host`, `--imap imaps://user@host` — read
// into parts, by the same rules for every protocol: a password in the URL is refused (command lines are visible to
// other programs and kept in shell history) and never echoed, even when the URL parser refuses the text; no path,
// query or fragment; host names as the socket wants them.

export interface ServerAddress {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (smtps:, imaps:); otherwise the connection is upgraded with STARTTLS. */
  readonly implicitTls: boolean;
  /** The login name, or null when the URL names none. */
  readonly user: string | null;
}

export type ServerUrlProblem = "not-a-url" | "scheme" | "password-in-url" | "no-host" | "extra-parts";

export type ServerUrlResult = { readonly ok: true; readonly server: ServerAddress } | { readonly ok: false; readonly problem: ServerUrlProblem };

/** The protocol's two schemes, e.g. "smtp" (STARTTLS) and "smtps" (TLS), and their default ports. */
export interface ServerScheme {
  readonly name: string;
  readonly plainPort: number;
  readonly tlsPort: number;
}

export function parseServerUrl(text: string, scheme: ServerScheme): ServerUrlResult {
  const plain = `${scheme.name}:`;
  const tls = `${scheme.name}s:`;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    // A URL the parser refuses may still hold a password: say only that it is not a URL, never echo it.
    const withPassword = new RegExp(`^${scheme.name}s?://[^/@]*:[^/@]*@`, "i");
    return { ok: false, problem: withPassword.test(text.trim()) ? "password-in-url" : "not-a-url" };
  }
  if (url.password !== "") return { ok: false, problem: "password-in-url" };
  if (url.protocol !== plain && url.protocol !== tls) return { ok: false, problem: "scheme" };
  if (url.hostname === "") return { ok: false, problem: "no-host" };
  if ((url.pathname !== "" && url.pathname !== "/") || url.search !== "" || url.hash !== "") return { ok: false, problem: "extra-parts" };
  const implicitTls = url.protocol === tls;
  return {
    ok: true,
    server: {
      host: hostName(url.hostname),
      port: url.port === "" ? (implicitTls ? scheme.tlsPort : scheme.plainPort) : Number(url.port),
      implicitTls,
      user: url.username === "" ? null : safeDecode(url.username),
    },
  };
}

/** "mail.example.de:587" — for messages; never the URL as typed. */
export const describeServer = (server: Pick<ServerAddress, "host" | "port">): string =>
  `${server.host.includes(":") ? `[${server.host}]` : server.host}:${server.port}`;

/** URLs of other schemes (smtp:, imap:) keep host names percent-encoded and IPv6 literals bracketed; the socket wants neither. */
function hostName(raw: string): string {
  if (raw.startsWith("[") && raw.endsWith("]")) return raw.slice(1, -1);
  const decoded = safeDecode(raw);
  if (/^[\x21-\x7e]*$/.test(decoded)) return decoded.toLowerCase();
  try {
    return new URL(`http://${decoded}/`).hostname; // an internationalised name in its ASCII (punycode) form
  } catch {
    return decoded;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
