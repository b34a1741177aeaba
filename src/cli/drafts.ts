// `rundmail drafts`: one .eml per draft (X-Unsent: 1, so Outlook opens it as an unsent draft) and report.csv, made
// by the .eml gateway (gateways/eml/emlGateway.ts) on the one run engine (core/run/startRun), as in the pane.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startRun } from "../core/run/startRun";
import { createEmlGateway } from "../gateways/eml/emlGateway";
import { draftFileName, rowNumberWidth } from "../gateways/eml/fileName";
import { skippedRows } from "../core/report";
import type { CommonOptions } from "./options";
import { prepareOutFolder, REPORT_FILE } from "./outputFolder";
import type { Output } from "./output";
import type { Prepared } from "./preparePlan";
import { reportCsv, type ReportLine } from "./report";
import { renderFromPlan } from "./renderFromPlan";
import { EXIT_REFUSED, refusedForErrors } from "./rowsInError";
import { say } from "./strings";

/**
 * Exit status: 0 every row became a draft; 1 some row did not (excluded with --skip-invalid, or its file could not be
 * read); 4 refused: the list has errors and --skip-invalid was not given, so nothing was written (rowsInError.ts).
 */
export async function writeDrafts(prepared: Prepared, options: CommonOptions, out: Output): Promise<number> {
  const { plan } = prepared;
  const { lang } = options;
  const dir = options.out ?? "drafts";
  if (await refusedForErrors(prepared, options.skipInvalid, "drafts", lang, out)) return EXIT_REFUSED;
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
    byRow.set(outcome.row, { row: outcome.row, address: outcome.to ?? "", status: created ? "created" : "failed", fileOrReason });
  }
  const written = gateway.fileCount;
  for (const line of excludedLines(prepared)) byRow.set(line.row, line);
  const lines = [...byRow.values()].sort((a, b) => a.row - b.row);
  writeFileSync(join(dir, REPORT_FILE), reportCsv(lines, lang));
  await out.write(say(lang, "wroteDrafts", { count: written, dir }) + "\n");
  if (plan.skippedRows.length > 0) await out.write(say(lang, "excludedInReport", { count: plan.skippedRows.length }) + "\n");
  if (kept > 0) await out.write(say(lang, "keptForeignFiles", { count: kept, dir }) + "\n");
  await out.write(say(lang, "wroteReport", { file: join(dir, REPORT_FILE) }) + "\n");
  await out.flush();
  return lines.every((l) => l.status === "created") ? 0 : 1;
}

/** Each row excluded for its errors (--skip-invalid), with its address cell as written and the reasons, in the user's language. */
export function excludedLines(prepared: Prepared): ReportLine[] {
  return skippedRows(prepared.plan, prepared.table.table).map((r) => ({ row: r.row, address: r.address, status: "excluded", fileOrReason: r.reason }));
}
