// A local stand-in for the part of Microsoft Graph v1.0 that Rundmail uses (test support, never shipped).
// One emulator is one mailbox. Shapes follow Microsoft's documentation:
//   POST /v1.0/me/messages                                    create a draft (201, the message)
//   GET  /v1.0/me/messages?$filter=singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')
//   POST /v1.0/me/messages/{id}/attachments                   a fileAttachment under 3 MB (201)
//   POST /v1.0/me/messages/{id}/attachments/createUploadSession  3–150 MB (201, uploadSession)
//   PUT  {uploadUrl}                                          chunks, Content-Range; 200 until the last, then 201
//   DELETE /v1.0/me/messages/{id}                             204
// Errors use Graph's body shape { error: { code, message, innerError } }. Limits enforced: a bearer token from
// `tokens`; 4 concurrent requests per mailbox (the fifth gets 429 ApplicationThrottled "Application is over its
// MailboxConcurrency limit." with Retry-After); request bodies over 4 MB get 413; upload chunks must be multiples of
// 320 KiB (but the last), under 4 MB, and start where the session expects (nextExpectedRanges is a single "{start}"
// for Outlook attachments) — else 416 (wrong start) or 400 (bad header/size). The uploadUrl is pre-authenticated: a
// request to it carrying Authorization gets 401, as the docs warn. Faults are injected per test through `faults`.
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export const KIB = 1024;
export const MB = 1024 * 1024;
const MAX_REQUEST_BYTES = 4 * MB;
const SMALL_ATTACHMENT_LIMIT = 3 * MB;
const LARGE_ATTACHMENT_LIMIT = 150 * MB;
const CHUNK_UNIT = 320 * KIB;
const FILE_ATTACHMENT = "#microsoft.graph.fileAttachment";
const PROPERTY_ID = /^String \{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\} Name \S+$/;

export interface GraphRecipient {
  readonly emailAddress: { readonly address: string; readonly name?: string };
}

export interface EmulatedAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string | null;
  readonly bytes: Buffer;
  /** How it came: inside the create request, a POST to attachments, or an upload session. */
  readonly via: "inline" | "post" | "upload";
}

export interface EmulatedDraft {
  readonly id: string;
  readonly subject: string;
  readonly body: { readonly contentType: string; readonly content: string };
  readonly toRecipients: readonly GraphRecipient[];
  readonly ccRecipients: readonly GraphRecipient[];
  readonly bccRecipients: readonly GraphRecipient[];
  readonly extendedProperties: readonly { readonly id: string; readonly value: string }[];
  readonly attachments: EmulatedAttachment[];
  /** The create request's body, parsed, exactly as it came. */
  readonly raw: unknown;
  readonly createdDateTime: string;
}

export interface GraphFaults {
  /** Every request waits this long (ms) before it is handled, while it counts as in flight. */
  latencyMs: number;
  /** The next N requests (to /v1.0) get 429 with this Retry-After (seconds). */
  throttleNext: number;
  throttleRetryAfterSeconds: number;
  /** When set, throttleNext counts (and throttles) only requests whose method and path ("POST /v1.0/…") match. */
  throttleOnly: RegExp | null;
  /** The next N requests (to /v1.0) get 503 Service Unavailable, with Retry-After when set (seconds). */
  unavailableNext: number;
  unavailableRetryAfterSeconds: number | null;
  /** The next N successful draft creations store the draft and then destroy the socket: the answer is lost. */
  loseNextCreates: number;
}

