// MailboxHost over Office.js. Every asynchronous Office call goes through officeCall, so a failure becomes a typed
// rejection (OfficeCallError) and nothing is ever thrown inside an Office callback. What this Outlook can do is checked
// at run time (requirement sets and the functions themselves); an older Outlook simply gets fewer capabilities.
import { refuseUnlessPrivate } from "../core/privacy/privacy";
import { escapeHtml } from "../core/template/escapeHtml";
import type { Lang } from "../i18n";
import { attachmentContentToBytes, contentTypeFromName } from "./attachmentBytes";
import { capabilitiesOf, type CapabilityProbe, type ItemSituation } from "./capabilities";
import { DEFAULT_ENVIRONMENT, environmentFromContext, type HostEnvironment, type OfficeContextLike } from "./hostEnvironment";
import type { AddinSettings, ItemAttachment, ItemTemplate, MailboxHost, NewMessageForm } from "./mailboxHost";
import { officeCall, OfficeCallError, type AsyncResultLike } from "./officeCall";
import { OFFICE_STRINGS } from "./strings";

type Callback<T> = (result: AsyncResultLike<T>) => void;

// The parts of Office.js read here. Everything is optional: an older Outlook lacks newer functions, and in read mode
// `subject` is a string and `attachments` a list instead of methods.
interface SubjectLike {
  getAsync?(callback: Callback<string>): void;
  setAsync?(subject: string, callback: Callback<void>): void;
  /** Not in Office.Subject's documentation; used where a client has it (inserts at the cursor). */
  setSelectedDataAsync?(data: string, options: Office.CoercionTypeOptions, callback: Callback<void>): void;
}

interface BodyLike {
  getAsync?(coercionType: Office.CoercionType | string, callback: Callback<string>): void;
  getTypeAsync?(callback: Callback<Office.CoercionType | string>): void;
  setSelectedDataAsync?(data: string, options: Office.CoercionTypeOptions, callback: Callback<void>): void;
}

interface ItemLike {
  readonly itemType?: string;
  readonly subject?: string | SubjectLike;
  readonly body?: BodyLike;
  readonly attachments?: readonly Office.AttachmentDetails[];
  getAttachmentsAsync?(callback: Callback<Office.AttachmentDetailsCompose[]>): void;
  getAttachmentContentAsync?(id: string, callback: Callback<Office.AttachmentContent>): void;
}

interface MailboxLike {
  readonly item?: ItemLike | null;
  readonly userProfile?: { readonly emailAddress?: string };
  displayNewMessageForm?(parameters: Office.MessageForm): void;
  displayNewMessageFormAsync?(parameters: Office.MessageForm, callback: Callback<void>): void;
}

/** Office.RoamingSettings: an in-memory copy, persisted by saveAsync. */
interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: Callback<void>): void;
}

interface ContextLike extends OfficeContextLike {
  readonly mailbox?: MailboxLike;
  readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly roamingSettings?: RoamingSettingsLike;
}

const isFunction = (value: unknown): boolean => typeof value === "function";

/** Thrown inside officeCall's start function (so it becomes a rejection) when this Outlook lacks a function. */
const missingFunction = (name: string): TypeError => new TypeError(`${name} is not available in this Outlook.`);

/** Connects to the Outlook hosting the task pane; outside Office it answers a host in mode "none" that can do nothing. */
export async function connectToOffice(): Promise<MailboxHost> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return outsideOffice(DEFAULT_ENVIRONMENT);
  let host: unknown;
  try {
    host = (await Office.onReady())?.host;
  } catch {
    return outsideOffice(DEFAULT_ENVIRONMENT);
  }
  const context = Office.context as ContextLike | undefined;
  const environment = environmentFromContext(context);
  const outlook = Office.HostType?.Outlook ?? "Outlook";
  // Outside Office, onReady answers no host; in another Office application, not Outlook.
  if (host !== outlook || context?.mailbox === undefined) return outsideOffice(environment);
  return outlookHost(context, context.mailbox, environment);
}

function situationOf(item: ItemLike | null | undefined): ItemSituation {
  if (item === null || item === undefined) return "no-item";
  if (item.itemType === "appointment") return "appointment";
  return typeof item.subject === "string" ? "read" : "compose";
}

const NOTHING_PRESENT: CapabilityProbe["present"] = {
  bodyGetAsync: false,
  bodySetSelectedDataAsync: false,
  subjectSetSelectedDataAsync: false,
  subjectGetAndSetAsync: false,
  getAttachmentsAsync: false,
  getAttachmentContentAsync: false,
  attachmentsProperty: false,
  displayNewMessageFormAsync: false,
  displayNewMessageForm: false,
};

