// Attachments: per-row file names -> matched files, size limits.
export { splitFileNames, normaliseFileName } from "./fileNames";
export { indexFiles, type FileIndex } from "./fileIndex";
export { attachmentsForRow, unusedFiles, MAX_FILE_BYTES } from "./attachmentsForRow";
export { messageSizeFinding, EXCHANGE_DEFAULT_MESSAGE_BYTES, WARN_DRAFT_BYTES } from "./messageSize";
export {
  decideTemplateAttachments,
  isTableFileName,
  sameBytes,
  type TemplateAttachment,
  type TemplateAttachmentDecision,
  type TemplateAttachmentUse,
} from "./templateAttachments";