export interface GraphEmulatorOptions {
  /** Bearer tokens accepted. Default ["test-token"]. */
  readonly tokens?: readonly string[];
  /** Concurrent requests per mailbox; the next one gets 429. Default 4 (Graph's limit). */
  readonly maxConcurrent?: number;
  /** Retry-After (seconds) on a concurrency 429. Default 1. */
  readonly concurrencyRetryAfterSeconds?: number;
}

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export interface GraphEmulator {
  /** e.g. http://127.0.0.1:43123/v1.0 */
  readonly baseUrl: string;
  readonly drafts: EmulatedDraft[];
  readonly faults: GraphFaults;
  readonly tokens: Set<string>;
  readonly log: RequestLogEntry[];
  /** The most requests that were in flight at once (throttled ones not counted). */
  readonly maxInFlight: number;
  readonly throttledForConcurrency: number;
  close(): Promise<void>;
}

interface UploadSession {
  readonly draft: EmulatedDraft;
  readonly name: string;
  readonly contentType: string | null;
  readonly size: number;
  readonly parts: Buffer[];
  received: number;
  expires: number;
}

class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function startGraphEmulator(options: GraphEmulatorOptions = {}): Promise<GraphEmulator> {
  const tokens = new Set(options.tokens ?? ["test-token"]);
  const maxConcurrent = options.maxConcurrent ?? 4;
  const drafts: EmulatedDraft[] = [];
  const sessions = new Map<string, UploadSession>();
  const log: RequestLogEntry[] = [];
  const faults: GraphFaults = {
    latencyMs: 0,
    throttleNext: 0,
    throttleRetryAfterSeconds: 1,
    throttleOnly: null,
    unavailableNext: 0,
    unavailableRetryAfterSeconds: null,
    loseNextCreates: 0,
  };
  let inFlight = 0;
  let maxInFlight = 0;
  let throttledForConcurrency = 0;
  let origin = "";

