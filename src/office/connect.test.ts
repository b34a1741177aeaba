// connectToOffice against the simulated Outlook (src/sandbox/fakeOffice.ts) installed as the global Office.
import { PrivacyRuleError } from "../core/privacy/privacy";
import { createFakeOffice } from "../sandbox/fakeOffice";
import { OFFICE_ERRORS } from "../sandbox/officeErrors";
import { SimulatedMailbox, type SimulatedOperation, type SimulatedOutlook } from "../sandbox/simulatedMailbox";
import { AttachmentFormatError } from "./attachmentBytes";
import { connectToOffice } from "./connect";
import type { Capabilities, MailboxHost } from "./mailboxHost";
import { OfficeCallError } from "./officeCall";
import { OFFICE_STRINGS } from "./strings";

const globals = globalThis as unknown as { Office?: unknown };
const encoder = new TextEncoder();

afterEach(() => {
  delete globals.Office;
});

function outlook(settings: Partial<SimulatedOutlook> = {}): SimulatedMailbox {
  const mailbox = new SimulatedMailbox(
    { displayLanguage: "en-US", ...settings },
    { subject: "Ihre Rechnung {{Nr}}", body: '<p>Hallo {{Vorname}},</p><p>anbei Ihre Rechnung.</p>' },
  );
  globals.Office = createFakeOffice(mailbox);
  return mailbox;
}

type Flags = Omit<Capabilities, "missing">;
const ALL: Flags = { readTemplate: true, attachmentContent: true, insertIntoBody: true, insertIntoSubject: true, newMessageForm: true, nestedAppAuth: true };
const NONE: Flags = { readTemplate: false, attachmentContent: false, insertIntoBody: false, insertIntoSubject: false, newMessageForm: false, nestedAppAuth: false };
const en = OFFICE_STRINGS.en;
const de = OFFICE_STRINGS.de;

