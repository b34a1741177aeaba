// Microsoft Graph: real drafts in the user's mailbox, or sent messages (browser-safe: global fetch, no Node APIs).
// One create = POST /me/messages (in Drafts), tagged with the RundmailKey extended property; small attachments go
// inline while the request's JSON stays under 3,000,000 bytes, the rest separately (POST attachments while that
// request stays under it, else an upload session in 320 KiB-multiple chunks, up to 150 MB): requestSize.ts. A second property, RundmailComplete = "1", says the draft has all its
// files: set at creation when everything went inline, else PATCHed after the last attachment. A draft with the key
// but without it was left half-made (the pane closed mid-upload): lookUp deletes it and answers "not found", so the
// run creates the row again (a leftover that cannot be deleted makes lookUp throw: "not found" would leave it beside
// the new draft). Of two complete drafts with one key lookUp keeps the older: the other is a create that landed after
// the run had looked. Send mode creates the same complete draft, then POSTs /send, paced 2 s apart (30/min).
//
// Answers, as startRun expects them: "failed" only when certainly nothing was created (429/503 with Retry-After,
// other 5xx and 4xx on the create; a draft whose attachments failed is deleted again first) — and in send mode when
// the draft exists but could not be sent (the message says so; a retry finds that draft and sends it, never a
// second copy, because send mode always looks for the key before creating). A create whose answer never came
// (network, lost response, timeout) throws: the run then looks (lookUp) before trying again.
// Getting the token (MSAL, nested app authentication) is the caller's: `getToken`, and `refreshToken` after a 401.
import { addressKey, toEmailAddress } from "../../core/recipients/address";
import { addressOfKey } from "../../core/run/key";
import { privacyBreach } from "../../core/privacy/privacy";
import type { IssueCode } from "../../core/issues/codes";
import { reasonOf, rowMessage } from "../../core/run/messages";
import { DEFAULT_RATE_PER_MINUTE, intervalFor, pace } from "../../core/run/pace";
import type { CreateResult, DraftGateway, GatewayCall, LookUpResult, OutgoingDraft, RunThrottle } from "../../core/run/types";
import type { FindingParams, Lang } from "../../core/types";
import { fileAttachmentJson, jsonBytes, placeAttachments, recipientJson as recipient } from "./requestSize";
import { isSizeRefusal } from "./sizeRefusal";

/** The fixed property set of Rundmail's idempotency tag; never change it, or resumed runs stop finding drafts. */
export const RUNDMAIL_PROPERTY_SET = "{5c2e8f3a-8b1d-4e57-9a64-0d3f2b7c91e4}";
export const RUNDMAIL_KEY_PROPERTY = `String ${RUNDMAIL_PROPERTY_SET} Name RundmailKey`;
/** "1" once the draft has every attachment; without it a tagged draft is a leftover of an interrupted create. */
export const RUNDMAIL_COMPLETE_PROPERTY = `String ${RUNDMAIL_PROPERTY_SET} Name RundmailComplete`;
/**
 * Set on a draft just before its /send: Exchange sends after the 202, and a message can look like a draft for a
 * while (the Outbox, Exchange's pacing). A draft with this mark may have gone out: Rundmail never sends it again.
 */
export const RUNDMAIL_SENDING_PROPERTY = `String ${RUNDMAIL_PROPERTY_SET} Name RundmailSending`;

const KIB = 1024;
const MB = 1024 * 1024;
export const LARGE_ATTACHMENT_LIMIT = 150 * MB;
/** 10 × 320 KiB = 3.125 MiB: a multiple of 320 KiB and under 4 MB. */
export const UPLOAD_CHUNK = 10 * 320 * KIB;
/** Exchange Online sends at most 30 messages a minute per mailbox. */
export const SEND_INTERVAL_MS = intervalFor(DEFAULT_RATE_PER_MINUTE);
export const REQUEST_TIMEOUT_MS = 60_000;
/** Tries for each request after the draft exists (attachments, the complete mark, /send), honouring Retry-After. */
const ATTACHMENT_ATTEMPTS = 4;
const SEND_ATTEMPTS = 4;
const MAX_INNER_WAIT_MS = 30_000;
/** More than one draft per key should never happen; a handful is enough to see and clean up every one. */
const LOOKUP_TOP = 10;

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
}

