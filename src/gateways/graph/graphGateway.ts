// Microsoft Graph: real drafts in the user's mailbox, or sent messages (browser-safe: global fetch, no Node APIs).
// One create = POST /me/messages (in Drafts), tagged with the RundmailKey extended property (properties.ts); small
// attachments go inline while the request's JSON stays under 3,000,000 bytes (requestSize.ts), the rest are added
// after it (attachments.ts). RundmailComplete = "1" says the draft has all its files: set at creation when
// everything went inline, else PATCHed after the last attachment. lookUp (reconcile.ts) finds the row's draft and
// removes half-made ones and late copies. Send mode creates the same complete draft, then sends it (send.ts).
//
// Answers, as startRun expects them: "failed" only when certainly nothing was created (429/503 with Retry-After,
// other 5xx and 4xx on the create; a draft whose attachments failed is deleted again first) — and in send mode when
// the draft exists but could not be sent (the message says so; a retry finds that draft and sends it, never a
// second copy, because send mode always looks for the key before creating). A create whose answer never came
// (network, lost response, timeout) throws: the run then looks (lookUp) before trying again.
// Getting the token (MSAL, nested app authentication) is the caller's: `getToken`, and `refreshToken` after a 401.
// Requests, their time limit and retries: request.ts, retries.ts; the run's throttle gate reaches them through
// the GraphCall each create or look-up makes from its GatewayCall.
import { privacyBreach } from "../../core/privacy/privacy";
import type { IssueCode } from "../../core/issues/codes";
import { rowMessage } from "../../core/run/messages";
import { reasonOf } from "../../core/run/reason";
import type { CreateResult, DraftGateway, GatewayCall, LookUpResult, OutgoingDraft } from "../../core/run/types";
import type { FindingParams } from "../../core/types";
import type { Lang } from "../../i18n";
import { changedDraft, failed, failedForGood, maybeSent, nothingCreated, sent } from "./answers";
import { LARGE_ATTACHMENT_LIMIT, attachSeparately } from "./attachments";
import { toBase64 } from "./base64";
import { RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_KEY_PROPERTY } from "./properties";
import { reconcile, type Reconciled } from "./reconcile";
import { GraphFailure, TokenFailure, createGraphClient, graph, messagePath, type GraphCall } from "./request";
import { fileAttachmentJson, jsonBytes, placeAttachments, recipientJson as recipient, type SizedFile } from "./requestSize";
import { withRetries } from "./retries";
import { SEND_INTERVAL_MS, createSender, recipientsOf } from "./send";

export const REQUEST_TIMEOUT_MS = 60_000;

export type GraphMode = "drafts" | "send";

export interface GraphGatewayOptions {
  readonly baseUrl?: string;
  readonly getToken: () => Promise<string>;
  /** After a 401: a fresh token (the token source drops its cached one). Default: getToken again. */
  readonly refreshToken?: () => Promise<string>;
  readonly lang: Lang;
  /** "drafts" (default) leaves the messages in Drafts; "send" sends each one after creating it. */
  readonly mode?: GraphMode;
  readonly fetch?: typeof fetch;
  /** Waits between retries and between sends; default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock that paces sends; default Date.now. */
  readonly now?: () => number;
  /** Each request is given up after this long (default 60 s). */
  readonly requestTimeoutMs?: number;
  /** Sends at least this far apart across all workers (default 2 s = 30 per minute). */
  readonly sendIntervalMs?: number;
  /** Called after each accepted /send (202), e.g. to count recipients toward the daily limit. */
  readonly onSent?: (sent: { readonly key: string; readonly at: number; readonly recipients: number }) => void;
  /**
   * Send mode: when the messages leave (ms since 1970); Exchange holds each in Drafts until then
   * (PidTagDeferredSendTime). Absent: at once.
   */
  readonly sendAt?: number;
}

export interface GraphGateway extends DraftGateway {
  readonly id: "graph";
  readonly mode: GraphMode;
  lookUp(key: string, signal?: AbortSignal, call?: GatewayCall): Promise<LookUpResult>;
}

