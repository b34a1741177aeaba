// Graph's ways of saying "too large" — a refusal for good: the same message sent again is refused again.
//   ErrorMessageSizeExceeded, "The message exceeds the maximum supported size.": the mailbox's maximum message size
//     (Exchange Online: 35 MB by default, up to 150 MB) — seen during an upload session's PUTs once the message passed
//     the limit (microsoftgraph/microsoft-graph-docs-contrib#2561). Its HTTP status is documented nowhere; Exchange
//     answers its request errors with 400, so any status counts.
//   413 Request Entity Too Large: one request over Graph's size limit (Learn, "Microsoft Graph error responses"; a
//     POST /attachments above 3,145,611 bytes of file, msgraph-sdk-java#52).
//   ErrorAttachmentSizeLimitExceeded: one attachment over the limit.
const SIZE_CODES = /^(ErrorMessageSizeExceeded|ErrorAttachmentSizeLimitExceeded|RequestEntityTooLarge)$/i;

export function isSizeRefusal(status: number, graphCode: string): boolean {
  return status === 413 || SIZE_CODES.test(graphCode);
}
