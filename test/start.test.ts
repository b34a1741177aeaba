// `npm start` off Windows: builds and serves the add-in, then explains how to use it. Runs the real script on a
// free port with its own certificate folder, so a developer's dev server on port 3000 is left alone.
import { spawn, spawnSync, type ChildProcess } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import http from "http";
import https from "https";
import net from "net";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
const START_TIMEOUT_MS = 75_000;

interface Response {
  readonly status: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function get(url: string, ca: Buffer | undefined, headers: Record<string, string> = {}): Promise<Response> {
  const client = url.startsWith("https:") ? https : http;
  // With the generated CA the certificate is really verified; without one (self-signed fallback) it cannot be.
  // The certificate is checked against the URL's host, also when the Host header says another.
  const options = { ...(ca ? { ca } : { rejectUnauthorized: false }), headers, servername: new URL(url).hostname };
  return new Promise((resolve, reject) => {
    client
      .get(url, options, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      })
      .on("error", reject);
  });
}

function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "localhost");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

/** Spawns `node scripts/start.js` and waits until it has printed its instructions (it does so once serving). */
async function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!output.includes("Try Rundmail without Outlook")) {
    if (child.exitCode !== null) throw new Error(`start.js exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`start.js printed no instructions in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { child, output: () => output, exited };
}

function testEnv(port: number, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.RUNDMAIL_HTTP;
  return { ...env, RUNDMAIL_PORT: String(port), ...extra };
}

// On Windows `npm start` sideloads into desktop Outlook, which a test must not do.
const testOffWindows = process.platform === "win32" ? test.skip : test;

const recordFile = (port: number) => path.join(os.tmpdir(), `rundmail-dev-server-${port}.json`);
const certDir = mkdtempSync(path.join(os.tmpdir(), "rundmail-certs-"));
const running: ChildProcess[] = [];

afterAll(() => {
  // Whatever a failed test left behind: its server's process group, then its files.
  for (const child of running) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(certDir, { recursive: true, force: true });
});

testOffWindows("serves the task pane over https and tells how to sideload it and how to use the CLI; `npm stop` stops it", async () => {
  const port = await freePort();
  const env = testEnv(port, { RUNDMAIL_CERT_DIR: certDir });
  const started = await start(env);
  running.push(started.child);
  const origin = `https://localhost:${port}`;
  const caFile = path.join(certDir, "ca.crt");
  const ca = existsSync(caFile) ? readFileSync(caFile) : undefined;

  const page = await get(`${origin}/taskpane.html`, ca);
  expect(page.status).toBe(200);
  expect(page.body).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page.body)?.[1];
  expect(csp).toBeDefined();
  expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(csp).toContain("style-src 'self' 'unsafe-inline';");
  expect(csp).toContain("default-src 'self';");
  expect(csp).not.toMatch(/unsafe-eval|\*/);
  // No other external loads: every src/href is on this origin, except Office.js.
  const references = [...page.body.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
  expect(references.filter((r) => /^(?:https?:)?\/\//.test(r))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  const bundle = references.find((r) => r.endsWith(".js") && !r.includes("//"));
  expect(bundle).toBeDefined();
  expect((await get(`${origin}/${bundle}`, ca)).status).toBe(200);
  expect((await get(`${origin}/manifest.xml`, ca)).status).toBe(200);
  expect((await get(`${origin}/assets/icon-80.png`, ca)).status).toBe(200);
  // The project folder itself is not served.
  expect((await get(`${origin}/package.json`, ca)).status).toBe(404);
  // The sandbox's Graph emulator answers on the same origin; without a token Graph's 401 comes back. Its state needs
  // the control token, which only a same-origin page gets (the browser's Sec-Fetch-Site); another origin, or a
  // foreign Host name (DNS rebinding), gets nothing.
  expect((await get(`${origin}/graph/v1.0/me/messages`, ca)).status).toBe(401);
  expect((await get(`${origin}/graph/emulator/state`, ca)).status).toBe(401);
  const foreign = await get(`${origin}/graph/emulator/session`, ca, { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" });
  expect([foreign.status, foreign.headers["access-control-allow-origin"]]).toEqual([403, undefined]);
  expect((await get(`${origin}/graph/emulator/session`, ca, { Host: "evil.example" })).status).toBe(403);
  const session = await get(`${origin}/graph/emulator/session`, ca, { "Sec-Fetch-Site": "same-origin" });
  const { controlToken } = JSON.parse(session.body) as { controlToken: string };
  const graphState = await get(`${origin}/graph/emulator/state`, ca, { "X-Emulator-Control": controlToken });
  expect(graphState.status).toBe(200);
  expect(JSON.parse(graphState.body)).toMatchObject({ drafts: [] });

  const text = started.output();
  expect(text).toContain("https://aka.ms/olksideload");
  expect(text).toContain("Add from file");
  expect(text).toContain(path.join(ROOT, "manifest.xml"));
  expect(text).toContain(
    'npx rundmail check --recipients samples/mitglieder.csv --template samples/rechnung.html \\\n    --attachments samples/rechnungen --attachment-pattern "Rechnung_{{Mitgliedsnummer}}.pdf"',
  );
  expect(text).toMatch(/npx rundmail drafts [^\n]*\n[^\n]*--out drafts/);
  if (process.platform === "linux") expect(text).toContain(`certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n`);

  const record = JSON.parse(readFileSync(recordFile(port), "utf8")) as { pid: number; origin: string };
  expect(record.origin).toBe(origin);

  const stop = spawnSync(process.execPath, [path.join(ROOT, "scripts/stop.js")], { cwd: ROOT, env, encoding: "utf8" });
  expect(stop.stdout).toContain(`Stopped the Rundmail dev server on ${origin} (process ${record.pid}).`);
  expect(await started.exited).toBe(0);
  expect(await portIsClosed(port)).toBe(true);
  expect(existsSync(recordFile(port))).toBe(false);
}, 110_000);

testOffWindows("RUNDMAIL_HTTP=1 serves plain http (for the sandbox) and Ctrl+C/SIGTERM stops the server", async () => {
  const port = await freePort();
  const started = await start(testEnv(port, { RUNDMAIL_HTTP: "1", RUNDMAIL_CERT_DIR: certDir }));
  running.push(started.child);

  const page = await get(`http://localhost:${port}/taskpane.html`, undefined);
  expect(page.status).toBe(200);
  expect(page.body).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(started.output()).toContain("Outlook loads add-ins only over https");
  // The sandbox's Graph emulator serves upload URLs on the next port, as Graph's are on outlook.office.com, and the
  // sandbox pane may connect there (webpack.config.js).
  const uploadOrigin = `http://localhost:${port + 1}`;
  const sandboxPane = await get(`http://localhost:${port}/taskpane-sandbox.html`, undefined);
  expect(sandboxPane.body).toContain(`connect-src 'self' ${uploadOrigin};`);
  const preflight = await fetch(`${uploadOrigin}/upload/none`, { method: "OPTIONS", headers: { Origin: `http://localhost:${port}`, "Access-Control-Request-Method": "PUT" } });
  expect([preflight.status, preflight.headers.get("access-control-allow-methods")]).toEqual([204, "PUT"]);

  started.child.kill("SIGTERM");
  expect(await started.exited).toBe(0);
  expect(await portIsClosed(port)).toBe(true);
  expect(await portIsClosed(port + 1)).toBe(true);
  expect(existsSync(recordFile(port))).toBe(false);
}, 110_000);
