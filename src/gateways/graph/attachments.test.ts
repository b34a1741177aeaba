// Files added after the create, with a scripted fetch; the upload sessions' chunks and lost answers are staged
// against the emulator in test/graph.test.ts.
import { draft, file } from "../../../test/support/runFixtures";
import { mailbox, scripted, scriptedGateway } from "../../../test/support/scriptedGraph";

test("a Retry-After longer than 30 s on an attachment is not cut short: the row gives it back to the run, which waits it out", async () => {
  // 2 MiB each: the first fits the create request, the second is posted on its own (requestSize.ts).
  const bytes = new Uint8Array(2 * 1024 * 1024);
  const { fetchFn, calls } = scripted((method, url) =>
    method === "POST" && url.endsWith("/attachments")
      ? new Response(JSON.stringify({ error: { code: "ApplicationThrottled", message: "over its IncomingBytes limit" } }), { status: 429, headers: { "Retry-After": "120" } })
      : mailbox(method, url),
  );
  const twoFiles = draft(1, { attachments: [file("big.pdf", bytes), file("second.pdf", bytes)] });
  expect(await scriptedGateway(fetchFn).create(twoFiles)).toMatchObject({ status: "failed", transient: true, retryAfterMs: 120_000 });
  expect(calls.filter((c) => c.endsWith("/attachments"))).toHaveLength(1);
  expect(calls.filter((c) => c.startsWith("DELETE"))).toHaveLength(1);
});
