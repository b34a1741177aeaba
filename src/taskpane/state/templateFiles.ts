// Ids of the template's attachments as the core sees them (picked files have ids of their own). Its own file: the
// run reads these files' bytes without loading the plan's code.
export const TEMPLATE_FILE_PREFIX = "item:";
export const templateFileId = (attachmentId: string): string => `${TEMPLATE_FILE_PREFIX}${attachmentId}`;
