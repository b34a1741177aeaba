import { simpleParser } from "mailparser";
import { openedWindowEml } from "./openedWindowEml";
import type { OpenedMessageWindow } from "./simulatedMailbox";

const opened: OpenedMessageWindow = {
  id: 3,
  openedWith: "displayNewMessageFormAsync",
  openedAt: "2027-01-05T09:30:00.000Z",
  to: ["anna.mueller@example.de"],
  cc: ["eltern@example.de"],
  bcc: [],
  subject: "Ihre Beitragsrechnung 2027 (Mitgliedsnummer 1001)",
  htmlBody: "<p>Sehr geehrte Frau Müller,</p><p>anbei Ihre Rechnung.</p>",
  attachments: [],
};

test("an opened window becomes an unsent draft with its recipients, subject and body", async () => {
  const result = openedWindowEml(opened);
  if (!("eml" in result)) throw new Error("expected an .eml");
  expect(result.fileName).toBe("3-anna.mueller@example.de.eml");
  const parsed = await simpleParser(result.eml);
  expect(parsed.headers.get("x-unsent")).toBe("1");
  expect(parsed.subject).toBe(opened.subject);
  expect(parsed.html).toContain("Sehr geehrte Frau Müller,");
  expect(parsed.text).toContain("anbei Ihre Rechnung.");
  expect(JSON.stringify(parsed.to)).toContain("anna.mueller@example.de");
  expect(JSON.stringify(parsed.cc)).toContain("eltern@example.de");
});

test.each([
  [{ to: ["a@example.de", "b@example.de"] }, "to-not-one"],
  [{ to: [] }, "to-not-one"],
  [{ cc: ["a@example.de", "b@example.de"] }, "cc-more-than-one"],
] as const)("a window that breaks the privacy rule is not offered: %p → %s", (change, breach) => {
  expect(openedWindowEml({ ...opened, ...change })).toEqual({ breach });
});
