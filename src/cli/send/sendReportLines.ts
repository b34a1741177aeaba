// Every row of the table with what became of it, for report.csv and the summary.
import type { MergePlan } from "../../core/plan";
import { skippedRows } from "../../core/report";
import type { Table } from "../../core/types";
import type { Lang } from "../../i18n";
import { say } from "../strings";
import type { SendItem } from "./sendItems";
import type { SendReportLine } from "./sendReport";
import type { SendOutcome } from "./sendOutcome";

export function reportLines(
  table: Table,
  plan: MergePlan,
  items: readonly SendItem[],
  outcomes: ReadonlyMap<string, SendOutcome>,
  lang: Lang,
): SendReportLine[] {
  const lines: SendReportLine[] = [];
  for (const item of items) {
    const outcome = outcomes.get(item.key);
    lines.push({ row: item.row, address: item.to, ...(outcome ? fromOutcome(outcome, lang) : fromDecision(item, lang)) });
  }
  for (const line of excludedLines(table, plan)) lines.push(line); // not push(...): 100,000 arguments overflow the stack
  return lines.sort((a, b) => a.row - b.row);
}

type StatusAndDetail = Pick<SendReportLine, "status" | "detail">;

function fromDecision(item: SendItem, lang: Lang): StatusAndDetail {
  const d = item.decision;
  switch (d.kind) {
    case "already-sent":
      return { status: "sent", detail: say(lang, "detailSentEarlier", { at: d.at }) };
    case "unknown":
      return { status: "unknown", detail: say(lang, "detailUnknownEarlier", { at: d.at }) };
    case "partial":
      return { status: "failed", detail: say(lang, "detailPartial", { reason: d.detail, list: d.deliveredTo.join(", ") }) };
    case "changed":
      return { status: "held", detail: say(lang, "detailHeld", { at: d.at, row: d.earlierRow }) };
    case "send":
      return { status: "not-sent", detail: say(lang, "detailStopped") };
  }
}

function fromOutcome(outcome: SendOutcome, lang: Lang): StatusAndDetail {
  switch (outcome.status) {
    case "sent":
      return {
        status: "sent",
        detail: `${outcome.at} ${outcome.response}` + (outcome.refused.length ? say(lang, "detailRefused", { list: outcome.refused.join(", ") }) : ""),
      };
    case "failed":
      return {
        status: "failed",
        detail: outcome.retryable
          ? say(lang, "detailRetry", { reason: outcome.reason })
          : say(lang, "detailPartial", { reason: outcome.reason, list: outcome.deliveredTo.join(", ") }),
      };
    case "unknown":
      return { status: "unknown", detail: say(lang, "detailUnknown", { reason: outcome.reason }) };
    case "not-sent":
      return {
        status: "not-sent",
        detail: say(lang, outcome.why === "limit" ? "detailLimit" : outcome.why === "interrupted" ? "detailInterrupted" : "detailStopped"),
      };
  }
}

/** Rows with an error, excluded with --skip-invalid: the address cell as written and the reasons, as in the drafts report. */
function excludedLines(table: Table, plan: MergePlan): SendReportLine[] {
  return skippedRows(plan, table).map((r) => ({ row: r.row, address: r.address, status: "excluded", detail: r.reason }));
}
