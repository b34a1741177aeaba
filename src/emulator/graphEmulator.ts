// A local stand-in for the part of Microsoft Graph v1.0 that Rundmail uses (tests, the sandbox and the bench; never
// shipped in the add-in). One emulator is one mailbox. Mountable: `handle(req, res)` serves `{prefix}/v1.0/…`,
// `{prefix}/upload/…` (upload sessions) and `{prefix}/emulator/…` (test controls) inside any Node HTTP server;
// `startGraphEmulator` runs it on its own server. Shapes follow Microsoft's documentation:
//   POST   /v1.0/me/messages                                    create a draft (201, the message)
//   GET    /v1.0/me/messages[?$filter&$select&$expand&$top&$skip]  list (drafts and sent items), 10 per page
//   GET    /v1.0/me/messages/{id}[?$select&$expand]             one message
//   PATCH  /v1.0/me/messages/{id}                               200, the message; subject/body only while a draft
//   DELETE /v1.0/me/messages/{id}                               204
//   POST   /v1.0/me/messages/{id}/send                          202, empty; the draft moves to Sent Items — or, with a
//                                                                PidTagDeferredSendTime ahead, stays in Drafts until then
//   POST   /v1.0/me/messages/{id}/attachments                   a fileAttachment, the request under 4 MiB (201)
//   GET    /v1.0/me/messages/{id}/attachments[?$select]         the attachments (with contentBytes unless selected away)
//   POST   /v1.0/me/messages/{id}/attachments/createUploadSession  2 MiB–150 MB (201, uploadSession)
//   PUT    {uploadUrl}                                          chunks, Content-Range; 200 until the last, then 201;
//                                                                on a second origin when uploadOrigin is set (uploadOrigin.ts)
//   GET    /v1.0/me/mailFolders/{drafts|sentitems}[/messages]   the two folders Rundmail touches
// Test controls: GET {prefix}/emulator/state (everything), GET {prefix}/emulator/changes?since=CURSOR (only what
// changed since the cursor an earlier answer gave: mailboxChanges.ts), faults, reset, token, and POST
// {prefix}/emulator/clock {advanceMs} (the emulator's clock moves on: held messages whose time came leave).
// Errors use Graph's body shape { error: { code, message, innerError } }. Limits (per app and mailbox, from
// https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits): 4 concurrent requests, 10,000
// requests per 10 minutes, 150 MB uploaded (PATCH, POST, PUT) per 5 minutes — each a 429 ApplicationThrottled with
// Retry-After; and Exchange Online's 10,000 recipients per rolling 24 hours for sending, and its maximum message
// size (35 MB by default: Learn, "Exchange Online limits"), refused with ErrorMessageSizeExceeded. Given Graph's
// metadata (`shapes`), it checks each request body against it (graphShapes.ts). Faults are injected
// through `faults` (or POST {prefix}/emulator/faults). Who may call at all — Host, Origin, the control token, issued
// Graph tokens only — is access.ts's: the mailbox is not for every page open in the same browser.
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { accessRules, controlAccess, fromSameOriginPage, hostAllowed, originVerdict } from "./access";
import { EMULATOR_CONTROL_HEADER, EMULATOR_SESSION_PATH, type EmulatorSessionAnswer } from "./controlProtocol";
import { matchesCondition, parseExpand, parseMessageFilter, parsePaging, parseSelect, samePropertyId, type MessageProperty, type Parsed } from "./odataQuery";
import { RollingBudget, seededRandom } from "./rollingBudget";
import { requestShapeViolations, type GraphShapes } from "./graphShapes";
import { MessageChangeLog } from "./mailboxChanges";
import { startUploadServer, uploadPreflightHeaders } from "./uploadOrigin";

export const KIB = 1024;
export const MB = 1024 * 1024;
const MAX_REQUEST_BYTES = 4 * MB;
/**
 * The smallest file createUploadSession takes: 2,097,152 bytes in a user's measurement (msgraph-sdk-java#52; Learn
 * only says to use sessions "between 3 MB and 150 MB"). Smaller files go by POST, within the 4 MiB request limit.
 */
const UPLOAD_SESSION_MINIMUM = 2 * MB;
const LARGE_ATTACHMENT_LIMIT = 150 * MB;
/** Exchange Online's default maximum message size, attachments included (Learn, "Exchange Online limits"). */
export const DEFAULT_MAX_MESSAGE_BYTES = 35 * MB;
const CHUNK_UNIT = 320 * KIB;
const UPLOAD_SESSION_MS = 15 * 60_000;
const FILE_ATTACHMENT = "#microsoft.graph.fileAttachment";
const PROPERTY_ID = /^String \{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\} Name \S+$/;
/**
 * A MAPI property named by its tag, "{type} {proptag}" (Learn, "Outlook extended properties overview"); the one
 * Rundmail writes this way is PidTagDeferredSendTime, a SystemTime in ISO 8601.
 */
const TAG_PROPERTY_ID = /^(String|SystemTime|Integer|Boolean) 0x[0-9a-fA-F]{4}$/;
/** PidTagDeferredSendTime: a message sent with it in the future is held until then ([MS-OXOMSG] 2.2.3.2). */
export const DEFERRED_SEND_PROPERTY = "SystemTime 0x3FEF";
/** Folder ids are opaque in Graph; these stand in for the two well-known folders. */
export const DRAFTS_FOLDER_ID = "AQMkADAwATM0MDAAMS1kcmFmdHMALgAAAw==";
export const SENT_ITEMS_FOLDER_ID = "AQMkADAwATM0MDAAMS1zZW50aXRlbXMALgAAAw==";
/** Graph's 401 carries this challenge (seen in real answers, e.g. Microsoft365DSC issue 4427). */
const WWW_AUTHENTICATE = 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';
const CORS_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
const CORS_HEADERS = `Authorization, Content-Type, Content-Range, Prefer, client-request-id, return-client-request-id, ${EMULATOR_CONTROL_HEADER}`;
/** The longest a token the emulator issues lives: no token is good for ever. */
const MAX_TOKEN_TTL_SECONDS = 24 * 60 * 60;
/**
 * Headers a page of another origin may read. Graph does not list Retry-After (reported, not documented:
 * microsoftgraph/microsoft-graph-docs#17488, msgraph-sdk-design#76), so neither do we unless told (exposeRetryAfter).
 */
const CORS_EXPOSE = "Location, request-id, client-request-id, WWW-Authenticate";

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

export interface EmulatedMessage {
  /** The REST id. Like Graph's, it changes when the message moves to Sent Items. */
  id: string;
  /** What a request with `Prefer: IdType="ImmutableId"` sees: stays the same across the move. */
  readonly immutableId: string;
  subject: string;
  body: { contentType: string; content: string };
  toRecipients: GraphRecipient[];
  ccRecipients: GraphRecipient[];
  bccRecipients: GraphRecipient[];
  readonly extendedProperties: { id: string; value: string }[];
  readonly attachments: EmulatedAttachment[];
  /** The create request's body, parsed, exactly as it came. */
  readonly raw: unknown;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
  isDraft: boolean;
  folder: "drafts" | "sentitems";
  parentFolderId: string;
  sentDateTime: string | null;
}
/** Kept for callers written before sending existed. */
export type EmulatedDraft = EmulatedMessage;

export interface SendRecord {
  readonly at: number;
  /** The id in Sent Items (the REST id after the move). */
  readonly messageId: string;
  readonly immutableId: string;
  /** to + cc + bcc, what Exchange counts toward the daily recipient limit. */
  readonly recipients: number;
}

