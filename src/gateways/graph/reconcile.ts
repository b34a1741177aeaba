// What the mailbox holds for one key. A draft with the key but without RundmailComplete was left half-made (the pane
// closed mid-upload): it is deleted, so the run creates the row again (a leftover that cannot be deleted makes this
// throw: "none" would leave it beside the new draft). Of two complete drafts with one key the older stays: the other
// is a create that landed after the run had looked.
import { keyIsFor } from "../../core/run/key";
import { RUNDMAIL_COMPLETE_PROPERTY, RUNDMAIL_KEY_PROPERTY, RUNDMAIL_SENDING_PROPERTY, sameProperty } from "./properties";
import { GraphFailure, graph, messagePath, type GraphCall } from "./request";
import { withRetries } from "./retries";
import type { Recipients } from "./send";

/** More than one draft per key should never happen; a handful is enough to see and clean up every one. */
const LOOKUP_TOP = 10;

/** What the mailbox holds for one key, after leftovers were cleaned up. */
export type Reconciled =
  | { readonly kind: "none" }
  /** "sending": a draft whose /send was started; it may have gone out. `untouched`: one To, the row's, at most one Cc. */
  | { readonly kind: "draft" | "sent" | "sending"; readonly id: string; readonly to: Recipients; readonly untouched: boolean };

/** OData string literal: single quotes doubled. */
const odataString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** What exists for this key: complete drafts, sent messages; half-made drafts are deleted on the way. */
export async function reconcile(call: GraphCall, key: string): Promise<Reconciled> {
  const query = new URLSearchParams({
    $filter: `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(RUNDMAIL_KEY_PROPERTY)} and ep/value eq ${odataString(key)})`,
    $select: "id,isDraft,createdDateTime,toRecipients,ccRecipients,bccRecipients",
    $expand: `singleValueExtendedProperties($filter=id eq ${odataString(RUNDMAIL_COMPLETE_PROPERTY)} or id eq ${odataString(RUNDMAIL_SENDING_PROPERTY)})`,
    $top: String(LOOKUP_TOP),
  });
  // URLSearchParams writes a space as "+"; Graph's docs ask for %20 (a literal "+" is already %2B).
  // Throttled like any request (a 429 or 503 here is no answer about the draft): retried, honouring Retry-After.
  const path = `/me/messages?${query.toString().replace(/\+/g, "%20")}`;
  const body = (await withRetries(call, () => graph(call, "GET", path))) as { value?: unknown } | undefined;
  const found = (Array.isArray(body?.value) ? (body.value as unknown[]) : []).map((item) => listed(item, key));
  // A sent message is never deleted, complete or not (the user may have sent a half-made draft by hand): the
  // recipient has it, so the row is done.
  const sent = found.find((m) => !m.isDraft);
  // Complete drafts, oldest first: a second one (a create that landed after the run had looked) is a copy.
  const complete = found.filter((m) => m.isDraft && m.complete).sort((a, b) => a.created.localeCompare(b.created));
  const keep = sent ? undefined : complete[0];
  const leftovers = found.filter((m) => m.isDraft && m !== keep && !m.sending);
  for (const leftover of leftovers) {
    try {
      await withRetries(call, () => graph(call, "DELETE", messagePath(leftover.id)));
    } catch (error) {
      // 404: gone already (a DELETE whose answer was lost). Anything else: it is still there, and "none" would be
      // untrue — the row would be created beside it and both would stay. No answer instead: the row is in doubt.
      if (!(error instanceof GraphFailure && error.status === 404)) throw error;
    }
  }
  if (sent) return { kind: "sent", id: sent.id, to: sent.to, untouched: sent.untouched };
  if (keep) return { kind: keep.sending ? "sending" : "draft", id: keep.id, to: keep.to, untouched: keep.untouched };
  const sending = found.find((m) => m.isDraft && m.sending);
  if (sending) return { kind: "sending", id: sending.id, to: sending.to, untouched: sending.untouched };
  return { kind: "none" };
}

/** One message of the listing, read with suspicion: what Rundmail cannot tell, it would rather ask than guess. */
function listed(item: unknown, key: string) {
  const m = (item ?? {}) as {
    id?: unknown;
    isDraft?: unknown;
    createdDateTime?: unknown;
    singleValueExtendedProperties?: unknown;
    toRecipients?: unknown;
    ccRecipients?: unknown;
    bccRecipients?: unknown;
  };
  if (typeof m.id !== "string") throw new Error("Graph listed a message without an id");
  // Without isDraft Rundmail cannot tell a draft from a sent message: it would rather ask than send twice.
  if (typeof m.isDraft !== "boolean") throw new Error("Graph did not say whether the message is still a draft");
  const props = Array.isArray(m.singleValueExtendedProperties) ? (m.singleValueExtendedProperties as { id?: unknown; value?: unknown }[]) : [];
  const complete = props.some((p) => sameProperty(p?.id, RUNDMAIL_COMPLETE_PROPERTY) && p?.value === "1");
  const sending = props.some((p) => sameProperty(p?.id, RUNDMAIL_SENDING_PROPERTY) && p?.value === "1");
  const count = (list: unknown): number => (Array.isArray(list) ? list.length : 0);
  const first = Array.isArray(m.toRecipients) ? (m.toRecipients[0] as { emailAddress?: { address?: unknown } } | undefined) : undefined;
  const to: Recipients = {
    key,
    address: typeof first?.emailAddress?.address === "string" ? first.emailAddress.address : "",
    recipients: Math.max(1, count(m.toRecipients) + count(m.ccRecipients) + count(m.bccRecipients)),
  };
  const untouched = count(m.toRecipients) === 1 && count(m.ccRecipients) <= 1 && keyIsFor(key, to.address);
  const created = typeof m.createdDateTime === "string" ? m.createdDateTime : "";
  return { id: m.id, isDraft: m.isDraft, complete, sending, to, untouched, created };
}