describe("what each Outlook can do", () => {
  test.each([
    {
      name: "a current Outlook, writing a message: no compose windows there (the reference: Read only)",
      outlook: { mailboxVersion: "1.14" },
      mode: "compose",
      flags: { ...ALL, newMessageForm: false },
      missing: { newMessageForm: en.composeWindowsOnlyWhileReading },
    },
    {
      name: "a German Outlook, writing a message, says in German why compose windows are missing",
      outlook: { mailboxVersion: "1.14", displayLanguage: "de-DE" },
      mode: "compose",
      flags: { ...ALL, newMessageForm: false },
      missing: { newMessageForm: de.composeWindowsOnlyWhileReading },
    },
    {
      name: "an old Outlook (Mailbox 1.5), writing",
      outlook: { mailboxVersion: "1.5" },
      mode: "compose",
      flags: { ...ALL, attachmentContent: false, newMessageForm: false },
      missing: { attachmentContent: en.tooOld("attachmentContent", "1.8"), newMessageForm: en.composeWindowsOnlyWhileReading },
    },
    {
      name: "an Outlook older than body.getAsync (Mailbox 1.2), writing",
      outlook: { mailboxVersion: "1.2" },
      mode: "compose",
      flags: { ...ALL, readTemplate: false, attachmentContent: false, newMessageForm: false },
      missing: {
        readTemplate: en.tooOld("readTemplate", "1.3"),
        attachmentContent: en.tooOld("attachmentContent", "1.8"),
        newMessageForm: en.composeWindowsOnlyWhileReading,
      },
    },
    {
      name: "an Outlook without nested app authentication (no NestedAppAuth 1.1)",
      outlook: { otherRequirementSets: {} },
      mode: "compose",
      flags: { ...ALL, newMessageForm: false, nestedAppAuth: false },
      missing: { newMessageForm: en.composeWindowsOnlyWhileReading, nestedAppAuth: en.nestedAppAuthMissing },
    },
    {
      name: "a German Outlook with only NestedAppAuth 1.0 says why in German",
      outlook: { otherRequirementSets: { NestedAppAuth: "1.0" }, displayLanguage: "de-DE" },
      mode: "compose",
      flags: { ...ALL, newMessageForm: false, nestedAppAuth: false },
      missing: { newMessageForm: de.composeWindowsOnlyWhileReading, nestedAppAuth: de.nestedAppAuthMissing },
    },
    {
      name: "reading a message (the template in Sent Items): template, attachments, compose windows, Graph",
      outlook: { mode: "read" },
      mode: "read",
      flags: { ...ALL, insertIntoBody: false, insertIntoSubject: false },
      missing: { insertIntoBody: en.insertOnlyWhileWriting, insertIntoSubject: en.insertOnlyWhileWriting },
    },
    {
      name: "reading, Mailbox 1.8: displayNewMessageForm (1.6) without the Async one",
      outlook: { mode: "read", mailboxVersion: "1.8" },
      mode: "read",
      flags: { ...ALL, insertIntoBody: false, insertIntoSubject: false },
      missing: { insertIntoBody: en.insertOnlyWhileWriting, insertIntoSubject: en.insertOnlyWhileWriting },
    },
    {
      name: "reading in an old Outlook (Mailbox 1.5), in German",
      outlook: { mode: "read", mailboxVersion: "1.5", displayLanguage: "de-DE" },
      mode: "read",
      flags: { ...ALL, attachmentContent: false, insertIntoBody: false, insertIntoSubject: false, newMessageForm: false },
      missing: {
        attachmentContent: de.tooOld("attachmentContent", "1.8"),
        insertIntoBody: de.insertOnlyWhileWriting,
        insertIntoSubject: de.insertOnlyWhileWriting,
        newMessageForm: de.tooOld("newMessageForm", "1.6"),
      },
    },
    {
      name: "no message selected",
      outlook: { mode: "no-item" },
      mode: "none",
      flags: NONE,
      missing: Object.fromEntries(Object.keys(NONE).map((k) => [k, en.noItem])),
    },
  ] as const)("$name", async ({ outlook: settings, mode, flags, missing }) => {
    outlook(settings);
    const host = await connectToOffice();
    const { missing: reasons, ...actual } = host.capabilities;
    expect(host.mode).toBe(mode);
    expect(actual).toEqual(flags);
    expect(reasons).toEqual(missing);
  });

  test("a function that is there but whose requirement set Outlook does not report is not used", async () => {
    const mailbox = outlook();
    const office = globals.Office as ReturnType<typeof createFakeOffice>;
    const reported = (name: string, version?: string | number) => name === "Mailbox" && ["1.1", "1.3", "1.5"].includes(String(version));
    Object.assign(office.context.requirements, { isSetSupported: reported });
    const host = await connectToOffice();
    expect(host.capabilities).toMatchObject({ readTemplate: true, attachmentContent: false, newMessageForm: false });
    await expect(host.displayNewMessage({ to: "a@example.de", cc: [], subject: "s", htmlBody: "" })).rejects.toBeInstanceOf(OfficeCallError);
    expect(mailbox.state.openedWindows).toEqual([]);
  });

  test("an isSetSupported that throws counts as not supported", async () => {
    outlook();
    const office = globals.Office as ReturnType<typeof createFakeOffice>;
    Object.assign(office.context.requirements, {
      isSetSupported: () => {
        throw new Error("requirements not ready");
      },
    });
    const host = await connectToOffice();
    expect(host.capabilities).toMatchObject({ readTemplate: false, nestedAppAuth: false });
    expect(host.capabilities.missing.nestedAppAuth).toBe(en.nestedAppAuthMissing);
  });

  test("the reason for missing nested app authentication names the Outlook versions that have it", () => {
    for (const text of [en.nestedAppAuthMissing, de.nestedAppAuthMissing]) expect(text).toMatch(/2409.*16\.89/s);
  });

  test("language, theme and the user's address come from Outlook", async () => {
    outlook({ displayLanguage: "de-AT", bodyBackgroundColor: "#1f1f1f", userEmailAddress: " kasse@verein.example " });
    const host = await connectToOffice();
    expect({ lang: host.lang, theme: host.theme, userAddress: host.userAddress }).toEqual({ lang: "de", theme: "dark", userAddress: "kasse@verein.example" });
  });

  test.each([
    { name: "without Office.js", office: undefined },
    { name: "with Office.js outside Office (onReady answers no host)", office: { onReady: async () => ({ host: null, platform: null }), context: {} } },
    { name: "with Office.js whose onReady fails", office: { onReady: () => Promise.reject(new Error("blocked")) } },
  ])("$name: mode none, nothing offered, and every call rejects", async ({ office }) => {
    if (office !== undefined) globals.Office = office;
    const host = await connectToOffice();
    expect(host).toMatchObject({ mode: "none", lang: "en", theme: "light", userAddress: null });
    expect(host.capabilities).toEqual({ ...NONE, missing: Object.fromEntries(Object.keys(NONE).map((k) => [k, en.notInOutlook])) });
    await expect(host.readTemplate()).rejects.toBeInstanceOf(OfficeCallError);
    await expect(host.attachmentContent("x")).rejects.toBeInstanceOf(OfficeCallError);
    await expect(host.insertText("body", "{{A}}")).rejects.toBeInstanceOf(OfficeCallError);
    await expect(host.displayNewMessage({ to: "a@example.de", cc: [], subject: "s", htmlBody: "" })).rejects.toBeInstanceOf(OfficeCallError);
  });
});

