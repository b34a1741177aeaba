import { compareVersions, createFakeOffice, MESSAGE_FORM_LIMITS, ROAMING_SETTINGS_LIMIT_CHARACTERS, type FakeComposeItem, type FakeOffice, type FakeReadItem } from "./fakeOffice";
import { OFFICE_ERRORS } from "./officeErrors";
import { SimulatedMailbox, type SimulatedOutlook } from "./simulatedMailbox";

const encoder = new TextEncoder();

/** Calls an Office-style API and resolves with the AsyncResult it calls back with, checking it never answers at once. */
function call<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve, reject) => {
    let returned = false;
    start((result) => (returned ? resolve(result) : reject(new Error("The callback ran synchronously."))));
    returned = true;
  });
}

function readOffice(outlook: Partial<SimulatedOutlook> = {}) {
  const mailbox = new SimulatedMailbox({ mode: "read", ...outlook }, { subject: "Rechnung {{Nr}}", body: "<p>Hallo {{Vorname}},</p>" });
  const office = createFakeOffice(mailbox);
  return { mailbox, office, item: office.context.mailbox.item as FakeReadItem };
}

function composeOffice(outlook: Partial<SimulatedOutlook> = {}) {
  const mailbox = new SimulatedMailbox({ mode: "compose", ...outlook }, { subject: "Rechnung {{Nr}}", body: "<p>Hallo {{Vorname}},</p>" });
  const office = createFakeOffice(mailbox);
  return { mailbox, office, item: office.context.mailbox.item as FakeComposeItem };
}

describe("asynchronous answers", () => {
  test("a successful call answers later, with status, value and asyncContext", async () => {
    const { item } = composeOffice();
    const result = await call<string>((done) => item.subject.getAsync({ asyncContext: { row: 7 } }, done));
    expect(result).toMatchObject({ status: "succeeded", value: "Rechnung {{Nr}}", asyncContext: { row: 7 } });
    expect(result.error).toBeUndefined();
  });

  test.each([
    ["subject.getAsync", OFFICE_ERRORS.InternalError, (item: FakeComposeItem, done: (r: Office.AsyncResult<unknown>) => void) => item.subject.getAsync(done)],
    ["body.getAsync", OFFICE_ERRORS.GenericResponseError, (item: FakeComposeItem, done: (r: Office.AsyncResult<unknown>) => void) => item.body.getAsync?.("html", done)],
    ["getAttachmentsAsync", OFFICE_ERRORS.NetworkError, (item: FakeComposeItem, done: (r: Office.AsyncResult<unknown>) => void) => item.getAttachmentsAsync?.(done)],
  ] as const)("a planned failure of %s answers Failed with Office's code, name and message", async (operation, error, start) => {
    const { mailbox, item } = composeOffice();
    mailbox.failNext(operation, error);
    const failed = await call<unknown>((done) => start(item, done));
    expect(failed).toMatchObject({ status: "failed", error });
    // Only the next call fails.
    const next = await call<unknown>((done) => start(item, done));
    expect(next.status).toBe("succeeded");
  });
});

