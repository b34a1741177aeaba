// Before a run: connect once, log in, and find the folder. Whatever goes wrong here would go wrong for every row
// (wrong password, no TLS, no such folder), so it ends the command with one clear message instead of a failed row
// each. The answer is data: the opened mailbox, or the issue code and its params.
import type { IssueCode } from "../../core/issues/codes";
import { scrubSecrets } from "../smtp/scrubSecrets";
import { classifyImapError } from "./classifyImapError";
import { chooseDraftsFolder, USUAL_DRAFTS_NAMES } from "./draftsFolder";
import type { ImapMailbox } from "./imapMailbox";

export type OpenedFolder =
  | { readonly ok: true; readonly mailbox: ImapMailbox; readonly folder: string; readonly how: "special-use" | "name" | "named" }
  | { readonly ok: false; readonly code: IssueCode; readonly params: Readonly<Record<string, string>> };

export interface OpenFolderInput {
  readonly connect: () => Promise<ImapMailbox>;
  /** --folder, if given. */
  readonly wanted?: string | undefined;
  /** `\Drafts` (default) or `\Sent`, and the names to try without the mark. */
  readonly specialUse?: string;
  readonly names?: readonly string[];
  readonly user: string;
  /** "host:port". */
  readonly server: string;
  readonly secrets: readonly string[];
}

const PROBLEM_CODES = {
  login: "imap-login",
  certificate: "imap-certificate",
  tls: "imap-tls",
  connect: "imap-connect",
  lost: "imap-connect",
  folder: "imap-connect",
  "over-quota": "imap-connect",
  "too-big": "imap-connect",
  throttled: "imap-connect",
  refused: "imap-connect",
} as const satisfies Record<string, IssueCode>;

export async function openFolder(input: OpenFolderInput): Promise<OpenedFolder> {
  const base = { server: input.server, user: input.user };
  let mailbox: ImapMailbox;
  try {
    mailbox = await input.connect();
  } catch (error) {
    const problem = classifyImapError(error);
    return { ok: false, code: PROBLEM_CODES[problem.kind], params: { ...base, reason: scrubSecrets(problem.reason, input.secrets) } };
  }
  try {
    const listed = await mailbox.folders();
    const choice = chooseDraftsFolder(listed, input.wanted, input.specialUse ?? "\\Drafts", input.names ?? USUAL_DRAFTS_NAMES);
    if (choice.ok) return { ok: true, mailbox, folder: choice.path, how: choice.how };
    await mailbox.close();
    const folders = choice.folders.join(", ");
    return choice.problem === "missing"
      ? { ok: false, code: "imap-folder-missing", params: { ...base, folder: input.wanted ?? "", folders } }
      : { ok: false, code: input.specialUse === "\\Sent" ? "imap-no-sent-folder" : "imap-no-drafts-folder", params: { ...base, folders } };
  } catch (error) {
    await mailbox.close().catch(() => undefined);
    return { ok: false, code: "imap-connect", params: { ...base, reason: scrubSecrets(classifyImapError(error).reason, input.secrets) } };
  }
}
