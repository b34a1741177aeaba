// `rundmail send`'s messages through the one run engine (core/run/startRun) and the SMTP gateway, with the journal
// as the run's ledger. What the CLI adds around the engine: --limit (rows beyond it are left for a later run), Ctrl-C
// (the message in flight is finished, nothing new starts), and stopping the whole run when the server itself is the
// problem (login refused, TLS, unreachable): every further message would fail the same way.
import type { RunClock } from "../../core/run/clock";
import { reasonOf } from "../../core/run/reason";
import { startRun } from "../../core/run/startRun";
import type { OutgoingDraft, RowOutcome, RunControl, RunProgress } from "../../core/run/types";
import type { PlannedDraft } from "../../core/plan";
import type { Lang } from "../../i18n";
import type { SmtpDraftGateway } from "../../gateways/smtp/smtpDraftGateway";
import type { JournalRecord, KnownMessage } from "./journal";
import { journalLedger } from "./journalLedger";
import type { SendItem } from "./sendItems";
import { sendOutcome, serverProblemOf, type RunResult, type SendOutcome } from "./sendOutcome";

/** Tries per message: the first and five more. */
export const SMTP_TRIES = 6;

export interface SmtpRunInput {
  /** The messages this run is to send, in list order (the journal's decisions already applied). */
  readonly items: readonly SendItem[];
  /** Send at most this many; the rest are left for a later run. */
  readonly limit: number | null;
  /** The row's message; its attachments read. Throws when a file cannot be read: that row fails, the run goes on. */
  readonly render: (planned: PlannedDraft) => Promise<OutgoingDraft>;
  readonly gateway: SmtpDraftGateway;
  readonly journal: { readonly known: ReadonlyMap<string, KnownMessage>; append(record: JournalRecord): void };
  readonly resendUnknown: boolean;
  readonly lang: Lang;
  /** The first retry's wait (1 s; milliseconds in tests), doubling per try. */
  readonly retryBaseMs: number;
  /** Aborted by Ctrl-C. */
  readonly signal: AbortSignal;
  readonly clock?: RunClock;
  readonly random?: () => number;
  /** After each row: for the progress line. */
  readonly onOutcome?: (item: SendItem, outcome: SendOutcome) => void;
  /** The engine's progress (its estimate of the time left). */
  readonly onProgress?: (progress: RunProgress) => void;
}

export async function sendOverSmtp(input: SmtpRunInput): Promise<RunResult> {
  const { gateway, signal } = input;
  const now = (): string => new Date(input.clock?.now() ?? Date.now()).toISOString();
  const batch = input.limit === null ? input.items : input.items.slice(0, input.limit);
  const byPlanned = new Map<PlannedDraft, SendItem>(batch.map((item) => [item.planned, item]));
  const byKey = new Map<string, SendItem>(batch.map((item) => [item.key, item]));
  /** Why a row's message could not be made, in the words of the error (the report quotes them). */
  const renderFailures = new Map<string, string>();
  const outcomes = new Map<string, SendOutcome>();
  let stoppedBy: RunResult["stoppedBy"] = null;
  let control: RunControl | null = null;

  const settle = (outcome: RowOutcome): void => {
    const item = byKey.get(outcome.key);
    if (item === undefined) return;
    const answer = gateway.answerOf(outcome.key);
    const problem = serverProblemOf(outcome, answer);
    if (problem !== null && stoppedBy === null) {
      stoppedBy = problem;
      control?.cancel();
    }
    const settled = sendOutcome(outcome, answer, { notSent: stoppedBy !== null ? "stopped" : "interrupted", at: now(), reason: renderFailures.get(outcome.key) });
    outcomes.set(outcome.key, settled);
    input.onOutcome?.(item, settled);
  };

  control = startRun({
    runId: "smtp",
    drafts: batch.map((item) => item.planned),
    keyOf: (planned) => byPlanned.get(planned)?.key ?? "",
    render: async (planned) => {
      try {
        return await input.render(planned);
      } catch (error) {
        renderFailures.set(byPlanned.get(planned)?.key ?? "", reasonOf(error));
        throw error;
      }
    },
    gateway,
    ledger: journalLedger({
      journal: input.journal,
      rows: new Map(batch.map((item) => [item.key, { row: item.row, to: item.to }])),
      answerOf: (key) => gateway.answerOf(key),
      resendUnknown: input.resendUnknown,
    }),
    lang: input.lang,
    maxAttempts: SMTP_TRIES,
    retryBaseMs: input.retryBaseMs,
    throttle: { firstWaitMs: Math.max(1, input.retryBaseMs) },
    ...(input.clock ? { clock: input.clock } : {}),
    ...(input.random ? { random: input.random } : {}),
    onRow: settle,
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  const cancel = (): void => control?.cancel();
  if (signal.aborted) cancel();
  else signal.addEventListener("abort", cancel, { once: true });
  try {
    await control.done;
  } finally {
    signal.removeEventListener("abort", cancel);
  }

  const limited: SendOutcome = { status: "not-sent", why: "limit" };
  return {
    outcomes: input.items.map((item) => outcomes.get(item.key) ?? limited),
    stoppedBy,
    interrupted: signal.aborted,
  };
}
