// The Graph gateway with a scripted fetch: for what the emulator cannot stage (a fetch that ignores its signal, a
// Graph answer without isDraft, a send on a clock that only moves when told). Shared by src/gateways/graph's tests.
import { createGraphGateway, type GraphGatewayOptions } from "../../src/gateways/graph/graphGateway";

export type Handler = (method: string, url: string) => Response | Promise<Response>;

export const BASE_URL = "https://graph.test/v1.0";

/** A fetch that answers with `handler` and records each request as "METHOD /path". */
export function scripted(handler: Handler): { calls: string[]; fetchFn: typeof fetch } {
  const calls: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? "GET";
    calls.push(`${method} ${String(input).replace(BASE_URL, "")}`);
    return handler(method, String(input));
  }) as typeof fetch;
  return { calls, fetchFn };
}

export const json = (status: number, body?: unknown): Response => new Response(body === undefined ? null : JSON.stringify(body), { status });

/** Graph's error answer. */
export const graphError = (status: number, code: string, message: string): Response => json(status, { error: { code, message } });

/** A gateway on `fetchFn` that never really waits. */
export const scriptedGateway = (fetchFn: typeof fetch, over: Partial<GraphGatewayOptions> = {}) =>
  createGraphGateway({ baseUrl: BASE_URL, getToken: async () => "t", lang: "en", fetch: fetchFn, sleep: async () => undefined, ...over });

/** A mailbox in a few lines: creates give ids, lists find nothing, sends are accepted. */
export const mailbox: Handler = (method, url) => {
  if (method === "GET") return json(200, { value: [] });
  if (method === "POST" && url.endsWith("/me/messages")) return json(201, { id: `m${Math.random()}` });
  if (method === "POST" && url.endsWith("/send")) return json(202);
  if (method === "PATCH") return json(200, { id: url.split("/").pop() });
  if (method === "DELETE") return json(204);
  return graphError(400, "BadRequest", "unexpected");
};

/** The mailbox, except that its look-up lists `items` (each a message as Graph lists it). */
export const listing =
  (items: readonly Record<string, unknown>[]): Handler =>
  (method, url) =>
    method === "GET" && url.includes("/me/messages?") ? json(200, { value: items }) : mailbox(method, url);
