// One request's time limit and Retry-After, with a scripted fetch (what the emulator cannot stage: a fetch that
// ignores its signal).
import { draft } from "../../../test/support/runFixtures";
import { scripted, scriptedGateway } from "../../../test/support/scriptedGraph";
import { parseRetryAfter } from "./request";

test.each([
  ["5", undefined, 5000],
  [null, undefined, undefined],
  ["", undefined, undefined],
  [new Date(Date.parse("2026-01-01T00:00:10Z")).toUTCString(), Date.parse("2026-01-01T00:00:00Z"), 10000],
  ["not a date", undefined, undefined],
])("parseRetryAfter(%p) reads seconds and HTTP dates: %p", (value, now, expected) => {
  expect(parseRetryAfter(value, now)).toBe(expected);
});

describe("timeouts", () => {
  test("a fetch that ignores its abort signal is given up all the same (the create throws: no answer)", async () => {
    const { fetchFn } = scripted(() => new Promise<Response>(() => undefined));
    await expect(scriptedGateway(fetchFn, { requestTimeoutMs: 30 }).create(draft(1))).rejects.toThrow("Your mailbox did not answer within 1 seconds.");
  });

  test("cancelling (the run's signal) ends a request at once, not as a timeout", async () => {
    const { fetchFn } = scripted(() => new Promise<Response>(() => undefined));
    const abort = new AbortController();
    const pending = scriptedGateway(fetchFn, { requestTimeoutMs: 60_000 }).create(draft(1), abort.signal);
    setTimeout(() => abort.abort(new Error("cancelled by the user")), 10);
    await expect(pending).rejects.toThrow("cancelled by the user");
  });
});
