// .eml drafts as a DraftGateway: one .eml per row (X-Unsent: 1, Bcc shown, as Outlook opens a draft), handed to a
// store under its file name. Where the files go is the caller's: the add-in's ZIP (emlZipGateway.ts) or the CLI's
// folder (cli/drafts.ts). Browser-safe: no Node APIs.
import { privacyBreach } from "../../core/privacy/privacy";
import { rowMessage } from "../../core/run/messages";
import { reasonOf } from "../../core/run/reason";
import type { CreateResult, DraftGateway, OutgoingDraft, RunSummary } from "../../core/run/types";
import type { Lang } from "../../i18n";
import { composeEml, letterOf } from "./composeEml";
import { draftFileName } from "./fileName";
import { readAttachments } from "./readAttachments";

/** One .eml that was stored, by the key of its row. */
export interface WrittenEml {
  readonly row: number;
  readonly address: string;
  readonly file: string;
}

export interface EmlGatewayOptions {
  readonly lang: Lang;
  /** Keeps one finished .eml under its name; throws when it cannot (the row fails, the run goes on). */
  readonly store: (name: string, eml: string) => void | Promise<void>;
  /** Digits of the row number in file names (the CLI uses those of the last table row); default 4. */
  readonly rowWidth?: number;
  /** The messages' Date header; default now. */
  readonly now?: () => Date;
  /** After the last row, with what became of every row and which files were written (a report, the ZIP's end). */
  readonly finish?: (summary: RunSummary | undefined, written: ReadonlyMap<string, WrittenEml>) => void | Promise<void>;
}

export interface EmlGateway extends DraftGateway {
  readonly id: "eml";
  /** .eml files stored so far. */
  readonly fileCount: number;
}

export function createEmlGateway(options: EmlGatewayOptions): EmlGateway {
  const { lang } = options;
  const now = options.now ?? (() => new Date());
  const width = Number.isFinite(options.rowWidth) ? Math.min(Math.max(1, Math.floor(options.rowWidth ?? 4)), 12) : 4;
  const names = new Set<string>();
  const written = new Map<string, WrittenEml>();
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

  async function create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult> {
    if (finished) return failed("eml-finished", {});
    const breach = privacyBreach(draft);
    if (breach !== null) return failed("privacy-rule", { breach });
    if (signal?.aborted) return failed("run-cancelled", {}, true);

    const read = await readAttachments(draft);
    if (!read.ok) return failed("run-attachment-unreadable", { name: read.name, reason: read.reason });
    const { attachments } = read;
    if (signal?.aborted) return failed("run-cancelled", {}, true);
    if (finished) return failed("eml-finished", {});

    let eml: string;
    try {
      eml = composeEml({ ...letterOf(draft), attachments, date: now(), unsent: true, bccHeader: true });
    } catch (error) {
      return failed("eml-compose-failed", { reason: reasonOf(error) });
    }
    const name = uniqueName(draft.row, draft.to);
    try {
      await options.store(name, eml);
    } catch (error) {
      return failed("eml-compose-failed", { reason: reasonOf(error) });
    }
    written.set(draft.key, { row: draft.row, address: draft.to, file: name });
    return { status: "created", ref: name };
  }

  return {
    id: "eml",
    concurrency: 1, // one after the other: the files (and a ZIP's entries) in row order
    get fileCount() {
      return written.size;
    },
    create,
    async finish(summary?: RunSummary) {
      if (finished) return;
      finished = true;
      await options.finish?.(summary, written);
    },
  };
}
