// The extended properties Rundmail writes on its drafts: the row's key (found again by a resumed run), whether the
// draft has all its files, whether its /send was started.

/** The fixed property set of Rundmail's idempotency tag; never change it, or resumed runs stop finding drafts. */
export const RUNDMAIL_PROPERTY_SET = "{5c2e8f3a-8b1d-4e57-9a64-0d3f2b7c91e4}";
/** Its value is the row's key as the run made it (core/run/key.ts), written and searched for whole. */
export const RUNDMAIL_KEY_PROPERTY = `String ${RUNDMAIL_PROPERTY_SET} Name RundmailKey`;
/** "1" once the draft has every attachment; without it a tagged draft is a leftover of an interrupted create. */
export const RUNDMAIL_COMPLETE_PROPERTY = `String ${RUNDMAIL_PROPERTY_SET} Name RundmailComplete`;
/**
 * Set on a draft just before its /send: Exchange sends after the 202, and a message can look like a draft for a
 * while (the Outbox, Exchange's pacing). A draft with this mark may have gone out: Rundmail never sends it again.
 */
export const RUNDMAIL_SENDING_PROPERTY = `String ${RUNDMAIL_PROPERTY_SET} Name RundmailSending`;

/**
 * PidTagDeferredSendTime, named by its MAPI tag ("{type} {proptag}": Learn, "Outlook extended properties overview"):
 * set before /send, Exchange holds the message until this time ([MS-OXOMSG] 2.2.3.2; a time past sends at once).
 */
export const DEFERRED_SEND_PROPERTY = "SystemTime 0x3FEF";

/** The PATCH body that sets one of these properties, and any more given. */
export const propertyPatch = (id: string, value: string, ...more: readonly { readonly id: string; readonly value: string }[]) => ({
  singleValueExtendedProperties: [{ id, value }, ...more],
});

/** Graph may give a property id back in another case or spacing than it was written. */
export const sameProperty = (a: unknown, b: string): boolean =>
  typeof a === "string" && a.replace(/\s+/g, " ").trim().toLowerCase() === b.toLowerCase();