export function createGraphGateway(options: GraphGatewayOptions): GraphGateway {
  const lang = options.lang;
  const mode: GraphMode = options.mode ?? "drafts";
  const say = (code: IssueCode, params?: FindingParams): string => rowMessage(code, lang, params);
  const client = createGraphClient({
    baseUrl: (options.baseUrl ?? "https://graph.microsoft.com/v1.0").replace(/\/+$/, ""),
    getToken: options.getToken,
    refreshToken: options.refreshToken ?? options.getToken,
    fetch: options.fetch ?? ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, init)),
    timeoutMs: positive(options.requestTimeoutMs, REQUEST_TIMEOUT_MS),
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    now: options.now ?? (() => Date.now()),
    say,
  });
  const sendDraft = createSender({
    intervalMs: positive(options.sendIntervalMs, SEND_INTERVAL_MS),
    clock: { now: client.now, sleep: (ms) => client.sleep(ms) },
    ...(options.onSent ? { onSent: options.onSent } : {}),
    ...(options.sendAt === undefined ? {} : { sendAt: options.sendAt }),
  });

  async function create(draft: OutgoingDraft, signal?: AbortSignal, run?: GatewayCall): Promise<CreateResult> {
    const breach = privacyBreach(draft);
    if (breach !== null) return failedForGood(say, "privacy-rule", { breach });
    if (signal?.aborted) return { status: "failed", transient: true, code: "run-cancelled", message: say("run-cancelled") };

    const files: SizedFile[] = [];
    for (const file of draft.attachments) {
      try {
        files.push({ name: file.name, contentType: file.contentType, bytes: await file.bytes() });
      } catch (error) {
        return failedForGood(say, "run-attachment-unreadable", { name: file.name, reason: reasonOf(error) });
      }
    }
    const tooLarge = files.find((f) => f.bytes.length > LARGE_ATTACHMENT_LIMIT);
    if (tooLarge) return failedForGood(say, "graph-attachment-too-large", { name: tooLarge.name });

    let call: GraphCall;
    try {
      call = { client, session: await client.openSession(), signal, throttle: run?.throttle };
    } catch (error) {
      return failedForGood(say, "graph-no-token", { reason: reasonOf(error) });
    }

    if (mode === "send") {
      // Sending is paced to 2 s a message, so one look per row costs nothing, and it makes every retry safe: a
      // draft left by a failed send is sent, a message already sent is not sent again — whatever the ledger knows.
      let existing: Reconciled;
      try {
        existing = await reconcile(call, draft.key);
      } catch (error) {
        return nothingCreated(say, error);
      }
      if (existing.kind === "sent") return { status: "created", ref: existing.id };
      if (existing.kind === "sending") return maybeSent(say, draft.to);
      if (existing.kind === "draft") {
        if (!existing.untouched) return changedDraft(say, draft.to);
        return sent(await sendDraft(call, existing.id, recipientsOf(draft)), existing.id);
      }
    }

    // Inline what fits in the create request, measured as the JSON it will be (requestSize.ts); with the complete
    // mark counted, whether it is set at creation or not.
    const fields = (complete: boolean) => ({
      subject: draft.subject,
      body: { contentType: "HTML", content: draft.html },
      toRecipients: [recipient(draft.to, draft.toName)],
      ccRecipients: draft.cc.map((a) => recipient(a)),
      bccRecipients: draft.bcc.map((a) => recipient(a)),
      singleValueExtendedProperties: [{ id: RUNDMAIL_KEY_PROPERTY, value: draft.key }, ...(complete ? [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] : [])],
    });
    const placement = placeAttachments(jsonBytes(fields(true)), files);
    const inline = placement.inline;
    const separately = placement.post.length + placement.upload.length > 0;
    const message = {
      ...fields(!separately),
      ...(inline.length === 0 ? {} : { attachments: inline.map((f) => fileAttachmentJson(f, toBase64(f.bytes))) }),
    };

    let messageId: string;
    try {
      const created = (await graph(call, "POST", "/me/messages", message)) as { id?: unknown } | undefined;
      if (typeof created?.id !== "string") throw new Error(say("graph-no-message-id"));
      messageId = created.id;
    } catch (error) {
      // 429 and 503 say "not now" and 4xx "not so": nothing was created. Another 5xx (a 500, a gateway's 502/504)
      // may come after the draft was stored — like no answer at all, the run looks before trying again.
      if (error instanceof GraphFailure && (error.status === 429 || error.status === 503 || error.status < 500)) return failed(say, error);
      if (error instanceof TokenFailure) return failedForGood(say, "graph-no-token", { reason: error.reason });
      throw error; // no answer (network, lost response, timeout): the draft may exist; startRun looks before retrying
    }

    if (separately) {
      try {
        await attachSeparately(call, messageId, placement);
      } catch (error) {
        // A draft without all its files is not this row's draft: remove it, so that trying again makes exactly one.
        // Even after a cancel, so not under the run's signal — nor at its throttle gate, which a cancel ends.
        const cleanup: GraphCall = { ...call, signal: undefined, throttle: undefined };
        try {
          await withRetries(cleanup, () => graph(cleanup, "DELETE", messagePath(messageId)));
        } catch (deleteError) {
          // 404: an earlier try (whose answer was lost) deleted it already.
          if (!(deleteError instanceof GraphFailure && deleteError.status === 404)) {
            // The half-made draft is still there: the run must look (and lookUp deletes it) before creating again.
            throw new Error(say("graph-incomplete-draft", { reason: reasonOf(error), address: draft.to }), { cause: deleteError });
          }
        }
        return nothingCreated(say, error);
      }
    }

    if (mode === "send") return sent(await sendDraft(call, messageId, recipientsOf(draft)), messageId);
    return { status: "created", ref: messageId };
  }

  async function lookUp(key: string, signal?: AbortSignal, run?: GatewayCall): Promise<LookUpResult> {
    const call: GraphCall = { client, session: await client.openSession(), signal, throttle: run?.throttle };
    const state = await reconcile(call, key);
    if (state.kind === "none") return { found: false };
    if (state.kind === "sent" || mode === "drafts") return { found: true, ref: state.id };
    // A send was started and its outcome is unknown, or the draft was changed by hand: never sent automatically.
    if (state.kind === "sending") throw new Error(maybeSent(say, state.to.address).message);
    if (!state.untouched) throw new Error(changedDraft(say, state.to.address).message);
    // Send mode, a complete draft that was never sent: send it now, then the row is done.
    const outcome = await sendDraft(call, state.id, state.to);
    if (outcome.ok) return { found: true, ref: state.id };
    // It may have gone out: the run reports "no answer" and never sends it again blindly.
    if (outcome.maybeSent) throw new Error(outcome.result.status === "failed" ? outcome.result.message : "no answer");
    // Certainly not sent: "not found" makes the run call create, which finds this draft, tries once more and
    // reports a failure in full (the draft waits in Drafts).
    return { found: false };
  }

  return { id: "graph", mode, concurrency: 4, create, lookUp };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
