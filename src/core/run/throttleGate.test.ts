import { MAX_RETRY_AFTER_MS } from "./backoff";
import { ThrottleGate, THROTTLE_MAX_WAIT_MS } from "./throttleGate";

/** One step: at `at`, a request sent with the ticket of `sentAfter` pauses (or "now" for the current one) was throttled. */
interface Step {
  readonly at: number;
  readonly event: "throttled" | "stale" | "passed";
  readonly retryAfterMs?: number;
  /** waitingUntil(at) after the step. */
  readonly until: number | null;
}

const cases: readonly { name: string; steps: readonly Step[]; options?: ConstructorParameters<typeof ThrottleGate>[0] }[] = [
  {
    name: "no Retry-After: waits grow 1 s, 2 s, 4 s, 8 s while each new try is throttled again",
    steps: [
      { at: 0, event: "throttled", until: 1000 },
      { at: 1000, event: "throttled", until: 3000 },
      { at: 3000, event: "throttled", until: 7000 },
      { at: 7000, event: "throttled", until: 15_000 },
    ],
  },
  {
    name: "a Retry-After that can be read is the wait",
    steps: [
      { at: 0, event: "throttled", retryAfterMs: 7000, until: 7000 },
      { at: 7000, event: "throttled", retryAfterMs: 2000, until: 9000 },
    ],
  },
  {
    name: "requests in flight when the pause began do not make it longer (four workers, one doubling)",
    steps: [
      { at: 0, event: "throttled", until: 1000 },
      { at: 10, event: "stale", until: 1000 },
      { at: 20, event: "stale", until: 1000 },
      { at: 1000, event: "throttled", until: 3000 },
    ],
  },
  {
    name: "…but a longer Retry-After on one of them does",
    steps: [
      { at: 0, event: "throttled", until: 1000 },
      { at: 10, event: "stale", retryAfterMs: 5000, until: 5010 },
    ],
  },
  {
    name: "a request that gets through ends the streak: the next throttle starts short again",
    steps: [
      { at: 0, event: "throttled", until: 1000 },
      { at: 1000, event: "throttled", until: 3000 },
      { at: 3000, event: "passed", until: null },
      { at: 4000, event: "throttled", until: 5000 },
    ],
  },
  {
    name: "the waits stop growing at the maximum",
    options: { firstWaitMs: 100_000 },
    steps: [
      { at: 0, event: "throttled", until: 100_000 },
      { at: 100_000, event: "throttled", until: 300_000 },
      { at: 300_000, event: "throttled", until: 300_000 + THROTTLE_MAX_WAIT_MS },
    ],
  },
  {
    name: "a Retry-After of hours is held to the longest the run honours",
    steps: [{ at: 0, event: "throttled", retryAfterMs: 5 * 3600_000, until: MAX_RETRY_AFTER_MS }],
  },
  {
    name: "the pause is over when its time has come",
    steps: [
      { at: 0, event: "throttled", until: 1000 },
      { at: 999, event: "passed", until: 1000 },
      { at: 1000, event: "passed", until: null },
    ],
  },
];

describe("ThrottleGate", () => {
  test.each(cases)("$name", ({ steps, options }) => {
    const gate = new ThrottleGate(options);
    let staleTicket = gate.ticket();
    for (const step of steps) {
      if (step.event === "stale") {
        gate.throttled(staleTicket, step.at, step.retryAfterMs);
      } else {
        const ticket = gate.ticket();
        staleTicket = ticket;
        if (step.event === "throttled") gate.throttled(ticket, step.at, step.retryAfterMs);
        else gate.passed(ticket);
      }
      expect(gate.waitingUntil(step.at)).toBe(step.until);
    }
  });

  test("a pause someone slept through is over even if the clock did not move", () => {
    const gate = new ThrottleGate();
    gate.throttled(gate.ticket(), 0);
    gate.waited(1000);
    expect(gate.waitingUntil(0)).toBeNull();
  });

  test("a pause made longer while someone slept stays", () => {
    const gate = new ThrottleGate();
    const before = gate.ticket();
    gate.throttled(before, 0);
    gate.throttled(before, 10, 4000);
    gate.waited(1000);
    expect(gate.waitingUntil(1000)).toBe(4010);
  });
});
