// A MailboxHost for tests of the task pane without Office.js: a compose item with a subject, an HTML body and
// attachments, whose insertText really changes them, and capabilities that can be taken away one by one.
import type { Lang } from "../../src/i18n";
import type { ThemeKind } from "../../src/office/hostEnvironment";
import type { Capabilities, ItemAttachment, MailboxHost, NewMessageForm } from "../../src/office/mailboxHost";

export interface FakeAttachment {
  readonly name: string;
  readonly content: Uint8Array | string;
  readonly contentType?: string;
  readonly isInline?: boolean;
}

export interface FakeHostOptions {
  readonly lang?: Lang;
  readonly theme?: ThemeKind;
  readonly mode?: MailboxHost["mode"];
  readonly subject?: string;
  readonly html?: string;
  readonly attachments?: readonly FakeAttachment[];
  readonly userAddress?: string | null;
  /** Capabilities this Outlook lacks, each with the reason it gives. */
  readonly missing?: Partial<Record<keyof Omit<Capabilities, "missing">, string>>;
  /** readTemplate rejects with this message. */
  readonly readFails?: string;
  /** The add-in's roaming settings as Outlook loaded them. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** settings.set rejects with this message (and keeps the previous value), as when Outlook cannot save. */
  readonly saveFails?: string;
}

export interface FakeHost extends MailboxHost {
  subject: string;
  html: string;
  readonly inserted: { target: "body" | "subject"; text: string }[];
  readonly opened: NewMessageForm[];
  readonly reads: number;
  /** The settings as saved, after every settings.set. */
  readonly savedSettings: Record<string, unknown>;
}

const encoder = new TextEncoder();

export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  const missing = options.missing ?? {};
  const has = (name: keyof Omit<Capabilities, "missing">): boolean => missing[name] === undefined;
  const files = (options.attachments ?? []).map((a, index) => ({
    details: {
      id: `att-${index + 1}`,
      name: a.name,
      size: typeof a.content === "string" ? encoder.encode(a.content).byteLength : a.content.byteLength,
      contentType: a.contentType ?? "application/octet-stream",
      isInline: a.isInline ?? false,
    } satisfies ItemAttachment,
    bytes: typeof a.content === "string" ? encoder.encode(a.content) : a.content,
  }));
  let reads = 0;
  const savedSettings: Record<string, unknown> = { ...options.settings };
  const host: FakeHost = {
    mode: options.mode ?? "compose",
    lang: options.lang ?? "en",
    theme: options.theme ?? "light",
    capabilities: {
      readTemplate: has("readTemplate"),
      attachmentContent: has("attachmentContent"),
      insertIntoBody: has("insertIntoBody"),
      insertIntoSubject: has("insertIntoSubject"),
      newMessageForm: has("newMessageForm"),
      nestedAppAuth: has("nestedAppAuth"),
      missing,
    },
    userAddress: options.userAddress === undefined ? "me@example.org" : options.userAddress,
    subject: options.subject ?? "",
    html: options.html ?? "",
    settings: {
      get: (name) => savedSettings[name],
      async set(name, value) {
        if (options.saveFails !== undefined) throw new Error(options.saveFails);
        if (value === undefined) delete savedSettings[name];
        else savedSettings[name] = value;
      },
    },
    savedSettings,
    inserted: [],
    opened: [],
    get reads() {
      return reads;
    },
    async readTemplate() {
      reads += 1;
      if (options.readFails !== undefined) throw new Error(options.readFails);
      return { subject: host.subject, html: host.html, attachments: files.map((f) => f.details) };
    },
    async attachmentContent(id) {
      const file = files.find((f) => f.details.id === id);
      if (file === undefined) throw new Error(`No attachment ${id}`);
      return file.bytes;
    },
    async insertText(target, text) {
      if (!has(target === "body" ? "insertIntoBody" : "insertIntoSubject")) throw new Error("not supported");
      host.inserted.push({ target, text });
      // The cursor is taken to be at the end.
      if (target === "subject") host.subject += text;
      else host.html = host.html.replace(/(<\/body>)?\s*(<\/html>)?\s*$/i, (end) => `${text}${end}`);
    },
    async displayNewMessage(form) {
      host.opened.push(form);
    },
  };
  return host;
}