  function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { ...(text ? { "Content-Type": "application/json" } : {}), ...headers });
    res.end(text);
  }

  function sendError(res: http.ServerResponse, error: GraphError): void {
    send(
      res,
      error.status,
      { error: { code: error.code, message: error.message, innerError: { date: new Date().toISOString(), "request-id": randomUUID(), "client-request-id": randomUUID() } } },
      error.headers,
    );
  }

  function readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks)));
      req.on("error", reject);
    });
  }

  function requireToken(req: http.IncomingMessage): void {
    const header = req.headers.authorization ?? "";
    const match = /^Bearer (\S+)$/.exec(header);
    if (!match || !tokens.has(match[1] as string)) {
      throw new GraphError(401, "InvalidAuthenticationToken", header ? "Access token validation failure. Invalid audience." : "Access token is empty.");
    }
  }

  function json(body: Buffer): Record<string, unknown> {
    if (body.length > MAX_REQUEST_BYTES) throw new GraphError(413, "RequestEntityTooLarge", "The request body is too large.");
    try {
      const parsed: unknown = JSON.parse(body.toString("utf8"));
      if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // below
    }
    throw new GraphError(400, "RequestBodyRead", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.");
  }

  function recipients(value: unknown, field: string): GraphRecipient[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new GraphError(400, "RequestBodyRead", `Invalid value for property '${field}'.`);
    return value.map((r: unknown) => {
      const email = (r as { emailAddress?: { address?: unknown; name?: unknown } } | null)?.emailAddress;
      if (typeof email?.address !== "string" || !/^[^\s@]+@[^\s@]+$/.test(email.address)) {
        throw new GraphError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid.");
      }
      return { emailAddress: { address: email.address, ...(typeof email.name === "string" ? { name: email.name } : {}) } };
    });
  }

  function fileAttachment(value: unknown, via: "inline" | "post"): EmulatedAttachment {
    const a = (value ?? {}) as Record<string, unknown>;
    if (a["@odata.type"] !== FILE_ATTACHMENT) {
      throw new GraphError(400, "RequestBodyRead", `A type named '${String(a["@odata.type"])}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
    }
    if (typeof a["name"] !== "string" || a["name"] === "") throw new GraphError(400, "ErrorInvalidRequest", "The attachment name is missing.");
    if (typeof a["contentBytes"] !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(a["contentBytes"])) {
      throw new GraphError(400, "ErrorInvalidRequest", "contentBytes is missing or not base64.");
    }
    const bytes = Buffer.from(a["contentBytes"], "base64");
    if (via === "post" && bytes.length >= SMALL_ATTACHMENT_LIMIT) {
      throw new GraphError(413, "RequestEntityTooLarge", "Attachments of 3 MB or more need an upload session.");
    }
    return { id: randomBytes(12).toString("base64url"), name: a["name"], contentType: typeof a["contentType"] === "string" ? a["contentType"] : null, bytes, via };
  }

  function messageJson(d: EmulatedDraft): Record<string, unknown> {
    return {
      "@odata.context": `${origin}/v1.0/$metadata#users('me')/messages/$entity`,
      "@odata.etag": `W/"${d.id.slice(0, 8)}"`,
      id: d.id,
      createdDateTime: d.createdDateTime,
      lastModifiedDateTime: d.createdDateTime,
      subject: d.subject,
      body: d.body,
      isDraft: true,
      hasAttachments: d.attachments.length > 0,
      toRecipients: d.toRecipients,
      ccRecipients: d.ccRecipients,
      bccRecipients: d.bccRecipients,
    };
  }

  function findDraft(id: string): EmulatedDraft {
    const d = drafts.find((x) => x.id === id);
    if (!d) throw new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return d;
  }

  function parseFilter(filter: string): { id: string; value: string } {
    const quoted = "'((?:[^']|'')*)'";
    const re = new RegExp(`^singleValueExtendedProperties/Any\\(\\s*(\\w+)\\s*:\\s*\\1/id eq ${quoted} and \\1/value eq ${quoted}\\s*\\)$`, "i");
    const m = re.exec(filter.trim());
    if (!m) throw new GraphError(400, "BadRequest", "Invalid filter clause");
    return { id: (m[2] as string).replace(/''/g, "'"), value: (m[3] as string).replace(/''/g, "'") };
  }

  async function handleGraph(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? "GET";
    const path = url.pathname.replace(/\/+$/, "");
    const body = await readBody(req);
    requireToken(req);

    if (path === "/v1.0/me/messages" && method === "POST") {
      const m = json(body);
      const bodyField = (m["body"] ?? { contentType: "Text", content: "" }) as { contentType?: unknown; content?: unknown };
      if (typeof bodyField.contentType !== "string" || !/^(html|text)$/i.test(bodyField.contentType) || typeof bodyField.content !== "string") {
        throw new GraphError(400, "RequestBodyRead", "Invalid value for property 'body'.");
      }
      const props = m["singleValueExtendedProperties"] ?? [];
      if (!Array.isArray(props)) throw new GraphError(400, "RequestBodyRead", "Invalid value for property 'singleValueExtendedProperties'.");
      const extendedProperties = props.map((p: unknown) => {
        const { id, value } = (p ?? {}) as { id?: unknown; value?: unknown };
        if (typeof id !== "string" || !PROPERTY_ID.test(id) || typeof value !== "string") {
          throw new GraphError(400, "ErrorInvalidProperty", "The extended property id or value is not valid.");
        }
        return { id, value };
      });
      const attachmentsIn = m["attachments"] ?? [];
      if (!Array.isArray(attachmentsIn)) throw new GraphError(400, "RequestBodyRead", "Invalid value for property 'attachments'.");
      const draft: EmulatedDraft = {
        id: randomBytes(24).toString("base64url"),
        subject: typeof m["subject"] === "string" ? m["subject"] : "",
        body: { contentType: bodyField.contentType.toLowerCase() === "html" ? "html" : "text", content: bodyField.content },
        toRecipients: recipients(m["toRecipients"], "toRecipients"),
        ccRecipients: recipients(m["ccRecipients"], "ccRecipients"),
        bccRecipients: recipients(m["bccRecipients"], "bccRecipients"),
        extendedProperties,
        attachments: attachmentsIn.map((a: unknown) => fileAttachment(a, "inline")),
        raw: m,
        createdDateTime: new Date().toISOString(),
      };
      drafts.push(draft);
      if (faults.loseNextCreates > 0) {
        faults.loseNextCreates -= 1;
        req.socket.destroy();
        return;
      }
      return send(res, 201, messageJson(draft));
    }

    if (path === "/v1.0/me/messages" && method === "GET") {
      const filter = url.searchParams.get("$filter");
      const wanted = filter === null ? null : parseFilter(filter);
      const value = drafts
        .filter((d) => wanted === null || d.extendedProperties.some((p) => p.id.toLowerCase() === wanted.id.toLowerCase() && p.value === wanted.value))
        .map(messageJson);
      return send(res, 200, { "@odata.context": `${origin}/v1.0/$metadata#users('me')/messages`, value });
    }

    let m = /^\/v1\.0\/me\/messages\/([^/]+)$/.exec(path);
    if (m && method === "DELETE") {
      const d = findDraft(decodeURIComponent(m[1] as string));
      drafts.splice(drafts.indexOf(d), 1);
      return send(res, 204, undefined);
    }
    if (m && method === "GET") return send(res, 200, messageJson(findDraft(decodeURIComponent(m[1] as string))));

    m = /^\/v1\.0\/me\/messages\/([^/]+)\/attachments$/.exec(path);
    if (m && method === "POST") {
      const d = findDraft(decodeURIComponent(m[1] as string));
      const a = fileAttachment(json(body), "post");
      d.attachments.push(a);
      return send(res, 201, {
        "@odata.context": `${origin}/v1.0/$metadata#users('me')/messages('${d.id}')/attachments/$entity`,
        "@odata.type": FILE_ATTACHMENT,
        id: a.id,
        name: a.name,
        contentType: a.contentType,
        size: a.bytes.length,
        isInline: false,
      });
    }

    m = /^\/v1\.0\/me\/messages\/([^/]+)\/attachments\/createUploadSession$/.exec(path);
    if (m && method === "POST") {
      const d = findDraft(decodeURIComponent(m[1] as string));
      const item = (json(body)["AttachmentItem"] ?? null) as { attachmentType?: unknown; name?: unknown; size?: unknown; contentType?: unknown } | null;
      if (item === null || item.attachmentType !== "file" || typeof item.name !== "string" || typeof item.size !== "number" || !Number.isInteger(item.size)) {
        throw new GraphError(400, "ErrorInvalidRequest", "AttachmentItem with attachmentType 'file', name and size is required.");
      }
      if (item.size < SMALL_ATTACHMENT_LIMIT) {
        throw new GraphError(400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "Attachment size must be greater than the minimum size.");
      }
      if (item.size > LARGE_ATTACHMENT_LIMIT) throw new GraphError(413, "ErrorAttachmentSizeLimitExceeded", "The attachment is larger than 150 MB.");
      const token = randomBytes(24).toString("base64url");
      const expires = Date.now() + 15 * 60_000;
      sessions.set(token, { draft: d, name: item.name, contentType: typeof item.contentType === "string" ? item.contentType : null, size: item.size, parts: [], received: 0, expires });
      return send(res, 201, {
        "@odata.context": `${origin}/v1.0/$metadata#microsoft.graph.uploadSession`,
        uploadUrl: `${origin}/upload/${token}`,
        expirationDateTime: new Date(expires).toISOString(),
        nextExpectedRanges: ["0-"],
      });
    }

    throw new GraphError(400, "BadRequest", `Resource not found for the segment '${path}'.`);
  }

  async function handleUpload(req: http.IncomingMessage, res: http.ServerResponse, token: string): Promise<void> {
    const body = await readBody(req);
    if (req.headers.authorization !== undefined) {
      throw new GraphError(401, "InvalidAuthenticationToken", "The upload URL is pre-authenticated; do not send an Authorization header.");
    }
    const s = sessions.get(token);
    if (!s || s.expires < Date.now()) throw new GraphError(404, "ErrorItemNotFound", "The upload session was not found or has expired.");
    if (req.method !== "PUT") throw new GraphError(405, "MethodNotAllowed", "Only PUT is allowed on an upload URL.");
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers["content-range"] ?? ""));
    if (!range) throw new GraphError(400, "InvalidContentRange", "The Content-Range header is missing or malformed.");
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    const length = end - start + 1;
    if (total !== s.size) throw new GraphError(400, "InvalidContentRange", "The total size does not match the upload session.");
    if (start !== s.received) {
      throw new GraphError(416, "InvalidRange", `The uploaded fragment does not start where the next expected range begins (${s.received}).`);
    }
    if (end < start || end >= total || body.length !== length) throw new GraphError(400, "InvalidContentRange", "Content-Range does not match the body.");
    if (length >= MAX_REQUEST_BYTES) throw new GraphError(400, "InvalidContentRange", "A fragment must be smaller than 4 MB.");
    const last = end === total - 1;
    if (!last && length % CHUNK_UNIT !== 0) throw new GraphError(400, "InvalidContentRange", "A fragment other than the last must be a multiple of 320 KiB.");
    s.parts.push(body);
    s.received = end + 1;
    s.expires = Date.now() + 15 * 60_000;
    if (!last) return send(res, 200, { expirationDateTime: new Date(s.expires).toISOString(), nextExpectedRanges: [String(s.received)] });
    sessions.delete(token);
    const a: EmulatedAttachment = { id: randomBytes(12).toString("base64url"), name: s.name, contentType: s.contentType, bytes: Buffer.concat(s.parts), via: "upload" };
    s.draft.attachments.push(a);
    return send(res, 201, undefined, { Location: `${origin}/v1.0/me/messages('${s.draft.id}')/attachments('${a.id}')` });
  }

  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", origin);
    const upload = /^\/upload\/([^/]+)$/.exec(url.pathname);
    const record = (): void => {
      log.push({ method: req.method ?? "", path: url.pathname, status: res.statusCode });
    };
    if (upload) {
      void (async () => {
        if (faults.latencyMs > 0) await sleep(faults.latencyMs);
        await handleUpload(req, res, upload[1] as string);
      })()
        .catch((e: unknown) => sendError(res, e instanceof GraphError ? e : new GraphError(500, "InternalServerError", String(e))))
        .finally(record);
      return;
    }
    if (inFlight >= maxConcurrent) {
      throttledForConcurrency += 1;
      req.resume();
      sendError(res, new GraphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", { "Retry-After": String(options.concurrencyRetryAfterSeconds ?? 1) }));
      record();
      return;
    }
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      inFlight -= 1;
    };
    res.on("close", release);
    void (async () => {
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      if (faults.throttleNext > 0 && (faults.throttleOnly === null || faults.throttleOnly.test(`${req.method ?? ""} ${url.pathname}`))) {
        faults.throttleNext -= 1;
        req.resume();
        throw new GraphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", { "Retry-After": String(faults.throttleRetryAfterSeconds) });
      }
      if (faults.unavailableNext > 0) {
        faults.unavailableNext -= 1;
        req.resume();
        const retry = faults.unavailableRetryAfterSeconds;
        throw new GraphError(503, "ServiceUnavailable", "Service Unavailable", retry === null ? {} : { "Retry-After": String(retry) });
      }
      await handleGraph(req, res, url);
    })()
      .catch((e: unknown) => {
        if (!res.destroyed) sendError(res, e instanceof GraphError ? e : new GraphError(500, "InternalServerError", String(e)));
      })
      .finally(() => {
        release();
        record();
      });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    baseUrl: `${origin}/v1.0`,
    drafts,
    faults,
    tokens,
    log,
    get maxInFlight() {
      return maxInFlight;
    },
    get throttledForConcurrency() {
      return throttledForConcurrency;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
