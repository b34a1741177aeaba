// The add-in's .eml gateway: one .eml draft per row (X-Unsent: 1, Bcc shown, as Outlook opens a draft), collected
// into one ZIP with report.csv and handed to `deliver` (the task pane triggers a download) in finish().
//
// Browser-safe: no Node APIs. Each .eml is deflated into the ZIP as soon as it is made (fflate's streaming Zip), so
// a run holds the compressed archive, not every message as text; concurrency 1 keeps the entries in row order.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { privacyBreach } from "../../core/privacy/privacy";
import { reasonOf, rowMessage } from "../../core/run/messages";
import type { CreateResult, DraftGateway, OutgoingDraft, RowOutcome, RunSummary } from "../../core/run/types";
import type { Lang } from "../../core/types";
import { composeEml, type EmlAttachment } from "./composeEml";
import { baseFileName, draftFileName } from "./fileName";
import { reportCsv, type ReportCsvLine, type SkippedRow } from "./reportCsv";

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

const WORDS: Record<Lang, { row: string; address: string; status: string; fileOrReason: string }> = {
  en: { row: "row", address: "address", status: "status", fileOrReason: "file or reason" },
  de: { row: "Zeile", address: "Adresse", status: "Status", fileOrReason: "Datei oder Grund" },
};
const STATUS: Record<Lang, Record<RowOutcome["status"] | "skipped", string>> = {
  en: { created: "draft created", failed: "failed", cancelled: "cancelled", skipped: "skipped" },
  de: { created: "Entwurf erstellt", failed: "fehlgeschlagen", cancelled: "abgebrochen", skipped: "übersprungen" },
};
const ZIP_NAME: Record<Lang, string> = { en: "rundmail-drafts.zip", de: "rundmail-entwuerfe.zip" };

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

  function reportLines(summary: RunSummary | undefined): ReportCsvLine[] {
    const status = STATUS[lang];
    const lines: ReportCsvLine[] = [];
    const listed = new Set<string>();
    for (const outcome of summary?.outcomes ?? []) {
      const file = written.get(outcome.key);
      listed.add(outcome.key);
      lines.push({
        row: outcome.row,
        address: outcome.to,
        status: status[outcome.status],
        // A row created by an earlier run is not in this ZIP: its line says so instead of naming a file.
        fileOrReason: outcome.status === "created" && file ? file.file : (outcome.message ?? ""),
      });
    }
    for (const [key, file] of written) {
      if (!listed.has(key)) lines.push({ row: file.row, address: file.address, status: status.created, fileOrReason: file.file });
    }
    for (const row of options.skipped ?? []) lines.push({ row: row.row, address: row.address, status: status.skipped, fileOrReason: row.reason });
    return lines.sort((a, b) => a.row - b.row);
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
      addFile("report.csv", strToU8(reportCsv(reportLines(summary), WORDS[lang], lang)));
      zip.end();
      if (zipError !== null) throw zipError instanceof Error ? zipError : new Error(reasonOf(zipError));
      await options.deliver(concat(chunks), options.zipName ?? ZIP_NAME[lang]);
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
