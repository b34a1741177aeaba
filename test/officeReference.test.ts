// The sandbox's Office.js (src/sandbox/fakeOffice.ts) checked mechanically against Microsoft's reference, the doc
// comments of @types/office-js (node_modules/@types/office-js/index.d.ts): every member it offers must be declared
// there, in the mode the reference names ("Applicable Outlook mode", and Office.MessageCompose vs Office.MessageRead
// for the item) and from the requirement set it names ("[Api set: Mailbox 1.x]"); every member Rundmail uses must be
// offered wherever the reference says it exists; and where the reference says a member *throws*, the fake throws.
import { createFakeOffice, ROAMING_SETTINGS_LIMIT_CHARACTERS } from "../src/sandbox/fakeOffice";
import { SimulatedMailbox } from "../src/sandbox/simulatedMailbox";
import {
  allowedBy,
  modesOf,
  offeredMembers,
  officeReference,
  parseOfficeReference,
  referenceViolations,
  type OfferedMember,
  type OutlookMode,
} from "./support/officeReference";

const reference = officeReference();
const MODES: readonly OutlookMode[] = ["compose", "read"];
/** The Outlooks the sandbox can be: its own choices (SandboxApp's VERSIONS) and every set where a member Rundmail uses appears. */
const VERSIONS = ["1.1", "1.2", "1.3", "1.5", "1.6", "1.8", "1.9", "1.13", "1.14"] as const;

function fakeOffice(mode: OutlookMode, mailboxVersion: string) {
  return createFakeOffice(new SimulatedMailbox({ mode, mailboxVersion }, { subject: "Vorlage", body: "<p>Hallo {{Vorname}}</p>" }));
}

/** The members Rundmail calls or reads (src/office/connect.ts); each must be there wherever the reference has it. */
const USED: readonly OfferedMember[] = [
  { interfaceName: "Context", member: "mailbox" },
  { interfaceName: "Context", member: "roamingSettings" },
  { interfaceName: "Context", member: "requirements" },
  { interfaceName: "Context", member: "displayLanguage" },
  { interfaceName: "Mailbox", member: "item" },
  { interfaceName: "Mailbox", member: "userProfile" },
  { interfaceName: "Mailbox", member: "displayNewMessageForm" },
  { interfaceName: "Mailbox", member: "displayNewMessageFormAsync" },
  { interfaceName: "UserProfile", member: "emailAddress" },
  { interfaceName: "MessageCompose", member: "subject" },
  { interfaceName: "MessageCompose", member: "body" },
  { interfaceName: "MessageCompose", member: "getAttachmentsAsync" },
  { interfaceName: "MessageCompose", member: "getAttachmentContentAsync" },
  { interfaceName: "MessageRead", member: "subject" },
  { interfaceName: "MessageRead", member: "body" },
  { interfaceName: "MessageRead", member: "attachments" },
  { interfaceName: "MessageRead", member: "getAttachmentContentAsync" },
  { interfaceName: "Body", member: "getAsync" },
  { interfaceName: "Body", member: "getTypeAsync" },
  { interfaceName: "Body", member: "setSelectedDataAsync" },
  { interfaceName: "Subject", member: "getAsync" },
  { interfaceName: "Subject", member: "setAsync" },
  { interfaceName: "RoamingSettings", member: "get" },
  { interfaceName: "RoamingSettings", member: "set" },
  { interfaceName: "RoamingSettings", member: "remove" },
  { interfaceName: "RoamingSettings", member: "saveAsync" },
];

/** Whether `used` applies where the item is in `mode` (MessageCompose members do not exist while reading, and back). */
const applies = ({ interfaceName }: OfferedMember, mode: OutlookMode): boolean =>
  !(interfaceName === "MessageCompose" && mode === "read") && !(interfaceName === "MessageRead" && mode === "compose") && !(interfaceName === "Subject" && mode === "read");

