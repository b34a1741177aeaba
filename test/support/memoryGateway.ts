// A mailbox in memory: a DraftGateway for tests. It behaves like a real one where it matters —
// a second create of the same key makes a second copy (so a test can catch a run that creates twice), creates may
// be slow, be throttled or be refused — and like every gateway it refuses a message that breaks the privacy rule.
import { privacyBreach } from "../../src/core/privacy/privacy";
import { systemClock } from "../../src/core/run/clock";
import { rowMessage } from "../../src/core/run/messages";
import type { CreateResult, DraftGateway, LookUpResult, OutgoingDraft, RunSummary } from "../../src/core/run/types";

export interface MemoryFaults {
  /** Every Nth create (counting every call, 1-based) fails with a transient "busy". 0 or absent: never. */
  readonly transientEvery?: number;
  /** Creates to these addresses (To, compared ignoring case) are refused for good. */
  readonly permanentFor?: readonly string[];
  /** Each create takes this long (ms), through `sleep`. */
  readonly latencyMs?: number;
  /** Transient failures carry this Retry-After (ms), like a throttled Graph request. */
  readonly retryAfterMs?: number;
  /** These keys' creates store the draft and then throw, as when the answer is lost on the way back. */
  readonly loseAnswerFor?: readonly string[];
}

export interface MemoryGatewayOptions {
  readonly concurrency?: number;
  readonly faults?: MemoryFaults;
  /** False makes the gateway one that cannot look (no lookUp), like eml and compose. Default true. */
  readonly canLookUp?: boolean;
  /** Waits for the latency; resolves early when the signal aborts. Default: setTimeout. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface StoredAttachment {
  readonly name: string;
  readonly contentType: string | null;
  readonly bytes: Uint8Array;
}

/** A draft as the mailbox holds it: the message, its attachments' bytes, and its reference. */
export interface StoredDraft extends Omit<OutgoingDraft, "attachments"> {
  readonly ref: string;
  readonly attachments: readonly StoredAttachment[];
}

export interface MemoryGateway extends DraftGateway {
  readonly id: "memory";
  readonly drafts: readonly StoredDraft[];
  /** Calls of create so far, and the most that were in flight at once. */
  readonly stats: { readonly calls: number; readonly inFlight: number; readonly maxInFlight: number; readonly finished: number };
  /** The summary given to finish(), when it was called. */
  readonly lastSummary: RunSummary | null;
  lookUp?(key: string, signal?: AbortSignal): Promise<LookUpResult>;
  /** Removes every stored draft (a sandbox "empty the Drafts folder"). */
  clear(): void;
}

export function createMemoryGateway(options: MemoryGatewayOptions = {}): MemoryGateway {
  // The run's own messages in English; the simulated faults' messages are the fake's own (no user sees them).
  const lang = "en";
  const faults = options.faults ?? {};
  const refused = new Set((faults.permanentFor ?? []).map((a) => a.trim().toLowerCase()));
  const loseAnswer = new Set(faults.loseAnswerFor ?? []);
  const sleep = options.sleep ?? systemClock.sleep;
  const drafts: StoredDraft[] = [];
  const stats = { calls: 0, inFlight: 0, maxInFlight: 0, finished: 0 };
  let lastSummary: RunSummary | null = null;
  let nextRef = 1;

  const cancelledResult = (): CreateResult => ({ status: "failed", transient: true, code: "run-cancelled", message: rowMessage("run-cancelled", lang) });

  async function create(draft: OutgoingDraft, signal?: AbortSignal): Promise<CreateResult> {
    stats.calls += 1;
    const call = stats.calls;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      const breach = privacyBreach(draft);
      if (breach !== null) {
        return { status: "failed", transient: false, code: "privacy-rule", message: rowMessage("privacy-rule", lang, { breach }) };
      }
      if (signal?.aborted) return cancelledResult();
      if ((faults.latencyMs ?? 0) > 0) await sleep(faults.latencyMs ?? 0, signal);
      if (signal?.aborted) return cancelledResult();
      const every = faults.transientEvery ?? 0;
      if (every > 0 && call % every === 0) {
        return {
          status: "failed",
          transient: true,
          code: "memory-busy",
          message: "The mailbox is busy (simulated).",
          ...(faults.retryAfterMs === undefined ? {} : { retryAfterMs: faults.retryAfterMs }),
        };
      }
      if (refused.has(draft.to.trim().toLowerCase())) {
        return { status: "failed", transient: false, code: "memory-refused", message: `The mailbox refused ${draft.to} (simulated).` };
      }
      const attachments: StoredAttachment[] = [];
      for (const file of draft.attachments) {
        attachments.push({ name: file.name, contentType: file.contentType ?? null, bytes: await file.bytes() });
      }
      const ref = `memory-${nextRef}`;
      nextRef += 1;
      const { attachments: _files, ...message } = draft;
      drafts.push({ ...message, cc: [...draft.cc], bcc: [...draft.bcc], attachments, ref });
      if (loseAnswer.has(draft.key)) throw new Error("the connection was lost before the answer came (simulated)");
      return { status: "created", ref };
    } finally {
      stats.inFlight -= 1;
    }
  }

  const gateway: MemoryGateway = {
    id: "memory",
    concurrency: Math.max(1, Math.floor(options.concurrency ?? 4) || 1),
    get drafts() {
      return drafts;
    },
    get stats() {
      return { ...stats };
    },
    get lastSummary() {
      return lastSummary;
    },
    create,
    async finish(summary: RunSummary) {
      stats.finished += 1;
      lastSummary = summary;
    },
    clear() {
      drafts.length = 0;
    },
  };
  if (options.canLookUp !== false) {
    gateway.lookUp = async (key) => {
      const found = drafts.find((d) => d.key === key);
      return found ? { found: true, ref: found.ref } : { found: false };
    };
  }
  return gateway;
}