export interface GraphFaults {
  /**
   * How long Graph takes to answer (ms), its own work included: the request is handled at once, the answer leaves
   * this long after the request arrived; all the while it counts as in flight.
   */
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
  /** The next N requests (to /v1.0) are held, unhandled: never answered (holdMs null) or handled after holdMs. */
  timeoutNext: number;
  holdMs: number | null;
  /** This share (0..1) of requests to /v1.0, drawn from the seeded random, gets 429 with throttleRetryAfterSeconds. */
  randomThrottleRate: number;
  /** This share (0..1) of requests to /v1.0 gets 503 (with unavailableRetryAfterSeconds when set). */
  randomUnavailableRate: number;
  /**
   * A sustained throttle: every request to /v1.0 gets 429 (Retry-After: the rest of the window) for this long (ms)
   * from throttleWindowStart — as when a mailbox's 10,000 requests per 10 minutes are spent. 0: off.
   */
  throttleWindowMs: number;
  /** When > 0 the window comes back this often (ms, from one start to the next): throttled, open, throttled, … */
  throttleWindowEveryMs: number;
  /** When the first window began (the emulator's clock); null: at the next request. Set when posted. */
  throttleWindowStart: number | null;
  /**
   * No answer carries Retry-After: what a page sees of Graph, where CORS hides it, for a page served from the
   * emulator's own origin (the sandbox stands in for Outlook's pane, which is cross-origin to Graph).
   */
  hideRetryAfter: boolean;
}

export interface GraphEmulatorOptions {
  /**
   * Origins (scheme://host[:port]) of pages on another origin that may call the emulator (CORS). Default none: a page
   * served by the same server (the sandbox) is same-origin and needs none; any other origin is refused.
   */
  readonly allowedOrigins?: readonly string[];
  /** Host names the emulator may be reached by besides IP literals and localhost (a reverse proxy's name). */
  readonly allowedHosts?: readonly string[];
  /** Path the emulator is mounted under, e.g. "/graph" (base URL `${origin}/graph/v1.0`). Default "". */
  readonly prefix?: string;
  /** The clock for budgets, token expiry and timestamps. Default Date.now. */
  readonly now?: () => number;
  /** Seed for random faults. Default 1. */
  readonly seed?: number;
  /** Lists Retry-After in Access-Control-Expose-Headers, which Graph does not (default false): for tests that need it. */
  readonly exposeRetryAfter?: boolean;
  /** Concurrent requests per mailbox; the next one gets 429. Default 4 (Graph's limit). */
  readonly maxConcurrent?: number;
  /** Retry-After (seconds) on a concurrency 429. Default 1. */
  readonly concurrencyRetryAfterSeconds?: number;
  /** Requests per window per mailbox. Default 10,000 per 10 minutes. */
  readonly requestLimit?: number;
  readonly requestWindowMs?: number;
  /** Bytes uploaded (PATCH, POST, PUT bodies) per window per mailbox. Default 150 MB per 5 minutes. */
  readonly uploadLimitBytes?: number;
  readonly uploadWindowMs?: number;
  /** Recipients (to+cc+bcc) sent per rolling window. Default 10,000 per 24 hours (Exchange Online). */
  readonly recipientLimit?: number;
  readonly recipientWindowMs?: number;
  /** The mailbox's maximum message size (attachments, body and subject). Default 35 MB, Exchange Online's default. */
  readonly maxMessageBytes?: number;
  /**
   * Graph's metadata for the types Rundmail writes (test/fixtures/graph-metadata): when given, every request body is
   * checked against it; a violation is recorded in `shapeViolations` and answered 400 like Graph's RequestBodyRead.
   */
  readonly shapes?: GraphShapes;
  /**
   * Where upload URLs point (scheme://host:port), a server that passes requests to `handleUpload`. Unset: upload
   * URLs are on the emulator's own origin. startGraphEmulator starts such a server unless told not to.
   */
  readonly uploadOrigin?: string;
}

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  /** 0 when no answer was sent (lost on purpose, held, or the client gave up). */
  readonly status: number;
  readonly at: number;
}

export interface MessageSummary {
  readonly id: string;
  readonly immutableId: string;
  readonly isDraft: boolean;
  readonly folder: "drafts" | "sentitems";
  readonly subject: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly attachments: readonly { readonly name: string; readonly size: number }[];
  readonly extendedProperties: readonly { readonly id: string; readonly value: string }[];
  readonly createdDateTime: string;
  readonly sentDateTime: string | null;
  /** A message sent with a deferred send time, held in Drafts until then: that time (ISO 8601); else null. */
  readonly heldUntil: string | null;
}

/**
 * GET /emulator/messages/{immutableId}: one message as a mail client shows it when opened — the summary, the body,
 * and each attachment with its id (GET …/attachments/{id} answers its bytes, base64, as Graph's fileAttachment does).
 */
export interface MessageView extends Omit<MessageSummary, "attachments"> {
  readonly body: { readonly contentType: string; readonly content: string };
  readonly attachments: readonly { readonly id: string; readonly name: string; readonly contentType: string | null; readonly size: number }[];
}

export interface EmulatorSummary {
  readonly drafts: readonly MessageSummary[];
  readonly sent: readonly MessageSummary[];
  readonly sends: readonly SendRecord[];
  readonly usage: {
    readonly requests: { readonly used: number; readonly limit: number; readonly windowMs: number };
    readonly uploadBytes: { readonly used: number; readonly limit: number; readonly windowMs: number };
    readonly recipients: { readonly used: number; readonly limit: number; readonly windowMs: number };
  };
  readonly maxInFlight: number;
  readonly requests: number;
}

/** GET /emulator/changes?since=CURSOR: what changed since an earlier answer's cursor, and the limits used now. */
export interface EmulatorChanges {
  /** Ask with this next time. */
  readonly cursor: string;
  /**
   * true: `changed` is the whole mailbox, and a copy drops what it held — a first look (no cursor), or a cursor from
   * before a reset or a restart, or one this emulator never gave.
   */
  readonly full: boolean;
  /** Created or changed (a moved message's folder and isDraft say so), in creation order. */
  readonly changed: readonly MessageSummary[];
  /** The immutable ids of messages deleted. */
  readonly removed: readonly string[];
  readonly usage: EmulatorSummary["usage"];
}

