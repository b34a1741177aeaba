// The state behind the simulated Outlook: the message being written (or read), the Outlook it pretends to be, and the
// compose windows add-ins have opened. The fake Office.js (fakeOffice.ts) reads and changes it; the sandbox page
// renders it. Plain data that changes only through these methods, so React can subscribe to it
// (useSyncExternalStore) and tests can inspect it in Node.

/** An attachment of the simulated item, with its content. */
export interface SimulatedAttachment {
  readonly id: string;
  readonly name: string;
  /** Office.MailboxEnums.AttachmentType: a file, an attached Outlook item, or a link to a cloud file. */
  readonly kind: "file" | "item" | "cloud";
  readonly contentType: string;
  readonly isInline: boolean;
  /** A file's bytes; an attached item's .eml or .ics text as UTF-8; nothing for a cloud attachment. */
  readonly bytes: Uint8Array;
  /** For an attached item: which text Office returns for it ("unsupported": a contact or task). */
  readonly itemFormat?: "eml" | "iCalendar" | "unsupported";
  /** For a cloud attachment: its link. */
  readonly url?: string;
}

export interface SimulatedItem {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  /** The body: its inner HTML as the editor shows it (Office.js wraps it in a document), or plain text. */
  readonly body: string;
  /** Whether the body is HTML or plain text (body.getTypeAsync). */
  readonly bodyType: "html" | "text";
  readonly attachments: readonly SimulatedAttachment[];
}

/** A compose window opened by an add-in (displayNewMessageForm[Async]): nothing is saved until the user acts. */
export interface OpenedMessageWindow {
  readonly id: number;
  readonly openedWith: "displayNewMessageFormAsync" | "displayNewMessageForm";
  readonly openedAt: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly attachments: readonly Office.MessageFormAttachment[];
}

/** The Outlook being simulated. */
export interface SimulatedOutlook {
  /** Writing a message, reading one, or nothing selected (Office.context.mailbox.item is null). */
  readonly mode: "compose" | "read" | "no-item";
  /** The highest Mailbox requirement set this Outlook supports, e.g. "1.14"; older ones lack newer functions. */
  readonly mailboxVersion: string;
  /** Other requirement sets and their highest version, e.g. { NestedAppAuth: "1.1" }. */
  readonly otherRequirementSets: Readonly<Record<string, string>>;
  readonly displayLanguage: string;
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly userDisplayName: string;
  readonly userEmailAddress: string;
}

export interface MailboxState {
  readonly outlook: SimulatedOutlook;
  readonly item: SimulatedItem;
  readonly openedWindows: readonly OpenedMessageWindow[];
}

/** The Office.js calls whose next answer a test can replace with a failure. */
export type SimulatedOperation =
  | "subject.getAsync"
  | "subject.setAsync"
  | "body.getAsync"
  | "body.getTypeAsync"
  | "body.setSelectedDataAsync"
  | "getAttachmentsAsync"
  | "getAttachmentContentAsync"
  | "displayNewMessageFormAsync"
  | "displayNewMessageForm"
  | "roamingSettings.saveAsync";

/** Inserts HTML where the user's cursor is and answers the body's new inner HTML, or null when there is no cursor. */
export type CursorInserter = (html: string) => string | null;

export const DEFAULT_OUTLOOK: SimulatedOutlook = {
  mode: "compose",
  mailboxVersion: "1.14",
  // A current Outlook (on the web, new Outlook, Microsoft 365 builds from 2409) has nested app authentication.
  otherRequirementSets: { NestedAppAuth: "1.1" },
  displayLanguage: "de-DE",
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  userDisplayName: "Kassenwart TSV Blau-Weiß",
  userEmailAddress: "kasse@tsv-blau-weiss.example",
};

const EMPTY_ITEM: SimulatedItem = { to: [], cc: [], subject: "", body: "", bodyType: "html", attachments: [] };

export interface NewAttachment {
  readonly name: string;
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
  readonly kind?: SimulatedAttachment["kind"];
  readonly isInline?: boolean;
  readonly itemFormat?: SimulatedAttachment["itemFormat"];
  readonly url?: string;
}

export class SimulatedMailbox {
  private current: MailboxState;
  private readonly listeners = new Set<() => void>();
  private readonly failures = new Map<SimulatedOperation, Office.Error[]>();
  private cursorInserter: CursorInserter | null = null;
  private nextAttachment = 1;
  private nextWindow = 1;
  /** The add-in's roaming settings as saved in the mailbox: JSON text, as Exchange keeps them. */
  private savedSettings = "{}";
  /** Microsoft Graph permissions the user consented to in this session (the simulated sign-in, naaBridge.ts). */
  private readonly consentedScopes = new Set<string>();
  /** Every Office.js call the fake answered, in order ("body.getAsync", …): for tests. */
  readonly calls: string[] = [];

