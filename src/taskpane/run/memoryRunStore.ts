// Where runs are kept when IndexedDB cannot be opened (private windows of some browsers, a host that blocks it):
// the same RunStore, in memory, for as long as the pane is open. A reload forgets it, which the pane says.
import { memoryLedger } from "../../core/run/ledger";
import type { RunLedger } from "../../core/run/types";
import type { RunRecord, RunStore } from "./indexedDbLedger";

export function memoryRunStore(): RunStore {
  // Keys hold the run id (runId:row:address), so one ledger serves every run.
  const ledger: RunLedger = memoryLedger();
  const runs = new Map<string, RunRecord>();
  const sends: { at: number; recipients: number }[] = [];
  return {
    ledger: () => ledger,
    saveRun: async (record) => {
      runs.set(record.runId, record);
    },
    findRun: async (fingerprint) => {
      const matching = [...runs.values()].filter((r) => r.fingerprint === fingerprint);
      return matching.sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
    },
    recordSends: async (at, recipients) => {
      sends.push({ at, recipients });
    },
    sendsSince: async (at) => sends.filter((s) => s.at >= at),
  };
}
