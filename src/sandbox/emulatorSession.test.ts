import { EMULATOR_CONTROL_HEADER } from "../emulator/controlProtocol";
import { emulatorSession } from "./emulatorSession";

interface Seen {
  readonly url: string;
  readonly control: string | null;
}

/** An emulator as the page sees it: its control token is tokens[n], n going up with each restart. */
function fakeEmulator(tokens: readonly string[]) {
  const seen: Seen[] = [];
  let current = 0;
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const control = new Headers(init?.headers).get(EMULATOR_CONTROL_HEADER);
    seen.push({ url, control });
    const token = tokens[current];
    if (url.endsWith("/emulator/session")) return token === undefined ? new Response("", { status: 403 }) : Response.json({ controlToken: token });
    return control === token ? Response.json({ ok: true }) : new Response("", { status: 403 });
  }) as typeof globalThis.fetch;
  return { fetch, seen, restart: () => void (current += 1) };
}

describe("emulatorSession", () => {
  test("asks for the control token once and sends it with every control request", async () => {
    const emulator = fakeEmulator(["ctl-1"]);
    const session = emulatorSession("http://127.0.0.1:3000/graph", emulator.fetch);
    expect((await session.control("state")).status).toBe(200);
    expect((await session.control("faults", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })).status).toBe(200);
    expect(emulator.seen).toEqual([
      { url: "http://127.0.0.1:3000/graph/emulator/session", control: null },
      { url: "http://127.0.0.1:3000/graph/emulator/state", control: "ctl-1" },
      { url: "http://127.0.0.1:3000/graph/emulator/faults", control: "ctl-1" },
    ]);
  });

  test("a refused token (the emulator restarted) is asked for again, once", async () => {
    const emulator = fakeEmulator(["old", "new"]);
    const session = emulatorSession("/graph", emulator.fetch);
    await session.control("state");
    emulator.restart();
    emulator.seen.length = 0;
    const answer = await session.control("state");
    expect(answer.status).toBe(200);
    expect(emulator.seen.map((s) => s.control)).toEqual(["old", null, "new"]);
  });

  test("no token to be had: the request fails with the reason, and the next one asks again", async () => {
    const emulator = fakeEmulator([]);
    const session = emulatorSession("/graph", emulator.fetch);
    await expect(session.control("state")).rejects.toThrow(/no control token \(403\)/);
    await expect(session.control("state")).rejects.toThrow(/no control token/);
    expect(emulator.seen.filter((s) => s.url.endsWith("/session"))).toHaveLength(2);
  });
});
