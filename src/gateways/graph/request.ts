// One request to Microsoft Graph: the token in its header (a fresh one after a 401), a time limit of its own that
// also covers reading the body, and Graph's error answer turned into a GraphFailure. Everything that talks to Graph
// goes through here; what to do with a failure (retry, wait with the run, give the row up) is the callers'.
import type { IssueCode } from "../../core/issues/codes";
import { reasonOf } from "../../core/run/reason";
import type { RunThrottle } from "../../core/run/types";
import type { FindingParams } from "../../core/types";

/** Graph's send quota errors (the mailbox's daily recipient limit, or its submission quota). */
export const QUOTA_CODE = /quota|ratelimit|recipientlimit/i;

/** A Graph answer that is not a success. */
export class GraphFailure extends Error {
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
export class GraphTimeout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GraphTimeout";
  }
}

/** No token could be had (getToken rejected). */
export class TokenFailure extends Error {
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

export const messagePath = (id: string): string => `/me/messages/${encodeURIComponent(id)}`;

/** The token one create or look-up uses; replaced in place after a 401, so later requests of the row use the new one. */
export interface Session {
  token: string;
}

export interface GraphClientOptions {
  readonly baseUrl: string;
  readonly getToken: () => Promise<string>;
  readonly refreshToken: () => Promise<string>;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  /** A row message in the user's language. */
  readonly say: (code: IssueCode, params?: FindingParams) => string;
}

export interface GraphClient {
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly say: (code: IssueCode, params?: FindingParams) => string;
  /** A fresh session; rejects with TokenFailure. */
  openSession(): Promise<Session>;
  /**
   * One request to Graph (auth header added), its JSON answer (undefined when empty). Rejects with GraphFailure,
   * GraphTimeout, TokenFailure, or the fetch error.
   */
  request(session: Session, method: string, path: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown>;
  /** One request to a URL outside Graph's API (an upload session's), with the same time limit and failures. */
  requestUrl(url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<void>;
}

/**
 * What the requests of one create or look-up share: its token, the run's signal and the run's throttle gate
 * (GatewayCall.throttle), handed down explicitly to every helper that retries.
 */
export interface GraphCall {
  readonly client: GraphClient;
  readonly session: Session;
  readonly signal: AbortSignal | undefined;
  /** Undefined outside a run: a throttled request then retries on its own, a few times. */
  readonly throttle: RunThrottle | undefined;
}

/** A request of this call (see GraphClient.request). */
export const graph = (call: GraphCall, method: string, path: string, body?: unknown): Promise<unknown> =>
  call.client.request(call.session, method, path, body, call.signal);

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const { baseUrl, timeoutMs, say } = options;

  async function token(get: () => Promise<string>): Promise<string> {
    try {
      return await get();
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
          const res = await options.fetch(url, { ...init, signal: controller.signal });
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

  async function request(session: Session, method: string, path: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    const json = body === undefined ? undefined : JSON.stringify(body);
    // A token can expire mid-run: a 401 asks for a fresh one once and tries again once.
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
        session.token = await token(options.refreshToken);
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

  async function requestUrl(url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<void> {
    const { res, text } = await timed(url, init, signal);
    if (!res.ok) throw failureOf(res, text);
  }

  return {
    sleep: options.sleep,
    now: options.now,
    say,
    openSession: async () => ({ token: await token(options.getToken) }),
    request,
    requestUrl,
  };
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