describe("requirement sets", () => {
  test.each([
    ["1.14", "Mailbox", "1.8", true],
    ["1.14", "mailbox", "1.14", true],
    ["1.14", "Mailbox", "1.15", false],
    ["1.10", "Mailbox", "1.9", true],
    ["1.9", "Mailbox", "1.10", false],
    ["1.5", "Mailbox", undefined, true],
    ["1.14", "NestedAppAuth", "1.1", true],
    ["1.14", "NestedAppAuth", "1.2", false],
  ] as const)("Mailbox %s: isSetSupported(%p, %p) is %p", (mailboxVersion, name, version, expected) => {
    const { office } = composeOffice({ mailboxVersion });
    expect(office.context.requirements.isSetSupported(name, version)).toBe(expected);
  });

  test("other requirement sets, and the deprecated numeric overload", () => {
    const { office } = composeOffice({ otherRequirementSets: { NestedAppAuth: "1.1" } });
    expect(office.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(true);
    expect(composeOffice({ otherRequirementSets: {} }).office.context.requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(false);
    expect(office.context.requirements.isSetSupported("Mailbox", 1.3)).toBe(true);
  });

  test("versions compare part by part", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.8", "1.8.0")).toBe(0);
  });

  // An older Outlook does not have the newer functions at all; displayNewMessageForm[Async] exist only in read mode
  // ("Applicable Outlook mode: Read", Office.Mailbox in @types/office-js).
  test.each([
    ["compose", "1.14", { getAsync: true, getAttachments: true, displayNewMessageForm: false, displayNewMessageFormAsync: false, officeTheme: true }],
    ["compose", "1.9", { getAsync: true, getAttachments: true, displayNewMessageForm: false, displayNewMessageFormAsync: false, officeTheme: false }],
    ["compose", "1.5", { getAsync: true, getAttachments: false, displayNewMessageForm: false, displayNewMessageFormAsync: false, officeTheme: false }],
    ["compose", "1.2", { getAsync: false, getAttachments: false, displayNewMessageForm: false, displayNewMessageFormAsync: false, officeTheme: false }],
    ["read", "1.14", { getAsync: true, getAttachments: true, displayNewMessageForm: true, displayNewMessageFormAsync: true, officeTheme: true }],
    ["read", "1.9", { getAsync: true, getAttachments: true, displayNewMessageForm: true, displayNewMessageFormAsync: true, officeTheme: false }],
    ["read", "1.8", { getAsync: true, getAttachments: true, displayNewMessageForm: true, displayNewMessageFormAsync: false, officeTheme: false }],
    ["read", "1.5", { getAsync: true, getAttachments: false, displayNewMessageForm: false, displayNewMessageFormAsync: false, officeTheme: false }],
    ["read", "1.2", { getAsync: false, getAttachments: false, displayNewMessageForm: false, displayNewMessageFormAsync: false, officeTheme: false }],
  ] as const)("%s mode, Mailbox %s has %p", (mode, mailboxVersion, expected) => {
    const mailbox = new SimulatedMailbox({ mode, mailboxVersion });
    const office = createFakeOffice(mailbox);
    const item = office.context.mailbox.item as FakeComposeItem & FakeReadItem;
    expect({
      getAsync: typeof item.body.getAsync === "function",
      // Compose lists attachments with getAttachmentsAsync; read mode has item.attachments; both read content (1.8).
      getAttachments: typeof item.getAttachmentContentAsync === "function" && (mode === "compose" ? typeof item.getAttachmentsAsync === "function" : Array.isArray(item.attachments)),
      displayNewMessageForm: typeof office.context.mailbox.displayNewMessageForm === "function",
      displayNewMessageFormAsync: typeof office.context.mailbox.displayNewMessageFormAsync === "function",
      officeTheme: office.context.officeTheme !== undefined,
    }).toEqual(expected);
  });
});

describe("the body", () => {
  test("HTML comes as a whole document, text without markup", async () => {
    const { item } = composeOffice();
    const html = await call<string>((done) => item.body.getAsync?.("html", done));
    expect(html.value).toMatch(/^<html><head>[\s\S]*<body>\r\n<p>Hallo \{\{Vorname\}\},<\/p>\r\n<\/body>\r\n<\/html>/);
    const text = await call<string>((done) => item.body.getAsync?.("text", done));
    expect(text.value.trim()).toBe("Hallo {{Vorname}},");
  });

  test("an unknown coercion type is refused at once, as Office.js does", () => {
    const { item } = composeOffice();
    expect(() => item.body.getAsync?.("ooxml", () => undefined)).toThrow(/Sys.ArgumentException/);
  });

  test.each([
    { name: "text at the top when the cursor was never in the body", type: "html", coercion: "text", data: "{{A&B}}", inserter: false, body: "{{A&amp;B}}<p>x</p>" },
    { name: "HTML as it is", type: "html", coercion: "html", data: "<b>{{A}}</b>", inserter: false, body: "<b>{{A}}</b><p>x</p>" },
    { name: "at the cursor the page reports", type: "html", coercion: "text", data: "{{A}}", inserter: true, body: "<p>x{{A}}</p>" },
    { name: "text into a plain-text body", type: "text", coercion: "text", data: "{{A}} ", inserter: false, body: "{{A}} <p>x</p>" },
  ] as const)("setSelectedDataAsync inserts $name", async ({ type, coercion, data, inserter, body }) => {
    const { mailbox, item } = composeOffice();
    mailbox.setBody("<p>x</p>", type);
    if (inserter) mailbox.setCursorInserter((html) => `<p>x${html}</p>`);
    const result = await call<void>((done) => item.body.setSelectedDataAsync(data, { coercionType: coercion }, done));
    expect(result.status).toBe("succeeded");
    expect(mailbox.state.item.body).toBe(body);
  });

  test("HTML into a plain-text body fails with InvalidFormatError", async () => {
    const { mailbox, item } = composeOffice();
    mailbox.setBody("plain", "text");
    const result = await call<void>((done) => item.body.setSelectedDataAsync("<b>x</b>", { coercionType: "html" }, done));
    expect(result).toMatchObject({ status: "failed", error: { name: "InvalidFormatError" } });
    expect(mailbox.state.item.body).toBe("plain");
  });
});

describe("attachments", () => {
  function withAttachments() {
    const setup = composeOffice();
    const { mailbox } = setup;
    const csv = mailbox.addAttachment({ name: "mitglieder.csv", bytes: new Uint8Array([0x41, 0x3b, 0xe4, 0x0d, 0x0a]), contentType: "text/csv" });
    const mail = mailbox.addAttachment({ name: "Anfrage.eml", kind: "item", itemFormat: "eml", bytes: encoder.encode("Subject: Hi\r\n\r\nHallo") });
    const event = mailbox.addAttachment({ name: "Termin.ics", kind: "item", itemFormat: "iCalendar", bytes: encoder.encode("BEGIN:VCALENDAR") });
    const contact = mailbox.addAttachment({ name: "Anna Müller", kind: "item", itemFormat: "unsupported" });
    const cloud = mailbox.addAttachment({ name: "Satzung.pdf", kind: "cloud", url: "https://contoso.sharepoint.com/Satzung.pdf" });
    return { ...setup, csv, mail, event, contact, cloud };
  }

  test("getAttachmentsAsync lists them as AttachmentDetailsCompose", async () => {
    const { item, csv, cloud } = withAttachments();
    const result = await call<Office.AttachmentDetailsCompose[]>((done) => item.getAttachmentsAsync?.(done));
    expect(result.value[0]).toEqual({ id: csv.id, name: "mitglieder.csv", attachmentType: "file", size: 5, isInline: false, contentId: "", isServiceAccessible: false });
    expect(result.value.map((a) => a.attachmentType)).toEqual(["file", "item", "item", "item", "cloud"]);
    expect(result.value[4]?.url).toBe(cloud.url);
  });

  test("getAttachmentContentAsync answers each kind in its documented format", async () => {
    const { item, csv, mail, event, contact, cloud } = withAttachments();
    const content = (id: string) => call<Office.AttachmentContent>((done) => item.getAttachmentContentAsync?.(id, done));
    expect((await content(csv.id)).value).toEqual({ format: "base64", content: "QTvkDQo=" });
    expect((await content(mail.id)).value).toEqual({ format: "eml", content: "Subject: Hi\r\n\r\nHallo" });
    expect((await content(event.id)).value).toEqual({ format: "iCalendar", content: "BEGIN:VCALENDAR" });
    expect((await content(cloud.id)).value).toEqual({ format: "url", content: "https://contoso.sharepoint.com/Satzung.pdf" });
    expect((await content(contact.id)).error).toEqual(OFFICE_ERRORS.AttachmentTypeNotSupported);
    expect((await content("AAMkNoSuchAttachment")).error).toEqual({ code: 9003, name: "InvalidAttachmentId", message: "The attachment ID was invalid." });
  });

  test("read mode: the subject is a string and item.attachments a list with content types", () => {
    const mailbox = new SimulatedMailbox({ mode: "read" }, { subject: "Mitgliederliste" });
    mailbox.addAttachment({ name: "liste.csv", contentType: "text/csv", bytes: new Uint8Array(3) });
    const item = createFakeOffice(mailbox).context.mailbox.item as FakeReadItem;
    expect(item.subject).toBe("Mitgliederliste");
    expect(item.attachments).toEqual([
      { id: expect.any(String), name: "liste.csv", attachmentType: "file", contentType: "text/csv", size: 3, isInline: false, contentId: "" },
    ]);
    expect("setSelectedDataAsync" in item.body).toBe(false);
    // Office.Body.getTypeAsync is "Applicable Outlook mode: Compose".
    expect("getTypeAsync" in item.body).toBe(false);
  });

  test("without a selected item, Office.context.mailbox.item is null", () => {
    expect(createFakeOffice(new SimulatedMailbox({ mode: "no-item" })).context.mailbox.item).toBeNull();
  });
});

describe("displayNewMessageForm", () => {
  const long = (n: number) => "x".repeat(n);
  const recipients = (n: number) => Array.from({ length: n }, (_, i) => `person${i}@example.de`);

  test.each([
    { name: "a subject of 255 characters", form: { toRecipients: ["a@example.de"], subject: long(255) }, throws: null },
    { name: "a subject of 256 characters", form: { toRecipients: ["a@example.de"], subject: long(256) }, throws: /ArgumentOutOfRange[\s\S]*subject/ },
    { name: "an HTML body of 32 KB", form: { htmlBody: long(MESSAGE_FORM_LIMITS.htmlBodyCharacters) }, throws: null },
    { name: "an HTML body over 32 KB", form: { htmlBody: long(MESSAGE_FORM_LIMITS.htmlBodyCharacters + 1) }, throws: /ArgumentOutOfRange[\s\S]*htmlBody/ },
    { name: "100 recipients in To", form: { toRecipients: recipients(100) }, throws: null },
    { name: "101 recipients in Cc", form: { ccRecipients: recipients(101) }, throws: /ArgumentOutOfRange[\s\S]*ccRecipients/ },
    { name: "an unknown parameter", form: { toRecipients: ["a@example.de"], body: "x" }, throws: /ArgumentException[\s\S]*body/ },
    { name: "a local file (base64)", form: { attachments: [{ type: "base64", name: "a.pdf", url: "JVBERi0=" }] }, throws: /ArgumentException[\s\S]*attachments/ },
    { name: "a file by URL", form: { attachments: [{ type: "file", name: "a.pdf", url: "https://example.org/a.pdf" }] }, throws: null },
  ])("$name: Office.js throws or opens the window", async ({ form, throws }) => {
    for (const variant of ["displayNewMessageFormAsync", "displayNewMessageForm"] as const) {
      const { mailbox, office } = readOffice();
      const open = () =>
        variant === "displayNewMessageForm"
          ? office.context.mailbox.displayNewMessageForm?.(form as Office.MessageForm)
          : office.context.mailbox.displayNewMessageFormAsync?.(form as Office.MessageForm, () => undefined);
      if (throws === null) {
        expect(open).not.toThrow();
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(mailbox.state.openedWindows).toHaveLength(1);
        expect(mailbox.state.openedWindows[0]?.openedWith).toBe(variant);
      } else {
        expect(open).toThrow(throws);
        expect(mailbox.state.openedWindows).toEqual([]);
      }
    }
  });

  test("the opened window records what the add-in asked for, recipients given either way", async () => {
    const { mailbox, office } = readOffice();
    const result = await call<void>((done) =>
      office.context.mailbox.displayNewMessageFormAsync?.(
        {
          toRecipients: [{ emailAddress: "anna@example.de", displayName: "Anna", appointmentResponse: "none", recipientType: "externalUser" }],
          ccRecipients: ["eltern@example.de"],
          subject: "Rechnung 1001",
          htmlBody: "<p>Hallo Anna</p>",
        },
        done,
      ),
    );
    expect(result.status).toBe("succeeded");
    expect(mailbox.state.openedWindows).toEqual([
      {
        id: 1,
        openedWith: "displayNewMessageFormAsync",
        openedAt: expect.any(String),
        to: ["anna@example.de"],
        cc: ["eltern@example.de"],
        bcc: [],
        subject: "Rechnung 1001",
        htmlBody: "<p>Hallo Anna</p>",
        attachments: [],
      },
    ]);
  });
});

describe("Office.onReady", () => {
  test("resolves later with Outlook as host, calls the callback and Office.initialize", async () => {
    const { office } = composeOffice();
    const initialized: string[] = [];
    (office as FakeOffice).initialize = (reason) => initialized.push(reason);
    const seen: unknown[] = [];
    const info = await office.onReady((value) => seen.push(value));
    expect(info).toEqual({ host: "Outlook", platform: "OfficeOnline" });
    expect(seen).toEqual([info]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(initialized).toEqual(["documentOpened"]);
  });

  test("the language and theme are Outlook's, and the theme is absent before Mailbox 1.14", () => {
    expect(composeOffice({ displayLanguage: "en-GB", bodyBackgroundColor: "#292929" }).office.context).toMatchObject({
      displayLanguage: "en-GB",
      officeTheme: { bodyBackgroundColor: "#292929" },
    });
    expect(composeOffice({ mailboxVersion: "1.13" }).office.context.officeTheme).toBeUndefined();
  });
});

describe("roaming settings", () => {
  test("loaded once when the add-in starts; set changes only the copy until saveAsync", async () => {
    const { mailbox, office } = composeOffice();
    const roaming = office.context.roamingSettings;
    expect(roaming.get("graphClientId")).toBeNull();
    roaming.set("graphClientId", "abc");
    roaming.set("options", { latency: 5, list: [1, 2] });
    expect(roaming.get("graphClientId")).toBe("abc");
    expect(mailbox.roamingSettings()).toEqual({});
    const saved = await call<void>((done) => roaming.saveAsync(done));
    expect(saved.status).toBe("succeeded");
    expect(mailbox.roamingSettings()).toEqual({ graphClientId: "abc", options: { latency: 5, list: [1, 2] } });
    // Another add-in instance loading now gets the saved values; the running one keeps its copy.
    expect(createFakeOffice(mailbox).context.roamingSettings.get("options")).toEqual({ latency: 5, list: [1, 2] });
    roaming.remove("options");
    expect(roaming.get("options")).toBeNull();
    expect(mailbox.roamingSettings()).toHaveProperty("options");
  });

  // Office.RoamingSettings.set: "A maximum of 32KB is available for the settings of each add-in. An error with code
  // 9057 is thrown when that size limit is exceeded." (@types/office-js) — set throws; saveAsync is not where it fails.
  test.each([
    { name: "exactly 32 KB of JSON: set and saveAsync succeed", extra: 0, throws: false },
    { name: "one character more: set throws 9057 and changes nothing", extra: 1, throws: true },
  ])("$name", async ({ extra, throws }) => {
    const { mailbox, office } = composeOffice();
    const roaming = office.context.roamingSettings;
    const overhead = JSON.stringify({ big: "" }).length;
    const set = () => roaming.set("big", "x".repeat(ROAMING_SETTINGS_LIMIT_CHARACTERS - overhead + extra));
    if (throws) {
      expect(set).toThrow(expect.objectContaining({ code: OFFICE_ERRORS.SizeLimitExceeded.code }) as Error);
      expect(roaming.get("big")).toBeNull();
    } else expect(set).not.toThrow();
    const result = await call<void>((done) => roaming.saveAsync(done));
    expect(result.status).toBe("succeeded");
    if (throws) expect(mailbox.roamingSettings()).toEqual({});
    else expect(mailbox.roamingSettings()).toHaveProperty("big");
  });

  test("a planned failure of saveAsync saves nothing", async () => {
    const { mailbox, office } = composeOffice();
    mailbox.failNext("roamingSettings.saveAsync", OFFICE_ERRORS.NetworkError);
    office.context.roamingSettings.set("a", 1);
    const result = await call<void>((done) => office.context.roamingSettings.saveAsync(done));
    expect(result).toMatchObject({ status: "failed", error: OFFICE_ERRORS.NetworkError });
    expect(mailbox.roamingSettings()).toEqual({});
  });
});
