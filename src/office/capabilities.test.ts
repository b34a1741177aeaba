// capabilitiesOf is pure: every Outlook is one row of probe facts and the capabilities it must yield. The modes follow
// @types/office-js: displayNewMessageForm[Async] are "Applicable Outlook mode: Read" (Office.Mailbox), body.getAsync
// "Compose or Read" (Office.Body), getAttachmentsAsync only in Office.MessageCompose, item.attachments only in
// Office.MessageRead.
import type { Lang } from "../i18n";
import { capabilitiesOf, type CapabilityProbe, type PresentFunctions } from "./capabilities";
import type { Capabilities } from "./mailboxHost";
import { OFFICE_STRINGS } from "./strings";

type Flags = Omit<Capabilities, "missing">;
type Name = keyof Flags;

/** What Office.MessageCompose offers in a current Outlook. */
const COMPOSE_PRESENT: PresentFunctions = {
  bodyGetAsync: true,
  bodySetSelectedDataAsync: true,
  subjectSetSelectedDataAsync: false,
  subjectGetAndSetAsync: true,
  getAttachmentsAsync: true,
  getAttachmentContentAsync: true,
  attachmentsProperty: false,
  displayNewMessageFormAsync: false,
  displayNewMessageForm: false,
};

/** What Office.MessageRead and Office.Mailbox offer in read mode in a current Outlook. */
const READ_PRESENT: PresentFunctions = {
  bodyGetAsync: true,
  bodySetSelectedDataAsync: false,
  subjectSetSelectedDataAsync: false,
  subjectGetAndSetAsync: false,
  getAttachmentsAsync: false,
  getAttachmentContentAsync: true,
  attachmentsProperty: true,
  displayNewMessageFormAsync: true,
  displayNewMessageForm: true,
};

const upTo = (highest: string) => (version: string) => {
  const [a, b] = [highest, version].map((v) => v.split(".").map(Number));
  return (a?.[1] ?? 0) >= (b?.[1] ?? 0);
};

interface Case {
  readonly name: string;
  readonly situation: CapabilityProbe["situation"];
  readonly mailbox: string;
  readonly present: PresentFunctions;
  readonly nestedAppAuth?: boolean;
  readonly offered: readonly Name[];
  /** The reason for each capability not offered, by language. */
  readonly missing: (lang: Lang) => Partial<Record<Name, string>>;
}

const text = (lang: Lang) => OFFICE_STRINGS[lang];