  constructor(outlook: Partial<SimulatedOutlook> = {}, item: Partial<Omit<SimulatedItem, "attachments">> = {}) {
    this.current = { outlook: { ...DEFAULT_OUTLOOK, ...outlook }, item: { ...EMPTY_ITEM, ...item }, openedWindows: [] };
  }

  /** The whole state; a new object after every change, the same one until then. */
  get state(): MailboxState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(change: (state: MailboxState) => MailboxState): void {
    this.current = change(this.current);
    for (const listener of [...this.listeners]) listener();
  }

  private updateItem(change: Partial<SimulatedItem>): void {
    this.update((state) => ({ ...state, item: { ...state.item, ...change } }));
  }

  configure(outlook: Partial<SimulatedOutlook>): void {
    this.update((state) => ({ ...state, outlook: { ...state.outlook, ...outlook } }));
  }

  setTo(addresses: readonly string[]): void {
    this.updateItem({ to: [...addresses] });
  }

  setSubject(subject: string): void {
    this.updateItem({ subject });
  }

  setBody(body: string, bodyType: SimulatedItem["bodyType"] = this.current.item.bodyType): void {
    this.updateItem({ body, bodyType });
  }

  addAttachment(attachment: NewAttachment): SimulatedAttachment {
    const added: SimulatedAttachment = {
      id: `AAMkRundmailSandbox${String(this.nextAttachment++).padStart(4, "0")}`,
      name: attachment.name,
      kind: attachment.kind ?? "file",
      contentType: attachment.contentType ?? "application/octet-stream",
      isInline: attachment.isInline ?? false,
      bytes: attachment.bytes ?? new Uint8Array(0),
      ...(attachment.itemFormat !== undefined ? { itemFormat: attachment.itemFormat } : {}),
      ...(attachment.url !== undefined ? { url: attachment.url } : {}),
    };
    this.updateItem({ attachments: [...this.current.item.attachments, added] });
    return added;
  }

  removeAttachment(id: string): void {
    this.updateItem({ attachments: this.current.item.attachments.filter((a) => a.id !== id) });
  }

  /** Lets the page's editor say where its cursor is; without one, Office inserts at the top of the body. */
  setCursorInserter(inserter: CursorInserter | null): void {
    this.cursorInserter = inserter;
  }

  /**
   * body.setSelectedDataAsync: at the cursor, or — as Office documents it — at the top of the body when the cursor
   * was never in it. `content` is HTML for an HTML body, text for a plain-text one.
   */
  insertIntoBody(content: string): void {
    const atCursor = this.current.item.bodyType === "html" ? (this.cursorInserter?.(content) ?? null) : null;
    this.updateItem({ body: atCursor ?? content + this.current.item.body });
  }

  openWindow(window: Omit<OpenedMessageWindow, "id" | "openedAt">): OpenedMessageWindow {
    const opened: OpenedMessageWindow = { ...window, id: this.nextWindow++, openedAt: new Date().toISOString() };
    this.update((state) => ({ ...state, openedWindows: [...state.openedWindows, opened] }));
    return opened;
  }

  closeWindows(): void {
    this.update((state) => ({ ...state, openedWindows: [] }));
  }

  /** The add-in's roaming settings as last saved (a fresh copy: what an add-in loading now would get). */
  roamingSettings(): Record<string, unknown> {
    return JSON.parse(this.savedSettings) as Record<string, unknown>;
  }

  /** roamingSettings.saveAsync: keeps the settings as their JSON text (the fake checks the size limit first). */
  saveRoamingSettings(json: string): void {
    this.savedSettings = json;
  }

  get userEmailAddress(): string {
    return this.current.outlook.userEmailAddress;
  }

  get userDisplayName(): string {
    return this.current.outlook.userDisplayName;
  }

  /** Whether the user has agreed to all of `scopes` (case-insensitive, as Entra ID compares them). */
  hasConsented(scopes: readonly string[]): boolean {
    return scopes.every((scope) => this.consentedScopes.has(scope.toLowerCase()));
  }

  consent(scopes: readonly string[]): void {
    for (const scope of scopes) this.consentedScopes.add(scope.toLowerCase());
  }

  /** Forgets every consent: the next silent sign-in needs the user again. */
  revokeConsent(): void {
    this.consentedScopes.clear();
  }

  /** The next call of `operation` fails with `error` (for several calls, call this several times). */
  failNext(operation: SimulatedOperation, error: Office.Error): void {
    this.failures.set(operation, [...(this.failures.get(operation) ?? []), error]);
  }

  /** For the fake Office.js: records the call and answers the failure planned for it, if any. */
  takeCall(operation: SimulatedOperation): Office.Error | undefined {
    this.calls.push(operation);
    const queue = this.failures.get(operation);
    const failure = queue?.shift();
    if (queue?.length === 0) this.failures.delete(operation);
    return failure;
  }
}
