// The files of a draft as MIME parts, for the gateways that write the message themselves (the .eml files, IMAP):
// each file's bytes under its base name. A file that cannot be read fails its row, named with the reason.
import { reasonOf } from "../../core/run/reason";
import type { OutgoingDraft } from "../../core/run/types";
import type { EmlAttachment } from "./composeEml";
import { baseFileName } from "./fileName";

export type ReadAttachments = { readonly ok: true; readonly attachments: EmlAttachment[] } | { readonly ok: false; readonly name: string; readonly reason: string };

export async function readAttachments(draft: OutgoingDraft): Promise<ReadAttachments> {
  const attachments: EmlAttachment[] = [];
  for (const file of draft.attachments) {
    try {
      const bytes = await file.bytes();
      attachments.push({ name: baseFileName(file.name), bytes, ...(file.contentType ? { contentType: file.contentType } : {}) });
    } catch (error) {
      return { ok: false, name: file.name, reason: reasonOf(error) };
    }
  }
  return { ok: true, attachments };
}
