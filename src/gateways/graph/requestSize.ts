// Which way each file goes to Graph: inside the create request, by its own POST, or by an upload session — decided
// by the size of the JSON each request would carry, not by the file's size. A POST carries the file as base64 (4
// bytes for every 3), and Graph's limit is on the request: it refuses a body over 4 MiB with 413 (Learn, "Microsoft
// Graph error responses": 413 "The request size exceeds the maximum limit"). A user measured the largest file POST
// /attachments takes at exactly 3,145,611 bytes (msgraph-sdk-java#52) — just what base64 fits into 4 MiB with the
// JSON around it — and the smallest createUploadSession takes at 2,097,152 bytes (same comment; Learn only says
// "3 MB" for both). Rundmail keeps every JSON body with file content under 3,000,000 bytes: a margin of about 1 MiB
// below the measured edge, and a file sent by upload session then has at least ~2.25 MB, above the measured minimum.
import { safeDisplayName } from "../../core/recipients/displayName";

/** The largest JSON body (UTF-8 bytes) Rundmail POSTs with file content in it. */
export const POST_BODY_LIMIT = 3_000_000;
/** The smallest file createUploadSession accepted in a user's measurement (msgraph-sdk-java#52). */
export const UPLOAD_SESSION_MINIMUM = 2 * 1024 * 1024;

export interface SizedFile {
  readonly name: string;
  readonly contentType: string | undefined;
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();
/** The UTF-8 size of a value's JSON, as fetch sends it. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;
export const base64Length = (n: number): number => Math.ceil(n / 3) * 4;

/** A fileAttachment as Graph takes it (Graph's metadata: microsoft.graph.fileAttachment), the content left to the caller. */
export function fileAttachmentJson(file: SizedFile, contentBytes: string): Record<string, string> {
  return {
    "@odata.type": "#microsoft.graph.fileAttachment",
    name: file.name,
    ...(file.contentType ? { contentType: file.contentType } : {}),
    contentBytes,
  };
}

/** The bytes of a POST /attachments body for this file: its JSON with the base64 content, computed without encoding it. */
export function postedBytes(file: SizedFile): number {
  return jsonBytes(fileAttachmentJson(file, "")) + base64Length(file.bytes.length);
}

export interface Placement<F extends SizedFile> {
  readonly inline: F[];
  readonly post: F[];
  readonly upload: F[];
}

/**
 * Inline what fits in the create request (`messageBytes`: that request's JSON without attachments), in order; a file
 * whose own POST would stay under the limit goes by POST; the rest by upload session.
 */
export function placeAttachments<F extends SizedFile>(messageBytes: number, files: readonly F[]): Placement<F> {
  // `,"attachments":[]` and a comma per file; the RundmailComplete property, when it is set at creation, is already in
  // messageBytes (the caller measures the larger form).
  let used = messageBytes + 20;
  const placement: Placement<F> = { inline: [], post: [], upload: [] };
  for (const file of files) {
    const cost = postedBytes(file);
    if (cost > POST_BODY_LIMIT && file.bytes.length >= UPLOAD_SESSION_MINIMUM) placement.upload.push(file);
    else if (used + cost + 1 <= POST_BODY_LIMIT) {
      placement.inline.push(file);
      used += cost + 1;
    } else placement.post.push(file);
  }
  return placement;
}

/** A recipient for Graph; a name that could pass for another address is left out (the plan warned already). */
export function recipientJson(address: string, name?: string | null): { emailAddress: { address: string; name?: string } } {
  const shown = safeDisplayName(name);
  return { emailAddress: shown !== null ? { address, name: shown } : { address } };
}
