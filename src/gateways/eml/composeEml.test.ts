import fc from "fast-check";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { composeEml, type EmlMessage } from "./composeEml";
import { PrivacyRuleError } from "../../core/privacy/privacy";

const base: EmlMessage = {
  to: "anna@example.de",
  toName: "Anna Müller",
  cc: [],
  bcc: [],
  subject: "Ihre Rechnung",
  html: "<p>Hallo Anna</p>",
  text: "Hallo Anna",
  attachments: [],
  unsent: true,
  bccHeader: true,
};

const pdf = (seed: number, size: number): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) % 256);

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address ?? ""));

const parse = (message: EmlMessage): Promise<ParsedMail> => simpleParser(composeEml(message));

const longSubject = "Rechnung für März 2026 – Mitgliedsbeitrag, Hallenmiete und Übungsleiterpauschale ".repeat(3).trim();

const cases: Array<{ name: string; message: EmlMessage; check: (mail: ParsedMail, raw: string) => void }> = [
  {
    name: "umlauts in subject, body and display name arrive intact",
    message: { ...base, subject: "Grüße zum Jahresende – €", html: "<p>Sehr geehrte Frau Müller, Straße</p>", text: "Sehr geehrte Frau Müller, Straße" },
    check: (mail) => {
      expect(mail.subject).toBe("Grüße zum Jahresende – €");
      expect(mail.html).toContain("Frau Müller, Straße");
      expect(mail.text?.trim()).toBe("Sehr geehrte Frau Müller, Straße");
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.name : "").toBe("Anna Müller");
    },
  },
  {
    name: "a long non-ASCII subject is folded into encoded words and survives whole",
    message: { ...base, subject: longSubject },
    check: (mail, raw) => {
      expect(mail.subject).toBe(longSubject);
      for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
      const header = raw.slice(0, raw.indexOf("\r\n\r\n"));
      for (const word of header.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    },
  },
  {
    name: "a line break in the subject never starts a new header",
    message: { ...base, subject: "Rechnung\r\nBcc: everyone@evil.example", toName: "Anna\r\nCc: b@evil.example" },
    check: (mail) => {
      expect(mail.bcc).toBeUndefined();
      expect(mail.cc).toBeUndefined();
      expect(mail.subject).toBe("Rechnung Bcc: everyone@evil.example");
      expect(addresses(mail.to)).toEqual(["anna@example.de"]);
    },
  },
  {
    name: "privacy: a name hiding addresses in an encoded word is never written, even when the plan is bypassed",
    message: { ...base, to: "c@z.de", toName: "=?UTF-8?B?YUB4LmRlLCBiQHkuZGU=?=" },
    check: (mail, raw) => {
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ address: "c@z.de", name: "" }]);
      expect(raw).toMatch(/^To: c@z\.de\r$/m);
    },
  },
  {
    name: "privacy: a name with a fullwidth at sign is not written",
    message: { ...base, toName: "chef\uff20firma.de" },
    check: (mail) => {
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ address: "anna@example.de", name: "" }]);
    },
  },
  {
    name: "a name that merely looks like an encoded word shows as written, not decoded",
    message: { ...base, toName: "Anna =?x?= Müller" },
    check: (mail) => {
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ address: "anna@example.de", name: "Anna =?x?= Müller" }]);
    },
  },
  {
    name: "draft: X-Unsent and the Bcc archive address are in the headers",
    message: { ...base, cc: ["eltern@example.de"], bcc: ["archiv@verein.de"] },
    check: (mail) => {
      expect(mail.headers.get("x-unsent")).toBe("1");
      expect(addresses(mail.cc)).toEqual(["eltern@example.de"]);
      expect(addresses(mail.bcc)).toEqual(["archiv@verein.de"]);
    },
  },
  {
    name: "message for SMTP: no Bcc header, no X-Unsent",
    message: { ...base, bcc: ["archiv@verein.de"], unsent: false, bccHeader: false },
    check: (mail, raw) => {
      expect(mail.bcc).toBeUndefined();
      expect(raw).not.toMatch(/^Bcc:/im);
      expect(mail.headers.get("x-unsent")).toBeUndefined();
    },
  },
  {
    name: "internationalised domain is written in its ASCII form",
    message: { ...base, to: "jürgen@bücher.example" },
    check: (mail, raw) => {
      expect(raw).toMatch(/^To: .*<jürgen@xn--bcher-kva\.example>\r$/m);
      expect(addresses(mail.to)).toEqual(["jürgen@bücher.example"]); // mailparser shows it decoded again
    },
  },
  {
    name: "attachments arrive byte-identical under their real names",
    message: {
      ...base,
      attachments: [
        { name: "Rechnung_Müller.pdf", bytes: pdf(1, 5000) },
        { name: "Übersicht 2026 – Beiträge für Mitglieder der Abteilung Leichtathletik und Turnen.pdf", bytes: pdf(2, 70001) },
        { name: 'plain "quoted" name.txt', bytes: new TextEncoder().encode("x") },
        { name: "empty.bin", bytes: new Uint8Array(0) },
      ],
    },
    check: (mail) => {
      expect(mail.attachments.map((a) => a.filename)).toEqual([
        "Rechnung_Müller.pdf",
        "Übersicht 2026 – Beiträge für Mitglieder der Abteilung Leichtathletik und Turnen.pdf",
        'plain "quoted" name.txt',
        "empty.bin",
      ]);
      expect(Buffer.compare(mail.attachments[0]!.content, Buffer.from(pdf(1, 5000)))).toBe(0);
      expect(Buffer.compare(mail.attachments[1]!.content, Buffer.from(pdf(2, 70001)))).toBe(0);
      expect(mail.attachments[0]!.contentType).toBe("application/pdf");
      expect(mail.attachments[3]!.content.length).toBe(0);
      expect(mail.html).toContain("Hallo Anna");
    },
  },
];

