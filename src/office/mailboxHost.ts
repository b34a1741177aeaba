// What the task pane needs from Outlook, as one interface. `connectToOffice` (src/office/connect.ts) implements it
// over Office.js; tests may pass any other implementation. The task pane never calls Office.js directly.
import type { Lang } from "../i18n";
import type { ThemeKind } from "./hostEnvironment";

/** One attachment of the message being written (compose) or read (read mode). */
export interface ItemAttachment {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  /** Inline images belong to the body, not to the list of files. */
  readonly isInline: boolean;
}

/** The template: the message being written (compose) or the one open (read) — subject, HTML body, its own attachments. */
export interface ItemTemplate {
  readonly subject: string;
  readonly html: string;
  readonly attachments: readonly ItemAttachment[];
}

/** What this Outlook can do, checked at run time; `missing` says why something is not offered, per capability. */
export interface Capabilities {
  /** body.getAsync(Html) (Mailbox 1.3): the message being written (compose) or the one open (read) is the template. */
  readonly readTemplate: boolean;
  /** getAttachmentsAsync + getAttachmentContentAsync (Mailbox 1.8), or item.attachments in read mode. */
  readonly attachmentContent: boolean;
  /** body.setSelectedDataAsync (1.2). */
  readonly insertIntoBody: boolean;
  /** subject.setSelectedDataAsync (1.2, not every client). */
  readonly insertIntoSubject: boolean;
  /** displayNewMessageFormAsync (1.9) or displayNewMessageForm (1.6): read mode only ("Applicable Outlook mode: Read"). */
  readonly newMessageForm: boolean;
  /** A Microsoft Graph token through nested app authentication (requirement set NestedAppAuth 1.1). */
  readonly nestedAppAuth: boolean;
  /** Human-readable reasons, in the user's language, for each capability that is false. */
  readonly missing: Readonly<Partial<Record<keyof Omit<Capabilities, "missing">, string>>>;
}

/** A new message window opened with displayNewMessageFormAsync: one To, at most one Cc, no local files. */
export interface NewMessageForm {
  readonly to: string;
  readonly cc: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
}

/**
 * The add-in's settings, which Outlook keeps per user in the mailbox (Office.context.roamingSettings) so that they
 * follow the user to every Outlook. Not secret storage: never keep credentials or tokens here.
 */
export interface AddinSettings {
  /** The stored value, or undefined when there is none. */
  get(name: string): unknown;
  /** Stores and saves the value (undefined removes it); rejects, keeping the previous value, when Outlook cannot save. */
  set(name: string, value: unknown): Promise<void>;
}

export interface MailboxHost {
  /** "compose" while writing a message, "read" on one opened to read (e.g. the template in Sent Items), "none" outside Outlook. */
  readonly mode: "compose" | "read" | "none";
  readonly lang: Lang;
  readonly theme: ThemeKind;
  readonly capabilities: Capabilities;
  /** The signed-in user's address, for "send a test draft to me"; null when Outlook does not say. */
  readonly userAddress: string | null;
  readonly settings: AddinSettings;
  readTemplate(): Promise<ItemTemplate>;
  /** The bytes of one of the item's attachments (base64 from Office, decoded). */
  attachmentContent(id: string): Promise<Uint8Array>;
  /** Inserts text at the cursor of the body or the subject; a line break ("\n") becomes one in the body. */
  insertText(target: "body" | "subject", text: string): Promise<void>;
  displayNewMessage(form: NewMessageForm): Promise<void>;
}
