// Microsoft Graph: real drafts in the user's mailbox (browser-safe: global fetch, no Node APIs).
// One create = POST /me/messages (in Drafts), tagged with the RundmailKey extended property; small attachments go
// inline while the request stays under ~3 MB, the rest separately (POST attachments under 3 MB, an upload session
// in 320 KiB-multiple chunks for 3–150 MB). lookUp finds a draft by its key with Graph's $filter on the property.
//
// Answers, as startRun expects them: "failed" only when certainly nothing was created (429/503 with Retry-After,
// other 5xx and 4xx on the create; a draft whose attachments failed is deleted again first). A create whose answer
// never came (network, lost response) throws: the run then looks (lookUp) before trying again.
// Getting the token (MSAL, nested app authentication) is the caller's: `getToken`.
import { privacyBreach } from "../../core/privacy/privacy";
import type { IssueCode } from "../../core/issues/codes";
import { reasonOf, rowMessage } from "../../core/run/messages";
import type { CreateResult, DraftGateway, LookUpResult, OutgoingDraft } from "../../core/run/types";
import type { FindingParams, Lang } from "../../core/types";

/** The fixed property set of Rundmail's idempotency tag; never change it, or resumed runs stop finding drafts. */
export const RUNDMAIL_PROPERTY_SET = "{5c2e8f3a-8b1d-4e57-9a64-0d3f2b7c91e4}";
export const RUNDMAIL_KEY_PROPERTY = `String ${RUNDMAIL_PROPERTY_SET} Name RundmailKey`;

const KIB = 1024;
const MB = 1024 * 1024;
/** Inline attachments while the create request's JSON stays under this. */
export const INLINE_REQUEST_LIMIT = 3 * MB - 64 * KIB;
/** POST /attachments takes files under 3 MB; from 3 MB on an upload session is needed. */
export const SMALL_ATTACHMENT_LIMIT = 3 * MB;
export const LARGE_ATTACHMENT_LIMIT = 150 * MB;
/** 10 × 320 KiB = 3.125 MiB: a multiple of 320 KiB and under 4 MB. */
export const UPLOAD_CHUNK = 10 * 320 * KIB;
/** Tries for each request after the draft exists (attachments), honouring Retry-After. */
const ATTACHMENT_ATTEMPTS = 4;
const MAX_INNER_WAIT_MS = 30_000;

