// The Office.js reference as data: node_modules/@types/office-js/index.d.ts read member by member. Each member of an
// interface in `declare namespace Office` keeps its doc comment, its requirement set ("[Api set: Mailbox 1.x]") and
// the modes in its "Applicable Outlook mode" line ("Compose", "Read", "Compose or Read", "Message Compose", …).
// Office.MessageCompose and Office.MessageRead are separate interfaces, so for an item the interface itself says the
// mode. The sandbox's Office.js (src/sandbox/fakeOffice.ts) is checked against this in test/officeReference.test.ts.
import { readFileSync } from "fs";
import path from "path";
import { compareVersions } from "../../src/sandbox/fakeOffice";

export const OFFICE_JS_TYPES = path.resolve(__dirname, "../../node_modules/@types/office-js/index.d.ts");

export type OutlookMode = "compose" | "read";

export interface ReferenceMember {
  readonly name: string;
  /** Line of the (first) declaration in index.d.ts, for messages a reader can follow. */
  readonly line: number;
  /** The lowest Mailbox requirement set over its overloads; null when the reference names none. */
  readonly mailboxSet: string | null;
  /** The message modes it applies to; null when the reference does not say (no restriction stated). */
  readonly modes: ReadonlySet<OutlookMode> | null;
  /** The doc comments of all its overloads, joined. */
  readonly doc: string;
}

export type OfficeReference = ReadonlyMap<string, ReadonlyMap<string, ReferenceMember>>;


/**
 * The modes of an "Applicable Outlook mode" line, for messages: "Compose" and "Message Compose" are compose,
 * "Read" and "Message Read" read; appointment-only modes ("Appointment Organizer", "Appointment Attendee") give
 * none. A member may name several ("Compose or Read", "Message Compose, Message Read").
 */
export function modesOf(line: string): Set<OutlookMode> {
  const modes = new Set<OutlookMode>();
  for (const part of line.split(/,|\bor\b/)) {
    const words = part.trim();
    if (/^(Message )?Compose$/i.test(words)) modes.add("compose");
    if (/^(Message )?Read$/i.test(words)) modes.add("read");
  }
  return modes;
}

const MODE_LINE = /Applicable Outlook mode(?:\}|\]\([^)]*\))?\*\*:\s*([^\n]*)/;
const API_SET = /\[Api set: Mailbox (\d+(?:\.\d+)+)\s*\]/;

/** Parses the interfaces of `declare namespace Office` in the text of index.d.ts. */
export function parseOfficeReference(source: string): OfficeReference {
  const interfaces = new Map<string, Map<string, ReferenceMember>>();
  const lines = source.split("\n");
  let namespace: string | null = null;
  let current: Map<string, ReferenceMember> | null = null;
  let doc = "";
  let inDoc = false;
  for (const [index, line] of lines.entries()) {
    const declared = /^declare namespace (\w+)/.exec(line);
    if (declared !== null) {
      namespace = declared[1] ?? null;
      current = null;
      continue;
    }
    if (namespace !== "Office") continue;
    const opened = /^ {4}(?:export )?interface (\w+)/.exec(line);
    if (opened?.[1] !== undefined) {
      current = interfaces.get(opened[1]) ?? new Map<string, ReferenceMember>();
      interfaces.set(opened[1], current);
      doc = "";
      continue;
    }
    if (/^ {4}\}/.test(line)) {
      current = null;
      continue;
    }
    if (current === null) continue;
    if (/^\s*\/\*\*/.test(line)) {
      inDoc = true;
      doc = "";
    }
    if (inDoc) {
      doc += line.replace(/^\s*\*?\s?/, "") + "\n";
      if (/\*\/\s*$/.test(line)) inDoc = false;
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??\s*[(:<]/.exec(line);
    if (member?.[1] === undefined) continue;
    const name = member[1];
    const mailboxSet = API_SET.exec(doc)?.[1] ?? null;
    const modeLine = MODE_LINE.exec(doc)?.[1];
    const modes = modeLine === undefined ? null : modesOf(modeLine);
    const earlier = current.get(name);
    current.set(
      name,
      earlier === undefined
        ? { name, line: index + 1, mailboxSet, modes, doc }
        : {
            ...earlier,
            mailboxSet: earlier.mailboxSet === null || (mailboxSet !== null && compareVersions(mailboxSet, earlier.mailboxSet) < 0) ? mailboxSet : earlier.mailboxSet,
            modes: earlier.modes === null || modes === null ? (earlier.modes ?? modes) : new Set([...earlier.modes, ...modes]),
            doc: earlier.doc + doc,
          },
    );
    doc = "";
  }
  return interfaces;
}

let cached: OfficeReference | null = null;

/** The installed @types/office-js, parsed once per test file. */
export function officeReference(): OfficeReference {
  cached ??= parseOfficeReference(readFileSync(OFFICE_JS_TYPES, "utf8"));
  return cached;
}

/** One member an Office.js object offers, named by the reference's interface. */
export interface OfferedMember {
  readonly interfaceName: string;
  readonly member: string;
}

const keysOf = (value: object): string[] => {
  const keys = new Set<string>();
  for (let o: object | null = value; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Object.getOwnPropertyNames(o)) if (key !== "constructor") keys.add(key);
  }
  return [...keys];
};

