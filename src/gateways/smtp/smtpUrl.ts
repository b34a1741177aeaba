// `--smtp smtp://user@host:587` (STARTTLS) or `smtps://user@host:465` (TLS from the first byte), read into parts.
// A password in the URL is refused: command lines are visible to other programs and kept in shell history.

export interface SmtpServerAddress {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (smtps://); otherwise the connection is upgraded with STARTTLS. */
  readonly implicitTls: boolean;
  /** The login name, or null for a server that takes mail without a login (a local relay). */
  readonly user: string | null;
}

export type SmtpUrlProblem = "not-a-url" | "scheme" | "password-in-url" | "no-host" | "extra-parts";

export type SmtpUrlResult =
  | { readonly ok: true; readonly server: SmtpServerAddress }
  | { readonly ok: false; readonly problem: SmtpUrlProblem };

const DEFAULT_PORT = { "smtp:": 587, "smtps:": 465 } as const;

export function parseSmtpUrl(text: string): SmtpUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    // A URL the parser refuses may still hold a password: say only that it is not a URL, never echo it.
    return { ok: false, problem: /^smtps?:\/\/[^/@]*:[^/@]*@/i.test(text.trim()) ? "password-in-url" : "not-a-url" };
  }
  if (url.password !== "") return { ok: false, problem: "password-in-url" };
  const scheme = url.protocol;
  if (scheme !== "smtp:" && scheme !== "smtps:") return { ok: false, problem: "scheme" };
  if (url.hostname === "") return { ok: false, problem: "no-host" };
  if ((url.pathname !== "" && url.pathname !== "/") || url.search !== "" || url.hash !== "") {
    return { ok: false, problem: "extra-parts" };
  }
  const user = url.username === "" ? null : safeDecode(url.username);
  return {
    ok: true,
    server: {
      host: hostName(url.hostname),
      port: url.port === "" ? DEFAULT_PORT[scheme] : Number(url.port),
      implicitTls: scheme === "smtps:",
      user,
    },
  };
}

/** "smtp.example.de:587" — for messages; never the URL as typed. */
export const describeServer = (server: SmtpServerAddress): string =>
  `${server.host.includes(":") ? `[${server.host}]` : server.host}:${server.port}`;

/** URLs of other schemes (smtp:, imap:) keep host names percent-encoded and IPv6 literals bracketed; the socket wants neither. */
export function hostName(raw: string): string {
  if (raw.startsWith("[") && raw.endsWith("]")) return raw.slice(1, -1);
  const decoded = safeDecode(raw);
  if (/^[\x21-\x7e]*$/.test(decoded)) return decoded.toLowerCase();
  try {
    return new URL(`http://${decoded}/`).hostname; // an internationalised name in its ASCII (punycode) form
  } catch {
    return decoded;
  }
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
