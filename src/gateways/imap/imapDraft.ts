// One row's draft as the message appended to the mailbox: what the .eml route writes (composeEml: one To, at most one
// Cc, the same body and attachments) minus what only a file needs, plus the run key. Differences, on purpose:
// no `X-Unsent` (the `\Draft` flag says it in a mailbox), no Bcc header (the rule for mailbox drafts: a
// draft on a server is seen by every program that syncs the folder), and a Message-ID derived from the key, so the
// same row always has the same id.
import { createHash } from "node:crypto";
import { composeEml, letterOf, type EmlAttachment } from "../eml/composeEml";
import { asciiAddress } from "../eml/mime";
import type { OutgoingDraft } from "../../core/run/types";

/** The header that carries a draft's run key; SEARCH HEADER finds it (any case: header names are). */
export const KEY_HEADER = "X-Rundmail-Key";

// Letters, digits and a few marks: nothing that folds, quotes or ends a header, or means something in a SEARCH.
const SAFE_KEY = /^[A-Za-z0-9._:@#+-]{1,200}$/;

/** The key as it is written into the header: as it is when safe, else a hash of it (still one value per key). */
export function keyToken(key: string): string {
  return SAFE_KEY.test(key) ? key : `h-${createHash("sha256").update(key, "utf8").digest("hex").slice(0, 40)}`;
}

/** `<rundmail.KEY@domain>`, the same for every try at one key. */
export function messageIdFor(key: string, user: string): string {
  const local = keyToken(key).replace(/[^A-Za-z0-9.-]/g, ".");
  const domain = user.includes("@") ? (asciiAddress(user).split("@").pop() ?? "") : "";
  return `<rundmail.${local}@${/^[A-Za-z0-9.-]+$/.test(domain) && domain !== "" ? domain : "rundmail.invalid"}>`;
}

export interface ImapDraftInput {
  readonly draft: OutgoingDraft;
  readonly attachments: readonly EmlAttachment[];
  /** The login, for the Message-ID's domain when it is an address. */
  readonly user: string;
  readonly date: Date;
}

export function composeImapDraft({ draft, attachments, user, date }: ImapDraftInput): string {
  return composeEml({
    ...letterOf(draft),
    attachments,
    date,
    messageId: messageIdFor(draft.key, user),
    unsent: false,
    bccHeader: false,
    headers: { [KEY_HEADER]: keyToken(draft.key) },
  });
}