/** The members `value` offers (those not undefined), as members of `interfaceName`. */
function membersOf(interfaceName: string, value: unknown): OfferedMember[] {
  if (typeof value !== "object" || value === null) return [];
  return keysOf(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((member) => ({ interfaceName, member }));
}

/**
 * What an Office.js object offers an Outlook add-in with a message open in `mode`, walked from Office.context down
 * the objects Rundmail uses: the context, the mailbox, its user profile, the item (Office.MessageCompose or
 * Office.MessageRead), the item's body and subject, and the roaming settings.
 */
export function offeredMembers(office: { readonly context: unknown }, mode: OutlookMode): OfferedMember[] {
  const context = office.context as Record<string, unknown>;
  const mailbox = context.mailbox as Record<string, unknown> | undefined;
  const item = mailbox?.item as Record<string, unknown> | null | undefined;
  return [
    ...membersOf("Context", context),
    ...membersOf("Mailbox", mailbox),
    ...membersOf("UserProfile", mailbox?.userProfile),
    ...membersOf(mode === "compose" ? "MessageCompose" : "MessageRead", item),
    ...membersOf("Body", item?.body),
    // In read mode the subject is a string (MessageRead.subject), not an Office.Subject.
    ...(typeof item?.subject === "object" ? membersOf("Subject", item.subject) : []),
    ...membersOf("RoamingSettings", context.roamingSettings),
  ];
}

/** Where the reference says a member exists: in `mode`, from `mailboxVersion` on. */
export function allowedBy(reference: OfficeReference, interfaceName: string, member: string, mode: OutlookMode, mailboxVersion: string): boolean {
  const declared = reference.get(interfaceName)?.get(member);
  if (declared === undefined) return false;
  if (declared.modes !== null && !declared.modes.has(mode)) return false;
  return declared.mailboxSet === null || compareVersions(declared.mailboxSet, mailboxVersion) <= 0;
}

/**
 * Every way in which `offered` (an Office.js in `mode` claiming Mailbox `mailboxVersion`) goes beyond the reference:
 * a member the interface does not declare, one offered in a mode the reference does not name, or one from a newer
 * requirement set. Each finding cites index.d.ts's line.
 */
export function referenceViolations(
  reference: OfficeReference,
  offered: readonly OfferedMember[],
  mode: OutlookMode,
  mailboxVersion: string,
): string[] {
  const findings: string[] = [];
  for (const { interfaceName, member } of offered) {
    const declared = reference.get(interfaceName)?.get(member);
    const name = `Office.${interfaceName}.${member}`;
    if (declared === undefined) {
      findings.push(`${name} is offered but @types/office-js declares no such member`);
      continue;
    }
    const at = `index.d.ts:${declared.line}`;
    if (declared.modes !== null && !declared.modes.has(mode)) {
      findings.push(`${name} is offered in ${mode} mode; the reference (${at}) says "Applicable Outlook mode: ${[...declared.modes].join(" or ") || "none for messages"}"`);
    }
    if (declared.mailboxSet !== null && compareVersions(declared.mailboxSet, mailboxVersion) > 0) {
      findings.push(`${name} is offered with Mailbox ${mailboxVersion}; the reference (${at}) says "[Api set: Mailbox ${declared.mailboxSet}]"`);
    }
  }
  return findings;
}
