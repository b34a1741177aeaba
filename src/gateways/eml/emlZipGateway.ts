// The add-in's .eml gateway: one .eml draft per row (X-Unsent: 1, Bcc shown, as Outlook opens a draft), collected
// into one ZIP with report.csv and handed to `deliver` (the task pane triggers a download) in finish().
//
// Browser-safe: no Node APIs. Each .eml is deflated into the ZIP as soon as it is made (fflate's streaming Zip), so
// a run holds the compressed archive, not every message as text; concurrency 1 keeps the entries in row order.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { privacyBreach } from "../../core/privacy/privacy";
import { reasonOf, rowMessage } from "../../core/run/messages";
import type { CreateResult, DraftGateway, OutgoingDraft, RunSummary } from "../../core/run/types";
import type { Lang } from "../../core/types";
import { composeEml, type EmlAttachment } from "./composeEml";
import { baseFileName, draftFileName } from "./fileName";
import { fileReportCsv, type FileReportLine, type SkippedRow } from "../../core/report";
import { EML_TEXTS } from "./emlTexts";

export interface EmlZipGatewayOptions {
  readonly lang: Lang;
  /** Receives the finished ZIP; the task pane offers it for download under `fileName`. */
  readonly deliver: (zip: Uint8Array<ArrayBuffer>, fileName: string) => void | Promise<void>;
  /** Default "rundmail-drafts.zip" / "rundmail-entwuerfe.zip". */
  readonly zipName?: string;
  /** Digits of the row number in file names (the CLI uses those of the last table row); default 4. */
  readonly rowWidth?: number;
  /** Rows the plan left out (skippedRows), so that report.csv lists every row of the table. */
  readonly skipped?: readonly SkippedRow[];
  /** The messages' Date header and the entries' time; default now. */
  readonly now?: () => Date;
}

export interface EmlZipGateway extends DraftGateway {
  readonly id: "eml";
  /** .eml files in the archive so far. */
  readonly fileCount: number;
}


interface Written {
  readonly row: number;
  readonly address: string;
  readonly file: string;
}

export function createEmlZipGateway(options: EmlZipGatewayOptions): EmlZipGateway {
  const { lang } = options;
  const now = options.now ?? (() => new Date());
  const width = Number.isFinite(options.rowWidth) ? Math.min(Math.max(1, Math.floor(options.rowWidth ?? 4)), 12) : 4;
  const chunks: Uint8Array[] = [];
  let zipError: unknown = null;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else chunks.push(chunk);
  });
  const names = new Set<string>();
  const written = new Map<string, Written>(); // by key
  let finished = false;

  const failed = (code: Parameters<typeof rowMessage>[0], params: Record<string, string | number>, transient = false): CreateResult => ({
    status: "failed",
    transient,
    code,
    message: rowMessage(code, lang, params),
  });

  /** Two rows can never share a file name (the row is in it), but a hostile address could; never overwrite. */
  function uniqueName(row: number, address: string): string {
    const first = draftFileName(row, address, width);
    let name = first;
    for (let n = 2; names.has(name.toLowerCase()); n += 1) name = first.replace(/\.eml$/, `_${n}.eml`);
    names.add(name.toLowerCase());
    return name;
  }

  function addFile(name: string, bytes: Uint8Array): void {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = now();
    zip.add(entry);
    entry.push(bytes, true);
  }

  async function create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult> {
    if (finished) return failed("eml-finished", {});
    const breach = privacyBreach(draft);
    if (breach !== null) return failed("privacy-rule", { breach });
    if (signal?.aborted) return failed("run-cancelled", {}, true);

    const attachments: EmlAttachment[] = [];
    for (const file of draft.attachments) {
      try {
        const bytes = await file.bytes();
        attachments.push({ name: baseFileName(file.name), bytes, ...(file.contentType ? { contentType: file.contentType } : {}) });
      } catch (error) {
        return failed("run-attachment-unreadable", { name: file.name, reason: reasonOf(error) });
      }
    }
    if (signal?.aborted) return failed("run-cancelled", {}, true);
    if (finished) return failed("eml-finished", {});

    let eml: string;
    try {
      eml = composeEml({
        to: draft.to,
        toName: draft.toName,
        cc: draft.cc,
        bcc: draft.bcc,
        subject: draft.subject,
        html: draft.html,
        text: draft.text,
        attachments,
        date: now(),
        unsent: true,
        bccHeader: true,
      });
    } catch (error) {
      return failed("eml-compose-failed", { reason: reasonOf(error) });
    }
    const name = uniqueName(draft.row, draft.to);
    try {
      addFile(name, strToU8(eml));
    } catch (error) {
      return failed("eml-compose-failed", { reason: reasonOf(error) });
    }
    if (zipError !== null) return failed("eml-compose-failed", { reason: reasonOf(zipError) });
    written.set(draft.key, { row: draft.row, address: draft.to, file: name });
    return { status: "created", ref: name };
  }

  function reportLines(summary: RunSummary | undefined): FileReportLine[] {
    const lines: FileReportLine[] = [];
    const listed = new Set<string>();
    for (const outcome of summary?.outcomes ?? []) {
      const file = written.get(outcome.key);
      listed.add(outcome.key);
      lines.push({
        row: outcome.row,
        address: outcome.to,
        status: outcome.status,
        // A row created by an earlier run is not in this ZIP: its line says so instead of naming a file.
        detail: outcome.status === "created" && file ? file.file : (outcome.message ?? ""),
      });
    }
    for (const [key, file] of written) {
      if (!listed.has(key)) lines.push({ row: file.row, address: file.address, status: "created", detail: file.file });
    }
    for (const row of options.skipped ?? []) lines.push({ row: row.row, address: row.address, status: "skipped", detail: row.reason });
    return lines;
  }

  return {
    id: "eml",
    concurrency: 1,
    get fileCount() {
      return written.size;
    },
    create,
    async finish(summary?: RunSummary) {
      if (finished) return;
      finished = true;
      addFile("report.csv", strToU8(fileReportCsv(reportLines(summary), "fileOrReason", lang)));
      zip.end();
      if (zipError !== null) throw zipError instanceof Error ? zipError : new Error(reasonOf(zipError));
      await options.deliver(concat(chunks), options.zipName ?? EML_TEXTS[lang].zipName);
    },
  };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
