// `rundmail drafts`: one .eml per draft (X-Unsent: 1, so Outlook opens it as an unsent draft) and report.csv.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeEml } from "../gateways/eml/composeEml";
import { draftFileName, rowNumberWidth } from "../gateways/eml/fileName";
import { skippedRows } from "../core/report";
import type { MergePlan } from "../core/plan";
import { AttachmentChangedError } from "./attachmentsFolder";
import type { CommonOptions } from "./options";
import { prepareOutFolder, REPORT_FILE } from "./outputFolder";
import type { Output } from "./output";
import type { Prepared } from "./preparePlan";
import { baseName } from "./check";
import { reportCsv, type ReportLine } from "./report";
import { say } from "./strings";

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
  const width = rowNumberWidth(prepared.table.table.rows.at(-1)?.row ?? 0);
  const names = plan.drafts.map((d) => draftFileName(d.row, d.to, width));
  const { kept } = prepareOutFolder(dir, options.force, [...names, REPORT_FILE], lang);
  mkdirSync(dir, { recursive: true });

  const byRow = new Map<number, ReportLine>();
  let written = 0;
  for (const [i, planned] of plan.drafts.entries()) {
    const draft = plan.renderDraft(planned);
    let attachments: { name: string; bytes: Uint8Array }[];
    try {
      attachments = draft.attachments.map((f) => ({ name: baseName(f.name), bytes: contents(f) }));
    } catch (error) {
      // A file that changed since the check costs its row, not the run; the report says why.
      if (!(error instanceof AttachmentChangedError)) throw error;
      byRow.set(draft.row, { row: draft.row, address: draft.to, created: false, fileOrReason: error.message });
      continue;
    }
    const eml = composeEml({
      to: draft.to,
      toName: draft.toName,
      cc: draft.cc,
      bcc: draft.bcc,
      subject: draft.subject,
      html: draft.html,
      text: draft.text,
      attachments,
      unsent: true,
      bccHeader: true,
    });
    const name = names[i] ?? draftFileName(draft.row, draft.to, width);
    writeFileSync(join(dir, name), eml);
    byRow.set(draft.row, { row: draft.row, address: draft.to, created: true, fileOrReason: name });
    written += 1;
  }
  for (const line of skippedLines(plan, prepared)) byRow.set(line.row, line);
  const lines = [...byRow.values()].sort((a, b) => a.row - b.row);
  writeFileSync(join(dir, REPORT_FILE), reportCsv(lines, lang));
  await out.write(say(lang, "wroteDrafts", { count: written, dir }) + "\n");
  if (kept > 0) await out.write(say(lang, "keptForeignFiles", { count: kept, dir }) + "\n");
  await out.write(say(lang, "wroteReport", { file: join(dir, REPORT_FILE) }) + "\n");
  await out.flush();
  return { written };
}

/** Each skipped row with its address cell as written and the reasons (its errors), in the user's language. */
function skippedLines(plan: MergePlan, prepared: Prepared): ReportLine[] {
  return skippedRows(plan, prepared.table.table).map((r) => ({ row: r.row, address: r.address, created: false, fileOrReason: r.reason }));
}
