// The files that did not fit into the create request, added to the draft that exists: by their own POST while that
// request stays under the size limit (requestSize.ts), else by an upload session in 320 KiB-multiple chunks, up to
// 150 MB; then the RundmailComplete mark, which says the draft has all its files.
import { toBase64 } from "./base64";
import { RUNDMAIL_COMPLETE_PROPERTY, propertyPatch } from "./properties";
import { GraphFailure, GraphTimeout, graph, messagePath, type GraphCall } from "./request";
import { fileAttachmentJson, type Placement, type SizedFile } from "./requestSize";
import { withRetries } from "./retries";

const KIB = 1024;
const MB = 1024 * 1024;
/** The largest file an upload session takes (Learn: 150 MB). */
export const LARGE_ATTACHMENT_LIMIT = 150 * MB;
/** 10 × 320 KiB = 3.125 MiB: a multiple of 320 KiB and under 4 MB. */
export const UPLOAD_CHUNK = 10 * 320 * KIB;

/**
 * Adds `placement`'s post and upload files to the draft, then marks it complete. Throws when a file could not be
 * added: the caller deletes the draft (a draft without all its files is not the row's draft).
 */
export async function attachSeparately(call: GraphCall, messageId: string, placement: Placement<SizedFile>): Promise<void> {
  const placed = [...placement.inline];
  for (const file of [...placement.post, ...placement.upload]) {
    const sameNameBefore = placed.filter((p) => p.name === file.name).length;
    if (placement.post.includes(file)) {
      await withRetries(
        call,
        () => graph(call, "POST", `${messagePath(messageId)}/attachments`, fileAttachmentJson(file, toBase64(file.bytes))),
        // A POST that timed out may have attached the file: look, so that it is never attached twice.
        () => attachmentLanded(call, messageId, file.name, sameNameBefore),
      );
    } else {
      await uploadLarge(call, messageId, file);
    }
    placed.push(file);
  }
  await withRetries(call, () => graph(call, "PATCH", messagePath(messageId), propertyPatch(RUNDMAIL_COMPLETE_PROPERTY, "1")));
}

async function uploadLarge(call: GraphCall, messageId: string, file: SizedFile): Promise<void> {
  const { name, contentType, bytes } = file;
  const upload = (await withRetries(call, () =>
    graph(call, "POST", `${messagePath(messageId)}/attachments/createUploadSession`, {
      AttachmentItem: { attachmentType: "file", name, size: bytes.length, ...(contentType ? { contentType } : {}) },
    }),
  )) as { uploadUrl?: unknown } | undefined;
  if (typeof upload?.uploadUrl !== "string") throw new GraphFailure(502, "NoUploadUrl", "the upload session has no uploadUrl", undefined);
  const uploadUrl = upload.uploadUrl;
  for (let start = 0; start < bytes.length; start += UPLOAD_CHUNK) {
    const end = Math.min(start + UPLOAD_CHUNK, bytes.length) - 1;
    const chunk = bytes.slice(start, end + 1);
    // A chunk that timed out and did arrive makes the retry answer 416 (Learn, "Upload large files with an upload
    // session": a fragment the server already received is answered 416 Requested Range Not Satisfiable), or 404
    // after the last chunk (the session is gone once the file is whole — what our emulator does; Learn does not
    // say, and either way the row is only made again). Graph's refusal is then our own lost answer, not the draft's fault: the
    // file fails as "busy" (transient), the draft is deleted and the row tried again whole — never a draft with a
    // broken file, never a row given up for it.
    let timedOut = false;
    await withRetries(call, async () => {
      try {
        // The uploadUrl is pre-authenticated: no Authorization header (Graph may answer 401 to one).
        await call.client.requestUrl(
          uploadUrl,
          { method: "PUT", headers: { "Content-Type": "application/octet-stream", "Content-Range": `bytes ${start}-${end}/${bytes.length}` }, body: chunk },
          call.signal,
        );
      } catch (error) {
        if (error instanceof GraphTimeout) timedOut = true;
        else if (timedOut && error instanceof GraphFailure && (error.status === 416 || error.status === 404)) {
          throw new Error(`${error.reason} (a chunk whose answer timed out had arrived)`, { cause: error });
        }
        throw error;
      }
    });
  }
}

/** After a POST /attachments timed out: is the file on the draft after all (one more of that name than before)? */
async function attachmentLanded(call: GraphCall, messageId: string, name: string, sameNameBefore: number): Promise<boolean> {
  const query = new URLSearchParams({ $select: "id,name" });
  const body = (await graph(call, "GET", `${messagePath(messageId)}/attachments?${query.toString()}`)) as { value?: { name?: unknown }[] } | undefined;
  return (body?.value ?? []).filter((a) => a.name === name).length > sameNameBefore;
}
