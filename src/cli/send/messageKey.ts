// Which journal entry belongs to which row. The key is a hash of what the person receives — their address, the Cc,
// the subject, the body and the attachments' names and sizes — and deliberately not the row number: deleting or
// inserting a row (what the check advises for a bad row) shifts every number below it, and a key with the number in
// it would then send everyone below a second message. Two rows that would get the very same message are told apart
// by counting (#2, #3), so a list with an intended duplicate still sends it twice, once each.
import { createHash } from "node:crypto";
import type { Draft } from "../../core/plan";
import { addressKey } from "../../core/recipients";
import type { EmailAddress } from "../../core/types";
import { baseName } from "../check";

export function messageHash(draft: Draft): string {
  const content = JSON.stringify([
    addressKey(draft.to),
    draft.cc.map((a) => addressKey(a)),
    draft.subject,
    draft.html,
    draft.text,
    draft.attachments.map((f) => [baseName(f.name), f.size]),
  ]);
  return createHash("sha256").update(content).digest("hex").slice(0, 32);
}

/** Gives each message its key, counting repeats of the same message in list order. */
export function keyCounter(): (hash: string) => string {
  const seen = new Map<string, number>();
  return (hash) => {
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return n === 1 ? hash : `${hash}#${n}`;
  };
}

export const sameMailbox = (a: string, b: string): boolean => addressKey(a as EmailAddress) === addressKey(b as EmailAddress);
