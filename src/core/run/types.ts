// What a run hands to a gateway, and what comes back. Gateways (src/gateways/*) implement DraftGateway; the run
// (src/core/run) drives one through a plan. The UI only ever sees this interface, never which gateway it has.
import type { EmailAddress } from "../types";

/** A file to attach; its bytes are read only when the gateway needs them (a run never holds every file at once). */
export interface OutgoingAttachment {
  readonly name: string;
  readonly size: number;
  readonly contentType?: string;
  bytes(): Promise<Uint8Array>;
}

/** One fully rendered message for one row. */
export interface OutgoingDraft {
  /** Spreadsheet row number. */
  readonly row: number;
  /** The row's idempotency key (key.ts): the same row of the same run always has the same key. */
  readonly key: string;
  readonly to: EmailAddress;
  readonly toName: string | null;
  readonly cc: readonly EmailAddress[];
  readonly bcc: readonly EmailAddress[];
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly attachments: readonly OutgoingAttachment[];
}

export type CreateResult =
  | { readonly status: "created"; readonly ref: string | null }
  /**
   * Nothing was created. `transient`: worth retrying (throttled, network); otherwise the row is reported as failed.
   * `message` is in the user's language. `retryAfterMs`: the server said when to try again (Graph's Retry-After).
   * A gateway that cannot tell whether a draft was created must not answer "failed": it throws (or rejects), and
   * the run treats the row as "may have been created" (see startRun.ts).
   * `throttled` (with `transient`): the mail system's limit, not the row, said "not now" (Graph's 429 or 503, an SMTP
   * 421): the whole run waits (throttleGate.ts), and the try does not count toward the row's attempts.
   */
  | {
      readonly status: "failed";
      readonly transient: boolean;
      readonly code: string;
      readonly message: string;
      readonly retryAfterMs?: number;
      readonly throttled?: boolean;
    };

/**
 * The run's throttle gate as a gateway sees it, for requests it retries itself once a draft exists (attachments,
 * /send): those cannot answer "throttled" without leaving a half-made draft, so they wait with the whole run.
 */
export interface RunThrottle {
  /** Taken just before each request, handed back with a throttled answer. */
  ticket(): number;
  /**
   * The request sent with `ticket` was throttled: the whole run pauses. Resolves when it goes on: true, or false
   * when the run was cancelled meanwhile (give up as without a throttle).
   */
  throttled(ticket: number, retryAfterMs: number | undefined): Promise<boolean>;
}

/** What the run hands a gateway with each call besides the draft and the signal. */
export interface GatewayCall {
  readonly throttle?: RunThrottle;
  /**
   * Given to a gateway with `marksAttempts`: writes the ledger's "attempted" mark and resolves once it is stored.
   * The gateway awaits it just before the point of no return; if it rejects, the gateway must not send and answers
   * "failed" (nothing left).
   */
  readonly attempting?: () => Promise<void>;
}

/** What a gateway that can look into the mailbox found for a key: the draft, or certainly none. */
export type LookUpResult = { readonly found: true; readonly ref: string | null } | { readonly found: false };

export interface DraftGateway {
  /**
   * A short name ("graph", "eml", …) for messages and logs. Nothing branches on it: the run knows a gateway only by
   * this interface, so a new gateway adds no name here.
   */
  readonly id: string;
  /** Requests the gateway may have in flight at once (Graph: 4; a compose window: 1). */
  readonly concurrency: number;
  /**
   * The gateway tells the run when a message really leaves (`call.attempting`), instead of the run marking every
   * create "attempted" before it starts: SMTP, where a connection or login that fails has sent nothing and must
   * leave no doubt for a resume. A create that throws without having called it is still treated as "may exist".
   */
  readonly marksAttempts?: boolean;
  /** Creates one draft. Must refuse (status failed, code "privacy-rule") a draft that breaks the privacy rule. */
  create(draft: OutgoingDraft, signal?: AbortSignal, call?: GatewayCall): Promise<CreateResult>;
  /**
   * Optional: whether a draft with this key exists (Graph: the RundmailKey extended property). With it, a resumed
   * run looks before re-creating a row whose earlier attempt got no answer; without it such a row is reported as
   * "may have been created" and never created a second time.
   */
  lookUp?(key: string, signal?: AbortSignal, call?: GatewayCall): Promise<LookUpResult>;
  /**
   * Called once after the last row has settled, also after a cancel, with every row's outcome: e.g. the eml
   * gateway offers its ZIP (with report.csv) for download here.
   */
  finish?(summary: RunSummary): Promise<void>;
}

/** What became of one row in a run. */
export interface RowOutcome {
  readonly row: number;
  readonly key: string;
  readonly status: "created" | "failed" | "cancelled";
  /** The gateway's reference (Graph message id, file name), when it gives one. */
  readonly ref: string | null;
  /**
   * For failed rows: the reason, in the user's language. startRun also says why for some created rows ("already
   * created by an earlier run") and cancelled ones ("may exist"); null otherwise.
   */
  readonly message: string | null;
  /** The row's To address. */
  readonly to: string;
  /** The issue code behind `message` (src/core/issues/codes.ts, or a gateway's own code). */
  readonly code?: string;
}

export interface RunProgress {
  readonly total: number;
  readonly created: number;
  readonly failed: number;
  readonly paused: boolean;
  /** Estimated seconds until the run is done; null until it can be estimated. */
  readonly secondsLeft: number | null;
  /**
   * Set while the mail system's limit holds the whole run back (throttleGate.ts): when it goes on, in the run
   * clock's milliseconds (epoch ms with the system clock), for "continuing at 10:42".
   */
  readonly waitingUntil?: number;
}

export interface RunSummary {
  /** One per planned draft, in the plan's order. */
  readonly outcomes: readonly RowOutcome[];
  readonly cancelled: boolean;
  /** The gateway's finish() failed (e.g. the ZIP could not be offered): why, in the user's language. */
  readonly finishError?: string;
}

/** Remembers which keys were created, so a resumed run creates only what is missing. */
export interface RunLedger {
  get(key: string): Promise<"created" | "attempted" | undefined>;
  /** "attempted" is written (and awaited) before every create, "created" after it succeeded. */
  set(key: string, state: "created" | "attempted"): Promise<void>;
  /** Optional: the gateway answered that nothing was created, so the "attempted" mark can go. */
  forget?(key: string): Promise<void>;
}

/** A run in progress: pause, resume, cancel; `done` settles with one outcome per row. */
export interface RunControl {
  pause(): void;
  resume(): void;
  cancel(): void;
  readonly done: Promise<RunSummary>;
}
