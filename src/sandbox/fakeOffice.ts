// A stand-in for Microsoft's Office.js in Outlook, backed by a SimulatedMailbox: the subset Rundmail uses, under
// @types/office-js's names and with Office.js's run-time values. Like Office.js it answers through callbacks, always
// later (never synchronously), with AsyncResult objects; it throws only where Office.js throws (a parameter beyond a
// documented limit); and an Outlook with an older Mailbox requirement set lacks the newer functions altogether.
// No DOM needed: it runs in Node for tests, and in the sandbox's task-pane frame (officeInFrame.ts).
import { escapeHtml } from "../core/template/escapeHtml";
import { htmlToText } from "../core/template/htmlText";
import { base64 } from "../gateways/eml/mime";
import { argumentError, argumentOutOfRange, OFFICE_ERRORS } from "./officeErrors";
import type { SimulatedAttachment, SimulatedMailbox, SimulatedOperation } from "./simulatedMailbox";

// Office.js's run-time enum values (the typings declare the names; office.js defines these strings).
const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" } as unknown as typeof Office.AsyncResultStatus;
const CoercionType = {
  Text: "text",
  Matrix: "matrix",
  Table: "table",
  Html: "html",
  Ooxml: "ooxml",
  SlideRange: "slideRange",
  Image: "image",
  XmlSvg: "xmlSvg",
} as unknown as typeof Office.CoercionType;
const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as unknown as typeof Office.HostType;
const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as unknown as typeof Office.PlatformType;
const AttachmentContentFormat = { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" } as unknown as typeof Office.MailboxEnums.AttachmentContentFormat;
const AttachmentType = { Base64: "base64", Cloud: "cloud", File: "file", Item: "item" } as unknown as typeof Office.MailboxEnums.AttachmentType;
const ItemType = { Message: "message", Appointment: "appointment" } as unknown as typeof Office.MailboxEnums.ItemType;

/** The message being written, as Office.MessageCompose presents it (the part Rundmail uses). */
export interface FakeComposeItem {
  readonly itemType: Office.MailboxEnums.ItemType;
  readonly subject: Pick<Office.Subject, "getAsync" | "setAsync">;
  readonly body: Partial<Pick<Office.Body, "getAsync">> & Pick<Office.Body, "getTypeAsync" | "setSelectedDataAsync">;
  /** Mailbox 1.8. */
  readonly getAttachmentsAsync?: Office.MessageCompose["getAttachmentsAsync"];
  /** Mailbox 1.8. */
  readonly getAttachmentContentAsync?: Office.MessageCompose["getAttachmentContentAsync"];
}

/** A message opened to read (received, or the template in Sent Items), as Office.MessageRead presents it (the part Rundmail uses). */
export interface FakeReadItem {
  readonly itemType: Office.MailboxEnums.ItemType;
  readonly subject: string;
  /** Office.Body: getAsync is "Compose or Read" (1.3); getTypeAsync is "Compose" only, so read mode lacks it. */
  readonly body: Partial<Pick<Office.Body, "getAsync">>;
  readonly attachments: Office.AttachmentDetails[];
  /** Mailbox 1.8. */
  readonly getAttachmentContentAsync?: Office.MessageRead["getAttachmentContentAsync"];
}

export interface FakeMailbox {
  readonly item: FakeComposeItem | FakeReadItem | null;
  readonly userProfile: Office.UserProfile;
  /** Mailbox 1.6, read mode only ("Applicable Outlook mode: Read"). */
  readonly displayNewMessageForm?: Office.Mailbox["displayNewMessageForm"];
  /** Mailbox 1.9, read mode only ("Applicable Outlook mode: Read"). */
  readonly displayNewMessageFormAsync?: Office.Mailbox["displayNewMessageFormAsync"];
}

export interface FakeContext {
  readonly displayLanguage: string;
  /** Mailbox 1.14; Outlook reports no isDarkTheme. */
  readonly officeTheme: Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "bodyForegroundColor" | "controlBackgroundColor" | "controlForegroundColor">> | undefined;
  readonly requirements: Office.RequirementSetSupport;
  readonly mailbox: FakeMailbox;
  /** Mailbox 1.1. */
  readonly roamingSettings: Office.RoamingSettings;
}

type ReadyInfo = { host: Office.HostType; platform: Office.PlatformType };

export interface FakeOffice {
  readonly AsyncResultStatus: typeof Office.AsyncResultStatus;
  readonly CoercionType: typeof Office.CoercionType;
  readonly HostType: typeof Office.HostType;
  readonly PlatformType: typeof Office.PlatformType;
  readonly MailboxEnums: {
    readonly AttachmentContentFormat: typeof Office.MailboxEnums.AttachmentContentFormat;
    readonly AttachmentType: typeof Office.MailboxEnums.AttachmentType;
    readonly ItemType: typeof Office.MailboxEnums.ItemType;
  };
  readonly context: FakeContext;
  onReady(callback?: (info: ReadyInfo) => unknown): Promise<ReadyInfo>;
  /** The old way to wait for Office: assigned by the add-in, called once Office is ready. */
  initialize?: (reason: string) => void;
}

export interface FakeOfficeOptions {
  /** How long Office takes to answer, in milliseconds (default 0: still later, never synchronously). */
  readonly latencyMs?: number;
  readonly platform?: "OfficeOnline" | "PC" | "Mac";
}

/** "Roaming settings: 32 KB number of characters" (Limits for activation and JavaScript API for Outlook add-ins). */
export const ROAMING_SETTINGS_LIMIT_CHARACTERS = 32 * 1024;

// Documented limits of displayNewMessageForm[Async] (Office.MessageForm).
export const MESSAGE_FORM_LIMITS = { subjectCharacters: 255, htmlBodyCharacters: 32 * 1024, recipientsPerField: 100 } as const;
const MESSAGE_FORM_PARAMETERS = new Set(["toRecipients", "ccRecipients", "bccRecipients", "subject", "htmlBody", "attachments"]);

type AnyCallback = (result: Office.AsyncResult<unknown>) => void;
type Options = Office.AsyncContextOptions & Office.CoercionTypeOptions;
type Outcome<T> = { readonly value: T } | { readonly error: Office.Error };

/** Office.js methods take (…, options, callback) or (…, callback): this tells them apart. */
function optionsAndCallback(rest: readonly unknown[]): { options: Options; callback: AnyCallback | undefined } {
  const [first, second] = rest;
  if (typeof first === "function") return { options: {}, callback: first as AnyCallback };
  const options = first !== null && typeof first === "object" ? (first as Options) : {};
  return { options, callback: typeof second === "function" ? (second as AnyCallback) : undefined };
}

/** "1.10" > "1.9": requirement-set versions compare part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The body as Outlook returns it with CoercionType.Html: a whole document around what the editor shows. */
function asHtmlDocument(inner: string): string {
  return `<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n${inner}\r\n</body>\r\n</html>\r\n`;
}

const textAsHtml = (text: string): string => escapeHtml(text).replace(/\r?\n/g, "<br>");

export function createFakeOffice(mailbox: SimulatedMailbox, options: FakeOfficeOptions = {}): FakeOffice {
  const latency = options.latencyMs ?? 0;
  const schedule = (task: () => void): void => {
    setTimeout(task, latency);
  };
  const outlook = () => mailbox.state.outlook;
  const item = () => mailbox.state.item;
  const supports = (version: string) => compareVersions(outlook().mailboxVersion, version) >= 0;
  // Fixed when the add-in starts, as in Outlook: a task pane opened on a message being written stays in compose mode.
  const mode = outlook().mode;

  /** Answers a call later through its callback: the planned failure if there is one, else what `produce` says. */
  function answer<T>(operation: SimulatedOperation, rest: readonly unknown[], produce: () => Outcome<T>): void {
    const { options: callOptions, callback } = optionsAndCallback(rest);
    const failure = mailbox.takeCall(operation);
    const outcome: Outcome<unknown> = failure !== undefined ? { error: failure } : produce();
    const result = (
      "error" in outcome
        ? { status: AsyncResultStatus.Failed, value: undefined, error: { ...outcome.error }, asyncContext: callOptions.asyncContext, diagnostics: undefined }
        : { status: AsyncResultStatus.Succeeded, value: outcome.value, error: undefined, asyncContext: callOptions.asyncContext, diagnostics: undefined }
    ) as Office.AsyncResult<unknown>;
    if (callback !== undefined) schedule(() => callback(result));
  }

  const findAttachment = (id: unknown): SimulatedAttachment | undefined => item().attachments.find((a) => a.id === id);

  function attachmentContent(id: unknown): Outcome<Office.AttachmentContent> {
    const attachment = findAttachment(id);
    if (attachment === undefined) return { error: OFFICE_ERRORS.InvalidAttachmentId };
    switch (attachment.kind) {
      case "file":
        return { value: { format: AttachmentContentFormat.Base64, content: base64(attachment.bytes) } };
      case "cloud":
        return { value: { format: AttachmentContentFormat.Url, content: attachment.url ?? "" } };
      case "item": {
        if (attachment.itemFormat === undefined || attachment.itemFormat === "unsupported") return { error: OFFICE_ERRORS.AttachmentTypeNotSupported };
        const format = attachment.itemFormat === "eml" ? AttachmentContentFormat.Eml : AttachmentContentFormat.ICalendar;
        return { value: { format, content: new TextDecoder().decode(attachment.bytes) } };
      }
    }
  }

  function getAttachmentContentAsync(id: string, ...rest: unknown[]): void {
    answer("getAttachmentContentAsync", rest, () => attachmentContent(id));
  }

  function bodyGetAsync(coercionType: Office.CoercionType | string, ...rest: unknown[]): void {
    if (coercionType !== CoercionType.Html && coercionType !== CoercionType.Text) throw argumentError("coercionType", `"${coercionType}" is not html or text`);
    answer("body.getAsync", rest, () => {
      const { body, bodyType } = item();
      if (coercionType === CoercionType.Html) return { value: asHtmlDocument(bodyType === "html" ? body : textAsHtml(body)) };
      return { value: bodyType === "html" ? htmlToText(body) : body };
    });
  }

  function bodyGetTypeAsync(...rest: unknown[]): void {
    answer("body.getTypeAsync", rest, () => ({ value: item().bodyType === "html" ? CoercionType.Html : CoercionType.Text }));
  }

  // Office.Body in @types/office-js: getAsync "Compose or Read" (Mailbox 1.3); getTypeAsync and setSelectedDataAsync
  // "Compose" (1.1). test/officeReference.test.ts checks every member against the reference.
  const readBody = supports("1.3") ? { getAsync: bodyGetAsync } : {};

  function composeItem(): FakeComposeItem {
    return {
      itemType: ItemType.Message,
      subject: {
        getAsync: (...rest: unknown[]) => answer("subject.getAsync", rest, () => ({ value: item().subject })),
        setAsync: (subject: string, ...rest: unknown[]) =>
          answer("subject.setAsync", rest, () => {
            mailbox.setSubject(String(subject));
            return { value: undefined };
          }),
      },
      body: {
        ...readBody,
        getTypeAsync: bodyGetTypeAsync,
        setSelectedDataAsync: (data: string, ...rest: unknown[]) => {
          const { options: callOptions } = optionsAndCallback(rest);
          const coercion = callOptions.coercionType ?? CoercionType.Text;
          answer("body.setSelectedDataAsync", rest, () => {
            const html = item().bodyType === "html";
            if (coercion === CoercionType.Html && !html) return { error: OFFICE_ERRORS.InvalidFormatError };
            mailbox.insertIntoBody(coercion === CoercionType.Html || !html ? String(data) : textAsHtml(String(data)));
            return { value: undefined };
          });
        },
      },
      ...(supports("1.8")
        ? {
            getAttachmentsAsync: (...rest: unknown[]) =>
              answer("getAttachmentsAsync", rest, () => ({
                value: item().attachments.map(
                  (a): Office.AttachmentDetailsCompose => ({
                    id: a.id,
                    name: a.name,
                    attachmentType: a.kind,
                    size: a.bytes.length,
                    isInline: a.isInline,
                    contentId: "",
                    isServiceAccessible: false,
                    ...(a.kind === "cloud" && a.url !== undefined ? { url: a.url } : {}),
                  }),
                ),
              })),
            getAttachmentContentAsync,
          }
        : {}),
    };
  }

  function readItem(): FakeReadItem {
    return {
      itemType: ItemType.Message,
      get subject() {
        return item().subject;
      },
      body: readBody,
      get attachments() {
        return item().attachments.map(
          (a): Office.AttachmentDetails => ({
            id: a.id,
            name: a.name,
            attachmentType: a.kind,
            contentType: a.contentType,
            size: a.bytes.length,
            isInline: a.isInline,
            contentId: "",
          }),
        );
      },
      ...(supports("1.8") ? { getAttachmentContentAsync } : {}),
    };
  }

  type OpeningWindow = Parameters<SimulatedMailbox["openWindow"]>[0];

  /** Checks a MessageForm as Office.js does (throwing at once) and describes the compose window it opens. */
  function messageFormWindow(parameters: Office.MessageForm, openedWith: OpeningWindow["openedWith"]): OpeningWindow {
    if (parameters === null || typeof parameters !== "object") throw argumentError("parameters", "a MessageForm object is required");
    for (const name of Object.keys(parameters)) {
      if (!MESSAGE_FORM_PARAMETERS.has(name)) throw argumentError(name, "not a MessageForm parameter");
    }
    const recipients = (field: "toRecipients" | "ccRecipients" | "bccRecipients"): string[] => {
      const given = parameters[field] ?? [];
      if (!Array.isArray(given)) throw argumentError(field, "must be an array");
      if (given.length > MESSAGE_FORM_LIMITS.recipientsPerField) throw argumentOutOfRange(field, `at most ${MESSAGE_FORM_LIMITS.recipientsPerField} recipients`);
      return given.map((r: string | Office.EmailAddressDetails) => (typeof r === "string" ? r : r.emailAddress));
    };
    const subject = parameters.subject ?? "";
    const htmlBody = parameters.htmlBody ?? "";
    if (subject.length > MESSAGE_FORM_LIMITS.subjectCharacters) throw argumentOutOfRange("subject", `at most ${MESSAGE_FORM_LIMITS.subjectCharacters} characters`);
    // "limited to a maximum size of 32 KB": counted here in characters (UTF-16 code units), as JavaScript measures strings.
    if (htmlBody.length > MESSAGE_FORM_LIMITS.htmlBodyCharacters) throw argumentOutOfRange("htmlBody", "at most 32 KB");
    const attachments = parameters.attachments ?? [];
    for (const attachment of attachments) {
      const ok =
        (attachment.type === AttachmentType.File && typeof attachment.url === "string" && attachment.url !== "") ||
        (attachment.type === AttachmentType.Item && typeof attachment.itemId === "string" && attachment.itemId !== "");
      // No local files: a file attachment is a URL Outlook downloads, an item attachment an existing item's id.
      if (!ok || typeof attachment.name !== "string") throw argumentError("attachments", "each must be a file with a url or an item with an itemId");
    }
    return {
      openedWith,
      to: recipients("toRecipients"),
      cc: recipients("ccRecipients"),
      bcc: recipients("bccRecipients"),
      subject,
      htmlBody,
      attachments: attachments.map((a) => ({ ...a })),
    };
  }

  const mailboxApi: FakeMailbox = {
    get item() {
      return currentItem;
    },
    get userProfile(): Office.UserProfile {
      return {
        displayName: outlook().userDisplayName,
        emailAddress: outlook().userEmailAddress,
        // UserProfile.accountType is "[Api set: Mailbox 1.6]" (@types/office-js); an older Outlook does not report it.
        ...(supports("1.6") ? { accountType: "enterprise" } : {}),
        timeZone: "W. Europe Standard Time",
      } as Office.UserProfile;
    },
    // "Applicable Outlook mode: Read" (Office.Mailbox); in compose Office.js leaves them undefined (office-js-docs-pr#2201).
    ...(mode === "read" && supports("1.6")
      ? {
          displayNewMessageForm: (parameters: Office.MessageForm) => {
            const failure = mailbox.takeCall("displayNewMessageForm");
            if (failure !== undefined) throw Object.assign(new Error(failure.message), { name: failure.name, code: failure.code });
            mailbox.openWindow(messageFormWindow(parameters, "displayNewMessageForm"));
          },
        }
      : {}),
    ...(mode === "read" && supports("1.9")
      ? {
          displayNewMessageFormAsync: (parameters: Office.MessageForm, ...rest: unknown[]) => {
            // Parameters beyond the limits throw at once, as documented; otherwise the window opens and the callback follows.
            const window = messageFormWindow(parameters, "displayNewMessageFormAsync");
            answer("displayNewMessageFormAsync", rest, () => {
              mailbox.openWindow(window);
              return { value: undefined };
            });
          },
        }
      : {}),
  };

  const currentItem: FakeComposeItem | FakeReadItem | null = mode === "compose" ? composeItem() : mode === "read" ? readItem() : null;

  const requirements: Office.RequirementSetSupport = {
    isSetSupported(name: string, minVersion?: string | number): boolean {
      const highest = name.toLowerCase() === "mailbox" ? outlook().mailboxVersion : outlook().otherRequirementSets[name];
      if (highest === undefined) return false;
      return minVersion === undefined || compareVersions(highest, String(minVersion)) >= 0;
    },
  };

  // Outlook loads the add-in's settings once, when the add-in starts; get/set/remove work on that copy, and only
  // saveAsync writes it back to the mailbox (as JSON, within the 32 KB limit).
  const settings: Record<string, unknown> = mailbox.roamingSettings();
  const roamingSettings: Office.RoamingSettings = {
    get(name: string): unknown {
      // Office's typings declare a nullable value: an unknown name answers null.
      return Object.prototype.hasOwnProperty.call(settings, name) ? settings[name] : null;
    },
    set(name: string, value: unknown): void {
      // Office.RoamingSettings.set: "A maximum of 32KB is available for the settings of each add-in. An error with
      // code 9057 is thrown when that size limit is exceeded." (@types/office-js): set throws, the copy stays as it was.
      const json = JSON.stringify({ ...settings, [name]: value });
      if (json.length > ROAMING_SETTINGS_LIMIT_CHARACTERS) {
        const { code, name: errorName, message } = OFFICE_ERRORS.SizeLimitExceeded;
        throw Object.assign(new Error(message), { name: errorName, code });
      }
      settings[name] = value;
    },
    remove(name: string): void {
      delete settings[name];
    },
    saveAsync(...rest: unknown[]): void {
      // The size is checked by set (where the reference says the error is thrown); saveAsync only writes.
      answer("roamingSettings.saveAsync", rest, () => {
        mailbox.saveRoamingSettings(JSON.stringify(settings));
        return { value: undefined };
      });
    },
  };

  const context: FakeContext = {
    get displayLanguage() {
      return outlook().displayLanguage;
    },
    get officeTheme() {
      if (!supports("1.14")) return undefined;
      const { bodyBackgroundColor, bodyForegroundColor } = outlook();
      return { bodyBackgroundColor, bodyForegroundColor, controlBackgroundColor: bodyBackgroundColor, controlForegroundColor: bodyForegroundColor };
    },
    requirements,
    mailbox: mailboxApi,
    roamingSettings,
  };

  const info: ReadyInfo = { host: HostType.Outlook, platform: PlatformType[options.platform ?? "OfficeOnline"] };
  // Office.js is ready after the document has loaded (where there is one), and never synchronously.
  const ready = new Promise<ReadyInfo>((resolve) => {
    const settle = () => schedule(() => resolve(info));
    if (typeof document !== "undefined" && document.readyState === "loading") document.addEventListener("DOMContentLoaded", settle, { once: true });
    else settle();
  });

  const office: FakeOffice = {
    AsyncResultStatus,
    CoercionType,
    HostType,
    PlatformType,
    MailboxEnums: { AttachmentContentFormat, AttachmentType, ItemType },
    context,
    onReady(callback) {
      return ready.then((value) => {
        if (typeof callback === "function") callback(value);
        return value;
      });
    },
  };
  void ready.then(() => office.initialize?.("documentOpened"));
  return office;
}