describe("reading the template and its attachments", () => {
  test("compose mode: subject, the body as HTML, and the attachments with a content type from their name", async () => {
    const mailbox = outlook();
    const csv = mailbox.addAttachment({ name: "mitglieder.csv", bytes: new Uint8Array([0x41, 0x3b, 0xfc]) });
    const logo = mailbox.addAttachment({ name: "logo.png", bytes: new Uint8Array(10), isInline: true });
    const host = await connectToOffice();
    const template = await host.readTemplate();
    expect(template.subject).toBe("Ihre Rechnung {{Nr}}");
    expect(template.html).toContain("<body>\r\n<p>Hallo {{Vorname}},</p><p>anbei Ihre Rechnung.</p>\r\n</body>");
    expect(template.attachments).toEqual([
      { id: csv.id, name: "mitglieder.csv", size: 3, contentType: "text/csv", isInline: false },
      { id: logo.id, name: "logo.png", size: 10, contentType: "image/png", isInline: true },
    ]);
    expect(mailbox.calls).toEqual(["subject.getAsync", "body.getAsync", "getAttachmentsAsync"]);
  });

  test("an old Outlook reads subject and body, and lists no attachments (it cannot read them)", async () => {
    const mailbox = outlook({ mailboxVersion: "1.5" });
    mailbox.addAttachment({ name: "mitglieder.csv" });
    const template = await (await connectToOffice()).readTemplate();
    expect(template.attachments).toEqual([]);
    expect(mailbox.calls).toEqual(["subject.getAsync", "body.getAsync"]);
  });

  test("read mode: the template in Sent Items — subject (a string there), HTML body, item.attachments and their content", async () => {
    const mailbox = outlook({ mode: "read" });
    const csv = mailbox.addAttachment({ name: "liste.csv", contentType: "text/csv", bytes: encoder.encode("E-Mail\na@example.de\n") });
    const host = await connectToOffice();
    expect(host.capabilities.readTemplate).toBe(true);
    const template = await host.readTemplate();
    expect(template.subject).toBe("Ihre Rechnung {{Nr}}");
    expect(template.html).toContain("<p>Hallo {{Vorname}},</p>");
    // No subject.getAsync or getAttachmentsAsync: MessageRead has neither.
    expect(mailbox.calls).toEqual(["body.getAsync"]);
    expect(template.attachments).toEqual([{ id: csv.id, name: "liste.csv", size: 20, contentType: "text/csv", isInline: false }]);
    expect(new TextDecoder().decode(await host.attachmentContent(csv.id))).toBe("E-Mail\na@example.de\n");
  });

  test("attachment content: a file's bytes, an attached message's .eml text; a cloud file is refused", async () => {
    const mailbox = outlook();
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const file = mailbox.addAttachment({ name: "Rechnung_1001.pdf", bytes });
    const mail = mailbox.addAttachment({ name: "Anfrage.eml", kind: "item", itemFormat: "eml", bytes: encoder.encode("Subject: Frage\r\n\r\nÄrger") });
    const cloud = mailbox.addAttachment({ name: "Satzung.pdf", kind: "cloud", url: "https://contoso.sharepoint.com/Satzung.pdf" });
    const host = await connectToOffice();
    expect(await host.attachmentContent(file.id)).toEqual(bytes);
    expect(new TextDecoder().decode(await host.attachmentContent(mail.id))).toBe("Subject: Frage\r\n\r\nÄrger");
    const refused = host.attachmentContent(cloud.id);
    await expect(refused).rejects.toBeInstanceOf(AttachmentFormatError);
    await expect(refused).rejects.toMatchObject({ format: "url" });
  });
});

