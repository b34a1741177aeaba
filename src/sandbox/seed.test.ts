import { readFileSync } from "fs";
import path from "path";
import { createFakeOffice } from "./fakeOffice";
import { parseTemplateFile, SAMPLE_ATTACHMENTS, SAMPLES_BASE, seedMailbox } from "./seed";
import { SimulatedMailbox } from "./simulatedMailbox";

const SAMPLES = path.resolve(__dirname, "../../samples");

test.each([
  {
    name: "a Subject line, a blank line, and an HTML document",
    text: "Subject: Rechnung {{Nr}}\n\n<html><body style=\"x\">\n<p>Hallo {{Vorname}}</p>\n</body></html>\n",
    expected: { subject: "Rechnung {{Nr}}", bodyHtml: "<p>Hallo {{Vorname}}</p>" },
  },
  { name: "HTML without headers or <body>", text: "<p>Hallo</p>", expected: { subject: "", bodyHtml: "<p>Hallo</p>" } },
  {
    name: "CRLF, a BOM and a Cc line",
    text: "\uFEFFSubject: A\r\nCc: x@example.de\r\n\r\n<body><p>B</p></body>",
    expected: { subject: "A", bodyHtml: "<p>B</p>" },
  },
])("parseTemplateFile: $name", ({ text, expected }) => {
  expect(parseTemplateFile(text)).toEqual(expected);
});

test("seeds the message with the sample template and attaches the member list and the invoices", async () => {
  const mailbox = new SimulatedMailbox();
  const served = async (url: string): Promise<Response> => {
    const file = path.join(SAMPLES, url.slice(SAMPLES_BASE.length));
    return new Response(readFileSync(file));
  };
  expect(await seedMailbox(mailbox, served)).toEqual({ failed: [], attached: 7 });
  const { item } = mailbox.state;
  expect(item.subject).toBe("Ihre Beitragsrechnung 2027 (Mitgliedsnummer {{Mitgliedsnummer}})");
  expect(item.body).toMatch(/^<p>\{\{#Anrede=Frau\}\}Sehr geehrte Frau \{\{Nachname\}\}/);
  expect(item.attachments.map((a) => a.name)).toEqual(["mitglieder.csv", ...[1001, 1002, 1003, 1004, 1005, 1006].map((n) => `Rechnung_${n}.pdf`)]);
  expect(item.attachments[0]?.bytes).toEqual(new Uint8Array(readFileSync(path.join(SAMPLES, "mitglieder.csv"))));
  expect(SAMPLE_ATTACHMENTS).toHaveLength(7);
});

test("loading the example again replaces the message's attachments instead of adding a second set", async () => {
  const mailbox = new SimulatedMailbox();
  mailbox.addAttachment({ name: "old.txt", bytes: new Uint8Array([1]) });
  const served = async (url: string): Promise<Response> => new Response(readFileSync(path.join(SAMPLES, url.slice(SAMPLES_BASE.length))));
  await seedMailbox(mailbox, served);
  expect(await seedMailbox(mailbox, served)).toEqual({ failed: [], attached: 7 });
  expect(mailbox.state.item.attachments.map((a) => a.name)).not.toContain("old.txt");
});

test("a sample that cannot be fetched is reported, the rest is seeded", async () => {
  const mailbox = new SimulatedMailbox();
  const result = await seedMailbox(mailbox, async (url) => (url.endsWith(".csv") ? new Response("gone", { status: 404 }) : new Response("x")));
  expect(result.failed).toEqual(["mitglieder.csv"]);
  expect(mailbox.state.item.attachments).toHaveLength(6);
});

test("read mode: the seeded template is the message in Sent Items, read through Office.MessageRead", async () => {
  const mailbox = new SimulatedMailbox({ mode: "read" });
  const served = async (url: string): Promise<Response> => new Response(readFileSync(path.join(SAMPLES, url.slice(SAMPLES_BASE.length))));
  await seedMailbox(mailbox, served);
  const item = createFakeOffice(mailbox).context.mailbox.item as Office.MessageRead;
  expect(item.subject).toBe("Ihre Beitragsrechnung 2027 (Mitgliedsnummer {{Mitgliedsnummer}})");
  expect(item.attachments.map((a) => [a.name, a.contentType])[0]).toEqual(["mitglieder.csv", "text/csv"]);
  const html = await new Promise<string>((resolve) => item.body.getAsync("html" as Office.CoercionType, (r) => resolve(r.value)));
  expect(html).toContain("{{Nachname}}");
});
