// A planned draft, rendered exactly as it will be created, with its files read only when the gateway asks.
import type { MergePlan, PlannedDraft } from "../../core/plan";
import { draftKey } from "../../core/run/key";
import type { OutgoingAttachment, OutgoingDraft } from "../../core/run/types";
import type { EmailAddress, GivenFile } from "../../core/types";

export type BytesOf = (file: GivenFile) => Promise<Uint8Array>;

/** A file's name without the folder it was picked from ("2026/Rechnung 1.pdf" is attached as "Rechnung 1.pdf"). */
export function attachmentName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || name;
}

export function outgoingDraft(plan: MergePlan, draft: PlannedDraft, runId: string, bytesOf: BytesOf): OutgoingDraft {
  const rendered = plan.renderDraft(draft);
  const attachments: OutgoingAttachment[] = draft.attachments.map((file) => ({
    name: attachmentName(file.name),
    size: file.size,
    bytes: () => bytesOf(file),
  }));
  return {
    row: draft.row,
    key: draftKey(runId, draft.row, draft.to),
    to: draft.to,
    toName: draft.toName,
    cc: draft.cc,
    bcc: draft.bcc,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments,
  };
}

/** The first row's draft, addressed to the user alone: no Cc, no Bcc, nobody else. */
export function testDraft(draft: OutgoingDraft, me: EmailAddress, runId: string): OutgoingDraft {
  return { ...draft, key: draftKey(runId, draft.row, me), to: me, toName: null, cc: [], bcc: [] };
}