describe("inserting fields", () => {
  test("into an HTML body: as escaped HTML, after asking the body's type (Microsoft's recommendation)", async () => {
    const mailbox = outlook();
    const host = await connectToOffice();
    await host.insertText("body", "{{Firma & Co}}");
    expect(mailbox.state.item.body).toBe("{{Firma &amp; Co}}<p>Hallo {{Vorname}},</p><p>anbei Ihre Rechnung.</p>");
    expect(mailbox.calls).toEqual(["body.getTypeAsync", "body.setSelectedDataAsync"]);
  });

  test("a line break (the salutation's) is a <br> in an HTML body, a line break in a plain-text one", async () => {
    const mailbox = outlook();
    await (await connectToOffice()).insertText("body", "Guten Tag <{{Vorname}}>,\n\n");
    expect(mailbox.state.item.body).toBe("Guten Tag &lt;{{Vorname}}&gt;,<br><br><p>Hallo {{Vorname}},</p><p>anbei Ihre Rechnung.</p>");
    const plain = outlook();
    plain.setBody("anbei", "text");
    await (await connectToOffice()).insertText("body", "Guten Tag,\n\n");
    expect(plain.state.item.body).toBe("Guten Tag,\n\nanbei");
  });

  test("into a plain-text body: as text", async () => {
    const mailbox = outlook();
    mailbox.setBody("Hallo ,", "text");
    await (await connectToOffice()).insertText("body", "{{Vorname}}");
    expect(mailbox.state.item.body).toBe("{{Vorname}}Hallo ,");
  });

  test("into the subject: at its end, since Office.Subject has no cursor API", async () => {
    const mailbox = outlook();
    await (await connectToOffice()).insertText("subject", " für {{Vorname}}");
    expect(mailbox.state.item.subject).toBe("Ihre Rechnung {{Nr}} für {{Vorname}}");
  });

  test("not in read mode", async () => {
    outlook({ mode: "read" });
    await expect((await connectToOffice()).insertText("body", "x")).rejects.toMatchObject({ message: expect.stringContaining(en.insertOnlyWhileWriting) });
  });
});

describe("opening a compose window per recipient", () => {
  const form = { to: "anna@example.de", cc: ["eltern.mueller@example.de"], subject: "Rechnung 1001", htmlBody: "<p>Hallo Anna</p>" };

  test.each([
    ["1.14", "displayNewMessageFormAsync"],
    ["1.8", "displayNewMessageForm"],
  ] as const)("Mailbox %s uses %s", async (mailboxVersion, expected) => {
    const mailbox = outlook({ mode: "read", mailboxVersion });
    await (await connectToOffice()).displayNewMessage(form);
    expect(mailbox.state.openedWindows).toMatchObject([{ openedWith: expected, to: ["anna@example.de"], cc: ["eltern.mueller@example.de"], bcc: [], subject: "Rechnung 1001" }]);
  });

  test.each([
    ["en", en],
    ["de", de],
  ] as const)("compose mode (%s): no window opens, and the rejection says why and where to start instead", async (_lang, text) => {
    const mailbox = outlook({ displayLanguage: text === de ? "de-DE" : "en-US" });
    const opening = (await connectToOffice()).displayNewMessage(form);
    await expect(opening).rejects.toBeInstanceOf(OfficeCallError);
    await expect(opening).rejects.toMatchObject({ message: expect.stringContaining(text.composeWindowsOnlyWhileReading) });
    expect(mailbox.state.openedWindows).toEqual([]);
    expect(mailbox.calls).toEqual([]);
  });

  test("no Cc is sent as no ccRecipients at all", async () => {
    const mailbox = outlook({ mode: "read" });
    await (await connectToOffice()).displayNewMessage({ ...form, cc: [] });
    expect(mailbox.state.openedWindows[0]?.cc).toEqual([]);
  });

  test.each([
    { name: "two addresses in Cc", form: { ...form, cc: ["a@example.de", "b@example.de"] } },
    { name: "two addresses in one To", form: { ...form, to: "a@example.de, b@example.de" } },
  ])("refuses a window that breaks the privacy rule: $name", async ({ form: broken }) => {
    const mailbox = outlook({ mode: "read" });
    await expect((await connectToOffice()).displayNewMessage(broken)).rejects.toBeInstanceOf(PrivacyRuleError);
    expect(mailbox.state.openedWindows).toEqual([]);
  });

  test.each(["1.14", "1.8"])("Mailbox %s: a subject over 255 characters is a typed rejection, not an exception", async (mailboxVersion) => {
    const mailbox = outlook({ mode: "read", mailboxVersion });
    const opening = (await connectToOffice()).displayNewMessage({ ...form, subject: "x".repeat(256) });
    await expect(opening).rejects.toBeInstanceOf(OfficeCallError);
    await expect(opening).rejects.toMatchObject({ code: undefined, message: expect.stringContaining("Sys.ArgumentOutOfRangeException") });
    expect(mailbox.state.openedWindows).toEqual([]);
  });
});