export interface GraphEmulatorState {
  /** Every message in the mailbox, drafts and sent items, in creation order. */
  readonly messages: EmulatedMessage[];
  /** The messages still in Drafts. */
  readonly drafts: readonly EmulatedMessage[];
  /** The messages in Sent Items. */
  readonly sentItems: readonly EmulatedMessage[];
  /** Every accepted send, with its time and recipient count. */
  readonly sent: SendRecord[];
  readonly faults: GraphFaults;
  /** Issued Graph tokens: token -> expiry (ms since epoch). Only issued tokens are accepted. */
  readonly tokens: Map<string, number>;
  /** The secret every control request ({prefix}/emulator/…) carries in EMULATOR_CONTROL_HEADER; new per emulator. */
  readonly controlToken: string;
  readonly log: RequestLogEntry[];
  readonly budgets: { readonly requests: RollingBudget; readonly uploadBytes: RollingBudget; readonly recipients: RollingBudget };
  /** The most requests that were in flight at once (throttled ones not counted). */
  readonly maxInFlight: number;
  readonly throttledForConcurrency: number;
  /** The most sends within any 60 s (Exchange takes 30 a minute; more is delayed there, recorded here). */
  readonly maxSendsPerMinute: number;
  readonly prefix: string;
  /** Request bodies that broke Graph's metadata (only checked when `shapes` was given); tests expect none. */
  readonly shapeViolations: string[];
  /** Where upload URLs point; null: the emulator's own origin. Settable once the upload server listens. */
  uploadOrigin: string | null;
  /** Serves the request when it is for an upload URL (true), else leaves it alone (false): the upload origin's server. */
  handleUpload(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  now(): number;
  /** A new token valid for ttlSeconds (default 3600, at most a day), as the simulated sign-in hands out. */
  issueToken(ttlSeconds?: number): string;
  summary(): EmulatorSummary;
  /** What changed since `since` (null: everything); a string that is no cursor is a 400 GraphError. */
  changesSince(since: string | null): EmulatorChanges;
  /** Empties the mailbox, the logs and the budgets and clears every fault; tokens stay. */
  reset(): void;
  /** Serves the request when its path is the emulator's (true), else leaves it alone (false). */
  handle(req: http.IncomingMessage, res: http.ServerResponse): boolean;
}

export interface GraphEmulator extends GraphEmulatorState {
  /** e.g. http://127.0.0.1:43123/v1.0 */
  readonly baseUrl: string;
  /** e.g. http://127.0.0.1:43123 */
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

interface UploadSession {
  readonly message: EmulatedMessage;
  readonly name: string;
  readonly contentType: string | null;
  readonly size: number;
  readonly parts: Buffer[];
  received: number;
  /** Fixed at creation: Learn's walkthrough says the PUT answers' expiry "remains the same as returned by the initial uploadSession". */
  readonly expires: number;
}

/** Per request: where it came from (for URLs and CORS) and whether it asked for immutable ids. */
interface Exchange {
  readonly req: http.IncomingMessage;
  readonly res: http.ServerResponse;
  readonly url: URL;
  /** Path below the prefix, e.g. "/v1.0/me/messages". */
  readonly path: string;
  readonly base: string;
  readonly immutableIds: boolean;
  /** A cross-origin caller the emulator allows: its answers carry Access-Control-Allow-Origin. */
  readonly cors: boolean;
  /**
   * When the answer may leave (performance.now() ms): arrival + the latency fault. Latency is how long Graph takes
   * to answer, its own work included, so the emulator works while the time runs and answers when it is up.
   */
  readonly answerAt: number;
}

export function defaultFaults(): GraphFaults {
  return {
    latencyMs: 0,
    throttleNext: 0,
    throttleRetryAfterSeconds: 1,
    throttleOnly: null,
    unavailableNext: 0,
    unavailableRetryAfterSeconds: null,
    loseNextCreates: 0,
    timeoutNext: 0,
    holdMs: null,
    randomThrottleRate: 0,
    randomUnavailableRate: 0,
    throttleWindowMs: 0,
    throttleWindowEveryMs: 0,
    throttleWindowStart: null,
    hideRetryAfter: false,
  };
}

const must = <T>(parsed: Parsed<T>, code = "BadRequest"): T => {
  if (!parsed.ok) throw new GraphError(400, code, parsed.message);
  return parsed.value;
};
const addresses = (rs: readonly GraphRecipient[]): string[] => rs.map((r) => r.emailAddress.address);

/** Reads faults from JSON (POST /emulator/faults): only known keys, each of its own type. */
export function faultsFromJson(input: unknown): Partial<GraphFaults> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) throw new GraphError(400, "BadRequest", "Faults must be a JSON object.");
  const out: Record<string, unknown> = {};
  const numberKeys = ["latencyMs", "throttleNext", "throttleRetryAfterSeconds", "unavailableNext", "loseNextCreates", "timeoutNext", "randomThrottleRate", "randomUnavailableRate", "throttleWindowMs", "throttleWindowEveryMs"];
  const nullableNumberKeys = ["unavailableRetryAfterSeconds", "holdMs", "throttleWindowStart"];
  for (const [key, value] of Object.entries(input)) {
    const okNumber = typeof value === "number" && Number.isFinite(value) && value >= 0;
    if (numberKeys.includes(key) && okNumber) out[key] = value;
    else if (nullableNumberKeys.includes(key) && (value === null || okNumber)) out[key] = value;
    else if (key === "throttleOnly" && (value === null || typeof value === "string")) {
      try {
        out[key] = value === null ? null : new RegExp(value);
      } catch {
        throw new GraphError(400, "BadRequest", `throttleOnly is not a regular expression: ${value}`);
      }
    } else if (key === "hideRetryAfter" && typeof value === "boolean") out[key] = value;
    else throw new GraphError(400, "BadRequest", `Unknown fault or wrong type: ${key}`);
  }
  for (const key of ["randomThrottleRate", "randomUnavailableRate"]) {
    if (typeof out[key] === "number" && (out[key] as number) > 1) throw new GraphError(400, "BadRequest", `${key} is a share between 0 and 1.`);
  }
  return out as Partial<GraphFaults>;
}

