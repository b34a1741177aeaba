// Why a capability is missing, in the user's language: the shape here, the words in strings.en.ts and strings.de.ts. Shown by the task pane beside what it
// does not offer, so each text says what the user can do about it.
import type { Lang } from "../i18n";
import { officeStringsDe } from "./strings.de";
import { officeStringsEn } from "./strings.en";

/** What each capability lets the user do, as the end of "This Outlook is too old to …". */
export type Feature = "readTemplate" | "attachmentContent" | "insertIntoBody" | "insertIntoSubject" | "newMessageForm";

export interface OfficeStrings {
  readonly notInOutlook: string;
  readonly noItem: string;
  readonly appointment: string;
  readonly insertOnlyWhileWriting: string;
  /** Writing a message: Outlook opens new message windows only from a message being read; how to get there. */
  readonly composeWindowsOnlyWhileReading: string;
  /** The Outlook lacks nested app authentication (NestedAppAuth 1.1), so no Microsoft Graph token. */
  readonly nestedAppAuthMissing: string;
  /** The Outlook lacks the Mailbox requirement set `version` that `feature` needs. */
  tooOld(feature: Feature, version: string): string;
}

/** Every language's texts; a language missing here, or a key missing in one, is a compile error. */
export const OFFICE_STRINGS: Readonly<Record<Lang, OfficeStrings>> = { en: officeStringsEn, de: officeStringsDe };