describe("Office failures become typed rejections", () => {
  type Case = {
    readonly name: string;
    readonly operation: SimulatedOperation;
    readonly error: Office.Error;
    readonly act: (host: MailboxHost, attachmentId: string) => Promise<unknown>;
    readonly outlook?: Partial<SimulatedOutlook>;
    readonly expected: { readonly operation: string; readonly code: number | undefined; readonly officeName: string | undefined };
  };
  const cases: readonly Case[] = [
    {
      name: "reading the body: 9020 GenericResponseError",
      operation: "body.getAsync",
      error: OFFICE_ERRORS.GenericResponseError,
      act: (host) => host.readTemplate(),
      expected: { operation: "item.body.getAsync", code: 9020, officeName: "GenericResponseError" },
    },
    {
      name: "reading the subject: 5001 InternalError",
      operation: "subject.getAsync",
      error: OFFICE_ERRORS.InternalError,
      act: (host) => host.readTemplate(),
      expected: { operation: "item.subject.getAsync", code: 5001, officeName: "InternalError" },
    },
    {
      name: "listing attachments offline: 9041 NetworkError",
      operation: "getAttachmentsAsync",
      error: OFFICE_ERRORS.NetworkError,
      act: (host) => host.readTemplate(),
      expected: { operation: "item.getAttachmentsAsync", code: 9041, officeName: "NetworkError" },
    },
    {
      name: "an attachment too large: 9000 AttachmentSizeExceeded",
      operation: "getAttachmentContentAsync",
      error: OFFICE_ERRORS.AttachmentSizeExceeded,
      act: (host, id) => host.attachmentContent(id),
      expected: { operation: "item.getAttachmentContentAsync", code: 9000, officeName: "AttachmentSizeExceeded" },
    },
    {
      name: "an attachment removed meanwhile: 9003 InvalidAttachmentId",
      operation: "getAttachmentContentAsync",
      error: OFFICE_ERRORS.InvalidAttachmentId,
      act: (host, id) => host.attachmentContent(id),
      expected: { operation: "item.getAttachmentContentAsync", code: 9003, officeName: "InvalidAttachmentId" },
    },
    {
      name: "a contact attached: 9043 AttachmentTypeNotSupported",
      operation: "getAttachmentContentAsync",
      error: OFFICE_ERRORS.AttachmentTypeNotSupported,
      act: (host, id) => host.attachmentContent(id),
      expected: { operation: "item.getAttachmentContentAsync", code: 9043, officeName: "AttachmentTypeNotSupported" },
    },
    {
      name: "inserting a field: 9020",
      operation: "body.setSelectedDataAsync",
      error: OFFICE_ERRORS.GenericResponseError,
      act: (host) => host.insertText("body", "{{A}}"),
      expected: { operation: "item.body.setSelectedDataAsync", code: 9020, officeName: "GenericResponseError" },
    },
    {
      name: "opening a window (1.9+, read mode): 9020",
      operation: "displayNewMessageFormAsync",
      error: OFFICE_ERRORS.GenericResponseError,
      outlook: { mode: "read" },
      act: (host) => host.displayNewMessage({ to: "a@example.de", cc: [], subject: "s", htmlBody: "" }),
      expected: { operation: "mailbox.displayNewMessageFormAsync", code: 9020, officeName: "GenericResponseError" },
    },
    {
      name: "opening a window (1.6, read mode, which throws)",
      operation: "displayNewMessageForm",
      error: OFFICE_ERRORS.InternalError,
      outlook: { mode: "read", mailboxVersion: "1.8" },
      act: (host) => host.displayNewMessage({ to: "a@example.de", cc: [], subject: "s", htmlBody: "" }),
      // Thrown, not called back; its code is kept all the same.
      expected: { operation: "mailbox.displayNewMessageForm", code: 5001, officeName: "InternalError" },
    },
  ];

  test.each(cases)("$name", async ({ operation, error, act, outlook: settings, expected }) => {
    const mailbox = outlook(settings);
    const attachment = mailbox.addAttachment({ name: "mitglieder.csv", bytes: new Uint8Array(4) });
    const host = await connectToOffice();
    mailbox.failNext(operation, error);
    const failing = act(host, attachment.id);
    await expect(failing).rejects.toBeInstanceOf(OfficeCallError);
    await expect(failing).rejects.toMatchObject({ ...expected, message: `${expected.operation} failed: ${error.message}` });
  });
});

