// The SMTP password (and the mailbox's, for `drafts --imap`): from RUNDMAIL_SMTP_PASSWORD (RUNDMAIL_IMAP_PASSWORD),
// or typed at a prompt without echo. Never from the command line, never printed, never written to disk; it lives in
// this process's memory only.
import type { ReadStream } from "node:tty";
import type { Lang } from "../../i18n";
import { describeImapServer, type ImapServerAddress } from "../../gateways/imap/imapUrl";
import { describeServer, type SmtpServerAddress } from "../../gateways/smtp/smtpUrl";
import { UsageError } from "../inputs";
import { say } from "../strings";

export const PASSWORD_VARIABLE = "RUNDMAIL_SMTP_PASSWORD";

export class PromptCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "PromptCancelled";
  }
}

/** null when the server is used without a login. */
export async function smtpPassword(
  server: SmtpServerAddress,
  env: Readonly<Record<string, string | undefined>>,
  lang: Lang,
): Promise<string | null> {
  if (server.user === null) return null;
  const fromEnv = env[PASSWORD_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const stdin = process.stdin as ReadStream;
  if (!stdin.isTTY) throw new UsageError(say(lang, "passwordNoTerminal", { user: server.user }));
  const typed = await askHidden(stdin, say(lang, "passwordPrompt", { user: server.user, server: describeServer(server) }));
  if (typed === "") throw new UsageError(say(lang, "passwordEmpty"));
  return typed;
}

export const IMAP_PASSWORD_VARIABLE = "RUNDMAIL_IMAP_PASSWORD";

/** The mailbox password for `drafts --imap`: from RUNDMAIL_IMAP_PASSWORD, or typed without echo; IMAP always logs in. */
export async function imapPassword(server: ImapServerAddress, env: Readonly<Record<string, string | undefined>>, lang: Lang): Promise<string> {
  const fromEnv = env[IMAP_PASSWORD_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  const stdin = process.stdin as ReadStream;
  if (!stdin.isTTY) throw new UsageError(say(lang, "imapPasswordNoTerminal", { user: server.user }));
  const typed = await askHidden(stdin, say(lang, "passwordPrompt", { user: server.user, server: describeImapServer(server) }));
  if (typed === "") throw new UsageError(say(lang, "imapPasswordEmpty"));
  return typed;
}

/** Reads one line from the terminal in raw mode, so nothing typed is shown. The prompt goes to stderr. */
function askHidden(stdin: ReadStream, prompt: string): Promise<string> {
  // Raw mode (no echo) before the prompt appears: whatever is typed after seeing it is never shown.
  stdin.setRawMode(true);
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = "";
    const done = (error: Error | null): void => {
      stdin.removeListener("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer): void => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return done(null);
        if (char === "\u0003") return done(new PromptCancelled()); // Ctrl-C
        if (char === "\u0004" && typed === "") return done(null); // Ctrl-D
        if (char === "\u007f" || char === "\b") typed = [...typed].slice(0, -1).join("");
        else if (char >= " ") typed += char;
      }
    };
    stdin.resume();
    stdin.on("data", onData);
  });
}
