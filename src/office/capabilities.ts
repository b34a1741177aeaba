// What this Outlook can do for Rundmail, decided at run time from two facts: the Mailbox requirement sets it reports
// (isSetSupported) and whether the functions are really there. Pure, so every Outlook can be described in a test.
import type { Lang } from "../i18n";
import type { Capabilities } from "./mailboxHost";
import { OFFICE_STRINGS } from "./strings";

/** Where the task pane finds itself. */
export type ItemSituation = "outside-office" | "no-item" | "appointment" | "compose" | "read";

/** The Office.js functions Rundmail uses, and whether this Outlook has each. */
export interface PresentFunctions {
  readonly bodyGetAsync: boolean;
  readonly bodySetSelectedDataAsync: boolean;
  readonly subjectSetSelectedDataAsync: boolean;
  readonly subjectGetAndSetAsync: boolean;
  readonly getAttachmentsAsync: boolean;
  readonly getAttachmentContentAsync: boolean;
  /** item.attachments, the read-mode list of attachments. */
  readonly attachmentsProperty: boolean;
  readonly displayNewMessageFormAsync: boolean;
  readonly displayNewMessageForm: boolean;
}

export interface CapabilityProbe {
  readonly situation: ItemSituation;
  /** Office.context.requirements.isSetSupported("Mailbox", version). */
  supportsMailbox(version: string): boolean;
  readonly present: PresentFunctions;
  /** isSetSupported("NestedAppAuth", "1.1"): Outlook can hand the add-in a Microsoft Graph token. */
  readonly nestedAppAuth: boolean;
}

type CapabilityName = keyof Omit<Capabilities, "missing">;
const NAMES: readonly CapabilityName[] = ["readTemplate", "attachmentContent", "insertIntoBody", "insertIntoSubject", "newMessageForm", "nestedAppAuth"];

/** Everything false, each with the same reason. */
function nothing(reason: string): Capabilities {
  return {
    readTemplate: false,
    attachmentContent: false,
    insertIntoBody: false,
    insertIntoSubject: false,
    newMessageForm: false,
    nestedAppAuth: false,
    missing: Object.fromEntries(NAMES.map((name) => [name, reason])),
  };
}

export function capabilitiesOf(probe: CapabilityProbe, lang: Lang): Capabilities {
  const text = OFFICE_STRINGS[lang];
  switch (probe.situation) {
    case "outside-office":
      return nothing(text.notInOutlook);
    case "no-item":
      return nothing(text.noItem);
    case "appointment":
      return nothing(text.appointment);
    case "compose":
    case "read":
      break;
  }
  const { present, supportsMailbox } = probe;
  const compose = probe.situation === "compose";
  const missing: Partial<Record<CapabilityName, string>> = {};
  // Each capability: whether it is there, else why not.
  const decide = (name: CapabilityName, available: boolean, why: string): boolean => {
    if (!available) missing[name] = why;
    return available;
  };
  const tooOld = (name: Parameters<typeof text.tooOld>[0], version: string) => text.tooOld(name, version);

  // body.getAsync is Mailbox 1.3 in both modes ("Applicable Outlook mode: Compose or Read", Office.Body in
  // @types/office-js); the subject is a getAsync in compose and a plain string in read mode.
  const readTemplate = decide("readTemplate", supportsMailbox("1.3") && present.bodyGetAsync, tooOld("readTemplate", "1.3"));
  const attachmentContent = decide(
    "attachmentContent",
    supportsMailbox("1.8") && present.getAttachmentContentAsync && (compose ? present.getAttachmentsAsync : present.attachmentsProperty),
    tooOld("attachmentContent", "1.8"),
  );
  const insertIntoBody = compose
    ? decide("insertIntoBody", supportsMailbox("1.1") && present.bodySetSelectedDataAsync, tooOld("insertIntoBody", "1.1"))
    : decide("insertIntoBody", false, text.insertOnlyWhileWriting);
  // Office.Subject documents only getAsync/setAsync (1.1); a client that also has setSelectedDataAsync inserts at the
  // cursor, the others append to the subject.
  const insertIntoSubject = compose
    ? decide(
        "insertIntoSubject",
        supportsMailbox("1.1") && (present.subjectSetSelectedDataAsync || present.subjectGetAndSetAsync),
        tooOld("insertIntoSubject", "1.1"),
      )
    : decide("insertIntoSubject", false, text.insertOnlyWhileWriting);
  // displayNewMessageForm (1.6) and displayNewMessageFormAsync (1.9) are read-mode APIs: "Applicable Outlook mode:
  // Read" in Office.Mailbox (@types/office-js); in compose Office.js leaves them undefined (office-js-docs-pr#2201).
  // Decided by the mode, not only by their presence, so that a client that has them anyway is not trusted there.
  const newMessageForm = compose
    ? decide("newMessageForm", false, text.composeWindowsOnlyWhileReading)
    : decide(
        "newMessageForm",
        (supportsMailbox("1.9") && present.displayNewMessageFormAsync) || (supportsMailbox("1.6") && present.displayNewMessageForm),
        tooOld("newMessageForm", "1.6"),
      );
  // Works while reading as while writing; what the add-in does with the token is decided elsewhere.
  const nestedAppAuth = decide("nestedAppAuth", probe.nestedAppAuth, text.nestedAppAuthMissing);
  return { readTemplate, attachmentContent, insertIntoBody, insertIntoSubject, newMessageForm, nestedAppAuth, missing };
}
