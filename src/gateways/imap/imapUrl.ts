// `--imap imaps://user@host:993` (TLS from the first byte) or `imap://user@host:143` (STARTTLS, required), read into
// parts by the rules every server URL follows (../serverUrl.ts). IMAP always needs a login, so the user is required.
import { parseServerUrl, type ServerAddress, type ServerUrlProblem } from "../serverUrl";

export { describeServer as describeImapServer } from "../serverUrl";

export interface ImapServerAddress extends ServerAddress {
  readonly user: string;
}

export type ImapUrlProblem = ServerUrlProblem | "no-user";

export type ImapUrlResult = { readonly ok: true; readonly server: ImapServerAddress } | { readonly ok: false; readonly problem: ImapUrlProblem };

export function parseImapUrl(text: string): ImapUrlResult {
  const parsed = parseServerUrl(text, { name: "imap", plainPort: 143, tlsPort: 993 });
  if (!parsed.ok) return parsed;
  const { user } = parsed.server;
  return user === null ? { ok: false, problem: "no-user" } : { ok: true, server: { ...parsed.server, user } };
}
