// What `rundmail send` prints: the issues found, the dry run, and the closing summary.
import type { MergePlan, PlannedDraft } from "../../core/plan";
import type { Issue } from "../../core/types";
import type { Lang } from "../../i18n";
import { describeServer } from "../../gateways/smtp/smtpUrl";
import type { ServerProblem } from "../../gateways/smtp/types";
import { previewAddressLines, previewMessageLines } from "../check";
import { terminalLine, type Output } from "../output";
import { say, type TextKey } from "../strings";
import { paceDuration, formatDuration } from "./progress";
import type { SendItem } from "./sendItems";
import type { SendReportLine } from "./sendReport";
import type { RunResult } from "./sendOutcome";
import type { SendSetup } from "./sendSetup";

const LIST_AT_MOST = 20;

export async function printIssues(issues: readonly Issue[], lang: Lang, out: Output, withWarnings: boolean): Promise<void> {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const block = async (heading: string, list: readonly Issue[]): Promise<void> => {
    if (list.length === 0) return;
    await out.write(`${heading} (${list.length}):\n${list.map((i) => `  ${terminalLine(i.message)}\n`).join("")}\n`);
  };
  await block(say(lang, "errorsHeading"), errors);
  if (withWarnings) await block(say(lang, "warningsHeading"), warnings);
  else if (warnings.length > 0) await out.write(say(lang, "sendWarnings", { count: warnings.length }) + "\n");
}

export interface DryRunFacts {
  readonly plan: MergePlan;
  readonly items: readonly SendItem[];
  readonly setup: SendSetup;
  readonly rate: number;
  readonly limit: number | null;
  readonly skipInvalid: boolean;
  readonly journalFile: string;
}

export async function printDryRun(facts: DryRunFacts, lang: Lang, out: Output): Promise<void> {
  const { plan, items, setup } = facts;
  const line = (text: string): Promise<void> => out.write(text + "\n");
  const toSend = items.filter((i) => i.decision.kind === "send" || (i.decision.kind === "unknown" && i.decision.resend));
  const count = facts.limit === null ? toSend.length : Math.min(toSend.length, facts.limit);
  const first = toSend[0];
  if (first) await printPreview(plan, first.planned, setup, lang, out);
  await line(say(lang, "dryRunHeading"));
  if (count === 0) await line(say(lang, "nothingToSend"));
  else {
    await line(
      say(lang, "dryWouldSend", {
        count,
        from: setup.from.address,
        server: describeServer(setup.server),
        security: say(lang, setup.server.implicitTls ? "securityTls" : setup.requireTls ? "securityStartTls" : "securityNone"),
        login: setup.server.user === null ? "" : say(lang, "loginAs", { user: setup.server.user }),
        pace:
          facts.rate > 0
            ? say(lang, "paceLimited", { rate: facts.rate, duration: formatDuration(paceDuration(count, facts.rate), lang) })
            : say(lang, "paceNone"),
      }),
    );
    const shown = toSend.slice(0, Math.min(count, 3)).map((i) => i.to);
    await line(say(lang, "dryRecipients", { list: shown.join(", ") + (count > 3 ? say(lang, "andMore", { count: count - 3 }) : "") }));
    const archive = setup.archive ?? first?.planned.bcc[0] ?? null;
    if (archive !== null) await line(say(lang, "dryArchive", { address: archive }));
  }
  const counted = (kind: SendItem["decision"]["kind"], resend?: boolean): number =>
    items.filter((i) => i.decision.kind === kind && (resend === undefined || (i.decision.kind === "unknown" && i.decision.resend === resend))).length;
  const counts: Array<[number, TextKey]> = [
    [counted("already-sent"), "dryAlreadySent"],
    [counted("unknown", false), "dryUnknown"],
    [counted("unknown", true), "dryUnknownResend"],
    [counted("changed"), "dryHeld"],
    [counted("partial"), "dryPartial"],
    [plan.skippedRows.length, facts.skipInvalid ? "dryRowErrorsExcluded" : "dryRowErrors"],
  ];
  for (const [n, key] of counts) if (n > 0) await line(say(lang, key, { count: n, file: facts.journalFile }));
  await out.flush();
}

