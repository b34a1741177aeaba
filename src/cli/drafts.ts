// `rundmail drafts`: one .eml per draft (X-Unsent: 1, so Outlook opens it as an unsent draft) and report.csv, made
// by the .eml gateway (gateways/eml/emlGateway.ts) on the one run engine (core/run/startRun), as in the pane.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startRun } from "../core/run/startRun";
import { createEmlGateway } from "../gateways/eml/emlGateway";
import { draftFileName, rowNumberWidth } from "../gateways/eml/fileName";
import { skippedRows } from "../core/report";
import type { MergePlan } from "../core/plan";
import type { CommonOptions } from "./options";
import { prepareOutFolder, REPORT_FILE } from "./outputFolder";
import type { Output } from "./output";
import type { Prepared } from "./preparePlan";
import { reportCsv, type ReportLine } from "./report";
import { renderFromPlan } from "./renderFromPlan";
import { say } from "./strings";

export async function writeDrafts(prepared: Prepared, options: CommonOptions, out: Output): Promise<{ written: number }> {
  const { plan } = prepared;
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

  // A file that changed since the check costs its row, not the run; the report quotes why. Any other error reading
  // a file is not the user's: the run stops and the command fails, as before it ran on the engine.
  const unreadable = new Map<number, string>();
  const fatal: unknown[] = [];
  const gateway = createEmlGateway({ lang, rowWidth: width, store: (name, eml) => writeFileSync(join(dir, name), eml) });
  const run = startRun({
    runId: "drafts",
    drafts: plan.drafts,
    gateway,
    lang,
    render: renderFromPlan(prepared, {
      onChanged: (row, message) => unreadable.set(row, message),
      onFatal: (error) => {
        fatal.push(error);
        run.cancel();
      },
    }),
  });
  const summary = await run.done;
  if (fatal.length > 0) throw fatal[0];

  const byRow = new Map<number, ReportLine>();
  for (const outcome of summary.outcomes) {
    const created = outcome.status === "created";
    const fileOrReason = created ? (outcome.ref ?? "") : (unreadable.get(outcome.row) ?? outcome.message ?? "");
    byRow.set(outcome.row, { row: outcome.row, address: outcome.to ?? "", created, fileOrReason });
  }
  const written = gateway.fileCount;
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
export function skippedLines(plan: MergePlan, prepared: Prepared): ReportLine[] {
  return skippedRows(plan, prepared.table.table).map((r) => ({ row: r.row, address: r.address, created: false, fileOrReason: r.reason }));
}
