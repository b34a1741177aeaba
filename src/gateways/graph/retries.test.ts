// A request after the draft exists: retried on its own outside a run, waiting at the run's throttle gate inside one.
import type { RunThrottle } from "../../core/run/types";
import { GraphFailure, GraphTimeout, type GraphCall, type GraphClient } from "./request";
import { withRetries } from "./retries";

const throttled = (retryAfterMs?: number) => new GraphFailure(429, "ApplicationThrottled", "slow down", retryAfterMs);

function callWith(throttle: RunThrottle | undefined) {
  const slept: number[] = [];
  const client = { sleep: async (ms: number) => void slept.push(ms) } as unknown as GraphClient;
  const call: GraphCall = { client, session: { token: "t" }, signal: undefined, throttle };
  return { call, slept };
}

/** Fails with each error in turn, then answers "ok". */
function failing(...errors: Error[]) {
  let n = 0;
  const attempt = async (): Promise<string> => {
    const error = errors[n];
    n += 1;
    if (error) throw error;
    return "ok";
  };
  return { attempt, tries: () => n };
}

test.each<[string, Error[], number[], "ok" | "throws"]>([
  ["a 429 with Retry-After: waits as long", [throttled(2000)], [2000], "ok"],
  ["5xx without Retry-After: 0.5 s doubling", [new GraphFailure(502, "BadGateway", "", undefined), new GraphFailure(500, "X", "", undefined)], [500, 1000], "ok"],
  ["four transient failures: given up", [throttled(), throttled(), throttled(), throttled()], [500, 1000, 2000], "throws"],
  ["a Retry-After over 30 s: up to the run at once", [throttled(120_000)], [], "throws"],
  ["a 400: never retried", [new GraphFailure(400, "BadRequest", "", undefined)], [], "throws"],
  ["a timeout without a way to look: retried", [new GraphTimeout("late")], [500], "ok"],
])("outside a run, %s", async (_name, errors, waits, outcome) => {
  const { call, slept } = callWith(undefined);
  const pending = withRetries(call, failing(...errors).attempt);
  if (outcome === "ok") await expect(pending).resolves.toBe("ok");
  else await expect(pending).rejects.toThrow();
  expect(slept).toEqual(waits);
});

test("a timeout with a way to look is never sent again: landed answers, not a retry", async () => {
  const { call } = callWith(undefined);
  const request = failing(new GraphTimeout("late"));
  await expect(withRetries(call, request.attempt, async () => true)).resolves.toBeUndefined();
  await expect(withRetries(call, failing(new GraphTimeout("late")).attempt, async () => false)).rejects.toThrow("late");
  expect(request.tries()).toBe(1);
});

test("in a run, throttles wait at the run's gate (call.throttle) with their ticket, uncounted, and never sleep here", async () => {
  const gate: [number, number | undefined][] = [];
  let tickets = 0;
  const throttle: RunThrottle = {
    ticket: () => (tickets += 1),
    throttled: async (ticket, retryAfterMs) => {
      gate.push([ticket, retryAfterMs]);
      return true;
    },
  };
  const { call, slept } = callWith(throttle);
  const request = failing(throttled(), throttled(1000), throttled(), throttled(), throttled());
  await expect(withRetries(call, request.attempt)).resolves.toBe("ok");
  expect(gate).toEqual([[1, undefined], [2, 1000], [3, undefined], [4, undefined], [5, undefined]]);
  expect(slept).toEqual([]);
});

test("in a run that was cancelled while waiting at the gate, the throttle goes up as it came", async () => {
  const { call } = callWith({ ticket: () => 0, throttled: async () => false });
  await expect(withRetries(call, failing(throttled()).attempt)).rejects.toThrow("slow down");
});
