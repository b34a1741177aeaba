import { addr, draft } from "../../../test/support/runFixtures";
import type { OutgoingDraft } from "../../core/run/types";
import type { NewMessageForm } from "../../office/mailboxHost";
import { createComposeGateway } from "./composeGateway";

function host(fail?: unknown) {
  const opened: NewMessageForm[] = [];
  return {
    opened,
    displayNewMessage: async (form: NewMessageForm) => {
      if (fail !== undefined) throw fail;
      opened.push(form);
    },
  };
}

describe("createComposeGateway", () => {
  test("opens one window with one To, the row's Cc, the subject and the HTML body", async () => {
    const h = host();
    const g = createComposeGateway({ host: h, lang: "en" });
    expect(g.concurrency).toBe(1);
    expect(await g.create(draft(2, { toName: "Anna", cc: [addr("eltern@example.de")] }))).toEqual({ status: "created", ref: null });
    expect(h.opened).toEqual([{ to: "p2@example.de", cc: ["eltern@example.de"], subject: "Betreff 2", htmlBody: "<p>Hallo 2</p>" }]);
  });

  const refusals: [string, Partial<OutgoingDraft>, string, RegExp][] = [
    ["two Cc", { cc: [addr("a@x.de"), addr("b@x.de")] }, "privacy-rule", /more than one Cc/],
    ["a comma-joined To", { to: addr("a@x.de, b@x.de") }, "privacy-rule", /comma/],
    ["an attachment", { attachments: [{ name: "a.pdf", size: 1, bytes: async () => new Uint8Array(1) }] }, "compose-no-attachments", /1 attachment\(s\).*\.eml download/],
    ["a Bcc (never moved into Cc)", { bcc: [addr("archiv@verein.de")] }, "compose-no-bcc", /archiv@verein\.de/],
    ["a 256-character subject", { subject: "x".repeat(256) }, "compose-subject-too-long", /256 characters; a compose window takes at most 255/],
    ["a 32 KB + 1 body", { html: "x".repeat(32 * 1024 + 1) }, "compose-body-too-large", /32,8 KB|32.8 KB/],
    ["a body of umlauts over 32 KB in UTF-8", { html: "ü".repeat(16 * 1024 + 1) }, "compose-body-too-large", /KB/],
  ];
  test.each(refusals)("refuses %s without opening a window", async (_name, over, code, words) => {
    const h = host();
    const result = await createComposeGateway({ host: h, lang: "en" }).create(draft(2, over));
    expect(result).toMatchObject({ status: "failed", transient: false, code });
    if (result.status === "failed") expect(result.message).toMatch(words);
    expect(h.opened).toHaveLength(0);
  });

  test.each<[string, Partial<OutgoingDraft>]>([
    ["a 255-character subject", { subject: "x".repeat(255) }],
    ["a body of exactly 32 KB", { html: "x".repeat(32 * 1024) }],
    ["one Cc", { cc: [addr("c@x.de")] }],
  ])("takes %s", async (_name, over) => {
    const h = host();
    expect(await createComposeGateway({ host: h, lang: "en" }).create(draft(2, over))).toMatchObject({ status: "created" });
    expect(h.opened).toHaveLength(1);
  });

  test("German messages", async () => {
    const result = await createComposeGateway({ host: host(), lang: "de" }).create(draft(2, { subject: "ä".repeat(300) }));
    expect(result).toMatchObject({ message: "Der Betreff hat 300 Zeichen; ein Verfassen-Fenster nimmt höchstens 255. Kürzen Sie den Betreff." });
  });

  test.each<[string, unknown, string]>([
    ["an Error", new Error("The operation is not supported."), "The operation is not supported."],
    ["an Office error object", { code: 5000, message: "" }, '{"code":5000,"message":""}'],
  ])("Office failing with %s: a permanent failure with the reason, not retried", async (_name, error, reason) => {
    const result = await createComposeGateway({ host: host(error), lang: "en" }).create(draft(2));
    expect(result).toEqual({
      status: "failed",
      transient: false,
      code: "compose-failed",
      message: `Outlook could not open a compose window for this message (${reason}).`,
    });
  });

  test("an aborted create opens no window", async () => {
    const h = host();
    const controller = new AbortController();
    controller.abort();
    expect(await createComposeGateway({ host: h, lang: "en" }).create(draft(2), controller.signal)).toMatchObject({ status: "failed", transient: true, code: "run-cancelled" });
    expect(h.opened).toHaveLength(0);
  });
});