export function createGraphEmulator(options: GraphEmulatorOptions = {}): GraphEmulatorState {
  const prefix = (options.prefix ?? "").replace(/\/+$/, "");
  const clock = options.now ?? Date.now;
  /** Moved on by POST {prefix}/emulator/clock: a browser test lets the scheduled time come without waiting for it. */
  let clockAdvancedMs = 0;
  const now = (): number => clock() + clockAdvancedMs;
  const random = seededRandom(options.seed ?? 1);
  const tokens = new Map<string, number>();
  const controlToken = randomBytes(32).toString("base64url");
  const rules = accessRules(options.allowedOrigins, options.allowedHosts);
  const maxConcurrent = options.maxConcurrent ?? 4;
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const shapeViolations: string[] = [];
  let uploadOrigin: string | null = options.uploadOrigin ?? null;
  const messages: EmulatedMessage[] = [];
  /** Every change to `messages` is noted here, for the panel that asks only for changes (changesSince). */
  const changes = new MessageChangeLog();
  const sent: SendRecord[] = [];
  /** Drafts sent with a deferred send time, by immutable id: when they leave, and to how many recipients. */
  const held = new Map<string, { readonly at: number; readonly recipients: number }>();
  const heldFor = (m: EmulatedMessage): string | null => {
    const h = held.get(m.immutableId);
    return h === undefined ? null : new Date(h.at).toISOString();
  };
  const sessions = new Map<string, UploadSession>();
  /** Answers lost on purpose (loseNextCreates): logged as not answered, though their status line went out. */
  const lostAnswers = new WeakSet<http.ServerResponse>();
  const log: RequestLogEntry[] = [];
  const faults = defaultFaults();
  const budgets = {
    requests: new RollingBudget(options.requestLimit ?? 10_000, options.requestWindowMs ?? 10 * 60_000),
    uploadBytes: new RollingBudget(options.uploadLimitBytes ?? 150 * MB, options.uploadWindowMs ?? 5 * 60_000),
    recipients: new RollingBudget(options.recipientLimit ?? 10_000, options.recipientWindowMs ?? 24 * 60 * 60_000),
  };
  let inFlight = 0;
  let maxInFlight = 0;
  let throttledForConcurrency = 0;
  let maxSendsPerMinute = 0;
  const iso = (): string => new Date(now()).toISOString();
  const newId = (): string => randomBytes(24).toString("base64url");
  const retryAfter = (ms: number): Record<string, string> => ({ "Retry-After": String(Math.max(1, Math.ceil(ms / 1000))) });

  // ---- answering --------------------------------------------------------------------------------------------

  function corsHeaders(req: http.IncomingMessage, allowed: boolean): Record<string, string> {
    const origin = req.headers.origin;
    const expose = options.exposeRetryAfter === true ? `Retry-After, ${CORS_EXPOSE}` : CORS_EXPOSE;
    return allowed && origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin", "Access-Control-Expose-Headers": expose } : { Vary: "Origin" };
  }

  /** Refuses a request before it is looked at (a foreign Host or Origin): no CORS allowance, nothing logged. */
  function refuse(req: http.IncomingMessage, res: http.ServerResponse, message: string, status = 403): void {
    req.resume();
    res.writeHead(status, { "Content-Type": "application/json", Vary: "Origin" });
    res.end(JSON.stringify({ error: { code: status === 404 ? "NotFound" : "Forbidden", message } }));
  }

  function send(x: Exchange, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (x.res.destroyed || x.res.headersSent) return;
    const early = x.answerAt - performance.now();
    if (early > 0) {
      setTimeout(() => send({ ...x, answerAt: 0 }, status, body, headers), early);
      return;
    }
    const text = body === undefined ? "" : JSON.stringify(body);
    const requestId = randomUUID();
    const shown = faults.hideRetryAfter ? Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "retry-after")) : headers;
    x.res.writeHead(status, {
      ...corsHeaders(x.req, x.cors),
      "request-id": requestId,
      "client-request-id": String(x.req.headers["client-request-id"] ?? requestId),
      ...(text ? { "Content-Type": "application/json" } : {}),
      ...shown,
    });
    x.res.end(text);
  }

  function sendError(x: Exchange, error: GraphError): void {
    const inner = { date: iso().slice(0, 19), "request-id": randomUUID(), "client-request-id": randomUUID() };
    send(x, error.status, { error: { code: error.code, message: error.message, innerError: inner } }, error.headers);
  }

  function readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks)));
      req.on("error", reject);
    });
  }

  // ---- checks -----------------------------------------------------------------------------------------------

  function requireToken(req: http.IncomingMessage): void {
    const header = req.headers.authorization ?? "";
    const match = /^Bearer (\S+)$/i.exec(header);
    const challenge = { "WWW-Authenticate": WWW_AUTHENTICATE };
    if (!match) throw new GraphError(401, "InvalidAuthenticationToken", "Access token is empty.", challenge);
    const expires = tokens.get(match[1] as string);
    if (expires === undefined) throw new GraphError(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.", challenge);
    // Graph's words for an expired token (seen in real answers: s1t5/mail-archiver#267, Microsoft365DSC#4427).
    if (expires <= now()) throw new GraphError(401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.", challenge);
  }

  function spendRequest(): void {
    const wait = budgets.requests.waitFor(1, now());
    // The wording of this one is not documented; the code and the 429 + Retry-After are.
    if (wait > 0) throw new GraphError(429, "ApplicationThrottled", "Application is over its MailboxRequests limit.", retryAfter(wait));
    budgets.requests.record(1, now());
  }

  function spendUpload(bytes: number): void {
    const wait = budgets.uploadBytes.waitFor(bytes, now());
    // "IncomingBytes" is the limit's name in Graph's real 429 answers for upload volume.
    if (wait > 0) throw new GraphError(429, "ApplicationThrottled", "Application is over its IncomingBytes limit.", retryAfter(wait));
    budgets.uploadBytes.record(bytes, now());
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

  function itemBody(value: unknown): { contentType: string; content: string } {
    const b = (value ?? {}) as { contentType?: unknown; content?: unknown };
    if (typeof b.contentType !== "string" || !/^(html|text)$/i.test(b.contentType) || typeof b.content !== "string") {
      throw new GraphError(400, "RequestBodyRead", "Invalid value for property 'body'.");
    }
    return { contentType: b.contentType.toLowerCase() === "html" ? "html" : "text", content: b.content };
  }

  function extendedProperties(value: unknown): { id: string; value: string }[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new GraphError(400, "RequestBodyRead", "Invalid value for property 'singleValueExtendedProperties'.");
    return value.map((p: unknown) => {
      const { id, value: v } = (p ?? {}) as { id?: unknown; value?: unknown };
      if (typeof id !== "string" || !(PROPERTY_ID.test(id) || TAG_PROPERTY_ID.test(id)) || typeof v !== "string") {
        throw new GraphError(400, "ErrorInvalidProperty", "The extended property id or value is not valid.");
      }
      // Learn asks for ISO 8601 in a SystemTime value; what Graph answers to another is not documented: a 400 with
      // the invalid-property code above is this emulator's assumption.
      if (id.startsWith("SystemTime ") && !Number.isFinite(Date.parse(v))) {
        throw new GraphError(400, "ErrorInvalidProperty", "The value of a SystemTime property must be a date and time in ISO 8601 format.");
      }
      return { id, value: v };
    });
  }

  function fileAttachment(value: unknown, via: "inline" | "post"): EmulatedAttachment {
    const a = (value ?? {}) as Record<string, unknown>;
    const type = a["@odata.type"];
    // Without a type the body is read as the abstract microsoft.graph.attachment, which has no contentBytes:
    // that is the error Graph gives.
    if (type === undefined && "contentBytes" in a) {
      throw new GraphError(400, "RequestBodyRead", "The property 'contentBytes' does not exist on type 'microsoft.graph.attachment'. Make sure to only use property names that are defined by the type or mark the type as open type.");
    }
    if (type !== FILE_ATTACHMENT) {
      throw new GraphError(400, "RequestBodyRead", `A type named '${String(type)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
    }
    if (typeof a["name"] !== "string" || a["name"] === "") throw new GraphError(400, "ErrorInvalidRequest", "The attachment name is missing.");
    if (typeof a["contentBytes"] !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(a["contentBytes"])) {
      throw new GraphError(400, "ErrorInvalidRequest", "contentBytes is missing or not base64.");
    }
    // A POST's limit is its request body (4 MiB, checked when it is read), not the file's size: msgraph-sdk-java#52.
    const bytes = Buffer.from(a["contentBytes"], "base64");
    return { id: randomBytes(12).toString("base64url"), name: a["name"], contentType: typeof a["contentType"] === "string" ? a["contentType"] : null, bytes, via };
  }

  /** What Exchange counts toward the maximum message size, as near as the emulator can: files, body and subject. */
  const messageBytes = (m: { readonly attachments: readonly EmulatedAttachment[]; readonly body: { readonly content: string }; readonly subject: string }): number =>
    m.attachments.reduce((sum, a) => sum + a.bytes.length, 0) + Buffer.byteLength(m.body.content) + Buffer.byteLength(m.subject);

  /**
   * Refuses what would take a message over the maximum message size, with the code and words Graph gave a user
   * (microsoftgraph/microsoft-graph-docs-contrib#2561). The status is not documented; Exchange answers its request
   * errors with 400.
   */
  function refuseOverSize(bytes: number): void {
    if (bytes > maxMessageBytes) throw new GraphError(400, "ErrorMessageSizeExceeded", "The message exceeds the maximum supported size.");
  }

  // ---- messages ---------------------------------------------------------------------------------------------

  const idFor = (m: EmulatedMessage, x: Exchange): string => (x.immutableIds ? m.immutableId : m.id);

  function messageJson(m: EmulatedMessage, x: Exchange, select: readonly MessageProperty[] | null = null, expand: readonly string[] | null = null): Record<string, unknown> {
    const all: Record<MessageProperty, unknown> = {
      id: idFor(m, x),
      createdDateTime: m.createdDateTime,
      lastModifiedDateTime: m.lastModifiedDateTime,
      sentDateTime: m.sentDateTime,
      subject: m.subject,
      body: m.body,
      isDraft: m.isDraft,
      parentFolderId: m.parentFolderId,
      hasAttachments: m.attachments.length > 0,
      toRecipients: m.toRecipients,
      ccRecipients: m.ccRecipients,
      bccRecipients: m.bccRecipients,
    };
    // Graph always returns id and the etag, whatever $select asks for.
    const out: Record<string, unknown> = { "@odata.etag": `W/"${m.immutableId.slice(0, 8)}${m.lastModifiedDateTime}"`, id: all.id };
    for (const key of select ?? (Object.keys(all) as MessageProperty[])) out[key] = all[key];
    if (expand !== null) {
      // A property the message lacks is simply absent; no match at all leaves the collection out, as Graph does.
      const found = m.extendedProperties.filter((p) => expand.some((id) => samePropertyId(id, p.id)));
      if (found.length > 0) out["singleValueExtendedProperties"] = found.map((p) => ({ id: p.id, value: p.value }));
    }
    return out;
  }

  function findMessage(id: string): EmulatedMessage {
    // An old REST id (from before the move to Sent Items) no longer finds the message, as in Graph.
    const m = messages.find((x) => x.id === id || x.immutableId === id);
    if (!m) throw new GraphError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return m;
  }

  function folderJson(folder: "drafts" | "sentitems"): Record<string, unknown> {
    const inFolder = messages.filter((m) => m.folder === folder);
    return {
      id: folder === "drafts" ? DRAFTS_FOLDER_ID : SENT_ITEMS_FOLDER_ID,
      displayName: folder === "drafts" ? "Drafts" : "Sent Items",
      parentFolderId: "AQMkADAwATM0MDAAMS1yb290AC4AAAM=",
      childFolderCount: 0,
      totalItemCount: inFolder.length,
      unreadItemCount: 0,
    };
  }

  function listMessages(x: Exchange, folder: "drafts" | "sentitems" | null): void {
    const q = x.url.searchParams;
    const filterText = q.get("$filter");
    const filter = filterText === null ? null : must(parseMessageFilter(filterText), "ErrorInvalidUrlQueryFilter");
    const select = must(parseSelect(q.get("$select")));
    const expand = must(parseExpand(q.get("$expand")));
    const { top, skip } = must(parsePaging(q.get("$top"), q.get("$skip")));
    const matching = messages.filter(
      (m) =>
        (folder === null || m.folder === folder) &&
        (filter === null || ((filter.isDraft === null || m.isDraft === filter.isDraft) && filter.properties.every((c) => matchesCondition(m.extendedProperties, c)))),
    );
    const page = matching.slice(skip, skip + top);
    const body: Record<string, unknown> = { "@odata.context": `${x.base}/v1.0/$metadata#users('me')/messages`, value: page.map((m) => messageJson(m, x, select, expand)) };
    if (skip + top < matching.length) {
      const next = new URL(x.url.toString());
      next.searchParams.set("$skip", String(skip + top));
      body["@odata.nextLink"] = `${x.base}${x.path}?${next.searchParams.toString()}`;
    }
    send(x, 200, body);
  }

  function createMessage(x: Exchange, body: Buffer): void {
    const m = json(body);
    const attachmentsIn = m["attachments"] ?? [];
    if (!Array.isArray(attachmentsIn)) throw new GraphError(400, "RequestBodyRead", "Invalid value for property 'attachments'.");
    const stamp = iso();
    const message: EmulatedMessage = {
      id: newId(),
      immutableId: newId(),
      subject: typeof m["subject"] === "string" ? m["subject"] : "",
      body: itemBody(m["body"] ?? { contentType: "Text", content: "" }),
      toRecipients: recipients(m["toRecipients"], "toRecipients"),
      ccRecipients: recipients(m["ccRecipients"], "ccRecipients"),
      bccRecipients: recipients(m["bccRecipients"], "bccRecipients"),
      extendedProperties: extendedProperties(m["singleValueExtendedProperties"]),
      attachments: attachmentsIn.map((a: unknown) => fileAttachment(a, "inline")),
      raw: m,
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      isDraft: true,
      folder: "drafts",
      parentFolderId: DRAFTS_FOLDER_ID,
      sentDateTime: null,
    };
    refuseOverSize(messageBytes(message));
    messages.push(message);
    changes.changed(message.immutableId);
    if (faults.loseNextCreates > 0) {
      faults.loseNextCreates -= 1;
      // Lost on its way: the status line goes out, the body never does. A socket closed before any byte of the answer
      // looks like a stale keep-alive connection, and Chromium then sends the POST again by itself — a second draft
      // the client never hears of (seen in test/sandbox.graph.browser.test.ts). A browser never resends once answer
      // bytes have arrived; the client sees a failed body, as after a real connection loss mid-answer.
      lostAnswers.add(x.res);
      const lose = (): void => {
        x.res.writeHead(201, { "Content-Type": "application/json", "Content-Length": "4096" });
        x.res.write("{", () => x.req.socket.destroy());
      };
      setTimeout(lose, Math.max(0, x.answerAt - performance.now()));
      return;
    }
    send(x, 201, { "@odata.context": `${x.base}/v1.0/$metadata#users('me')/messages/$entity`, ...messageJson(message, x) });
  }

  const PATCHABLE = new Set(["subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "singleValueExtendedProperties"]);
  /** https://learn.microsoft.com/graph/api/message-update: body and subject are "updatable only if isDraft = true". */
  const DRAFT_ONLY = new Set(["subject", "body"]);

  function patchMessage(x: Exchange, message: EmulatedMessage, body: Buffer): void {
    const patch = json(body);
    for (const key of Object.keys(patch)) {
      if (!PATCHABLE.has(key)) throw new GraphError(400, "RequestBodyRead", `The property '${key}' does not exist on type 'microsoft.graph.message' or cannot be updated here.`);
      if (!message.isDraft && DRAFT_ONLY.has(key)) {
        // EWS's code for this case, which Graph passes through from Exchange.
        throw new GraphError(400, "ErrorInvalidPropertyUpdateSentMessage", "Update operation is invalid for property of a sent message.");
      }
    }
    // Validate everything before changing anything: a rejected PATCH leaves the message as it was.
    const next = {
      subject: "subject" in patch ? (typeof patch["subject"] === "string" ? patch["subject"] : "") : message.subject,
      body: "body" in patch ? itemBody(patch["body"]) : message.body,
      toRecipients: "toRecipients" in patch ? recipients(patch["toRecipients"], "toRecipients") : message.toRecipients,
      ccRecipients: "ccRecipients" in patch ? recipients(patch["ccRecipients"], "ccRecipients") : message.ccRecipients,
      bccRecipients: "bccRecipients" in patch ? recipients(patch["bccRecipients"], "bccRecipients") : message.bccRecipients,
    };
    const props = extendedProperties(patch["singleValueExtendedProperties"]);
    Object.assign(message, next);
    for (const p of props) {
      const existing = message.extendedProperties.find((e) => samePropertyId(e.id, p.id));
      if (existing) existing.value = p.value;
      else message.extendedProperties.push(p);
    }
    message.lastModifiedDateTime = iso();
    changes.changed(message.immutableId);
    send(x, 200, { "@odata.context": `${x.base}/v1.0/$metadata#users('me')/messages/$entity`, ...messageJson(message, x) });
  }

  function sendMessage(x: Exchange, message: EmulatedMessage): void {
    if (!message.isDraft) throw new GraphError(400, "ErrorInvalidOperation", "Only a draft can be sent.");
    const count = message.toRecipients.length + message.ccRecipients.length + message.bccRecipients.length;
    if (count === 0) throw new GraphError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");
    const deferred = deferredSendTime(message);
    if (deferred !== null && deferred > now()) {
      // Held until its time, in Drafts, where the user may still change or delete it (Learn, "Manage the delivery
      // date and time of a message"); still a draft meanwhile (Graph's message resource: "A message is a draft if it
      // hasn't been sent yet"); counted toward the daily limit when it leaves. A time already past sends at
      // once ([MS-OXOMSG]: "If the value is earlier than the current time, the message is sent immediately").
      held.set(message.immutableId, { at: deferred, recipients: count });
      message.lastModifiedDateTime = iso();
      changes.changed(message.immutableId);
      return send(x, 202, undefined);
    }
    const wait = budgets.recipients.waitFor(count, now());
    if (wait > 0) {
      // Exchange's code when the daily recipient limit is reached (EWS ResponseCode; Dynamics 365 KB 4486353).
      throw new GraphError(429, "ErrorSubmissionQuotaExceeded", "The message couldn't be sent because the sender's submission quota was exceeded. Please try again later.", retryAfter(wait));
    }
    moveToSentItems(message, now(), count);
    send(x, 202, undefined);
  }

  /** The message's PidTagDeferredSendTime (ms), or null when it has none. */
  function deferredSendTime(message: EmulatedMessage): number | null {
    const p = message.extendedProperties.find((e) => samePropertyId(e.id, DEFERRED_SEND_PROPERTY));
    return p === undefined ? null : Date.parse(p.value);
  }

  function moveToSentItems(message: EmulatedMessage, at: number, count: number): void {
    // message-send: "This method saves the message in the Sent Items folder"; the move gives it a new REST id.
    Object.assign(message, { isDraft: false, folder: "sentitems", parentFolderId: SENT_ITEMS_FOLDER_ID, sentDateTime: new Date(at).toISOString(), lastModifiedDateTime: new Date(at).toISOString(), id: newId() });
    changes.changed(message.immutableId);
    budgets.recipients.record(count, at);
    sent.push({ at, messageId: message.id, immutableId: message.immutableId, recipients: count });
    maxSendsPerMinute = Math.max(maxSendsPerMinute, sent.filter((s) => s.at > at - 60_000).length);
  }

  /**
   * Held messages whose time has come leave, at that time: before anything looks at the mailbox (a request, the
   * state, the changes), so that none is seen early and none late. One deleted while held was cancelled by the user.
   */
  function releaseDue(): void {
    if (held.size === 0) return;
    const t = now();
    const due = [...held].filter(([, h]) => h.at <= t).sort((a, b) => a[1].at - b[1].at);
    if (due.length === 0) return;
    // One look-up table for the whole batch: 10,000 messages due at 08:00 leave in one pass, not 10,000 scans.
    const byId = new Map(messages.map((m) => [m.immutableId, m]));
    for (const [immutableId, h] of due) {
      held.delete(immutableId);
      const message = byId.get(immutableId);
      if (message !== undefined && message.isDraft) moveToSentItems(message, h.at, h.recipients);
    }
  }

  function addAttachment(x: Exchange, message: EmulatedMessage, body: Buffer): void {
    const a = fileAttachment(json(body), "post");
    refuseOverSize(messageBytes(message) + a.bytes.length);
    message.attachments.push(a);
    changes.changed(message.immutableId);
    send(x, 201, {
      "@odata.context": `${x.base}/v1.0/$metadata#users('me')/messages('${idFor(message, x)}')/attachments/$entity`,
      "@odata.type": FILE_ATTACHMENT,
      id: a.id,
      name: a.name,
      contentType: a.contentType,
      size: a.bytes.length,
      isInline: false,
    });
  }

  const ATTACHMENT_PROPERTIES = ["id", "name", "contentType", "size", "isInline", "lastModifiedDateTime", "contentBytes"] as const;

  /** GET …/attachments: a fileAttachment listed with its contentBytes unless $select leaves them out. */
  function listAttachments(x: Exchange, message: EmulatedMessage): void {
    const selectText = x.url.searchParams.get("$select");
    const select = selectText === null ? [...ATTACHMENT_PROPERTIES] : selectText.split(",").map((s) => s.trim());
    const unknown = select.find((s) => !(ATTACHMENT_PROPERTIES as readonly string[]).includes(s));
    if (unknown !== undefined) throw new GraphError(400, "BadRequest", `Could not find a property named '${unknown}' on type 'microsoft.graph.attachment'.`);
    const value = message.attachments.map((a) => {
      const all: Record<string, unknown> = { id: a.id, name: a.name, contentType: a.contentType, size: a.bytes.length, isInline: false, lastModifiedDateTime: message.lastModifiedDateTime, contentBytes: a.bytes.toString("base64") };
      return Object.fromEntries([["@odata.type", FILE_ATTACHMENT], ...select.map((k) => [k, all[k]])]);
    });
    send(x, 200, { "@odata.context": `${x.base}/v1.0/$metadata#users('me')/messages('${idFor(message, x)}')/attachments`, value });
  }

  function createUploadSession(x: Exchange, message: EmulatedMessage, body: Buffer): void {
    const item = json(body)["AttachmentItem"];
    if (typeof item !== "object" || item === null) throw new GraphError(400, "ErrorInvalidRequest", "AttachmentItem is required.");
    const { attachmentType, name, size, contentType } = item as { attachmentType?: unknown; name?: unknown; size?: unknown; contentType?: unknown };
    if (attachmentType !== "file") throw new GraphError(400, "ErrorInvalidRequest", "AttachmentItem.attachmentType must be 'file'.");
    if (typeof name !== "string" || name === "") throw new GraphError(400, "ErrorInvalidRequest", "AttachmentItem.name is required.");
    if (typeof size !== "number" || !Number.isInteger(size) || size < 0) throw new GraphError(400, "ErrorInvalidRequest", "AttachmentItem.size is required.");
    if (size < UPLOAD_SESSION_MINIMUM) {
      throw new GraphError(400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "Attachment size must be greater than the minimum size.");
    }
    if (size > LARGE_ATTACHMENT_LIMIT) throw new GraphError(413, "ErrorAttachmentSizeLimitExceeded", "The attachment is larger than 150 MB.");
    const token = randomBytes(24).toString("base64url");
    const expires = now() + UPLOAD_SESSION_MS;
    sessions.set(token, { message, name, contentType: typeof contentType === "string" ? contentType : null, size, parts: [], received: 0, expires });
    // Not refused here for its declared size: Graph accepted such a session and refused at a PUT (docs-contrib#2561).
    send(x, 201, {
      "@odata.context": `${x.base}/v1.0/$metadata#microsoft.graph.uploadSession`,
      uploadUrl: uploadOrigin === null ? `${x.base}/upload/${token}` : `${uploadOrigin}/upload/${token}`,
      expirationDateTime: new Date(expires).toISOString(),
      nextExpectedRanges: ["0-"],
    });
  }

  async function handleGraph(x: Exchange): Promise<void> {
    const method = x.req.method ?? "GET";
    const path = x.path.replace(/\/+$/, "");
    const body = await readBody(x.req);
    requireToken(x.req);
    releaseDue();
    spendRequest();
    if (method === "POST" || method === "PATCH" || method === "PUT") spendUpload(body.length);
    if (options.shapes) {
      const wrong = requestShapeViolations(options.shapes, method, path, body);
      if (wrong.length > 0) {
        shapeViolations.push(...wrong);
        throw new GraphError(400, "RequestBodyRead", `The request body does not match Graph's metadata: ${wrong.join("; ")}`);
      }
    }

    if (path === "/v1.0/me/messages" && method === "POST") return createMessage(x, body);
    if (path === "/v1.0/me/messages" && method === "GET") return listMessages(x, null);

    const folder = /^\/v1\.0\/me\/mailFolders\/(drafts|sentitems)(\/messages)?$/i.exec(path);
    if (folder && method === "GET") {
      const name = (folder[1] as string).toLowerCase() as "drafts" | "sentitems";
      return folder[2] ? listMessages(x, name) : send(x, 200, folderJson(name));
    }

    let m = /^\/v1\.0\/me\/messages\/([^/]+)$/.exec(path);
    if (m) {
      const message = findMessage(decodeURIComponent(m[1] as string));
      if (method === "DELETE") {
        messages.splice(messages.indexOf(message), 1);
        changes.removed(message.immutableId);
        return send(x, 204, undefined);
      }
      if (method === "GET") return send(x, 200, messageJson(message, x, must(parseSelect(x.url.searchParams.get("$select"))), must(parseExpand(x.url.searchParams.get("$expand")))));
      if (method === "PATCH") return patchMessage(x, message, body);
    }

    m = /^\/v1\.0\/me\/messages\/([^/]+)\/send$/.exec(path);
    if (m && method === "POST") return sendMessage(x, findMessage(decodeURIComponent(m[1] as string)));

    m = /^\/v1\.0\/me\/messages\/([^/]+)\/attachments$/.exec(path);
    if (m && method === "POST") return addAttachment(x, findMessage(decodeURIComponent(m[1] as string)), body);
    if (m && method === "GET") return listAttachments(x, findMessage(decodeURIComponent(m[1] as string)));

    m = /^\/v1\.0\/me\/messages\/([^/]+)\/attachments\/createUploadSession$/.exec(path);
    if (m && method === "POST") return createUploadSession(x, findMessage(decodeURIComponent(m[1] as string)), body);

    throw new GraphError(400, "BadRequest", `Resource not found for the segment '${path}'.`);
  }

  /**
   * An upload URL, on the upload origin's server or (without one) mounted with the rest. Any page may PUT to it: the
   * URL is the credential, as Outlook's pre-authenticated uploadUrl is; its preflight allows PUT with Content-Range and
   * Content-Type, and no Authorization (uploadOrigin.ts).
   */
  function serveUpload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, path: string, base: string): boolean {
    const token = /^\/upload\/([^/]+)$/.exec(path)?.[1];
    if (token === undefined) return false;
    if (!hostAllowed(req.headers.host, rules)) {
      refuse(req, res, "The emulator answers only at localhost, an IP address, or a host it was told.");
      return true;
    }
    if (req.method === "OPTIONS") {
      req.resume();
      res.writeHead(204, uploadPreflightHeaders(req.headers.origin));
      res.end();
      return true;
    }
    const forwarded = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim();
    const protocol = forwarded || ((req.socket as TLSSocket).encrypted ? "https" : "http");
    const x: Exchange = { req, res, url, path, base: `${protocol}://${String(req.headers.host)}${base}`, immutableIds: false, cors: req.headers.origin !== undefined,
      answerAt: faults.latencyMs > 0 ? performance.now() + faults.latencyMs : 0,
    };
    serve(x, () => handleUploadPut(x, token));
    return true;
  }

  /** The upload origin's server: upload URLs only, at its root. */
  function handleUpload(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const url = new URL(req.url ?? "/", "http://emulator.invalid");
    return serveUpload(req, res, url, url.pathname, "");
  }

  async function handleUploadPut(x: Exchange, token: string): Promise<void> {
    const body = await readBody(x.req);
    if (x.req.headers.authorization !== undefined) {
      throw new GraphError(401, "InvalidAuthenticationToken", "The upload URL is pre-authenticated; do not send an Authorization header.");
    }
    const s = sessions.get(token);
    if (!s || s.expires < now()) throw new GraphError(404, "ErrorItemNotFound", "The upload session was not found or has expired.");
    if (x.req.method !== "PUT") throw new GraphError(405, "MethodNotAllowed", "Only PUT is allowed on an upload URL.");
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(x.req.headers["content-range"] ?? ""));
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
    // The upload URL is Outlook's own endpoint: its requests and bytes count toward the same mailbox budgets.
    spendRequest();
    spendUpload(body.length);
    // The message grows with each chunk; the one that takes it over the maximum is refused (docs-contrib#2561).
    refuseOverSize(messageBytes(s.message) + s.received + length);
    s.parts.push(body);
    s.received = end + 1;
    // The expiry is not moved: it is the embedded token's, fixed when the session was created (Learn's walkthrough;
    // the generic uploadSession page says fragments extend it — that is OneDrive's behaviour, not Outlook's).
    // The shape of Outlook's answer in Learn's walkthrough (Outlook REST v2.0: ExpirationDateTime capitalised).
    if (!last) return send(x, 200, { ExpirationDateTime: new Date(s.expires).toISOString(), nextExpectedRanges: [String(s.received)] });
    sessions.delete(token);
    const a: EmulatedAttachment = { id: randomBytes(12).toString("base64url"), name: s.name, contentType: s.contentType, bytes: Buffer.concat(s.parts), via: "upload" };
    s.message.attachments.push(a);
    changes.changed(s.message.immutableId);
    return send(x, 201, undefined, { Location: `${x.base}/v1.0/me/messages('${idFor(s.message, x)}')/attachments('${a.id}')` });
  }

  // ---- test controls ({prefix}/emulator/…) -----------------------------------------------------------------

  function summarise(m: EmulatedMessage): MessageSummary {
    return {
      id: m.id,
      immutableId: m.immutableId,
      isDraft: m.isDraft,
      folder: m.folder,
      subject: m.subject,
      to: addresses(m.toRecipients),
      cc: addresses(m.ccRecipients),
      bcc: addresses(m.bccRecipients),
      attachments: m.attachments.map((a) => ({ name: a.name, size: a.bytes.length })),
      extendedProperties: m.extendedProperties.map((p) => ({ ...p })),
      createdDateTime: m.createdDateTime,
      sentDateTime: m.sentDateTime,
      heldUntil: heldFor(m),
    };
  }

  /** The sandbox's mailbox panel opening a message (a draft, or one in Sent Items), or one of its attachments. */
  function openMessage(x: Exchange, immutableId: string, attachmentId: string | null): void {
    const m = messages.find((candidate) => candidate.immutableId === immutableId);
    if (m === undefined) throw new GraphError(404, "ErrorItemNotFound", "No message with that id in this mailbox.");
    if (attachmentId === null) {
      const view: MessageView = {
        ...summarise(m),
        body: { ...m.body },
        attachments: m.attachments.map((a) => ({ id: a.id, name: a.name, contentType: a.contentType, size: a.bytes.length })),
      };
      return send(x, 200, view);
    }
    const a = m.attachments.find((candidate) => candidate.id === attachmentId);
    if (a === undefined) throw new GraphError(404, "ErrorItemNotFound", "No attachment with that id on this message.");
    return send(x, 200, { name: a.name, contentType: a.contentType, contentBytes: a.bytes.toString("base64") });
  }

  function usageNow(): EmulatorSummary["usage"] {
    const t = now();
    const usage = (b: RollingBudget) => ({ used: b.used(t), limit: b.limit, windowMs: b.windowMs });
    return { requests: usage(budgets.requests), uploadBytes: usage(budgets.uploadBytes), recipients: usage(budgets.recipients) };
  }

  function summary(): EmulatorSummary {
    releaseDue();
    return {
      drafts: messages.filter((m) => m.isDraft).map(summarise),
      sent: messages.filter((m) => !m.isDraft).map(summarise),
      sends: [...sent],
      usage: usageNow(),
      maxInFlight,
      requests: log.length,
    };
  }

  function changesSince(since: string | null): EmulatorChanges {
    releaseDue();
    const from = changes.read(since);
    if (from.kind === "malformed") throw new GraphError(400, "BadRequest", "since is not a cursor this emulator gave: ask without since for everything, then with the cursor of the answer.");
    const cursor = changes.cursor;
    if (from.kind === "all") return { cursor, full: true, changed: messages.map(summarise), removed: [], usage: usageNow() };
    // A scan of the ids, not of the summaries: cheap at 10,000 messages, and it keeps creation order.
    const changed = messages.filter((m) => changes.isChangedAfter(m.immutableId, from.after)).map(summarise);
    return { cursor, full: false, changed, removed: changes.removedAfter(from.after), usage: usageNow() };
  }

  function issueToken(ttlSeconds = 3600): string {
    const token = `emu.${randomBytes(18).toString("base64url")}`;
    tokens.set(token, now() + Math.min(ttlSeconds, MAX_TOKEN_TTL_SECONDS) * 1000);
    return token;
  }

  function faultsJson(): Record<string, unknown> {
    return { ...faults, throttleOnly: faults.throttleOnly === null ? null : faults.throttleOnly.source };
  }

  async function handleControl(x: Exchange): Promise<void> {
    const method = x.req.method ?? "GET";
    const body = await readBody(x.req);
    const path = x.path.replace(/\/+$/, "");
    if (path === EMULATOR_SESSION_PATH && method === "GET") {
      if (!fromSameOriginPage(x.req)) throw new GraphError(403, "Forbidden", "The control token is given only to a page of the emulator's own origin.");
      const answer: EmulatorSessionAnswer = { controlToken };
      return send(x, 200, answer, { "Cache-Control": "no-store" });
    }
    const access = controlAccess(x.req, controlToken);
    if (access === 401) throw new GraphError(401, "Unauthorized", `The emulator's controls need its control token in ${EMULATOR_CONTROL_HEADER}.`);
    if (access === 403) throw new GraphError(403, "Forbidden", "That is not this emulator's control token.");
    const parsed = (): Record<string, unknown> => (body.length === 0 ? {} : json(body));
    if (path === "/emulator/token" && method === "POST") {
      const ttl = parsed()["ttlSeconds"] ?? 3600;
      if (typeof ttl !== "number" || !Number.isFinite(ttl) || ttl <= 0) throw new GraphError(400, "BadRequest", "ttlSeconds must be a positive number.");
      const lives = Math.min(ttl, MAX_TOKEN_TTL_SECONDS);
      return send(x, 200, { access_token: issueToken(lives), token_type: "Bearer", expires_in: lives });
    }
    if (path === "/emulator/state" && method === "GET") return send(x, 200, summary());
    if (path === "/emulator/changes" && method === "GET") return send(x, 200, changesSince(x.url.searchParams.get("since")), { "Cache-Control": "no-store" });
    if (path === "/emulator/faults" && method === "GET") return send(x, 200, faultsJson());
    if (path === "/emulator/clock" && method === "POST") {
      const advance = parsed()["advanceMs"];
      if (typeof advance !== "number" || !Number.isFinite(advance) || advance < 0) throw new GraphError(400, "BadRequest", "advanceMs must be a number of milliseconds, 0 or more: the clock only goes forward.");
      clockAdvancedMs += advance;
      releaseDue();
      return send(x, 200, { now: new Date(now()).toISOString() });
    }
    if (path === "/emulator/faults" && method === "POST") {
      const posted = faultsFromJson(parsed());
      // A window posted without its start begins now.
      if (posted.throttleWindowMs !== undefined && posted.throttleWindowStart === undefined) posted.throttleWindowStart = now();
      Object.assign(faults, posted);
      return send(x, 200, faultsJson());
    }
    const opened = /^\/emulator\/messages\/([^/]+)(?:\/attachments\/([^/]+))?$/.exec(path);
    if (opened !== null && method === "GET") return openMessage(x, decodeURIComponent(opened[1] ?? ""), opened[2] === undefined ? null : decodeURIComponent(opened[2]));
    if (path === "/emulator/reset" && method === "POST") {
      reset();
      return send(x, 204, undefined);
    }
    throw new GraphError(404, "NotFound", `No emulator control at ${method} ${path}.`);
  }

  function reset(): void {
    messages.length = 0;
    changes.clear();
    sent.length = 0;
    held.clear();
    log.length = 0;
    sessions.clear();
    for (const b of Object.values(budgets)) b.clear();
    Object.assign(faults, defaultFaults());
    maxInFlight = 0;
    throttledForConcurrency = 0;
    maxSendsPerMinute = 0;
  }

  // ---- dispatch ---------------------------------------------------------------------------------------------

  /** The ms left of the sustained throttle window now, 0 outside one. */
  function throttleWindowLeft(): number {
    if (faults.throttleWindowMs <= 0) return 0;
    faults.throttleWindowStart ??= now();
    const since = now() - faults.throttleWindowStart;
    if (since < 0) return 0;
    const into = faults.throttleWindowEveryMs > 0 ? since % faults.throttleWindowEveryMs : since;
    return Math.max(0, faults.throttleWindowMs - into);
  }

  function injectedFault(x: Exchange): GraphError | null {
    const label = `${x.req.method ?? ""} ${x.path}`;
    const windowLeft = throttleWindowLeft();
    // Graph's wording for a spent request budget is not documented; the code and the 429 + Retry-After are.
    if (windowLeft > 0) return new GraphError(429, "ApplicationThrottled", "Application is over its MailboxRequests limit.", retryAfter(windowLeft));
    if (faults.throttleNext > 0 && (faults.throttleOnly === null || faults.throttleOnly.test(label))) {
      faults.throttleNext -= 1;
      return new GraphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", retryAfter(faults.throttleRetryAfterSeconds * 1000));
    }
    const unavailable = (): GraphError => {
      const retry = faults.unavailableRetryAfterSeconds;
      return new GraphError(503, "ServiceUnavailable", "Service Unavailable", retry === null ? {} : { "Retry-After": String(retry) });
    };
    if (faults.unavailableNext > 0) {
      faults.unavailableNext -= 1;
      return unavailable();
    }
    if (faults.randomThrottleRate > 0 && random() < faults.randomThrottleRate) {
      return new GraphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", retryAfter(faults.throttleRetryAfterSeconds * 1000));
    }
    if (faults.randomUnavailableRate > 0 && random() < faults.randomUnavailableRate) return unavailable();
    return null;
  }

  /** Waits holdMs, or until the client gives up; true when the request is still worth answering. */
  function hold(x: Exchange): Promise<boolean> {
    return new Promise((resolve) => {
      const gone = (): void => resolve(false);
      x.res.once("close", gone);
      if (faults.holdMs !== null) {
        setTimeout(() => {
          x.res.off("close", gone);
          resolve(!x.res.destroyed);
        }, faults.holdMs);
      }
    });
  }

  function serve(x: Exchange, work: () => Promise<void>): void {
    const record = (): void => {
      log.push({ method: x.req.method ?? "", path: x.path, status: x.res.headersSent && !lostAnswers.has(x.res) ? x.res.statusCode : 0, at: now() });
    };
    // Logged when the exchange is over (the answer out, lost, or the client gone): answers may leave late.
    x.res.once("close", record);
    void work().catch((e: unknown) => sendError(x, e instanceof GraphError ? e : new GraphError(500, "InternalServerError", String(e))));
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    // Express rewrites req.url for mounted middleware; originalUrl keeps the full path.
    const raw = (req as { originalUrl?: string }).originalUrl ?? req.url ?? "/";
    const url = new URL(raw, "http://emulator.invalid");
    if (prefix !== "" && !url.pathname.startsWith(`${prefix}/`)) return false;
    const path = url.pathname.slice(prefix.length);
    if (!/^\/(v1\.0|upload|emulator)(\/|$)/.test(path)) return false;
    if (path.startsWith("/upload/")) {
      // With an upload origin of its own, Graph's origin knows no upload URLs (graph.microsoft.com serves none).
      if (uploadOrigin !== null) {
        refuse(req, res, "Upload URLs are served on the upload origin.", 404);
        return true;
      }
      return serveUpload(req, res, url, path, prefix);
    }

    const forwarded = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim();
    const protocol = forwarded || ((req.socket as TLSSocket).encrypted ? "https" : "http");
    if (!hostAllowed(req.headers.host, rules)) {
      refuse(req, res, "The emulator answers only at localhost, an IP address, or a host it was told.");
      return true;
    }
    const origin = originVerdict(req.headers.origin, `${protocol}://${String(req.headers.host)}`, rules);
    if (origin === "refused") {
      refuse(req, res, "The emulator does not answer pages of another origin.");
      return true;
    }
    const x: Exchange = { req, res, url, path, base: `${protocol}://${String(req.headers.host)}${prefix}`, immutableIds: /IdType\s*=\s*"?ImmutableId"?/i.test(String(req.headers.prefer ?? "")),
      cors: origin === "allowed",
      answerAt: faults.latencyMs > 0 ? performance.now() + faults.latencyMs : 0,
    };

    if (req.method === "OPTIONS") {
      // CORS preflight of an allowed origin, answered before any token or budget check, as a browser sends it
      // without credentials.
      req.resume();
      res.writeHead(204, {
        ...corsHeaders(req, x.cors),
        "Access-Control-Allow-Methods": CORS_METHODS,
        "Access-Control-Allow-Headers": CORS_HEADERS,
        "Access-Control-Max-Age": "3600",
      });
      res.end();
      return true;
    }

    if (path.startsWith("/emulator")) {
      serve(x, () => handleControl(x));
      return true;
    }

    if (inFlight >= maxConcurrent) {
      throttledForConcurrency += 1;
      req.resume();
      serve(x, async () => {
        throw new GraphError(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", retryAfter((options.concurrencyRetryAfterSeconds ?? 1) * 1000));
      });
      return true;
    }
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      inFlight -= 1;
    };
    // The slot is free when the answer is out (or the client gave up), not when the handler returns: with latency
    // the answer leaves later (see Exchange.answerAt).
    res.on("close", release);
    serve(x, async () => {
      if (faults.timeoutNext > 0) {
        faults.timeoutNext -= 1;
        if (!(await hold(x))) return;
      }
      const fault = injectedFault(x);
      if (fault) {
        req.resume();
        throw fault;
      }
      await handleGraph(x);
    });
    return true;
  }

  return {
    messages,
    get drafts() {
      releaseDue();
      return messages.filter((m) => m.isDraft);
    },
    get sentItems() {
      releaseDue();
      return messages.filter((m) => !m.isDraft);
    },
    sent,
    faults,
    tokens,
    controlToken,
    log,
    budgets,
    get maxInFlight() {
      return maxInFlight;
    },
    get throttledForConcurrency() {
      return throttledForConcurrency;
    },
    get maxSendsPerMinute() {
      return maxSendsPerMinute;
    },
    prefix,
    shapeViolations,
    get uploadOrigin() {
      return uploadOrigin;
    },
    set uploadOrigin(origin: string | null) {
      uploadOrigin = origin;
    },
    handleUpload,
    now,
    issueToken,
    summary,
    changesSince,
    reset,
    handle,
  };
}

/** The emulator on its own server at 127.0.0.1 (a random port unless options.port is given). */
export async function startGraphEmulator(
  options: GraphEmulatorOptions & { readonly port?: number; readonly host?: string; readonly uploadPort?: number; readonly separateUploadOrigin?: boolean } = {},
): Promise<GraphEmulator> {
  const emulator = createGraphEmulator(options);
  // Upload URLs on a second port, as Graph's are on outlook.office.com: cross-origin for a page (uploadOrigin.ts).
  const uploads = options.separateUploadOrigin === false || options.uploadOrigin !== undefined ? null : await startUploadServer(emulator.handleUpload, options.host ?? "127.0.0.1", options.uploadPort ?? 0);
  if (uploads !== null) emulator.uploadOrigin = uploads.origin;
  const server = http.createServer((req, res) => {
    if (!emulator.handle(req, res)) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("Not an emulator path.");
    }
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  // Object.assign keeps the state's getters (maxInFlight, drafts, …) live.
  return Object.assign(emulator, {
    baseUrl: `${origin}${emulator.prefix}/v1.0`,
    origin,
    port,
    close: async () => {
      await uploads?.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  });
}
