// IMAP as a DraftGateway: one APPEND per row into the mailbox's Drafts folder, flagged `\Draft`, on the one run
// engine (core/run/startRun) like every other gateway.
//
// Exactly once, with the mailbox as the ledger: every draft carries its run key in a header (imapDraft.ts), and
// `mailboxLedger` answers the engine's "was this row created?" from the folder's keys, read when the run starts — so
// running the same command again, or after a kill, adds only what is missing, with nothing kept on disk. An APPEND whose
// answer was lost (the connection broke with the message on its way) is thrown, not answered "failed": the engine
// then asks `lookUp` before it tries again, and looks once more at the end (lateCopies.ts).
import { privacyBreach } from "../../core/privacy/privacy";
import type { IssueCode } from "../../core/issues/codes";
import { rowMessage } from "../../core/run/messages";
import { reasonOf } from "../../core/run/reason";
import type { CreateResult, DraftGateway, LookUpResult, OutgoingDraft, RunLedger } from "../../core/run/types";
import type { FindingParams } from "../../core/types";
import type { Lang } from "../../i18n";
import type { EmlAttachment } from "../eml/composeEml";
import { readAttachments } from "../eml/readAttachments";
import { scrubSecrets } from "../smtp/scrubSecrets";
import { classifyImapError, type ImapProblem } from "./classifyImapError";
import { composeImapDraft, keyToken } from "./imapDraft";
import type { ImapMailbox } from "./imapMailbox";

export interface ImapDraftGatewayOptions {
  /** The connection opened (and checked) before the run; reused until it breaks. */
  readonly mailbox: ImapMailbox;
  /** Opens a new connection after one broke. */
  readonly reconnect: () => Promise<ImapMailbox>;
  readonly folder: string;
  /** `\Draft` for drafts. */
  readonly flags: readonly string[];
  /** The login (for the Message-ID's domain and the messages). */
  readonly user: string;
  /** "host:port", for the messages. */
  readonly server: string;
  /** Every form in which the password may come back in a server's words (smtp/scrubSecrets.ts secretForms). */
  readonly secrets: readonly string[];
  readonly lang: Lang;
  readonly now?: () => Date;
  /** The message as appended; default composeImapDraft. */
  readonly compose?: (draft: OutgoingDraft, attachments: readonly EmlAttachment[], date: Date) => string;
  /** The first wait before a look-up is tried again (throttled, connection lost), doubling; default 500 ms. */
  readonly lookUpRetryMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Tries of one look-up: a "not now" or a broken connection should not cost a row its check. */
const LOOK_UP_TRIES = 3;

export interface ImapDraftGateway extends DraftGateway {
  readonly id: "imap";
  lookUp(key: string, signal?: AbortSignal): Promise<LookUpResult>;
  /** The key tokens of every draft in the folder, read in one go (keyToken of each run key). */
  knownKeys(): Promise<ReadonlySet<string>>;
  close(): Promise<void>;
}

/** Thrown when the APPEND's answer was lost: startRun looks the key up before it tries again. */
export class ImapNoAnswer extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "ImapNoAnswer";
  }
}

