// SMTP as a DraftGateway, so that `rundmail send` runs on the one run engine (core/run/startRun) like the pane's
// gateways. The transport (smtpGateway.ts) sends one message over one connection; this adapter turns a rendered row
// into that message, takes its slot from the run's one rate limiter (core/run/pace.ts), and answers as startRun
// expects: "created" when the server accepted it, "failed" when it certainly did not deliver it, and a throw when the
// whole message was handed over and no answer came (the outcome is unknown: never retried, never "failed").
//
// The gateway marks its attempts itself (`marksAttempts`): the ledger's "attempted" is written just before the first
// byte leaves, so a connection or login that fails leaves no doubt. Every answer is kept per key (`answerOf`) with
// what the CLI's journal and report need beyond startRun's outcome: the server's words, refused copies, the time.
import { privacyBreach } from "../../core/privacy/privacy";
import { rowMessage } from "../../core/run/messages";
import { reasonOf } from "../../core/run/reason";
import type { Pace } from "../../core/run/pace";
import type { CreateResult, DraftGateway, GatewayCall, OutgoingDraft } from "../../core/run/types";
import type { Lang } from "../../i18n";
import { letterOf, type EmlAttachment } from "../eml/composeEml";
import type { Mailbox, MailSender, OutgoingMessage, SendResult } from "./types";

/** What the server said to one try at one key (a Ctrl-C before anything left is no answer). */
export type SmtpAnswer = { readonly at: string; readonly result: Exclude<SendResult, { kind: "interrupted" }> };

export interface SmtpDraftGatewayOptions {
  readonly sender: MailSender;
  readonly from: Mailbox;
  /** The same for every try at one key and unique to this mailing, so a mail system can tell a resent message. */
  readonly messageId: (key: string) => string;
  /** The run's rate limiter: a slot is taken before each try. */
  readonly pace: Pace;
  readonly lang: Lang;
  /** After each accepted message, with the bytes that were sent (--save-sent). */
  readonly onSent?: (draft: OutgoingDraft, eml: string) => void;
  /** The answers' time stamps; default now. */
  readonly now?: () => number;
}

export interface SmtpDraftGateway extends DraftGateway {
  readonly id: "smtp";
  /** The latest answer for a key, or undefined while none came. */
  answerOf(key: string): SmtpAnswer | undefined;
  /** Says goodbye to the server. */
  close(): Promise<void>;
}

/** Thrown when the message was handed over whole and no answer came: startRun then reports it as "may exist". */
export class SmtpNoAnswer extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "SmtpNoAnswer";
  }
}

export function createSmtpDraftGateway(options: SmtpDraftGatewayOptions): SmtpDraftGateway {
  const { sender, lang } = options;
  const now = options.now ?? Date.now;
  const answers = new Map<string, SmtpAnswer>();
  const failed = (code: string, message: string, transient: boolean): CreateResult => ({ status: "failed", transient, code, message });

  async function create(draft: OutgoingDraft, signal?: AbortSignal, call?: GatewayCall): Promise<CreateResult> {
    const breach = privacyBreach(draft);
    if (breach !== null) return failed("privacy-rule", rowMessage("privacy-rule", lang, { breach }), false);
    const stop = signal ?? new AbortController().signal;
    let attachments: EmlAttachment[];
    try {
      attachments = await Promise.all(draft.attachments.map(async (file) => ({ name: file.name, bytes: await file.bytes() })));
    } catch (error) {
      return failed("run-attachment-unreadable", reasonOf(error), false);
    }
    const message: OutgoingMessage = { ...letterOf(draft), from: options.from, attachments, messageId: options.messageId(draft.key) };
    const interrupted = (): CreateResult => failed("run-cancelled", rowMessage("run-cancelled", lang), true);
    if (!(await options.pace.take(stop))) return interrupted();

    let marked = false;
    let result: SendResult;
    try {
      result = await sender.send(message, {
        signal: stop,
        announce: async () => {
          await call?.attempting?.();
          marked = true;
        },
      });
    } catch (error) {
      // The ledger could not be written: nothing left, and nothing may leave without it.
      if (!marked) return failed("run-ledger-failed", rowMessage("run-ledger-failed", lang, { reason: reasonOf(error) }), false);
      throw error;
    }
    if (result.kind === "interrupted") return interrupted();
    answers.set(draft.key, { at: new Date(now()).toISOString(), result });
    switch (result.kind) {
      case "sent":
        options.onSent?.(draft, result.eml);
        return { status: "created", ref: result.response };
      case "unknown":
        throw new SmtpNoAnswer(result.reason);
      case "transient":
        return failed(smtpCode(result.code), result.reason, true);
      case "permanent":
        return failed(smtpCode(result.code), result.reason, false);
    }
  }

  return {
    id: "smtp",
    concurrency: 1, // one connection, one message at a time: exactly-once rests on knowing which one was in flight
    marksAttempts: true,
    create,
    answerOf: (key) => answers.get(key),
    close: () => sender.close(),
  };
}

const smtpCode = (code: number | null): string => (code === null ? "smtp-connection" : `smtp-${code}`);