describe("the reference as parsed from @types/office-js", () => {
  // If parsing broke, every check below would pass vacuously: these facts, read by a person from index.d.ts, must come out.
  test.each([
    ["Mailbox", "displayNewMessageFormAsync", "1.9", ["read"]],
    ["Mailbox", "displayNewMessageForm", "1.6", ["read"]],
    ["Body", "getAsync", "1.3", ["compose", "read"]],
    ["Body", "getTypeAsync", "1.1", ["compose"]],
    ["Body", "setSelectedDataAsync", "1.1", ["compose"]],
    ["MessageCompose", "getAttachmentsAsync", "1.8", ["compose"]],
    ["MessageRead", "getAttachmentContentAsync", "1.8", ["read"]],
    ["RoamingSettings", "set", "1.1", ["compose", "read"]],
    ["Subject", "setAsync", "1.1", ["compose"]],
  ] as const)("Office.%s.%s: [Api set: Mailbox %s], Applicable Outlook mode %p", (interfaceName, member, set, modes) => {
    const declared = reference.get(interfaceName)?.get(member);
    expect(declared?.mailboxSet).toBe(set);
    expect([...(declared?.modes ?? [])].sort()).toEqual([...modes].sort());
  });

  test("Office.MessageRead has no getAttachmentsAsync and Office.MessageCompose no attachments property", () => {
    expect(reference.get("MessageRead")?.has("getAttachmentsAsync")).toBe(false);
    expect(reference.get("MessageCompose")?.has("attachments")).toBe(false);
    expect(reference.get("MessageRead")?.size).toBeGreaterThan(30);
    expect(reference.get("MessageCompose")?.size).toBeGreaterThan(30);
  });

  test.each([
    ["Compose", ["compose"]],
    ["Read", ["read"]],
    ["Compose or Read", ["compose", "read"]],
    ["Compose, Read", ["compose", "read"]],
    ["Message Compose, Message Read", ["compose", "read"]],
    ["Appointment Organizer", []],
    ["Appointment Attendee", []],
  ] as const)("the mode line %p means %p for a message", (line, modes) => {
    expect([...modesOf(line)].sort()).toEqual([...modes].sort());
  });
});

describe("the sandbox's Office.js offers each member only where the reference has it", () => {
  const outlooks = MODES.flatMap((mode) => VERSIONS.map((version) => [mode, version] as const));

  test.each(outlooks)("%s mode, Mailbox %s: nothing the reference lacks there", (mode, version) => {
    const offered = offeredMembers(fakeOffice(mode, version), mode);
    expect(offered.length).toBeGreaterThan(5);
    expect(referenceViolations(reference, offered, mode, version)).toEqual([]);
  });

  test.each(outlooks)("%s mode, Mailbox %s: every member Rundmail uses is there where the reference has it", (mode, version) => {
    const offered = new Set(offeredMembers(fakeOffice(mode, version), mode).map((m) => `${m.interfaceName}.${m.member}`));
    const missing = USED.filter((used) => applies(used, mode) && allowedBy(reference, used.interfaceName, used.member, mode, version))
      .map((used) => `${used.interfaceName}.${used.member}`)
      .filter((name) => !offered.has(name));
    expect(missing).toEqual([]);
  });
});