export function createImapDraftGateway(options: ImapDraftGatewayOptions): ImapDraftGateway {
  const { lang, folder } = options;
  const now = options.now ?? (() => new Date());
  const compose = options.compose ?? ((draft, attachments, date) => composeImapDraft({ draft, attachments, user: options.user, date }));
  let mailbox: ImapMailbox | null = options.mailbox;
  const retryMs = options.lookUpRetryMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const scrub = (text: string): string => scrubSecrets(text, options.secrets);
  const failed = (code: IssueCode, params: FindingParams, transient: boolean, extra: { readonly throttled?: boolean; readonly retryAfterMs?: number } = {}): CreateResult => ({
    status: "failed",
    transient,
    code,
    message: rowMessage(code, lang, params),
    ...extra,
  });

  /** The open connection, or a new one; a failure to connect says why, in the user's words. */
  async function connection(): Promise<ImapMailbox> {
    if (mailbox !== null && mailbox.usable) return mailbox;
    const old = mailbox;
    mailbox = null;
    void old?.close().catch(() => undefined);
    mailbox = await options.reconnect();
    return mailbox;
  }

  /** A problem that left nothing stored, as the row's answer. */
  function answerFor(problem: Exclude<ImapProblem, { kind: "lost" }>): CreateResult {
    const reason = scrub(problem.reason);
    const server = { server: options.server, user: options.user, reason };
    switch (problem.kind) {
      case "login":
        return failed("imap-login", server, false);
      case "certificate":
        return failed("imap-certificate", server, false);
      case "tls":
        return failed("imap-tls", server, false);
      case "connect":
        return failed("imap-connect", server, true);
      case "folder":
        // The folder was there when the run began: the server's own words say what happened to it.
        return failed("imap-refused", { reason }, false);
      case "over-quota":
        return failed("imap-over-quota", { reason }, false);
      case "too-big":
        return failed("imap-too-big", { reason }, false);
      case "throttled":
        return failed("imap-throttled", { reason }, true, { throttled: true, ...(problem.retryAfterMs !== undefined ? { retryAfterMs: problem.retryAfterMs } : {}) });
      case "refused":
        return failed("imap-refused", { reason }, problem.transient);
    }
  }

  async function create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult> {
    const breach = privacyBreach(draft);
    if (breach !== null) return failed("privacy-rule", { breach }, false);
    if (signal?.aborted) return failed("run-cancelled", {}, true);
    const read = await readAttachments(draft);
    if (!read.ok) return failed("run-attachment-unreadable", { name: read.name, reason: read.reason }, false);
    let message: string;
    try {
      message = compose(draft, read.attachments, now());
    } catch (error) {
      return failed("run-render-failed", { reason: reasonOf(error) }, false);
    }

    let open: ImapMailbox;
    try {
      open = await connection();
    } catch (error) {
      // Nothing was sent: no connection, no APPEND.
      const problem = classifyImapError(error);
      return answerFor(problem.kind === "lost" ? { kind: "connect", reason: problem.reason } : problem);
    }
    const size = Buffer.byteLength(message, "utf8");
    if (open.appendLimit !== null && size > open.appendLimit) return failed("imap-too-big", { size, limit: open.appendLimit }, false);
    if (signal?.aborted) return failed("run-cancelled", {}, true);

    try {
      const uid = await open.append(folder, message, options.flags);
      return { status: "created", ref: uid === null ? folder : `${folder} UID ${uid}` };
    } catch (error) {
      const problem = classifyImapError(error);
      // A tagged NO or BAD is the server's word that nothing was stored; anything else may have stored it.
      if (problem.kind === "lost" || problem.kind === "connect") throw new ImapNoAnswer(scrub(problem.reason));
      return answerFor(problem);
    }
  }

  async function lookUp(key: string, signal?: AbortSignal): Promise<LookUpResult> {
    const uid = await looking(signal, async () => (await connection()).findKey(folder, keyToken(key)));
    return uid === null ? { found: false } : { found: true, ref: `${folder} UID ${uid}` };
  }

  /** A look at the folder, tried again when the server says "not now" or the connection broke. */
  async function looking<T>(signal: AbortSignal | undefined, look: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      if (signal?.aborted) throw new Error("cancelled");
      try {
        return await look();
      } catch (error) {
        const problem = classifyImapError(error);
        const again = problem.kind === "throttled" || problem.kind === "lost" || problem.kind === "connect";
        // Thrown, never "not found": the engine then neither creates the row nor counts it as created.
        if (!again || attempt >= LOOK_UP_TRIES) throw new Error(scrub(problem.reason), { cause: error });
        await sleep(problem.kind === "throttled" && problem.retryAfterMs !== undefined ? problem.retryAfterMs : retryMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    id: "imap",
    concurrency: 1, // one connection, one APPEND at a time: the key look-up before each needs to see the one before
    create,
    lookUp,
    knownKeys: () => looking(undefined, async () => (await connection()).keysIn(folder)),
    async close() {
      const open = mailbox;
      mailbox = null;
      await open?.close();
    },
  };
}

/**
 * The mailbox as the run's ledger: "created" when the folder holds a draft with the key, nothing otherwise. What the
 * run writes is not kept — the drafts themselves are the record, and they are what the user sees and may delete.
 * The folder's keys are read once, when the run first asks (a search per row cost a round trip each); a row's own
 * APPEND whose answer was lost is looked up live by the engine (lookUp), not here.
 */
export function mailboxLedger(gateway: Pick<ImapDraftGateway, "knownKeys">): RunLedger {
  let known: Promise<ReadonlySet<string>> | null = null;
  return {
    get: async (key) => {
      known ??= gateway.knownKeys().catch((error: unknown) => {
        known = null; // not kept: the next row looks again
        throw error;
      });
      return (await known).has(keyToken(key)) ? "created" : undefined;
    },
    set: async () => undefined,
  };
}
