// Office.js hands attachment content over as a string whose meaning depends on `format` (Mailbox 1.8): Base64 for
// files, the text of an .eml or .ics file for attached Outlook items, a URL for cloud attachments. This turns it into
// the bytes of a file, without Node APIs (atob and TextEncoder exist in browsers and in Node).

/** The attachment's content cannot be turned into a file here (a cloud attachment, an unknown format, broken Base64). */
export class AttachmentFormatError extends Error {
  override readonly name = "AttachmentFormatError";

  constructor(
    /** Office's `AttachmentContent.format`: "base64", "url", "eml", "iCalendar", or something newer. */
    readonly format: string,
    message: string,
  ) {
    super(message);
  }
}

/** The values of Office.MailboxEnums.AttachmentContentFormat; written out because the enum exists only at run time. */
export const CONTENT_FORMAT = { Base64: "base64", Url: "url", Eml: "eml", ICalendar: "iCalendar" } as const;

/** Decodes standard Base64 (line breaks and spaces ignored) into bytes. Throws AttachmentFormatError on bad input. */
export function base64ToBytes(base64: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ""));
  } catch {
    throw new AttachmentFormatError(CONTENT_FORMAT.Base64, "The attachment's content is not valid Base64.");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes of the file an attachment stands for. Eml and iCalendar are text: their file is that text in UTF-8. */
export function attachmentContentToBytes(content: { readonly format: string; readonly content: string }): Uint8Array {
  switch (content.format) {
    case CONTENT_FORMAT.Base64:
      return base64ToBytes(content.content);
    case CONTENT_FORMAT.Eml:
    case CONTENT_FORMAT.ICalendar:
      return new TextEncoder().encode(content.content);
    case CONTENT_FORMAT.Url:
      throw new AttachmentFormatError(
        content.format,
        "This is a cloud attachment (a link to a file), so its content cannot be read. Attach the file itself instead.",
      );
    default:
      throw new AttachmentFormatError(content.format, `Outlook returned the attachment in a format Rundmail does not know ("${content.format}").`);
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  txt: "text/plain",
  htm: "text/html",
  html: "text/html",
  pdf: "application/pdf",
  eml: "message/rfc822",
  ics: "text/calendar",
  zip: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
};

/**
 * A MIME type from the file name. Compose mode reports none (AttachmentDetailsCompose has no contentType), and
 * Microsoft deprecated read mode's, which is itself only a lookup of the extension.
 */
export function contentTypeFromName(name: string): string {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return (extension !== undefined ? CONTENT_TYPES[extension] : undefined) ?? "application/octet-stream";
}
