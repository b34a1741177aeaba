// Where a run reads an attachment's bytes: a picked file from the pane's file store, a template attachment from
// Outlook (only when the gateway asks for it).
import type { GivenFile } from "../../core/types";
import type { MailboxHost } from "../../office/mailboxHost";
import type { FileStore } from "../files/fileStore";
import { TEMPLATE_FILE_PREFIX } from "../state/templateFiles";
import type { BytesOf } from "./outgoing";

/** A picked file's bytes, or a template attachment's from Outlook. */
export function paneFileBytes(host: MailboxHost | null, fileStore: FileStore, noOutlook: string): BytesOf {
  return (file: GivenFile): Promise<Uint8Array> => {
    if (file.id.startsWith(TEMPLATE_FILE_PREFIX)) {
      if (host === null) return Promise.reject(new Error(noOutlook));
      return host.attachmentContent(file.id.slice(TEMPLATE_FILE_PREFIX.length));
    }
    return fileStore.bytes(file.id);
  };
}