export interface GraphGatewayOptions {
  readonly baseUrl?: string;
  readonly getToken: () => Promise<string>;
  readonly lang: Lang;
  readonly fetch?: typeof fetch;
  /** Waits between attachment retries; default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface GraphGateway extends DraftGateway {
  readonly id: "graph";
  lookUp(key: string, signal?: AbortSignal): Promise<LookUpResult>;
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
}

/** Retry-After: seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Base64 without Buffer (works in the browser and in Node). */
export function toBase64(bytes: Uint8Array): string {
  let out = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    out += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(out);
}

const base64Length = (n: number): number => Math.ceil(n / 3) * 4;
const recipient = (address: string, name?: string | null): { emailAddress: { address: string; name?: string } } => ({
  emailAddress: name ? { address, name } : { address },
});
/** OData string literal: single quotes doubled. */
const odataString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function createGraphGateway(options: GraphGatewayOptions): GraphGateway {
  const baseUrl = (options.baseUrl ?? "https://graph.microsoft.com/v1.0").replace(/\/+$/, "");
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const lang = options.lang;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const say = (code: IssueCode, params?: FindingParams): string => rowMessage(code, lang, params);

  async function failureOf(res: Response): Promise<GraphFailure> {
    let code = `HTTP ${res.status}`;
    let message = res.statusText || code;
    try {
      const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code === "string") code = body.error.code;
      if (typeof body.error?.message === "string" && body.error.message.trim() !== "") message = body.error.message;
    } catch {
      // not JSON: the status line says enough
    }
    const retry = res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers.get("Retry-After")) : undefined;
    return new GraphFailure(res.status, code, message, retry);
  }

  /** One request to Graph (auth header added). Rejects with GraphFailure on an error status, or the fetch error. */
  async function graph(token: string, method: string, path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
    const res = await doFetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
    if (!res.ok) throw await failureOf(res);
    return res;
  }

  /** A request made after the draft exists: retried on 429/5xx (Retry-After honoured), a few times. */
  async function withRetries<T>(attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let n = 1; ; n += 1) {
      try {
        return await attempt();
      } catch (error) {
        const retryable = error instanceof GraphFailure && error.transient;
        if (!retryable || n >= ATTACHMENT_ATTEMPTS || signal?.aborted) throw error;
        await sleep(Math.min(error.retryAfterMs ?? 500 * 2 ** (n - 1), MAX_INNER_WAIT_MS));
      }
    }
  }

  async function uploadLarge(token: string, messageId: string, name: string, contentType: string | undefined, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
    const sessionRes = await withRetries(
      () =>
        graph(
          token,
          "POST",
          `/me/messages/${encodeURIComponent(messageId)}/attachments/createUploadSession`,
          { AttachmentItem: { attachmentType: "file", name, size: bytes.length, ...(contentType ? { contentType } : {}) } },
          signal,
        ),
      signal,
    );
    const session = (await sessionRes.json()) as { uploadUrl?: unknown };
    if (typeof session.uploadUrl !== "string") throw new GraphFailure(502, "NoUploadUrl", "the upload session has no uploadUrl", undefined);
    const uploadUrl = session.uploadUrl;
    for (let start = 0; start < bytes.length; start += UPLOAD_CHUNK) {
      const end = Math.min(start + UPLOAD_CHUNK, bytes.length) - 1;
      const chunk = bytes.slice(start, end + 1);
      await withRetries(async () => {
        // The uploadUrl is pre-authenticated: no Authorization header (Graph may answer 401 to one).
        const res = await doFetch(uploadUrl, {
          method: "PUT",
          headers: { "Content-Type": "application/octet-stream", "Content-Range": `bytes ${start}-${end}/${bytes.length}` },
          body: chunk,
          ...(signal ? { signal } : {}),
        });
        if (!res.ok) throw await failureOf(res);
        await res.arrayBuffer();
      }, signal);
    }
  }

  async function create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult> {
    const breach = privacyBreach(draft);
    if (breach !== null) return { status: "failed", transient: false, code: "privacy-rule", message: say("privacy-rule", { breach }) };
    if (signal?.aborted) return { status: "failed", transient: true, code: "run-cancelled", message: say("run-cancelled") };

    const files: { name: string; contentType: string | undefined; bytes: Uint8Array }[] = [];
    for (const file of draft.attachments) {
      try {
        files.push({ name: file.name, contentType: file.contentType, bytes: await file.bytes() });
      } catch (error) {
        return { status: "failed", transient: false, code: "run-attachment-unreadable", message: say("run-attachment-unreadable", { name: file.name, reason: reasonOf(error) }) };
      }
    }
    const tooLarge = files.find((f) => f.bytes.length > LARGE_ATTACHMENT_LIMIT);
    if (tooLarge) {
      return { status: "failed", transient: false, code: "graph-refused", message: say("graph-refused", { reason: `${tooLarge.name}: more than 150 MB` }) };
    }

    let token: string;
    try {
      token = await options.getToken();
    } catch (error) {
      return { status: "failed", transient: false, code: "graph-no-token", message: say("graph-no-token", { reason: reasonOf(error) }) };
    }

    // Inline what fits: the message itself plus base64 attachments, under the inline limit.
    let budget = INLINE_REQUEST_LIMIT - (draft.html.length * 2 + draft.subject.length * 2 + 4 * KIB);
    const inline: typeof files = [];
    const separate: typeof files = [];
    for (const f of files) {
      const cost = base64Length(f.bytes.length) + f.name.length * 2 + 200;
      if (f.bytes.length < SMALL_ATTACHMENT_LIMIT && cost <= budget) {
        inline.push(f);
        budget -= cost;
      } else separate.push(f);
    }

    const message = {
      subject: draft.subject,
      body: { contentType: "HTML", content: draft.html },
      toRecipients: [recipient(draft.to, draft.toName)],
      ccRecipients: draft.cc.map((a) => recipient(a)),
      bccRecipients: draft.bcc.map((a) => recipient(a)),
      singleValueExtendedProperties: [{ id: RUNDMAIL_KEY_PROPERTY, value: draft.key }],
      ...(inline.length === 0
        ? {}
        : {
            attachments: inline.map((f) => ({
              "@odata.type": "#microsoft.graph.fileAttachment",
              name: f.name,
              ...(f.contentType ? { contentType: f.contentType } : {}),
              contentBytes: toBase64(f.bytes),
            })),
          }),
    };

    let messageId: string;
    try {
      const res = await graph(token, "POST", "/me/messages", message, signal);
      const created = (await res.json()) as { id?: unknown };
      if (typeof created.id !== "string") throw new Error("Graph answered without a message id");
      messageId = created.id;
    } catch (error) {
      if (error instanceof GraphFailure) return failed(error);
      throw error; // no answer: the draft may exist; startRun looks before retrying
    }

    try {
      for (const f of separate) {
        if (f.bytes.length < SMALL_ATTACHMENT_LIMIT) {
          await withRetries(
            () =>
              graph(
                token,
                "POST",
                `/me/messages/${encodeURIComponent(messageId)}/attachments`,
                { "@odata.type": "#microsoft.graph.fileAttachment", name: f.name, ...(f.contentType ? { contentType: f.contentType } : {}), contentBytes: toBase64(f.bytes) },
                signal,
              ),
            signal,
          );
        } else {
          await uploadLarge(token, messageId, f.name, f.contentType, f.bytes, signal);
        }
      }
    } catch (error) {
      // A draft without all its files is not this row's draft: remove it, so that trying again makes exactly one.
      try {
        await withRetries(() => graph(token, "DELETE", `/me/messages/${encodeURIComponent(messageId)}`, undefined), undefined);
      } catch {
        return { status: "failed", transient: false, code: "graph-incomplete-draft", message: say("graph-incomplete-draft", { reason: reasonOf(error), address: draft.to }) };
      }
      if (error instanceof GraphFailure) return failed(error);
      return { status: "failed", transient: true, code: "graph-busy", message: say("graph-busy", { reason: reasonOf(error) }) };
    }
    return { status: "created", ref: messageId };
  }

  function failed(error: GraphFailure): CreateResult {
    const reason = `${error.status} ${error.graphCode}: ${error.message}`;
    if (error.transient) {
      return {
        status: "failed",
        transient: true,
        code: "graph-busy",
        message: say("graph-busy", { reason }),
        ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
      };
    }
    if (error.status === 401) return { status: "failed", transient: false, code: "graph-no-token", message: say("graph-no-token", { reason }) };
    return { status: "failed", transient: false, code: "graph-refused", message: say("graph-refused", { reason }) };
  }

  async function lookUp(key: string, signal?: AbortSignal): Promise<LookUpResult> {
    const token = await options.getToken();
    const filter = `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(RUNDMAIL_KEY_PROPERTY)} and ep/value eq ${odataString(key)})`;
    const query = new URLSearchParams({ $filter: filter, $select: "id", $top: "1" });
    const res = await graph(token, "GET", `/me/messages?${query.toString()}`, undefined, signal);
    const body = (await res.json()) as { value?: { id?: unknown }[] };
    const first = body.value?.[0];
    return first ? { found: true, ref: typeof first.id === "string" ? first.id : null } : { found: false };
  }

  return { id: "graph", concurrency: 4, create, lookUp };
}
