import { EMULATOR_CONTROL_HEADER } from "./controlProtocol";
import { parseServeArgs, startFromArgs } from "./serve";

test.each([
  [[], { port: 0, uploadPort: 0, host: "127.0.0.1", latencyMs: 0, throttleRate: 0, prefix: "", seed: 1, ttlSeconds: 3600, allowOrigins: [] }],
  [["--allow-origin", "http://localhost:8080"], { allowOrigins: ["http://localhost:8080"] }],
  [["--allow-origin", "https://a.example, http://127.0.0.1:5000/"], { allowOrigins: ["https://a.example", "http://127.0.0.1:5000"] }],
  [["--upload-port", "4011"], { uploadPort: 4011 }],
  [["--port", "4010", "--latency", "50", "--throttle-rate", "0.1", "--prefix", "/graph"], { port: 4010, latencyMs: 50, throttleRate: 0.1, prefix: "/graph" }],
])("parseServeArgs(%j)", (argv, expected) => {
  const parsed = parseServeArgs(argv);
  expect(parsed.ok && parsed.args).toMatchObject(expected);
});

test.each([
  [["--port"], /value is missing/],
  [["--port", "70000"], /--port 70000 is not valid/],
  [["--throttle-rate", "1.5"], /throttle-rate/],
  [["--latency", "-1"], /latency/],
  [["--prefix", "graph/"], /prefix/],
  [["--colour", "red"], /--colour is not an option/],
  [["--allow-origin", "*"], /--allow-origin \* is not an origin/],
  [["--allow-origin", "null"], /is not an origin/],
  [["--allow-origin", "https://a.example/page"], /is not an origin/],
  [["--ttl", "100000"], /--ttl 100000 is not valid/],
  [["--help"], /usage/],
])("parseServeArgs(%j) refuses", (argv, message) => {
  const parsed = parseServeArgs(argv);
  expect(parsed.ok ? "accepted" : parsed.message).toMatch(message);
});

describe("the emulator on its own", () => {
  test("answers pages of the origin given with --allow-origin and no other; prints an issued token and the control token", async () => {
    const parsed = parseServeArgs(["--allow-origin", "http://localhost:8080"]);
    if (!parsed.ok) throw new Error(parsed.message);
    const { emulator, banner } = await startFromArgs(parsed.args);
    try {
      const token = /token \(3600 s\): (\S+)/.exec(banner)?.[1] ?? "";
      expect(banner).toContain(`${EMULATOR_CONTROL_HEADER}): ${emulator.controlToken}`);
      expect(banner).not.toContain("test-token");
      // Upload URLs on a second origin of their own.
      expect(emulator.uploadOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(emulator.uploadOrigin).not.toBe(emulator.origin);
      expect(banner).toContain(`upload URLs (another origin, as Graph's are on outlook.office.com): ${emulator.uploadOrigin}`);
      const list = (origin: string) => fetch(`${emulator.baseUrl}/me/messages`, { headers: { Authorization: `Bearer ${token}`, Origin: origin } });
      const allowed = await list("http://localhost:8080");
      expect([allowed.status, allowed.headers.get("access-control-allow-origin")]).toEqual([200, "http://localhost:8080"]);
      const other = await list("http://localhost:8081");
      expect([other.status, other.headers.get("access-control-allow-origin")]).toEqual([403, null]);
      const state = await fetch(`${emulator.origin}/emulator/state`);
      expect(state.status).toBe(401);
      expect((await fetch(`${emulator.origin}/emulator/state`, { headers: { [EMULATOR_CONTROL_HEADER]: emulator.controlToken } })).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});
