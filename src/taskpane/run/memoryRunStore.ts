// Where runs are kept when IndexedDB cannot be opened (private windows of some browsers, a host that blocks it):
// the same RunStore, in memory, for as long as the pane is open. A reload forgets it, which the pane says. Nothing
// leaves the page, so the ledger keeps keys as they are (the plan in memory holds the addresses anyway).
import { memoryLedger } from "../../core/run/ledger";
import type { RunLedger } from "../../core/run/types";
import type { RunRecord, RunStore } from "./indexedDbLedger";

export function memoryRunStore(): RunStore {
  const ledgers = new Map<string, RunLedger>();
  const runs = new Map<string, RunRecord>();
  const sends: { at: number; recipients: number }[] = [];
  const runsOf = (fingerprint: string): RunRecord[] => [...runs.values()].filter((r) => r.fingerprint === fingerprint);
  return {
    ledger: (runId) => {
      const ledger = ledgers.get(runId) ?? memoryLedger();
      ledgers.set(runId, ledger);
      return ledger;
    },
    saveRun: async (record) => {
      runs.set(record.runId, record);
    },
    findRun: async (fingerprint) => runsOf(fingerprint).sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null,
    runsOf: async (fingerprint) => runsOf(fingerprint).map((r) => r.runId),
    forgetList: async (fingerprint) => {
      for (const { runId } of runsOf(fingerprint)) {
        runs.delete(runId);
        ledgers.delete(runId);
      }
    },
    recordSends: async (at, recipients) => {
      sends.push({ at, recipients });
    },
    sendsSince: async (at) => sends.filter((s) => s.at >= at),
  };
}
