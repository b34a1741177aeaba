import { graphEndpoint, MICROSOFT_GRAPH_ENDPOINT } from "./graphEndpoint";

const globals = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete globals["window"];
});

test("without a window (Node), Microsoft's Graph", () => {
  expect(graphEndpoint()).toBe("https://graph.microsoft.com/v1.0");
});

test.each([
  { name: "the sandbox's emulator", configured: "https://localhost:3000/graph/v1.0", expected: "https://localhost:3000/graph/v1.0" },
  { name: "a trailing slash is dropped", configured: "http://127.0.0.1:8123/graph/v1.0/", expected: "http://127.0.0.1:8123/graph/v1.0" },
  { name: "not set", configured: undefined, expected: MICROSOFT_GRAPH_ENDPOINT },
  { name: "empty", configured: "", expected: MICROSOFT_GRAPH_ENDPOINT },
  { name: "not a string", configured: { url: "https://evil.example" }, expected: MICROSOFT_GRAPH_ENDPOINT },
  { name: "on another origin", configured: "https://evil.example/graph/v1.0", expected: MICROSOFT_GRAPH_ENDPOINT },
  { name: "another port of the same host", configured: "https://localhost:3001/graph/v1.0", expected: MICROSOFT_GRAPH_ENDPOINT },
  { name: "not a URL", configured: "graph/v1.0", expected: MICROSOFT_GRAPH_ENDPOINT },
])("window.rundmailGraphEndpoint $name", ({ configured, expected }) => {
  const origin = typeof configured === "string" && configured.startsWith("http://127.0.0.1:8123") ? "http://127.0.0.1:8123" : "https://localhost:3000";
  globals["window"] = { rundmailGraphEndpoint: configured, location: { origin } };
  expect(graphEndpoint()).toBe(expected);
});