export interface GraphGateway extends DraftGateway {
  readonly id: "graph";
  readonly mode: GraphMode;
  lookUp(key: string, signal?: AbortSignal, call?: GatewayCall): Promise<LookUpResult>;
}

/** A Graph answer that is not a success. */
class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly graphCode: string,
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
    this.name = "GraphFailure";
  }
  get transient(): boolean {
    return this.status === 429 || this.status >= 500;
  }
  /** Graph's limit said "not now" (429, 503) — not the daily send quota, whose wait is hours (dailyLimit.ts). */
  get throttled(): boolean {
    return (this.status === 429 || this.status === 503) && !QUOTA_CODE.test(this.graphCode);
  }
  get reason(): string {
    return `${this.status} ${this.graphCode}: ${this.message}`;
  }
}

/** The request got no answer in time (its message is already in the user's language). */
class GraphTimeout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GraphTimeout";
  }
}

/** No token could be had (getToken rejected). */
class TokenFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "TokenFailure";
  }
}

/** Retry-After: seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The fastest base64 encoder this runtime has: Uint8Array#toBase64 (current browsers), Node's Buffer, else btoa. */
type NativeBase64 = { toBase64?: (this: Uint8Array) => string };
type BufferLike = { from(bytes: Uint8Array): { toString(encoding: "base64"): string } };
const nativeToBase64 = (Uint8Array.prototype as NativeBase64).toBase64;
const nodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/**
 * Base64 in the browser and in Node. btoa over a binary string costs ~5 ms per 100 KB in Node (it is written in
 * JavaScript there): with four requests in flight that alone kept a run at 80% of Graph's ceiling.
 */
export function toBase64(bytes: Uint8Array): string {
  if (nativeToBase64) return nativeToBase64.call(bytes);
  if (nodeBuffer) return nodeBuffer.from(bytes).toString("base64");
  let out = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    out += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(out);
}

/** OData string literal: single quotes doubled. */
const odataString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
/** Graph may give a property id back in another case or spacing than it was written. */
const sameProperty = (a: unknown, b: string): boolean =>
  typeof a === "string" && a.replace(/\s+/g, " ").trim().toLowerCase() === b.toLowerCase();
const messagePath = (id: string): string => `/me/messages/${encodeURIComponent(id)}`;
/** Graph's send quota errors (the mailbox's daily recipient limit, or its submission quota). */
const QUOTA_CODE = /quota|ratelimit|recipientlimit/i;

interface Session {
  token: string;
}

/** What the mailbox holds for one key, after leftovers were cleaned up. */
type Reconciled =
  | { readonly kind: "none" }
  /** "sending": a draft whose /send was started; it may have gone out. `untouched`: one To, the row's, at most one Cc. */
  | { readonly kind: "draft" | "sent" | "sending"; readonly id: string; readonly to: Recipients; readonly untouched: boolean };

/** Whom a message goes to: for the messages in Rundmail's words, and the recipients counted toward the daily limit. */
interface Recipients {
  readonly key: string;
  readonly address: string;
  readonly recipients: number;
}

/** The outcome of sending an existing draft. `maybeSent`: the answer never came, so it may have gone out. */
type SendOutcome = { readonly ok: true } | { readonly ok: false; readonly result: CreateResult; readonly maybeSent: boolean };

interface ReadFile {
  readonly name: string;
  readonly contentType: string | undefined;
  readonly bytes: Uint8Array;
}