const CASES: readonly Case[] = [
  {
    name: "compose, current Outlook: everything but compose windows, which compose mode does not have",
    situation: "compose",
    mailbox: "1.14",
    present: COMPOSE_PRESENT,
    offered: ["readTemplate", "attachmentContent", "insertIntoBody", "insertIntoSubject", "nestedAppAuth"],
    missing: (lang) => ({ newMessageForm: text(lang).composeWindowsOnlyWhileReading }),
  },
  {
    name: "compose, an Outlook that has displayNewMessageFormAsync there anyway: still not offered (the reference says Read)",
    situation: "compose",
    mailbox: "1.14",
    present: { ...COMPOSE_PRESENT, displayNewMessageFormAsync: true, displayNewMessageForm: true },
    offered: ["readTemplate", "attachmentContent", "insertIntoBody", "insertIntoSubject", "nestedAppAuth"],
    missing: (lang) => ({ newMessageForm: text(lang).composeWindowsOnlyWhileReading }),
  },
  {
    name: "read, current Outlook: the template from the item, its attachments, compose windows and Graph; no inserting",
    situation: "read",
    mailbox: "1.14",
    present: READ_PRESENT,
    offered: ["readTemplate", "attachmentContent", "newMessageForm", "nestedAppAuth"],
    missing: (lang) => ({ insertIntoBody: text(lang).insertOnlyWhileWriting, insertIntoSubject: text(lang).insertOnlyWhileWriting }),
  },
  {
    name: "read, Mailbox 1.8: displayNewMessageForm (1.6) instead of the Async one (1.9)",
    situation: "read",
    mailbox: "1.8",
    present: { ...READ_PRESENT, displayNewMessageFormAsync: false },
    offered: ["readTemplate", "attachmentContent", "newMessageForm", "nestedAppAuth"],
    missing: (lang) => ({ insertIntoBody: text(lang).insertOnlyWhileWriting, insertIntoSubject: text(lang).insertOnlyWhileWriting }),
  },
  {
    name: "read, Mailbox 1.5: no attachment content (1.8), no compose windows (1.6)",
    situation: "read",
    mailbox: "1.5",
    present: { ...READ_PRESENT, getAttachmentContentAsync: false, displayNewMessageFormAsync: false, displayNewMessageForm: false },
    offered: ["readTemplate", "nestedAppAuth"],
    missing: (lang) => ({
      attachmentContent: text(lang).tooOld("attachmentContent", "1.8"),
      insertIntoBody: text(lang).insertOnlyWhileWriting,
      insertIntoSubject: text(lang).insertOnlyWhileWriting,
      newMessageForm: text(lang).tooOld("newMessageForm", "1.6"),
    }),
  },
  {
    name: "read, Mailbox 1.2: the body cannot be read (body.getAsync is 1.3)",
    situation: "read",
    mailbox: "1.2",
    present: { ...READ_PRESENT, bodyGetAsync: false, getAttachmentContentAsync: false, displayNewMessageFormAsync: false, displayNewMessageForm: false },
    nestedAppAuth: false,
    offered: [],
    missing: (lang) => ({
      readTemplate: text(lang).tooOld("readTemplate", "1.3"),
      attachmentContent: text(lang).tooOld("attachmentContent", "1.8"),
      insertIntoBody: text(lang).insertOnlyWhileWriting,
      insertIntoSubject: text(lang).insertOnlyWhileWriting,
      newMessageForm: text(lang).tooOld("newMessageForm", "1.6"),
      nestedAppAuth: text(lang).nestedAppAuthMissing,
    }),
  },
  {
    name: "compose, Mailbox 1.5: no attachment content; compose windows missing for the mode, not for the version",
    situation: "compose",
    mailbox: "1.5",
    present: { ...COMPOSE_PRESENT, getAttachmentsAsync: false, getAttachmentContentAsync: false },
    offered: ["readTemplate", "insertIntoBody", "insertIntoSubject", "nestedAppAuth"],
    missing: (lang) => ({
      attachmentContent: text(lang).tooOld("attachmentContent", "1.8"),
      newMessageForm: text(lang).composeWindowsOnlyWhileReading,
    }),
  },
  {
    name: "an appointment: nothing",
    situation: "appointment",
    mailbox: "1.14",
    present: READ_PRESENT,
    offered: [],
    missing: (lang) =>
      Object.fromEntries((["readTemplate", "attachmentContent", "insertIntoBody", "insertIntoSubject", "newMessageForm", "nestedAppAuth"] as const).map((n) => [n, text(lang).appointment])),
  },
];

const ALL_NAMES: readonly Name[] = ["readTemplate", "attachmentContent", "insertIntoBody", "insertIntoSubject", "newMessageForm", "nestedAppAuth"];

describe.each(["en", "de"] as const)("capabilities by mode (%s)", (lang) => {
  test.each(CASES)("$name", ({ situation, mailbox, present, nestedAppAuth, offered, missing }) => {
    const capabilities = capabilitiesOf({ situation, supportsMailbox: upTo(mailbox), present, nestedAppAuth: nestedAppAuth ?? true }, lang);
    const { missing: reasons, ...flags } = capabilities;
    expect(flags).toEqual(Object.fromEntries(ALL_NAMES.map((n) => [n, offered.includes(n)])));
    expect(reasons).toEqual(missing(lang));
  });
});

describe("why compose mode has no compose windows", () => {
  test.each([
    ["en", /only from a message you are reading/, /send this message to yourself, open it in Sent Items/],
    ["de", /nur aus einer Nachricht, die Sie lesen/, /an sich selbst, öffnen Sie sie unter „Gesendete Elemente“/],
  ] as const)("%s: says why and how to get them", (lang, why, how) => {
    const reason = OFFICE_STRINGS[lang].composeWindowsOnlyWhileReading;
    expect(reason).toMatch(why);
    expect(reason).toMatch(how);
  });
});
