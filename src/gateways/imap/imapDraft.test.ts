import { simpleParser } from "mailparser";
import { addr, draft } from "../../../test/support/runFixtures";
import type { OutgoingDraft } from "../../core/run/types";
import { composeImapDraft, KEY_HEADER, keyToken, messageIdFor } from "./imapDraft";

/** Row 2 with what the checks below name: its key (the Message-ID is made from it), a named To, one Cc and a Bcc. */
const message = (over: Partial<OutgoingDraft> = {}): OutgoingDraft =>
  draft(2, {
    key: "0123abcd#2",
    to: addr("anna@example.de"),
    toName: "Anna Beispiel",
    cc: [addr("chef@example.de")],
    bcc: [addr("archiv@example.de")],
    ...over,
  });

describe("composeImapDraft", () => {
  test("one To, one Cc, no Bcc, the key header and a Message-ID made from it; attachments byte-identical", async () => {
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
    const eml = composeImapDraft({ draft: message(), attachments: [{ name: "Rechnung 7.pdf", bytes }], user: "ich@verein.de", date: new Date(0) });
    const parsed = await simpleParser(eml);
    expect(parsed.to).toMatchObject({ value: [{ address: "anna@example.de", name: "Anna Beispiel" }] });
    expect(parsed.cc).toMatchObject({ value: [{ address: "chef@example.de" }] });
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.get("x-unsent")).toBeUndefined();
    expect(parsed.headers.get(KEY_HEADER.toLowerCase())).toBe("0123abcd#2");
    expect(parsed.messageId).toBe("<rundmail.0123abcd.2@verein.de>");
    expect(parsed.attachments).toHaveLength(1);
    expect(Buffer.compare(parsed.attachments[0]!.content, Buffer.from(bytes))).toBe(0);
  });

  test("a merged value with CR/LF cannot add a header", async () => {
    const hostile = message({ subject: "Hallo\r\nBcc: alle@example.de\r\nX-Rundmail-Key: fremd", toName: "Anna\r\nCc: x@example.de" });
    const eml = composeImapDraft({ draft: hostile, attachments: [], user: "ich", date: new Date(0) });
    const parsed = await simpleParser(eml);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.cc).toMatchObject({ value: [{ address: "chef@example.de" }] });
    expect(parsed.headers.get(KEY_HEADER.toLowerCase())).toBe("0123abcd#2");
    expect(eml.match(/^X-Rundmail-Key:/gim)).toHaveLength(1);
  });

  test.each([
    ["0123abcd", "0123abcd"],
    ["run-1:14:anna@example.de", "run-1:14:anna@example.de"],
    ["a key\r\nBcc: x@y.de", /^h-[0-9a-f]{40}$/],
    ['with "quotes"', /^h-[0-9a-f]{40}$/],
    ["", /^h-[0-9a-f]{40}$/],
  ])("keyToken(%j) is header- and SEARCH-safe", (key, expected) => {
    const token = keyToken(key);
    if (typeof expected === "string") expect(token).toBe(expected);
    else expect(token).toMatch(expected);
    expect(keyToken(key)).toBe(token); // the same every time
  });

  test("the Message-ID's domain is the login's when it is an address, else a reserved one", () => {
    expect(messageIdFor("k1", "anna")).toBe("<rundmail.k1@rundmail.invalid>");
    expect(messageIdFor("run:3:a@b.de", "anna@bücher.example")).toBe("<rundmail.run.3.a.b.de@xn--bcher-kva.example>");
  });
});
