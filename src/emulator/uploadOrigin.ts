// Upload sessions on an origin of their own, as in Graph: the uploadUrl createUploadSession hands out is on
// https://outlook.office.com, not graph.microsoft.com (Learn, "Attach large files to Outlook messages or events":
// "pre-authenticated and contains the appropriate authorization token for subsequent PUT queries in the
// https://outlook.office.com domain"). So a task pane's chunk PUTs are cross-origin: the browser sends a preflight
// (Content-Range and an application/octet-stream Content-Type are not CORS-safelisted) and its CSP's connect-src must
// allow the origin. The emulator serves uploads on a second port to exercise exactly that.
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The preflight answer of the upload origin: PUT with Content-Range and Content-Type, for any page — the URL itself
 * is the credential. Authorization is not among the allowed headers: Learn says "Do not specify an Authorization
 * request header" (the URL is pre-authenticated), so a client that sends one fails here, in the browser, as it would
 * against Outlook.
 */
export function uploadPreflightHeaders(origin: string | undefined): Record<string, string> {
  return {
    ...(origin ? { "Access-Control-Allow-Origin": origin } : {}),
    Vary: "Origin",
    "Access-Control-Allow-Methods": "PUT",
    "Access-Control-Allow-Headers": "Content-Range, Content-Type",
    "Access-Control-Max-Age": "3600",
  };
}

/** A server on its own port that answers only upload URLs (`handle` returns false for anything else: 404). */
export async function startUploadServer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
  host = "127.0.0.1",
  port = 0,
): Promise<{ readonly origin: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (!handle(req, res)) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("Not an upload URL.");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
