// The look-up with a scripted fetch: listings the emulator would never give (no isDraft, a property id in another
// case, two complete drafts for one key) and the query it sends.
import type { EmailAddress } from "../../core/types";
import { draft } from "../../../test/support/runFixtures";
import { listing, mailbox, scripted, scriptedGateway } from "../../../test/support/scriptedGraph";
import { RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_SENDING_PROPERTY } from "./properties";

const to1 = { toRecipients: [{ emailAddress: { address: "p1@example.de" } }] };
const complete = [{ id: RUNDMAIL_COMPLETE_PROPERTY, value: "1" }];

describe("lookUp's caution", () => {
  test.each([
    ["drafts mode", "drafts" as const],
    ["send mode", "send" as const],
  ])("an answer without isDraft is 'cannot tell' (%s): lookUp throws, nothing is deleted or sent", async (_name, mode) => {
    const { fetchFn, calls } = scripted(listing([{ id: "m1", singleValueExtendedProperties: [] }]));
    await expect(scriptedGateway(fetchFn, { mode }).lookUp("r:1:p1@example.de")).rejects.toThrow(/still a draft/);
    expect(calls.filter((c) => !c.startsWith("GET"))).toEqual([]);
  });

  test("the property id may come back in another case: still complete", async () => {
    const id = RUNDMAIL_COMPLETE_PROPERTY.toUpperCase().replace("STRING", "String");
    const { fetchFn, calls } = scripted(listing([{ id: "m1", isDraft: true, singleValueExtendedProperties: [{ id, value: "1" }] }]));
    expect(await scriptedGateway(fetchFn).lookUp("r:1:p1@example.de")).toEqual({ found: true, ref: "m1" });
    expect(calls).toHaveLength(1);
  });

  test("the query asks for the key, isDraft and the complete mark, spaces as %20", async () => {
    const { fetchFn, calls } = scripted(mailbox);
    await scriptedGateway(fetchFn).lookUp("r:1:o'brien@example.de");
    const query = decodeURIComponent(calls[0]!.split("?")[1]!);
    expect(calls[0]).not.toContain("+");
    expect(query).toContain("ep/value eq 'r:1:o''brien@example.de'");
    expect(query).toContain("$select=id,isDraft,createdDateTime");
    expect(query).toContain(`$expand=singleValueExtendedProperties($filter=id eq '${RUNDMAIL_COMPLETE_PROPERTY}' or id eq '${RUNDMAIL_SENDING_PROPERTY}')`);
  });

  test("two complete drafts for one key (a create that landed late): the oldest stays, the copy is deleted", async () => {
    const { fetchFn, calls } = scripted(
      listing([
        { id: "late", isDraft: true, ...to1, createdDateTime: "2026-11-28T10:00:05Z", singleValueExtendedProperties: complete },
        { id: "first", isDraft: true, ...to1, createdDateTime: "2026-11-28T10:00:01Z", singleValueExtendedProperties: complete },
      ]),
    );
    expect(await scriptedGateway(fetchFn).lookUp("r:1:p1@example.de")).toEqual({ found: true, ref: "first" });
    expect(calls.filter((c) => c.startsWith("DELETE"))).toEqual(["DELETE /me/messages/late"]);
  });
});

test.each([
  ["as the draft was given (Unicode domain)", "jürgen@bücher.example"],
  ["in another case", "Jürgen@Bücher.Example"],
  ["in its ASCII form", "jürgen@xn--bcher-kva.example"],
])("send mode, resumed: an internationalised address %s is the same draft, not one changed by hand — it is sent", async (_name, shown) => {
  const key = "r:1:jürgen@xn--bcher-kva.example"; // draftKey's form: lower case, the domain in ASCII
  const found = () =>
    scripted(listing([{ id: "m1", isDraft: true, toRecipients: [{ emailAddress: { address: shown } }], singleValueExtendedProperties: complete }]));
  // Looked up after a lost answer, or met again when the row is created: either way the one draft is sent once.
  const looked = found();
  await expect(scriptedGateway(looked.fetchFn, { mode: "send" }).lookUp(key)).resolves.toMatchObject({ found: true });
  expect(looked.calls.filter((c) => c.endsWith("/send"))).toEqual(["POST /me/messages/m1/send"]);
  const met = found();
  const idn = draft(1, { key, to: "jürgen@bücher.example" as EmailAddress });
  expect(await scriptedGateway(met.fetchFn, { mode: "send" }).create(idn)).toMatchObject({ status: "created" });
  expect(met.calls.filter((c) => c.endsWith("/send") || c === "POST /me/messages")).toEqual(["POST /me/messages/m1/send"]);
});
