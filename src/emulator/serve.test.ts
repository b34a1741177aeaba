import { parseServeArgs } from "./serve";

test.each([
  [[], { port: 0, host: "127.0.0.1", latencyMs: 0, throttleRate: 0, prefix: "", seed: 1, ttlSeconds: 3600 }],
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
  [["--help"], /usage/],
])("parseServeArgs(%j) refuses", (argv, message) => {
  const parsed = parseServeArgs(argv);
  expect(parsed.ok ? "accepted" : parsed.message).toMatch(message);
});
