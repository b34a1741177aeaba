// The run store's tables, as version 2 has them, and how a run's record is read back:
//   marks   [runId, SHA-256 of the row's key] → "created" | "attempted"   (the ledger: what startRun writes)
//   runs    runId → RunRecord, with an index on the plan's fingerprint
//   sends   {at, recipients} per sent message (Exchange's 10,000 recipients per rolling 24 hours)
// Version 1 kept the ledger as `ledger` [runId, "runId:row:address"]: every recipient's address in the clear. It
// is emptied into `marks` (digested) when a version-2 pane first opens the store, then left empty.

export const RUN_STORE_NAME = "rundmail";
export const RUN_STORE_VERSION = 2;
export const MARKS = "marks";
export const RUNS = "runs";
export const SENDS = "sends";
/** Version 1's ledger, with addresses in its keys. */
export const LEGACY_LEDGER = "ledger";

export type RunMode = "drafts" | "send";

/** What the store keeps of a run: counts and times, never an address, a subject or a cell. */
export interface RunRecord {
  readonly runId: string;
  /** planFingerprint(...) of the plan the run was started with (a hash: it names the list, it does not hold it). */
  readonly fingerprint: string;
  readonly gatewayId: string;
  readonly mode: RunMode;
  /** A scheduled send run: when its messages leave (ms since 1970). Absent: at once, or drafts. */
  readonly sendAt?: number;
  readonly total: number;
  readonly created: number;
  readonly failed: number;
  readonly startedAt: number;
  readonly updatedAt: number;
  /** Every row done, or set aside by "start over": nothing to continue. */
  readonly finished: boolean;
  /** The run came to its end (done, cancelled, or failed), rather than being cut off by a closed pane. */
  readonly ended: boolean;
}

/** A stored record, checked; null for one that is damaged. Records of version 1 have no `ended`: not ended. */
export function readRunRecord(value: unknown): RunRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const r = value as Partial<Record<keyof RunRecord, unknown>>;
  const { runId, fingerprint, gatewayId, mode, sendAt, total, created, failed, startedAt, updatedAt, finished, ended } = r;
  if (typeof runId !== "string" || typeof fingerprint !== "string" || typeof gatewayId !== "string") return null;
  if (mode !== "drafts" && mode !== "send") return null;
  if (!isCount(total) || !isCount(created) || !isCount(failed) || !isCount(startedAt) || !isCount(updatedAt)) return null;
  if (typeof finished !== "boolean" || (ended !== undefined && typeof ended !== "boolean")) return null;
  if (sendAt !== undefined && !isCount(sendAt)) return null;
  const record: RunRecord = { runId, fingerprint, gatewayId, mode, total, created, failed, startedAt, updatedAt, finished, ended: ended === true };
  return mode === "send" && sendAt !== undefined ? { ...record, sendAt } : record;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
