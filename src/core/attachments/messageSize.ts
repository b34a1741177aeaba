// How big one planned message is, and whether that is worth a warning before anything is created.
import type { IssueCode } from "../issues/codes";
import type { Finding } from "../types";

const MB = 1024 * 1024;
/**
 * Exchange Online's default maximum message size, attachments included (Learn, "Exchange Online limits",
 * https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits;
 * Learn's createUploadSession reference: "Exchange Online lets administrators customize the message size limit for
 * Microsoft 365 mailboxes, including any message attachments. By default, this message size limit is 35 MB"). An
 * administrator may raise it up to 150 MB, so above it Rundmail warns, it does not refuse.
 */
export const EXCHANGE_DEFAULT_MESSAGE_BYTES = 35 * MB;
/** Above this a recipient's server may refuse the message (many take at most 25 MB); worth a warning, not an error. */
export const WARN_DRAFT_BYTES = 25 * MB;

/**
 * The size warning for one message: its files (each row's own and the ones that go to everyone) and its text. Over
 * Exchange Online's default the sending mailbox itself is likely to refuse it; over 25 MB only some recipients' servers.
 * One warning per message: the stronger one says everything the weaker one would.
 */
export function messageSizeFinding(
  row: number,
  column: string | null,
  fileSizes: readonly number[],
  textBytes: number,
): Finding<IssueCode> | null {
  const attachments = fileSizes.reduce((sum, size) => sum + size, 0);
  if (attachments + textBytes > EXCHANGE_DEFAULT_MESSAGE_BYTES) {
    return { row, column, code: "attachments-over-exchange-limit", params: { size: attachments + textBytes } };
  }
  if (attachments > WARN_DRAFT_BYTES) return { row, column, code: "attachments-large", params: { size: attachments } };
  return null;
}