describe("composeEml", () => {
  test.each(cases)("$name", async ({ message, check }) => {
    const raw = composeEml(message);
    check(await simpleParser(raw), raw);
  });

  test.each([
    ["two To addresses in one string", { ...base, to: "a@x.de, b@y.de" }],
    ["two Cc", { ...base, cc: ["a@x.de", "b@y.de"] }],
    ["two Bcc", { ...base, bcc: ["a@x.de", "b@y.de"] }],
    ["no To", { ...base, to: "" }],
  ])("refuses a message that breaks the privacy rule: %s", (_name, message) => {
    expect(() => composeEml(message)).toThrow(PrivacyRuleError);
  });

  test("the From line is written when a sender is known", async () => {
    const mail = await parse({ ...base, from: { address: "kasse@verein.de", name: "Kassenwart TSV" } });
    expect(mail.from?.value[0]).toEqual({ address: "kasse@verein.de", name: "Kassenwart TSV" });
    expect(mail.messageId).toMatch(/@verein\.de>$/);
  });
});

describe("privacy: whatever name a row carries, a mail program shows one To and no other address (property)", () => {
  const address = fc.tuple(fc.stringMatching(/^[a-z0-9._-]{1,10}$/), fc.constantFrom("x.de", "verein.example")).map(([l, d]) => `${l}@${d}`);
  const b64 = (text: string): string => Buffer.from(text, "utf8").toString("base64");
  const name = fc.oneof(
    fc.string(),
    address,
    fc.array(address, { minLength: 1, maxLength: 3 }).map((list) => `=?UTF-8?B?${b64(list.join(", "))}?=`),
    address.map((a) => `=?UTF-8?Q?${a.replace("@", "=40")}?=`),
    address.map((a) => `=?UTF-8?B?${b64(`=?UTF-8?B?${b64(a)}?=`)}?=`),
    address.map((a) => `"${a}" <${a}>`),
  );
  test("mailparser reads exactly the row's address in To, with no @ in the name", async () => {
    await fc.assert(
      fc.asyncProperty(name, async (toName) => {
        const mail = await simpleParser(composeEml({ ...base, toName }));
        const to = mail.to && !Array.isArray(mail.to) ? mail.to.value : [];
        expect(to.map((t) => t.address)).toEqual(["anna@example.de"]);
        expect(to[0]?.name ?? "").not.toContain("@");
      }),
      { numRuns: 200 },
    );
  });
});
