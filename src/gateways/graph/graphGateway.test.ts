// What a create answers when Graph's answer to POST /me/messages is unclear: "failed" only when certainly nothing was
// created, else it throws (no answer), so that the run looks before creating again.
import { draft } from "../../../test/support/runFixtures";
import { graphError, json, mailbox, scripted, scriptedGateway } from "../../../test/support/scriptedGraph";

const onCreate = (answer: () => Response) => scripted((method, url) => (method === "POST" && url.endsWith("/me/messages") ? answer() : mailbox(method, url)));

test.each([
  ["a 500", () => graphError(500, "UnknownError", "")],
  ["a gateway's 504", () => graphError(504, "UnknownError", "gateway timeout")],
  ["a 201 whose body was cut off", () => new Response('{"id":"m', { status: 201 })],
  ["a 201 without an id", () => json(201, {})],
])("create answered with %s throws (no answer), so the run looks before creating again", async (_name, answer) => {
  await expect(scriptedGateway(onCreate(answer).fetchFn).create(draft(1))).rejects.toThrow();
});

test.each([
  ["429", 429],
  ["503", 503],
  ["400", 400],
])("create answered %s: certainly nothing was created (a failed answer)", async (_name, status) => {
  expect(await scriptedGateway(onCreate(() => graphError(status, "X", "no")).fetchFn).create(draft(1))).toMatchObject({ status: "failed" });
});
