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
  /** Idempotency key `runId:rowKey`: the same row of the same run always has the same key. */
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
  /** `transient`: worth retrying (throttled, network); otherwise the row is reported as failed. */
  | { readonly status: "failed"; readonly transient: boolean; readonly code: string; readonly message: string };

export type GatewayId = "graph" | "compose" | "ews" | "eml" | "memory";

export interface DraftGateway {
  readonly id: GatewayId;
  /** Requests the gateway may have in flight at once (Graph: 4; a compose window: 1). */
  readonly concurrency: number;
  /** Creates one draft. Must refuse (status failed, code "privacy-rule") a draft that breaks the privacy rule. */
  create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult>;
  /** Called once after the last draft: e.g. the eml gateway offers its ZIP for download here. */
  finish?(): Promise<void>;
}

/** What became of one row in a run. */
export interface RowOutcome {
  readonly row: number;
  readonly key: string;
  readonly status: "created" | "failed" | "cancelled";
  /** The gateway's reference (Graph message id, file name), when it gives one. */
  readonly ref: string | null;
  /** For failed rows: the reason, in the user's language. */
  readonly message: string | null;
}

export interface RunProgress {
  readonly total: number;
  readonly created: number;
  readonly failed: number;
  readonly paused: boolean;
  /** Estimated seconds until the run is done; null until it can be estimated. */
  readonly secondsLeft: number | null;
}

export interface RunSummary {
  readonly outcomes: readonly RowOutcome[];
  readonly cancelled: boolean;
}

/** Remembers which keys were created, so a resumed run creates only what is missing. */
export interface RunLedger {
  get(key: string): Promise<"created" | "attempted" | undefined>;
  set(key: string, state: "created" | "attempted"): Promise<void>;
}

/** A run in progress: pause, resume, cancel; `done` settles with one outcome per row. */
export interface RunControl {
  pause(): void;
  resume(): void;
  cancel(): void;
  readonly done: Promise<RunSummary>;
}
