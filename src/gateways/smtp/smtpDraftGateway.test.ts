import { addr, draft, file } from "../../../test/support/runFixtures";
import type { Pace } from "../../core/run/pace";
import type { CreateResult, GatewayCall, OutgoingDraft } from "../../core/run/types";
import type { EmailAddress } from "../../core/types";
import { createSmtpDraftGateway, SmtpNoAnswer } from "./smtpDraftGateway";
import type { MailSender, OutgoingMessage, SendResult } from "./types";

/** Row 2 with what the answers below name: its key (the Message-ID is made from it), To, an archive Bcc and a file. */
const message = (over: Partial<OutgoingDraft> = {}): OutgoingDraft =>
  draft(2, { key: "abc#2", to: addr("anna@example.de"), bcc: [addr("archiv@verein.de")], attachments: [file("r.pdf", Uint8Array.of(1, 2, 3))], ...over });

const open: Pace = { take: async () => true };

/** A transport that answers `result` once the gateway announced the message (as the real one does). */
function sender(result: SendResult, log: string[]): MailSender & { got: OutgoingMessage[] } {
  const got: OutgoingMessage[] = [];
  return {
    got,
    async send(message, control) {
      got.push(message);
      if (result.kind === "interrupted" || (result.kind === "transient" && result.problem === "connect")) return result;
      await control.announce();
      log.push("handed over");
      return result;
    },
    close: async () => undefined,
  };
}

const call = (log: string[], fails = false): GatewayCall => ({
  attempting: async () => {
    if (fails) throw new Error("disk full");
    log.push("attempted");
  },
});

describe("SMTP as a DraftGateway", () => {
  const cases: Array<{ name: string; result: SendResult; answer: CreateResult | "throws"; log: string[] }> = [
    { name: "accepted", result: { kind: "sent", response: "250 OK", eml: "raw", refused: [] }, answer: { status: "created", ref: "250 OK" }, log: ["attempted", "handed over"] },
    {
      name: "4xx: not delivered, worth another try",
      result: { kind: "transient", code: 451, reason: "451 later", problem: null },
      answer: { status: "failed", transient: true, code: "smtp-451", message: "451 later" },
      log: ["attempted", "handed over"],
    },
    {
      name: "no connection: nothing announced",
      result: { kind: "transient", code: null, reason: "ECONNREFUSED", problem: "connect" },
      answer: { status: "failed", transient: true, code: "smtp-connection", message: "ECONNREFUSED" },
      log: [],
    },
    {
      name: "5xx: refused",
      result: { kind: "permanent", code: 550, reason: "550 no such user", problem: null, deliveredTo: [] },
      answer: { status: "failed", transient: false, code: "smtp-550", message: "550 no such user" },
      log: ["attempted", "handed over"],
    },
    { name: "silence after the last byte: unknown, thrown", result: { kind: "unknown", reason: "Connection closed" }, answer: "throws", log: ["attempted", "handed over"] },
  ];
  test.each(cases)("$name", async ({ result, answer, log }) => {
    const seen: string[] = [];
    const sent: string[] = [];
    const transport = sender(result, seen);
    const gateway = createSmtpDraftGateway({
      sender: transport,
      from: { address: "kasse@verein.de", name: null },
      messageId: (key) => `<${key}@verein.de>`,
      pace: open,
      lang: "en",
      onSent: (d, eml) => sent.push(`${d.key} ${eml}`),
      now: () => Date.UTC(2027, 0, 15),
    });
    const created = gateway.create(message(), new AbortController().signal, call(seen));
    if (answer === "throws") await expect(created).rejects.toThrow(SmtpNoAnswer);
    else expect(await created).toEqual(answer);
    expect(seen).toEqual(log);
    expect(gateway.answerOf("abc#2")).toEqual({ at: "2027-01-15T00:00:00.000Z", result });
    expect(sent).toEqual(result.kind === "sent" ? ["abc#2 raw"] : []);
    expect(transport.got[0]).toMatchObject({ to: "anna@example.de", bcc: ["archiv@verein.de"], messageId: "<abc#2@verein.de>" });
    expect([...(transport.got[0]?.attachments[0]?.bytes ?? [])]).toEqual([1, 2, 3]);
  });

  const refusals: Array<{ name: string; draft: OutgoingDraft; pace: Pace; fails: boolean; code: string; transient: boolean }> = [
    { name: "two Cc: the privacy rule", draft: message({ cc: ["a@x.de", "b@x.de"] as EmailAddress[] }), pace: open, fails: false, code: "privacy-rule", transient: false },
    { name: "Ctrl-C while waiting for the slot", draft: message(), pace: { take: async () => false }, fails: false, code: "run-cancelled", transient: true },
    { name: "the ledger cannot be written", draft: message(), pace: open, fails: true, code: "run-ledger-failed", transient: false },
    {
      name: "an attachment cannot be read",
      draft: message({ attachments: [{ name: "x.pdf", size: 1, bytes: () => Promise.reject(new Error("gone")) }] }),
      pace: open,
      fails: false,
      code: "run-attachment-unreadable",
      transient: false,
    },
  ];
  test.each(refusals)("$name: nothing leaves", async ({ draft: d, pace, fails, code, transient }) => {
    const seen: string[] = [];
    const gateway = createSmtpDraftGateway({
      sender: sender({ kind: "sent", response: "250", eml: "", refused: [] }, seen),
      from: { address: "kasse@verein.de", name: null },
      messageId: (key) => `<${key}>`,
      pace,
      lang: "en",
    });
    expect(await gateway.create(d, new AbortController().signal, call(seen, fails))).toMatchObject({ status: "failed", code, transient });
    expect(seen).not.toContain("handed over");
    expect(gateway.answerOf(d.key)).toBeUndefined();
  });
});
