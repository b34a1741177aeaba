// `rundmail drafts`: one .eml per draft (X-Unsent: 1, so Outlook opens it as an unsent draft) and report.csv.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeEml } from "../gateways/eml/composeEml";
import { draftFileName } from "../gateways/eml/fileName";
import { skippedRows } from "../gateways/eml/reportCsv";
import type { MergePlan } from "../core/plan";
import { UsageError } from "./inputs";
import type { CommonOptions } from "./options";
import type { Output } from "./output";
import type { Prepared } from "./preparePlan";
import { baseName } from "./check";
import { reportCsv, type ReportLine } from "./report";
import { say } from "./strings";

/** Refuses to mix with earlier output unless --force, and then removes only what an earlier run wrote. */
export function prepareOutFolder(dir: string, force: boolean, options: CommonOptions): void {
  const { lang } = options;
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(say(lang, "outIsFile", { path: dir }));
    const earlier = readdirSync(dir);
    if (earlier.length > 0) {
      if (!force) throw new UsageError(say(lang, "outExists", { path: dir }));
      for (const name of earlier) {
        if (name.endsWith(".eml") || name === "report.csv") rmSync(join(dir, name));
      }
    }
  }
  mkdirSync(dir, { recursive: true });
}

export { draftFileName }; // moved to src/gateways/eml/fileName.ts, where the add-in's ZIP uses it too

export async function writeDrafts(prepared: Prepared, options: CommonOptions, out: Output): Promise<{ written: number }> {
  const { plan, contents } = prepared;
  const { lang } = options;
  const dir = options.out ?? "drafts";
  const blocking = plan.issues.some((i) => i.severity === "error" && i.row === null);
  if (blocking) {
    await out.write(say(lang, "noDraftsWritten") + "\n");
    await out.flush();
    return { written: 0 };
  }
  prepareOutFolder(dir, options.force, options);

  const width = Math.max(4, String(prepared.table.table.rows.at(-1)?.row ?? 0).length);
  const byRow = new Map<number, ReportLine>();
  let written = 0;
  for (const planned of plan.drafts) {
    const draft = plan.renderDraft(planned);
    const eml = composeEml({
      to: draft.to,
      toName: draft.toName,
      cc: draft.cc,
      bcc: draft.bcc,
      subject: draft.subject,
      html: draft.html,
      text: draft.text,
      attachments: draft.attachments.map((f) => ({ name: baseName(f.name), bytes: contents(f) })),
      unsent: true,
      bccHeader: true,
    });
    const name = draftFileName(draft.row, draft.to, width);
    writeFileSync(join(dir, name), eml);
    byRow.set(draft.row, { row: draft.row, address: draft.to, created: true, fileOrReason: name });
    written += 1;
  }
  for (const line of skippedLines(plan, prepared)) byRow.set(line.row, line);
  const lines = [...byRow.values()].sort((a, b) => a.row - b.row);
  writeFileSync(join(dir, "report.csv"), reportCsv(lines, lang));
  await out.write(say(lang, "wroteDrafts", { count: written, dir }) + "\n");
  await out.write(say(lang, "wroteReport", { file: join(dir, "report.csv") }) + "\n");
  await out.flush();
  return { written };
}

/** Each skipped row with its address cell as written and the reasons (its errors), in the user's language. */
function skippedLines(plan: MergePlan, prepared: Prepared): ReportLine[] {
  return skippedRows(plan, prepared.table.table).map((r) => ({ row: r.row, address: r.address, created: false, fileOrReason: r.reason }));
}
