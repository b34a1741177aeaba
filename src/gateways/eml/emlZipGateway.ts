// The add-in's .eml gateway: one .eml draft per row (X-Unsent: 1, Bcc shown, as Outlook opens a draft), collected
// into one ZIP with report.csv and handed to `deliver` (the task pane triggers a download) in finish().
//
// Browser-safe: no Node APIs. Each .eml (made by emlGateway.ts) is deflated into the ZIP as soon as it is made
// (fflate's streaming Zip), so a run holds the compressed archive, not every message as text.
import { Zip, ZipDeflate, strToU8 } from "fflate";
import { reasonOf } from "../../core/run/reason";
import type { RunSummary } from "../../core/run/types";
import type { Lang } from "../../i18n";
import { createEmlGateway, type EmlGateway, type WrittenEml } from "./emlGateway";
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

/** .eml drafts (emlGateway.ts) collected into one ZIP; `fileCount` is the .eml files in the archive so far. */
export type EmlZipGateway = EmlGateway;

export function createEmlZipGateway(options: EmlZipGatewayOptions): EmlZipGateway {
  const { lang } = options;
  const now = options.now ?? (() => new Date());
  const chunks: Uint8Array[] = [];
  let zipError: unknown = null;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else chunks.push(chunk);
  });

  function addFile(name: string, bytes: Uint8Array): void {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = now();
    zip.add(entry);
    entry.push(bytes, true);
  }

  function reportLines(summary: RunSummary | undefined, written: ReadonlyMap<string, WrittenEml>): FileReportLine[] {
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
    for (const row of options.skipped ?? []) lines.push({ row: row.row, address: row.address, status: row.excluded === true ? "excluded" : "skipped", detail: row.reason });
    return lines;
  }

  const gateway = createEmlGateway({
    lang,
    now,
    ...(options.rowWidth !== undefined ? { rowWidth: options.rowWidth } : {}),
    store: (name, eml) => {
      addFile(name, strToU8(eml));
      if (zipError !== null) throw zipError instanceof Error ? zipError : new Error(reasonOf(zipError));
    },
    finish: async (summary, written) => {
      addFile("report.csv", strToU8(fileReportCsv(reportLines(summary, written), "fileOrReason", lang)));
      zip.end();
      if (zipError !== null) throw zipError instanceof Error ? zipError : new Error(reasonOf(zipError));
      await options.deliver(concat(chunks), options.zipName ?? EML_TEXTS[lang].zipName);
    },
  });
  return gateway;
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
