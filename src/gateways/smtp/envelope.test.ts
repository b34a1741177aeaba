import { PrivacyRuleError } from "../../core/privacy/privacy";
import { envelopeFor, sameAddress } from "./envelope";
import type { OutgoingMessage } from "./types";

const message: OutgoingMessage = {
  from: { address: "vorstand@verein.de", name: "Vorstand" },
  to: "zoe@bücher.example",
  toName: "Zoë",
  cc: ["eltern@example.de"],
  bcc: ["archiv@verein.de"],
  subject: "s",
  html: "<p>h</p>",
  text: "h",
  attachments: [],
  messageId: "<1@verein.de>",
};

describe("envelopeFor", () => {
  test("exactly To, Cc and the archive address, domains in ASCII", () => {
    expect(envelopeFor(message)).toEqual({
      from: "vorstand@verein.de",
      to: ["zoe@xn--bcher-kva.example", "eltern@example.de", "archiv@verein.de"],
    });
  });

  test("a Cc equal to the To is one recipient", () => {
    expect(envelopeFor({ ...message, cc: ["ZOE@bücher.example"], bcc: [] }).to).toEqual(["zoe@xn--bcher-kva.example"]);
  });

  test.each([
    ["two To addresses", { to: ["a@x.de", "b@x.de"] as unknown as string }],
    ["two Cc addresses", { cc: ["a@x.de", "b@x.de"] }],
    ["two archive addresses", { bcc: ["a@x.de", "b@x.de"] }],
    ["a To that is a list", { to: "a@x.de, b@x.de" }],
  ])("refuses %s", (_name, change) => {
    expect(() => envelopeFor({ ...message, ...change })).toThrow(PrivacyRuleError);
  });

  test("sameAddress ignores case and compares internationalised domains by their ASCII form", () => {
    expect(sameAddress("Zoe@bücher.example", "zoe@xn--bcher-kva.example")).toBe(true);
    expect(sameAddress("a@x.de", "b@x.de")).toBe(false);
  });
});