function outsideOffice(environment: HostEnvironment): MailboxHost {
  const reason = OFFICE_STRINGS[environment.lang].notInOutlook;
  const refuse = (operation: string) => Promise.reject(new OfficeCallError(operation, reason, undefined, undefined));
  return {
    mode: "none",
    lang: environment.lang,
    theme: environment.theme,
    capabilities: capabilitiesOf({ situation: "outside-office", supportsMailbox: () => false, present: NOTHING_PRESENT, nestedAppAuth: false }, environment.lang),
    userAddress: null,
    settings: { get: () => undefined, set: () => refuse("roamingSettings.saveAsync") },
    readTemplate: () => refuse("readTemplate"),
    attachmentContent: () => refuse("item.getAttachmentContentAsync"),
    insertText: () => refuse("insertText"),
    displayNewMessage: () => refuse("mailbox.displayNewMessageForm"),
  };
}

function outlookHost(context: ContextLike, mailbox: MailboxLike, environment: HostEnvironment): MailboxHost {
  const item = mailbox.item;
  const situation = situationOf(item);
  const lang: Lang = environment.lang;
  const subject = typeof item?.subject === "object" ? item.subject : undefined;
  const body = item?.body;
  // An isSetSupported that throws (a broken or partial Office.js) counts as "not supported".
  const supportsSet = (name: string, version: string): boolean => {
    try {
      return context.requirements?.isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  };
  const probe: CapabilityProbe = {
    situation,
    supportsMailbox: (version) => supportsSet("Mailbox", version),
    nestedAppAuth: supportsSet("NestedAppAuth", "1.1"),
    present: {
      bodyGetAsync: isFunction(body?.getAsync),
      bodySetSelectedDataAsync: isFunction(body?.setSelectedDataAsync),
      subjectSetSelectedDataAsync: isFunction(subject?.setSelectedDataAsync),
      subjectGetAndSetAsync: isFunction(subject?.getAsync) && isFunction(subject?.setAsync),
      getAttachmentsAsync: isFunction(item?.getAttachmentsAsync),
      getAttachmentContentAsync: isFunction(item?.getAttachmentContentAsync),
      attachmentsProperty: Array.isArray(item?.attachments),
      displayNewMessageFormAsync: isFunction(mailbox.displayNewMessageFormAsync),
      displayNewMessageForm: isFunction(mailbox.displayNewMessageForm),
    },
  };
  const capabilities = capabilitiesOf(probe, lang);
  const mode = situation === "compose" || situation === "read" ? situation : "none";
  const unavailable = (operation: string, reason: string | undefined) =>
    Promise.reject(new OfficeCallError(operation, reason ?? OFFICE_STRINGS[lang].noItem, undefined, undefined));

  async function readAttachmentList(): Promise<ItemAttachment[]> {
    if (!capabilities.attachmentContent || item === null || item === undefined) return [];
    if (situation === "read") return (item.attachments ?? []).map(fromDetails);
    const details = await officeCall<Office.AttachmentDetailsCompose[]>("item.getAttachmentsAsync", (done) => {
      if (!item.getAttachmentsAsync) throw missingFunction("item.getAttachmentsAsync");
      item.getAttachmentsAsync(done);
    });
    return details.map(fromDetails);
  }

  return {
    mode,
    lang,
    theme: environment.theme,
    capabilities,
    userAddress: nonEmpty(mailbox.userProfile?.emailAddress),
    settings: roamingSettingsOf(context.roamingSettings, lang),

    // In read mode the item is the template the user sent to themselves (or any message they opened): its subject is
    // a string there, its body and attachments are read as in compose (MessageRead in @types/office-js).
    async readTemplate(): Promise<ItemTemplate> {
      if (item === null || item === undefined || mode === "none") return unavailable("readTemplate", capabilities.missing.readTemplate);
      const subjectText =
        typeof item.subject === "string"
          ? Promise.resolve(item.subject)
          : officeCall<string>("item.subject.getAsync", (done) => {
              if (!subject?.getAsync) throw missingFunction("item.subject.getAsync");
              subject.getAsync(done);
            });
      const [subjectValue, html, attachments] = await Promise.all([
        subjectText,
        officeCall<string>("item.body.getAsync", (done) => {
          if (!body?.getAsync) throw missingFunction("item.body.getAsync (Mailbox 1.3)");
          body.getAsync(Office.CoercionType.Html, done);
        }),
        readAttachmentList(),
      ]);
      return { subject: subjectValue, html, attachments };
    },

    async attachmentContent(id: string): Promise<Uint8Array> {
      if (!capabilities.attachmentContent || item === null || item === undefined) {
        return unavailable("item.getAttachmentContentAsync", capabilities.missing.attachmentContent);
      }
      const content = await officeCall<Office.AttachmentContent>("item.getAttachmentContentAsync", (done) => {
        if (!item.getAttachmentContentAsync) throw missingFunction("item.getAttachmentContentAsync");
        item.getAttachmentContentAsync(id, done);
      });
      return attachmentContentToBytes({ format: String(content.format), content: content.content });
    },

    async insertText(target: "body" | "subject", text: string): Promise<void> {
      if (target === "body") {
        if (!capabilities.insertIntoBody || body === undefined) {
          return unavailable("item.body.setSelectedDataAsync", capabilities.missing.insertIntoBody);
        }
        // Microsoft recommends passing the body's own type: HTML coercion into a plain-text body fails.
        const type = body.getTypeAsync
          ? await officeCall<string>("item.body.getTypeAsync", (done) => {
              if (!body.getTypeAsync) throw missingFunction("item.body.getTypeAsync");
              body.getTypeAsync(done);
            })
          : Office.CoercionType.Text;
        const html = type === Office.CoercionType.Html;
        await officeCall<void>("item.body.setSelectedDataAsync", (done) => {
          if (!body.setSelectedDataAsync) throw missingFunction("item.body.setSelectedDataAsync");
          // A line break is a <br> in an HTML body (escaped text would show none).
          body.setSelectedDataAsync(html ? escapeHtml(text).replace(/\r?\n/g, "<br>") : text, { coercionType: html ? Office.CoercionType.Html : Office.CoercionType.Text }, done);
        });
        return;
      }
      if (!capabilities.insertIntoSubject || subject === undefined) {
        return unavailable("item.subject.setAsync", capabilities.missing.insertIntoSubject);
      }
      if (subject.setSelectedDataAsync) {
        await officeCall<void>("item.subject.setSelectedDataAsync", (done) => {
          if (!subject.setSelectedDataAsync) throw missingFunction("item.subject.setSelectedDataAsync");
          subject.setSelectedDataAsync(text, { coercionType: Office.CoercionType.Text }, done);
        });
        return;
      }
      // Without a cursor in the subject, the field goes at its end.
      const current = await officeCall<string>("item.subject.getAsync", (done) => {
        if (!subject.getAsync) throw missingFunction("item.subject.getAsync");
        subject.getAsync(done);
      });
      await officeCall<void>("item.subject.setAsync", (done) => {
        if (!subject.setAsync) throw missingFunction("item.subject.setAsync");
        subject.setAsync(current + text, done);
      });
    },

    async displayNewMessage(form: NewMessageForm): Promise<void> {
      // Defence in depth: the compose window must keep the privacy rule whatever the caller built.
      refuseUnlessPrivate({ to: form.to, cc: form.cc, bcc: [] });
      if (!capabilities.newMessageForm) return unavailable("mailbox.displayNewMessageForm", capabilities.missing.newMessageForm);
      const parameters: Office.MessageForm = {
        toRecipients: [form.to],
        ...(form.cc.length > 0 ? { ccRecipients: [...form.cc] } : {}),
        subject: form.subject,
        htmlBody: form.htmlBody,
      };
      if (probe.present.displayNewMessageFormAsync && probe.supportsMailbox("1.9")) {
        await officeCall<void>("mailbox.displayNewMessageFormAsync", (done) => {
          if (!mailbox.displayNewMessageFormAsync) throw missingFunction("mailbox.displayNewMessageFormAsync");
          mailbox.displayNewMessageFormAsync(parameters, done);
        });
        return;
      }
      // Mailbox 1.6: synchronous, and it throws when a parameter is too long.
      await officeCall<void>("mailbox.displayNewMessageForm", (done) => {
        if (!mailbox.displayNewMessageForm) throw missingFunction("mailbox.displayNewMessageForm");
        mailbox.displayNewMessageForm(parameters);
        done({ status: Office.AsyncResultStatus.Succeeded, value: undefined });
      });
    },
  };
}

/** Office.context.roamingSettings as AddinSettings: set() also saves, and undoes itself when the save fails. */
function roamingSettingsOf(roaming: RoamingSettingsLike | undefined, lang: Lang): AddinSettings {
  if (roaming === undefined) {
    const reason = OFFICE_STRINGS[lang].notInOutlook;
    return { get: () => undefined, set: () => Promise.reject(new OfficeCallError("roamingSettings.saveAsync", reason, undefined, undefined)) };
  }
  const put = (name: string, value: unknown): void => {
    if (value === undefined) roaming.remove(name);
    else roaming.set(name, value);
  };
  return {
    get(name: string): unknown {
      const value: unknown = roaming.get(name);
      // Office answers null for a setting that was never set.
      return value === null ? undefined : value;
    },
    async set(name: string, value: unknown): Promise<void> {
      const previous: unknown = roaming.get(name);
      try {
        await officeCall<void>("roamingSettings.saveAsync", (done) => {
          put(name, value);
          roaming.saveAsync(done);
        });
      } catch (error) {
        // The in-memory copy would otherwise claim a value the mailbox does not hold.
        try {
          put(name, previous ?? undefined);
        } catch {
          // Nothing more can be done; the rejection below says what failed.
        }
        throw error;
      }
    },
  };
}

function fromDetails(details: Office.AttachmentDetailsCompose | Office.AttachmentDetails): ItemAttachment {
  const reported = "contentType" in details ? details.contentType : "";
  return {
    id: details.id,
    name: details.name,
    size: details.size,
    contentType: reported !== "" && reported !== undefined ? reported : contentTypeFromName(details.name),
    isInline: details.isInline === true,
  };
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? null : trimmed;
}