export function createGraphGateway(options: GraphGatewayOptions): GraphGateway {
  const baseUrl = (options.baseUrl ?? "https://graph.microsoft.com/v1.0").replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, init));
  const lang = options.lang;
  const mode: GraphMode = options.mode ?? "drafts";
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? (() => Date.now());
  const timeoutMs = positive(options.requestTimeoutMs, REQUEST_TIMEOUT_MS);
  const sendInterval = positive(options.sendIntervalMs, SEND_INTERVAL_MS);
  const say = (code: IssueCode, params?: FindingParams): string => rowMessage(code, lang, params);
  /**
   * The run's throttle gate, found by the run's signal: every request of a create or look-up carries that signal,
   * so the helpers that retry (attachments, upload chunks, reconcile, /send) need no parameter of their own for it.
   */
  const throttles = new WeakMap<AbortSignal, RunThrottle>();
  const throttleOf = (signal: AbortSignal | undefined): RunThrottle | undefined => (signal === undefined ? undefined : throttles.get(signal));
  const joinRun = (signal: AbortSignal | undefined, call: GatewayCall | undefined): void => {
    if (signal !== undefined && call?.throttle !== undefined) throttles.set(signal, call.throttle);
  };

  async function openSession(): Promise<Session> {
    try {
      return { token: await options.getToken() };
    } catch (error) {
      throw new TokenFailure(reasonOf(error));
    }
  }

  async function refresh(session: Session): Promise<void> {
    try {
      session.token = await (options.refreshToken ?? options.getToken)();
    } catch (error) {
      throw new TokenFailure(reasonOf(error));
    }
  }

  /**
   * One fetch with its own time limit, the body read inside it (a body can stall too). The caller's signal still
   * cancels; a fetch that ignores its signal is given up all the same (the race), so a run never hangs on one row.
   */
  async function timed(url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<{ res: Response; text: string }> {
    const controller = new AbortController();
    let timedOut = false;
    let stop = (): void => undefined;
    const stopped = new Promise<never>((_resolve, reject) => {
      stop = () => reject(controller.signal.reason);
    });
    stopped.catch(() => undefined);
    const onAbort = (): void => {
      controller.abort(signal?.reason);
      stop();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      stop();
    }, timeoutMs);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
    try {
      return await Promise.race([
        (async () => {
          const res = await doFetch(url, { ...init, signal: controller.signal });
          return { res, text: await res.text() };
        })(),
        stopped,
      ]);
    } catch (error) {
      if (timedOut && !signal?.aborted) throw new GraphTimeout(say("graph-timeout", { seconds: Math.ceil(timeoutMs / 1000) }));
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  function failureOf(res: Response, text: string): GraphFailure {
    let code = `HTTP ${res.status}`;
    let message = res.statusText || code;
    try {
      const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code === "string") code = body.error.code;
      if (typeof body.error?.message === "string" && body.error.message.trim() !== "") message = body.error.message;
    } catch {
      // not JSON: the status line says enough
    }
    const retry = res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get("Retry-After")) : undefined;
    return new GraphFailure(res.status, code, message, retry);
  }

  /**
   * One request to Graph (auth header added), its JSON answer (undefined when empty). A 401 asks for a fresh token
   * once and tries again once (a token can expire mid-run). Rejects with GraphFailure, GraphTimeout, TokenFailure,
   * or the fetch error.
   */
  async function graph(session: Session, method: string, path: string, body: unknown, signal?: AbortSignal): Promise<unknown> {
    const json = body === undefined ? undefined : JSON.stringify(body);
    for (let refreshed = false; ; refreshed = true) {
      const { res, text } = await timed(
        `${baseUrl}${path}`,
        {
          method,
          headers: { Authorization: `Bearer ${session.token}`, ...(json === undefined ? {} : { "Content-Type": "application/json" }) },
          ...(json === undefined ? {} : { body: json }),
        },
        signal,
      );
      if (res.status === 401 && !refreshed) {
        await refresh(session);
        continue;
      }
      if (!res.ok) throw failureOf(res, text);
      if (text.trim() === "") return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // A success whose body cannot be read (cut off, a proxy's page) may have done its work: that is no answer.
        throw new Error("Graph's answer could not be read");
      }
    }
  }

  /**
   * A request made after the draft exists: retried on 429/5xx (Retry-After honoured) and on a timeout, a few times;
   * in a run, a throttle (429/503) instead waits at the run's throttle gate for as long as it lasts, uncounted.
   * `landed` is asked after a timeout whether the request took effect after all; then it is not sent again. Nor is
   * it when it has not: not there yet is no proof it will not come (a server carries out what it has received, late
   * or not), and sending it again could add the file twice. The timeout goes up to the caller, which gives the draft
   * up (deletes it: whatever still arrives finds it gone) and lets the row be made again whole.
   */
  async function withRetries<T>(attempt: () => Promise<T>, signal?: AbortSignal, landed?: () => Promise<boolean>): Promise<T | undefined> {
    const throttle = throttleOf(signal);
    for (let n = 1; ; n += 1) {
      const ticket = throttle?.ticket() ?? 0;
      try {
        return await attempt();
      } catch (error) {
        if (signal?.aborted) throw error;
        // The mailbox's limit, with a run around: the draft exists, so wait with the whole run for as long as the
        // limit holds (not counted as a try) rather than give the draft up — deleting it would be throttled too.
        if (throttle !== undefined && error instanceof GraphFailure && error.throttled) {
          if (!(await throttle.throttled(ticket, error.retryAfterMs))) throw error;
          n -= 1;
          continue;
        }
        if (error instanceof GraphTimeout) {
          if (landed) {
            if (await landed()) return undefined;
            throw error;
          }
        } else if (!(error instanceof GraphFailure && error.transient)) throw error;
        if (n >= ATTACHMENT_ATTEMPTS) throw error;
        const wait = error instanceof GraphFailure ? error.retryAfterMs : undefined;
        // Trying before the time Graph named only spends the budget again (the 150 MB per 5 minutes comes back
        // slowly): a long wait goes up to the run, which waits it out for the whole row.
        if (wait !== undefined && wait > MAX_INNER_WAIT_MS) throw error;
        await sleep(wait ?? 500 * 2 ** (n - 1));
      }
    }
  }

  async function uploadLarge(session: Session, messageId: string, file: ReadFile, signal?: AbortSignal): Promise<void> {
    const { name, contentType, bytes } = file;
    const upload = (await withRetries(
      () =>
        graph(
          session,
          "POST",
          `${messagePath(messageId)}/attachments/createUploadSession`,
          { AttachmentItem: { attachmentType: "file", name, size: bytes.length, ...(contentType ? { contentType } : {}) } },
          signal,
        ),
      signal,
    )) as { uploadUrl?: unknown } | undefined;
    if (typeof upload?.uploadUrl !== "string") throw new GraphFailure(502, "NoUploadUrl", "the upload session has no uploadUrl", undefined);
    const uploadUrl = upload.uploadUrl;
    for (let start = 0; start < bytes.length; start += UPLOAD_CHUNK) {
      const end = Math.min(start + UPLOAD_CHUNK, bytes.length) - 1;
      const chunk = bytes.slice(start, end + 1);
      // A chunk that timed out and did arrive makes the retry answer 416 (Learn, "Upload large files with an upload
      // session": a fragment the server already received is answered 416 Requested Range Not Satisfiable), or 404
      // after the last chunk (the session is gone once the file is whole — what our emulator does; Learn does not
      // say, and either way the row is only made again). Graph's refusal is then our own lost answer, not the draft's fault: the
      // file fails as "busy" (transient), the draft is deleted and the row tried again whole — never a draft with a
      // broken file, never a row given up for it.
      let timedOut = false;
      await withRetries(async () => {
        try {
          // The uploadUrl is pre-authenticated: no Authorization header (Graph may answer 401 to one).
          const { res, text } = await timed(
            uploadUrl,
            { method: "PUT", headers: { "Content-Type": "application/octet-stream", "Content-Range": `bytes ${start}-${end}/${bytes.length}` }, body: chunk },
            signal,
          );
          if (!res.ok) throw failureOf(res, text);
        } catch (error) {
          if (error instanceof GraphTimeout) timedOut = true;
          else if (timedOut && error instanceof GraphFailure && (error.status === 416 || error.status === 404)) {
            throw new Error(`${error.reason} (a chunk whose answer timed out had arrived)`, { cause: error });
          }
          throw error;
        }
      }, signal);
    }
  }

  /** After a POST /attachments timed out: is the file on the draft after all (one more of that name than before)? */
  async function attachmentLanded(session: Session, messageId: string, name: string, sameNameBefore: number, signal?: AbortSignal): Promise<boolean> {
    const query = new URLSearchParams({ $select: "id,name" });
    const body = (await graph(session, "GET", `${messagePath(messageId)}/attachments?${query.toString()}`, undefined, signal)) as { value?: { name?: unknown }[] } | undefined;
    return (body?.value ?? []).filter((a) => a.name === name).length > sameNameBefore;
  }

  /** What exists for this key: complete drafts, sent messages; half-made drafts are deleted on the way. */
  async function reconcile(session: Session, key: string, signal?: AbortSignal): Promise<Reconciled> {
    const query = new URLSearchParams({
      $filter: `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(RUNDMAIL_KEY_PROPERTY)} and ep/value eq ${odataString(key)})`,
      $select: "id,isDraft,createdDateTime,toRecipients,ccRecipients,bccRecipients",
      $expand: `singleValueExtendedProperties($filter=id eq ${odataString(RUNDMAIL_COMPLETE_PROPERTY)} or id eq ${odataString(RUNDMAIL_SENDING_PROPERTY)})`,
      $top: String(LOOKUP_TOP),
    });
    // URLSearchParams writes a space as "+"; Graph's docs ask for %20 (a literal "+" is already %2B).
    // Throttled like any request (a 429 or 503 here is no answer about the draft): retried, honouring Retry-After.
    const path = `/me/messages?${query.toString().replace(/\+/g, "%20")}`;
    const body = (await withRetries(() => graph(session, "GET", path, undefined, signal), signal)) as
      | { value?: unknown }
      | undefined;
    const found = (Array.isArray(body?.value) ? (body.value as unknown[]) : []).map((item) => {
      const m = (item ?? {}) as {
        id?: unknown;
        isDraft?: unknown;
        createdDateTime?: unknown;
        singleValueExtendedProperties?: unknown;
        toRecipients?: unknown;
        ccRecipients?: unknown;
        bccRecipients?: unknown;
      };
      if (typeof m.id !== "string") throw new Error("Graph listed a message without an id");
      // Without isDraft Rundmail cannot tell a draft from a sent message: it would rather ask than send twice.
      if (typeof m.isDraft !== "boolean") throw new Error("Graph did not say whether the message is still a draft");
      const props = Array.isArray(m.singleValueExtendedProperties) ? (m.singleValueExtendedProperties as { id?: unknown; value?: unknown }[]) : [];
      const complete = props.some((p) => sameProperty(p?.id, RUNDMAIL_COMPLETE_PROPERTY) && p?.value === "1");
      const sending = props.some((p) => sameProperty(p?.id, RUNDMAIL_SENDING_PROPERTY) && p?.value === "1");
      const count = (list: unknown): number => (Array.isArray(list) ? list.length : 0);
      const first = Array.isArray(m.toRecipients) ? (m.toRecipients[0] as { emailAddress?: { address?: unknown } } | undefined) : undefined;
      const to: Recipients = {
        key,
        address: typeof first?.emailAddress?.address === "string" ? first.emailAddress.address : "",
        recipients: Math.max(1, count(m.toRecipients) + count(m.ccRecipients) + count(m.bccRecipients)),
      };
      const untouched = count(m.toRecipients) === 1 && count(m.ccRecipients) <= 1 && sameAddressAsKey(to.address, key);
      const created = typeof m.createdDateTime === "string" ? m.createdDateTime : "";
      return { id: m.id, isDraft: m.isDraft, complete, sending, to, untouched, created };
    });
    // A sent message is never deleted, complete or not (the user may have sent a half-made draft by hand): the
    // recipient has it, so the row is done.
    const sent = found.find((m) => !m.isDraft);
    // Complete drafts, oldest first: a second one (a create that landed after the run had looked) is a copy.
    const complete = found.filter((m) => m.isDraft && m.complete).sort((a, b) => a.created.localeCompare(b.created));
    const keep = sent ? undefined : complete[0];
    const leftovers = found.filter((m) => m.isDraft && m !== keep && !m.sending);
    for (const leftover of leftovers) {
      try {
        await withRetries(() => graph(session, "DELETE", messagePath(leftover.id), undefined, signal), signal);
      } catch (error) {
        // 404: gone already (a DELETE whose answer was lost). Anything else: it is still there, and "none" would be
        // untrue — the row would be created beside it and both would stay. No answer instead: the row is in doubt.
        if (!(error instanceof GraphFailure && error.status === 404)) throw error;
      }
    }
    if (sent) return { kind: "sent", id: sent.id, to: sent.to, untouched: sent.untouched };
    if (keep) return { kind: keep.sending ? "sending" : "draft", id: keep.id, to: keep.to, untouched: keep.untouched };
    const sending = found.find((m) => m.isDraft && m.sending);
    if (sending) return { kind: "sending", id: sending.id, to: sending.to, untouched: sending.untouched };
    return { kind: "none" };
  }

  /** Sends wait for their slot: one every sendInterval across all workers (the run's one limiter, core/run/pace.ts). */
  const sendPace = pace(sendInterval, { now, sleep: (ms) => sleep(ms) });
  async function sendSlot(): Promise<void> {
    await sendPace.take();
  }

  async function sendDraft(session: Session, messageId: string, to: Recipients, signal?: AbortSignal): Promise<SendOutcome> {
    const fail = (code: IssueCode, reason: string, maybeSent = false): SendOutcome => ({
      ok: false,
      maybeSent,
      result: { status: "failed", transient: false, code, message: say(code, { address: to.address, reason }) },
    });
    const mark = (value: "1" | "0"): Promise<unknown> =>
      withRetries(() => graph(session, "PATCH", messagePath(messageId), { singleValueExtendedProperties: [{ id: RUNDMAIL_SENDING_PROPERTY, value }] }, signal), signal);
    try {
      await mark("1");
    } catch (error) {
      if (signal?.aborted) throw error;
      return fail("graph-send-failed", reasonOf(error));
    }
    /** Certainly not sent: the mark goes again (best effort), so that a later run may send the draft. */
    const refused = async (code: IssueCode, reason: string): Promise<SendOutcome> => {
      try {
        await mark("0");
      } catch {
        // The mark stays: a later run then reports "may have gone out" instead of sending — cautious, not wrong.
      }
      return fail(code, reason);
    };
    const throttle = throttleOf(signal);
    for (let attempt = 1; ; attempt += 1) {
      await sendSlot();
      if (signal?.aborted) throw new Error(say("run-cancelled-maybe-created"));
      const ticket = throttle?.ticket() ?? 0;
      try {
        await graph(session, "POST", `${messagePath(messageId)}/send`, undefined, signal);
        notifySent(to);
        return { ok: true };
      } catch (error) {
        if (signal?.aborted) throw error;
        if (error instanceof GraphFailure) {
          // The daily quota comes as a 429 whose Retry-After can be hours: no use waiting here, the run says when.
          if (QUOTA_CODE.test(error.graphCode)) return refused("graph-send-quota", error.reason);
          // 429 and 503 mean "not now": nothing was done. Other 5xx may come after the message went out.
          if (error.status === 429 || error.status === 503) {
            // With a run around, a throttled /send waits with the whole run (not counted as a try).
            if (throttle !== undefined) {
              if (await throttle.throttled(ticket, error.retryAfterMs)) {
                attempt -= 1;
                continue;
              }
              return refused("graph-send-failed", error.reason);
            }
            if (attempt < SEND_ATTEMPTS) {
              await sleep(Math.min(error.retryAfterMs ?? 1000 * 2 ** (attempt - 1), MAX_INNER_WAIT_MS));
              continue;
            }
            return refused("graph-send-failed", error.reason);
          }
          if (error.status >= 500) return fail("graph-send-no-answer", error.reason, true);
          return refused("graph-send-failed", error.reason);
        }
        if (error instanceof TokenFailure) return refused("graph-send-failed", error.reason);
        // No answer: it may have gone out. Never sent again: the Sending mark stays on the draft.
        return fail("graph-send-no-answer", reasonOf(error), true);
      }
    }
  }

  function notifySent(to: Recipients): void {
    try {
      options.onSent?.({ key: to.key, at: now(), recipients: to.recipients });
    } catch {
      // A listener's error cannot undo a send.
    }
  }

  async function create(draft: OutgoingDraft, signal?: AbortSignal, call?: GatewayCall): Promise<CreateResult> {
    joinRun(signal, call);
    const breach = privacyBreach(draft);
    if (breach !== null) return { status: "failed", transient: false, code: "privacy-rule", message: say("privacy-rule", { breach }) };
    if (signal?.aborted) return { status: "failed", transient: true, code: "run-cancelled", message: say("run-cancelled") };

    const files: ReadFile[] = [];
    for (const file of draft.attachments) {
      try {
        files.push({ name: file.name, contentType: file.contentType, bytes: await file.bytes() });
      } catch (error) {
        return { status: "failed", transient: false, code: "run-attachment-unreadable", message: say("run-attachment-unreadable", { name: file.name, reason: reasonOf(error) }) };
      }
    }
    const tooLarge = files.find((f) => f.bytes.length > LARGE_ATTACHMENT_LIMIT);
    if (tooLarge) {
      return { status: "failed", transient: false, code: "graph-attachment-too-large", message: say("graph-attachment-too-large", { name: tooLarge.name }) };
    }

    let session: Session;
    try {
      session = await openSession();
    } catch (error) {
      return { status: "failed", transient: false, code: "graph-no-token", message: say("graph-no-token", { reason: reasonOf(error) }) };
    }

    if (mode === "send") {
      // Sending is paced to 2 s a message, so one look per row costs nothing, and it makes every retry safe: a
      // draft left by a failed send is sent, a message already sent is not sent again — whatever the ledger knows.
      let existing: Reconciled;
      try {
        existing = await reconcile(session, draft.key, signal);
      } catch (error) {
        return nothingCreated(error);
      }
      if (existing.kind === "sent") return { status: "created", ref: existing.id };
      if (existing.kind === "sending") return maybeSent(draft.to);
      if (existing.kind === "draft") {
        if (!existing.untouched) return changedDraft(draft.to);
        return sent(await sendDraft(session, existing.id, recipientsOf(draft), signal), existing.id);
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
    const separate = [...placement.post, ...placement.upload];
    const message = {
      ...fields(separate.length === 0),
      ...(inline.length === 0 ? {} : { attachments: inline.map((f) => fileAttachmentJson(f, toBase64(f.bytes))) }),
    };

    let messageId: string;
    try {
      const created = (await graph(session, "POST", "/me/messages", message, signal)) as { id?: unknown } | undefined;
      if (typeof created?.id !== "string") throw new Error(say("graph-no-message-id"));
      messageId = created.id;
    } catch (error) {
      // 429 and 503 say "not now" and 4xx "not so": nothing was created. Another 5xx (a 500, a gateway's 502/504)
      // may come after the draft was stored — like no answer at all, the run looks before trying again.
      if (error instanceof GraphFailure && (error.status === 429 || error.status === 503 || error.status < 500)) return failed(error);
      if (error instanceof TokenFailure) return { status: "failed", transient: false, code: "graph-no-token", message: say("graph-no-token", { reason: error.reason }) };
      throw error; // no answer (network, lost response, timeout): the draft may exist; startRun looks before retrying
    }

    if (separate.length > 0) {
      try {
        const placed = [...inline];
        for (const f of separate) {
          const sameNameBefore = placed.filter((p) => p.name === f.name).length;
          if (placement.post.includes(f)) {
            await withRetries(
              () => graph(session, "POST", `${messagePath(messageId)}/attachments`, fileAttachmentJson(f, toBase64(f.bytes)), signal),
              signal,
              // A POST that timed out may have attached the file: look, so that it is never attached twice.
              () => attachmentLanded(session, messageId, f.name, sameNameBefore, signal),
            );
          } else {
            await uploadLarge(session, messageId, f, signal);
          }
          placed.push(f);
        }
        await withRetries(
          () => graph(session, "PATCH", messagePath(messageId), { singleValueExtendedProperties: [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }] }, signal),
          signal,
        );
      } catch (error) {
        // A draft without all its files is not this row's draft: remove it, so that trying again makes exactly one.
        try {
          await withRetries(() => graph(session, "DELETE", messagePath(messageId), undefined), undefined);
        } catch (deleteError) {
          // 404: an earlier try (whose answer was lost) deleted it already.
          if (!(deleteError instanceof GraphFailure && deleteError.status === 404)) {
            // The half-made draft is still there: the run must look (and lookUp deletes it) before creating again.
            throw new Error(say("graph-incomplete-draft", { reason: reasonOf(error), address: draft.to }), { cause: deleteError });
          }
        }
        return nothingCreated(error);
      }
    }

    if (mode === "send") return sent(await sendDraft(session, messageId, recipientsOf(draft), signal), messageId);
    return { status: "created", ref: messageId };
  }

  function maybeSent(address: string): Extract<CreateResult, { status: "failed" }> {
    return { status: "failed", transient: false, code: "graph-send-no-answer", message: say("graph-send-no-answer", { address, reason: say("graph-send-started") }) };
  }

  function changedDraft(address: string): Extract<CreateResult, { status: "failed" }> {
    return { status: "failed", transient: false, code: "graph-draft-changed", message: say("graph-draft-changed", { address }) };
  }

  function sent(outcome: SendOutcome, messageId: string): CreateResult {
    return outcome.ok ? { status: "created", ref: messageId } : outcome.result;
  }

  /** A failure after which certainly no message exists for the row. */
  function nothingCreated(error: unknown): CreateResult {
    if (error instanceof GraphFailure) return failed(error);
    if (error instanceof TokenFailure) return { status: "failed", transient: false, code: "graph-no-token", message: say("graph-no-token", { reason: error.reason }) };
    return { status: "failed", transient: true, code: "graph-busy", message: say("graph-busy", { reason: reasonOf(error) }) };
  }

  function failed(error: GraphFailure): CreateResult {
    const reason = error.reason;
    if (error.transient) {
      return {
        status: "failed",
        transient: true,
        code: "graph-busy",
        message: say("graph-busy", { reason }),
        ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
        // Graph's limit, not the row: the run pauses as a whole and does not count the try (startRun.ts).
        ...(error.throttled ? { throttled: true } : {}),
      };
    }
    if (error.status === 401) return { status: "failed", transient: false, code: "graph-no-token", message: say("graph-no-token", { reason }) };
    // Too large for the mailbox: for good, whichever request was refused (the draft was deleted again before this).
    if (isSizeRefusal(error.status, error.graphCode)) {
      return { status: "failed", transient: false, code: "graph-message-too-large", message: say("graph-message-too-large", { reason }) };
    }
    return { status: "failed", transient: false, code: "graph-refused", message: say("graph-refused", { reason }) };
  }

  async function lookUp(key: string, signal?: AbortSignal, call?: GatewayCall): Promise<LookUpResult> {
    joinRun(signal, call);
    const session = await openSession();
    const state = await reconcile(session, key, signal);
    if (state.kind === "none") return { found: false };
    if (state.kind === "sent" || mode === "drafts") return { found: true, ref: state.id };
    // A send was started and its outcome is unknown, or the draft was changed by hand: never sent automatically.
    if (state.kind === "sending") throw new Error(maybeSent(state.to.address).message);
    if (!state.untouched) throw new Error(changedDraft(state.to.address).message);
    // Send mode, a complete draft that was never sent: send it now, then the row is done.
    const outcome = await sendDraft(session, state.id, state.to, signal);
    if (outcome.ok) return { found: true, ref: state.id };
    // It may have gone out: the run reports "no answer" and never sends it again blindly.
    if (outcome.maybeSent) throw new Error(outcome.result.status === "failed" ? outcome.result.message : "no answer");
    // Certainly not sent: "not found" makes the run call create, which finds this draft, tries once more and
    // reports a failure in full (the draft waits in Drafts).
    return { found: false };
  }

  return { id: "graph", mode, concurrency: 4, create, lookUp };
}

/**
 * Whether the draft's To is the address its key was made for. Both sides in addressKey's form (core/run/key.ts):
 * Graph may give an internationalised domain back as it was written, the key holds it in ASCII.
 */
function sameAddressAsKey(address: string, key: string): boolean {
  const valid = toEmailAddress(address);
  return valid !== null && addressKey(valid) === addressOfKey(key).toLowerCase();
}

function recipientsOf(draft: OutgoingDraft): Recipients {
  return { key: draft.key, address: draft.to, recipients: 1 + draft.cc.length + draft.bcc.length };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
