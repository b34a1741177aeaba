// Everything about `rundmail send` that can be checked before a connection is made: the server URL, the sender,
// the archive address, the extra certificate authority. Mistakes are usage errors (exit 2) in the user's words.
import { readFileSync } from "node:fs";
import { parseAddressCell } from "../../core/recipients";
import type { EmailAddress } from "../../core/types";
import type { Lang } from "../../i18n";
import { parseSmtpUrl, type SmtpServerAddress, type SmtpUrlProblem } from "../../gateways/smtp/smtpUrl";
import type { Mailbox } from "../../gateways/smtp/types";
import { UsageError } from "../inputs";
import type { SendOptions } from "../options";
import { say, type TextKey } from "../strings";

export interface SendSetup {
  readonly server: SmtpServerAddress;
  readonly from: Mailbox;
  /** --archive-bcc; when null, the template's Bcc line (if any) is the archive address. */
  readonly archive: EmailAddress | null;
  readonly extraCa: readonly string[];
  readonly requireTls: boolean;
}

const URL_PROBLEMS: Record<SmtpUrlProblem, TextKey> = {
  "not-a-url": "smtpNotUrl",
  scheme: "smtpNotUrl",
  "no-host": "smtpNotUrl",
  "password-in-url": "smtpPasswordInUrl",
  "extra-parts": "smtpExtraParts",
};

export function sendSetup(options: SendOptions, lang: Lang): SendSetup {
  const parsed = parseSmtpUrl(options.smtp);
  if (!parsed.ok) throw new UsageError(say(lang, URL_PROBLEMS[parsed.problem])); // never echoes the URL: it may hold a password
  const server = parsed.server;
  return {
    server,
    from: sender(options.from, server.user, lang),
    archive: options.archiveBcc === undefined ? null : oneAddress(options.archiveBcc, "archiveInvalid", lang).address,
    extraCa: options.ca === undefined ? [] : [readCa(options.ca, lang)],
    requireTls: !options.insecure,
  };
}

function sender(from: string | undefined, user: string | null, lang: Lang): Mailbox {
  if (from !== undefined) return oneAddress(from, "fromInvalid", lang);
  const login = user === null ? null : parseAddressCell(user);
  if (login?.kind === "one") return { address: login.address, name: null };
  throw new UsageError(user === null ? say(lang, "fromMissingNoUser") : say(lang, "fromMissing", { user }));
}

function oneAddress(value: string, problem: TextKey, lang: Lang): { address: EmailAddress; name: string | null } {
  const cell = parseAddressCell(value);
  if (cell.kind !== "one") throw new UsageError(say(lang, problem, { value }));
  return { address: cell.address, name: cell.name };
}

/** --ca's file, checked to hold a PEM certificate (send and drafts --imap). */
export function readCa(path: string, lang: Lang): string {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = say(lang, code === "EACCES" || code === "EPERM" ? "notAllowed" : "notFound");
    throw new UsageError(say(lang, "cannotRead", { what: say(lang, "caWord"), path, reason }));
  }
  if (!text.includes("-----BEGIN CERTIFICATE-----")) throw new UsageError(say(lang, "caNotPem", { path }));
  return text;
}
