// The plan's drafts as messages to send: each with its journal key and what this run does with it.
import type { MergePlan, PlannedDraft } from "../../core/plan";
import type { KnownMessage } from "./journal";
import { keyCounter, messageHash } from "./messageKey";
import { decide, type Decision } from "./resume";

export interface SendItem {
  readonly planned: PlannedDraft;
  readonly row: number;
  readonly to: string;
  readonly key: string;
  readonly decision: Decision;
}

/** Renders every draft once to hash it (one at a time: a long list never holds all bodies). */
export function sendItems(plan: MergePlan, known: ReadonlyMap<string, KnownMessage>, resendUnknown: boolean): SendItem[] {
  const keyOf = keyCounter();
  const keyed = plan.drafts.map((planned) => ({ planned, row: planned.row, to: planned.to, key: keyOf(messageHash(plan.renderDraft(planned))) }));
  const decisions = decide(keyed, known, resendUnknown);
  return keyed.map((item, i) => ({ ...item, decision: decisions[i] ?? { kind: "send" } }));
}
