// `send --save-sent-imap`: a copy of each sent message in the mailbox's Sent folder, flagged `\Seen`, exactly once —
// so that a Rundmail sent over SMTP shows in the user's mail program like any other mail.
//
// Exactly once by the Message-ID, which is fixed per mailing and row (sendCommand.ts): before each APPEND the folder
// is searched for it; an APPEND whose answer was lost is looked up before it is tried again. Copies are made one
// after another, beside the sending: the message as it was sent, right after the server accepted it. A copy that
// could not be made then (a kill between the two, a broken connection) is made by the next run of the same command:
// each run first makes sure every row sent before has its copy, rebuilt from the list as it was sent (same
// Message-ID, same Date, same content).
import { scrubSecrets } from "../../gateways/smtp/scrubSecrets";
import { classifyImapError } from "../../gateways/imap/classifyImapError";
import type { ImapMailbox } from "../../gateways/imap/imapMailbox";

export interface SentCopy {
  readonly key: string;
  readonly row: number;
  readonly to: string;
  readonly messageId: string;
}

export type CopyResult = { readonly status: "stored" | "there" } | { readonly status: "failed"; readonly reason: string };

export interface SentCopierOptions {
  readonly mailbox: ImapMailbox;
  readonly reconnect: () => Promise<ImapMailbox>;
  readonly folder: string;
  readonly secrets: readonly string[];
  /** Tries per copy when the connection breaks or the server says "not now"; default 3. */
  readonly tries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface SentCopier {
  /** Queues one copy; `message` is read when its turn comes (a rebuilt copy is made only when it is missing). */
  enqueue(copy: SentCopy, message: () => string | Promise<string>): void;
  /** Waits for every queued copy; the result of each key so far. */
  drain(): Promise<ReadonlyMap<string, { readonly copy: SentCopy; readonly result: CopyResult }>>;
  close(): Promise<void>;
}

export function createSentCopier(options: SentCopierOptions): SentCopier {
  const tries = options.tries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const results = new Map<string, { copy: SentCopy; result: CopyResult }>();
  let mailbox: ImapMailbox | null = options.mailbox;
  let chain: Promise<void> = Promise.resolve();

  async function connection(): Promise<ImapMailbox> {
    if (mailbox !== null && mailbox.usable) return mailbox;
    void mailbox?.close().catch(() => undefined);
    mailbox = null;
    mailbox = await options.reconnect();
    return mailbox;
  }

  async function copyOne(copy: SentCopy, message: () => string | Promise<string>): Promise<CopyResult> {
    let reason = "";
    for (let attempt = 1; attempt <= tries; attempt += 1) {
      try {
        const open = await connection();
        // Looked up before every try: the try before may have stored it although its answer was lost.
        if ((await open.findHeader(options.folder, "Message-ID", copy.messageId)) !== null) return { status: attempt === 1 ? "there" : "stored" };
        await open.append(options.folder, await message(), ["\\Seen"]);
        return { status: "stored" };
      } catch (error) {
        const problem = classifyImapError(error);
        reason = scrubSecrets(problem.reason, options.secrets);
        const again = problem.kind === "lost" || problem.kind === "connect" || problem.kind === "throttled" || (problem.kind === "refused" && problem.transient);
        if (!again) break;
        await sleep(problem.kind === "throttled" && problem.retryAfterMs !== undefined ? problem.retryAfterMs : 200 * 2 ** attempt);
      }
    }
    return { status: "failed", reason };
  }

  return {
    enqueue(copy, message) {
      chain = chain.then(async () => {
        let result: CopyResult;
        try {
          result = await copyOne(copy, message);
        } catch (error) {
          result = { status: "failed", reason: scrubSecrets((error as Error).message ?? String(error), options.secrets) };
        }
        results.set(copy.key, { copy, result });
      });
    },
    async drain() {
      await chain;
      return results;
    },
    async close() {
      await chain;
      const open = mailbox;
      mailbox = null;
      await open?.close().catch(() => undefined);
    },
  };
}
