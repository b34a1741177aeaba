// `--imap imaps://user@host:993` (TLS from the first byte) or `imap://user@host:143` (STARTTLS, required), read into
// parts. As for --smtp, a password in the URL is refused: command lines are visible to other programs and kept in
// shell history. IMAP always needs a login, so the user is required.
import { hostName, safeDecode } from "../smtp/smtpUrl";

export interface ImapServerAddress {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (imaps://); otherwise the connection must be upgraded with STARTTLS. */
  readonly implicitTls: boolean;
  readonly user: string;
}

export type ImapUrlProblem = "not-a-url" | "scheme" | "password-in-url" | "no-host" | "no-user" | "extra-parts";

export type ImapUrlResult = { readonly ok: true; readonly server: ImapServerAddress } | { readonly ok: false; readonly problem: ImapUrlProblem };

const DEFAULT_PORT = { "imap:": 143, "imaps:": 993 } as const;

export function parseImapUrl(text: string): ImapUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    // A URL the parser refuses may still hold a password: say only that it is not a URL, never echo it.
    return { ok: false, problem: /^imaps?:\/\/[^/@]*:[^/@]*@/i.test(text.trim()) ? "password-in-url" : "not-a-url" };
  }
  if (url.password !== "") return { ok: false, problem: "password-in-url" };
  const scheme = url.protocol;
  if (scheme !== "imap:" && scheme !== "imaps:") return { ok: false, problem: "scheme" };
  if (url.hostname === "") return { ok: false, problem: "no-host" };
  if ((url.pathname !== "" && url.pathname !== "/") || url.search !== "" || url.hash !== "") return { ok: false, problem: "extra-parts" };
  if (url.username === "") return { ok: false, problem: "no-user" };
  return {
    ok: true,
    server: {
      host: hostName(url.hostname),
      port: url.port === "" ? DEFAULT_PORT[scheme] : Number(url.port),
      implicitTls: scheme === "imaps:",
      user: safeDecode(url.username),
    },
  };
}

/** "imap.example.de:993" — for messages; never the URL as typed. */
export const describeImapServer = (server: Pick<ImapServerAddress, "host" | "port">): string =>
  `${server.host.includes(":") ? `[${server.host}]` : server.host}:${server.port}`;