describe("the add-in's settings (roaming settings)", () => {
  const SETTING = "graphClientId";
  const ID = "0d5b3c1e-7f2a-4b6c-9d8e-1a2b3c4d5e6f";

  test("an unknown setting is undefined; a saved one is there for the next add-in that loads", async () => {
    const mailbox = outlook();
    const host = await connectToOffice();
    expect(host.settings.get(SETTING)).toBeUndefined();
    await host.settings.set(SETTING, ID);
    expect(host.settings.get(SETTING)).toBe(ID);
    expect(mailbox.roamingSettings()).toEqual({ [SETTING]: ID });
    globals.Office = createFakeOffice(mailbox);
    expect((await connectToOffice()).settings.get(SETTING)).toBe(ID);
  });

  test("setting undefined removes it", async () => {
    const mailbox = outlook();
    const host = await connectToOffice();
    await host.settings.set(SETTING, ID);
    await host.settings.set(SETTING, undefined);
    expect(host.settings.get(SETTING)).toBeUndefined();
    expect(mailbox.roamingSettings()).toEqual({});
  });

  test.each([
    { name: "Outlook cannot save (network)", plan: (mailbox: SimulatedMailbox) => mailbox.failNext("roamingSettings.saveAsync", OFFICE_ERRORS.NetworkError), value: "new", code: 9041 },
    // Office.RoamingSettings.set: "An error with code 9057 is thrown when that size limit is exceeded" (@types/office-js).
    { name: "the settings exceed 32 KB (set throws 9057)", plan: () => undefined, value: "x".repeat(32 * 1024), code: 9057 },
  ])("$name: set rejects with Office's code and the previous value stays", async ({ plan, value, code }) => {
    const mailbox = outlook();
    const host = await connectToOffice();
    await host.settings.set(SETTING, ID);
    plan(mailbox);
    const failure = host.settings.set(SETTING, value);
    await expect(failure).rejects.toBeInstanceOf(OfficeCallError);
    await expect(failure).rejects.toMatchObject({ operation: "roamingSettings.saveAsync", code });
    expect(host.settings.get(SETTING)).toBe(ID);
    expect(mailbox.roamingSettings()).toEqual({ [SETTING]: ID });
  });

  test("outside Outlook there are no settings, and saving rejects", async () => {
    const host = await connectToOffice();
    expect(host.settings.get(SETTING)).toBeUndefined();
    await expect(host.settings.set(SETTING, ID)).rejects.toBeInstanceOf(OfficeCallError);
  });
});