async function printPreview(plan: MergePlan, planned: PlannedDraft, setup: SendSetup, lang: Lang, out: Output): Promise<void> {
  const draft = plan.renderDraft(planned);
  const archive = setup.archive ?? draft.bcc[0] ?? null;
  const from = setup.from.name ? `${setup.from.name} <${setup.from.address}>` : setup.from.address;
  const lines = [
    say(lang, "sendPreviewHeading", { row: draft.row }),
    `  ${say(lang, "fieldFrom")}: ${terminalLine(from)}`,
    ...previewAddressLines(draft, lang),
    ...(archive !== null ? [`  ${say(lang, "archiveLine", { address: archive })}`] : []),
    ...previewMessageLines(draft, lang),
  ];
  await out.write(lines.join("\n") + "\n");
}

export interface SummaryFacts {
  readonly lines: readonly SendReportLine[];
  readonly run: RunResult;
  readonly sentNow: number;
  readonly setup: SendSetup;
  readonly reportFile: string;
  readonly journalFile: string;
  readonly saveSent: string | null;
}

export async function printSendSummary(facts: SummaryFacts, lang: Lang, out: Output): Promise<void> {
  const { lines, run, setup } = facts;
  const line = (text: string): Promise<void> => out.write(text + "\n");
  const withStatus = (status: SendReportLine["status"]): SendReportLine[] => lines.filter((l) => l.status === status);
  const sendable = lines.filter((l) => l.status !== "excluded");
  const sentAll = withStatus("sent").length;
  await line(
    say(lang, "summarySent", { now: facts.sentNow, server: describeServer(setup.server), all: sentAll, total: sendable.length }),
  );
  const listed = async (heading: string, list: readonly SendReportLine[]): Promise<void> => {
    if (list.length === 0) return;
    await line(heading);
    for (const l of list.slice(0, LIST_AT_MOST)) await line(say(lang, "summaryRowLine", { row: l.row, address: l.address, detail: l.detail }));
    if (list.length > LIST_AT_MOST) await line(say(lang, "moreInReport", { count: list.length - LIST_AT_MOST }));
  };
  const failed = withStatus("failed");
  await listed(say(lang, "summaryFailed", { count: failed.length }), failed);
  const unknown = withStatus("unknown");
  await listed(say(lang, "summaryUnknown", { count: unknown.length }), unknown);
  const held = withStatus("held").length;
  if (held > 0) await line(say(lang, "summaryHeld", { count: held }));
  const excluded = withStatus("excluded").length;
  if (excluded > 0) await line(say(lang, "summaryExcluded", { count: excluded }));
  const notSent = run.outcomes.filter((o) => o.status === "not-sent");
  const limited = notSent.filter((o) => o.why === "limit").length;
  if (limited > 0) await line(say(lang, "summaryLimit", { count: limited }));
  if (run.interrupted) await line(say(lang, "summaryInterrupted", { count: notSent.length }));
  if (run.stoppedBy !== null) {
    await line(say(lang, "summaryStopped", { why: problemText(run.stoppedBy.problem, run.stoppedBy.reason, setup, lang) }));
    const notTried = notSent.filter((o) => o.why === "stopped").length;
    if (notTried > 0) await line(say(lang, "summaryNotTried", { count: notTried }));
  }
  if (sentAll === lines.length && lines.length > 0) await line(say(lang, "summaryAllSent"));
  await line(say(lang, "wroteReport", { file: facts.reportFile }));
  await line(say(lang, "summaryJournal", { file: facts.journalFile }));
  if (facts.saveSent !== null) await line(say(lang, "summarySavedSent", { dir: facts.saveSent }));
  await out.flush();
}

export function problemText(problem: ServerProblem, reason: string, setup: SendSetup, lang: Lang): string {
  const user = setup.server.user;
  switch (problem) {
    case "login":
      return user === null ? say(lang, "problemLoginNoUser", { reason }) : say(lang, "problemLogin", { user, reason });
    case "tls-required":
      return say(lang, "problemTlsRequired", { reason });
    case "certificate":
      return say(lang, "problemCertificate", { reason });
    case "tls":
      return say(lang, "problemTls", { reason });
    case "connect":
      return say(lang, "problemConnect", { server: describeServer(setup.server), reason });
  }
}