describe("the check can fail: deliberately wrong copies of the sandbox's Office.js", () => {
  /** The fake's context with its mailbox changed by `change`; getters are read once, as a plain copy. */
  function withMailbox(office: ReturnType<typeof fakeOffice>, change: (mailbox: Record<string, unknown>) => void) {
    const mailbox: Record<string, unknown> = { ...office.context.mailbox };
    change(mailbox);
    return { context: { ...office.context, mailbox } };
  }

  test("displayNewMessageFormAsync offered while composing (what the sandbox did before) is caught, citing the reference's mode", () => {
    const wrong = withMailbox(fakeOffice("compose", "1.14"), (mailbox) => {
      mailbox.displayNewMessageFormAsync = () => undefined;
      mailbox.displayNewMessageForm = () => undefined;
    });
    // In the order the copy offers them.
    expect(referenceViolations(reference, offeredMembers(wrong, "compose"), "compose", "1.14")).toEqual([
      expect.stringMatching(/^Office\.Mailbox\.displayNewMessageFormAsync is offered in compose mode; the reference \(index\.d\.ts:\d+\) says "Applicable Outlook mode: read"$/),
      expect.stringMatching(/^Office\.Mailbox\.displayNewMessageForm is offered in compose mode; .*"Applicable Outlook mode: read"$/),
    ]);
  });

  test("displayNewMessageFormAsync offered with Mailbox 1.8 is caught, citing the requirement set", () => {
    const wrong = withMailbox(fakeOffice("read", "1.8"), (mailbox) => {
      mailbox.displayNewMessageFormAsync = () => undefined;
    });
    expect(referenceViolations(reference, offeredMembers(wrong, "read"), "read", "1.8")).toEqual([
      expect.stringMatching(/^Office\.Mailbox\.displayNewMessageFormAsync is offered with Mailbox 1\.8; .*"\[Api set: Mailbox 1\.9\]"$/),
    ]);
  });

  test("body.getTypeAsync on a message being read (the reference: Compose) and a member the reference never declared are caught", () => {
    const office = fakeOffice("read", "1.14");
    const item = office.context.mailbox.item as unknown as Record<string, unknown>;
    const wrongItem = { ...item, body: { ...(item.body as object), getTypeAsync: () => undefined }, getAttachmentsAsync: () => undefined };
    const wrong = { context: { ...office.context, mailbox: { ...office.context.mailbox, item: wrongItem } } };
    const findings = referenceViolations(reference, offeredMembers(wrong, "read"), "read", "1.14");
    expect(findings).toEqual([
      "Office.MessageRead.getAttachmentsAsync is offered but @types/office-js declares no such member",
      expect.stringMatching(/^Office\.Body\.getTypeAsync is offered in read mode; .*"Applicable Outlook mode: compose"$/),
    ]);
  });

  test("a member Rundmail uses that the wrong copy leaves out where the reference has it is caught", () => {
    const wrong = withMailbox(fakeOffice("read", "1.14"), (mailbox) => {
      delete mailbox.displayNewMessageFormAsync;
    });
    const offered = new Set(offeredMembers(wrong, "read").map((m) => `${m.interfaceName}.${m.member}`));
    expect(allowedBy(reference, "Mailbox", "displayNewMessageFormAsync", "read", "1.14")).toBe(true);
    expect(offered.has("Mailbox.displayNewMessageFormAsync")).toBe(false);
  });

  test("a fixture reference in which a member is read-only flags the member in compose mode", () => {
    const fixture = parseOfficeReference(
      [
        "declare namespace Office {",
        "    interface Mailbox {",
        "        /**",
        "         * [Api set: Mailbox 1.1]",
        "         * **{@link https://learn.microsoft.com/x | Applicable Outlook mode}**: Read",
        "         */",
        "        userProfile: UserProfile;",
        "    }",
        "}",
      ].join("\n"),
    );
    expect(referenceViolations(fixture, [{ interfaceName: "Mailbox", member: "userProfile" }], "compose", "1.14")).toEqual([
      'Office.Mailbox.userProfile is offered in compose mode; the reference (index.d.ts:7) says "Applicable Outlook mode: read"',
    ]);
  });
});

describe("errors are reported as the reference says: thrown where it says thrown", () => {
  /** A member of the fake whose reference says it throws, and how to make the fake throw for the documented reason. */
  const THROWS: Readonly<Record<string, { readonly quote: RegExp; readonly provoke: (office: ReturnType<typeof fakeOffice>) => void; readonly code?: number }>> = {
    "RoamingSettings.set": {
      quote: /An error with code (\d+) is thrown when that size limit is exceeded/,
      provoke: (office) => office.context.roamingSettings.set("big", "x".repeat(ROAMING_SETTINGS_LIMIT_CHARACTERS)),
      code: 9057,
    },
    "Mailbox.displayNewMessageForm": {
      quote: /If any of the parameters exceed the specified size limits, or if an unknown parameter name is specified, an exception is thrown/,
      provoke: (office) => office.context.mailbox.displayNewMessageForm?.({ subject: "x".repeat(256) }),
    },
    "Mailbox.displayNewMessageFormAsync": {
      quote: /If any of the parameters exceed the specified size limits, or if an unknown parameter name is specified, an exception is thrown/,
      provoke: (office) => office.context.mailbox.displayNewMessageFormAsync?.({ unknown: 1 } as unknown as Office.MessageForm, () => undefined),
    },
  };

  test("every member the sandbox offers whose reference says it throws has a case here (and no other)", () => {
    const offered = MODES.flatMap((mode) => offeredMembers(fakeOffice(mode, "1.14"), mode));
    const throwing = new Set(
      offered
        .filter(({ interfaceName, member }) => /\b(?:is|are) thrown\b|\bthrows?\b/i.test(reference.get(interfaceName)?.get(member)?.doc ?? ""))
        .map(({ interfaceName, member }) => `${interfaceName}.${member}`),
    );
    expect([...throwing].sort()).toEqual(Object.keys(THROWS).sort());
  });

  test.each(Object.entries(THROWS))("%s throws as documented", (name, { quote, provoke, code }) => {
    const [interfaceName = "", member = ""] = name.split(".");
    const doc = reference.get(interfaceName)?.get(member)?.doc ?? "";
    const said = quote.exec(doc.replace(/\s+/g, " "));
    expect(said).not.toBeNull();
    if (code !== undefined) expect(Number(said?.[1])).toBe(code);
    const office = fakeOffice("read", "1.14");
    let thrown: unknown = null;
    try {
      provoke(office);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    if (code !== undefined) expect(thrown).toMatchObject({ code });
  });
});
