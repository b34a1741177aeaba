// The example the sandbox loads when asked (its "Load the example" button, or sandbox.html?example): the message being written is the sample invoice template (subject and
// body with merge fields), with the sample member list and the invoices attached. The samples are copied into the
// build under sandbox/samples/ (webpack.config.js) and fetched from this origin.
import type { SimulatedMailbox } from "./simulatedMailbox";

export const SAMPLES_BASE = "sandbox/samples/";
export const SAMPLE_TEMPLATE = "rechnung.html";
/** Attached to the message, in this order. The invoices are named as the template's pattern expects. */
export const SAMPLE_ATTACHMENTS: readonly { readonly path: string; readonly contentType: string }[] = [
  { path: "mitglieder.csv", contentType: "text/csv" },
  ...[1001, 1002, 1003, 1004, 1005, 1006].map((n) => ({ path: `rechnungen/Rechnung_${n}.pdf`, contentType: "application/pdf" })),
];

/** A template file as the CLI reads it: optional "Subject:" (and other) header lines, a blank line, then HTML. */
export function parseTemplateFile(text: string): { subject: string; bodyHtml: string } {
  const source = text.replace(/^\uFEFF/, "");
  const headerEnd = /^(?:[A-Za-z-]+:[^\n]*\r?\n)+\r?\n/.exec(source);
  const headers = headerEnd?.[0] ?? "";
  const subject = /^Subject:[ \t]*([^\r\n]*)/im.exec(headers)?.[1]?.trim() ?? "";
  const html = source.slice(headers.length);
  // The editor shows what is inside <body>; Office.js wraps it in a document again when asked for HTML.
  const inner = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return { subject, bodyHtml: inner.trim() };
}

export interface SeedResult {
  /** Files that could not be fetched (the sandbox still works without them). */
  readonly failed: readonly string[];
  /** How many files are now attached to the message. */
  readonly attached: number;
}

export async function seedMailbox(mailbox: SimulatedMailbox, fetchFile: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<SeedResult> {
  const failed: string[] = [];
  const get = async (path: string): Promise<Response | null> => {
    try {
      const response = await fetchFile(SAMPLES_BASE + path);
      if (response.ok) return response;
    } catch {
      // reported below
    }
    failed.push(path);
    return null;
  };
  const [template, ...files] = await Promise.all([get(SAMPLE_TEMPLATE), ...SAMPLE_ATTACHMENTS.map((a) => get(a.path))]);
  // The example replaces what the message held: loading it twice gives one set of files, not two.
  for (const attachment of mailbox.state.item.attachments) mailbox.removeAttachment(attachment.id);
  if (template !== null) {
    const { subject, bodyHtml } = parseTemplateFile(await template.text());
    mailbox.setSubject(subject);
    mailbox.setBody(bodyHtml, "html");
  }
  for (const [index, response] of files.entries()) {
    const sample = SAMPLE_ATTACHMENTS[index];
    if (response === null || response === undefined || sample === undefined) continue;
    const name = sample.path.split("/").pop() ?? sample.path;
    mailbox.addAttachment({ name, contentType: sample.contentType, bytes: new Uint8Array(await response.arrayBuffer()) });
  }
  return { failed, attached: mailbox.state.item.attachments.length };
}
