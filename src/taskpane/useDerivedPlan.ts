// The wizard's merge plan, with the plan's code (the core's planner, the template engine, the HTML parser) loaded
// only once there is a table to plan for: an empty pane does not need it, and it is a good part of the pane's script.
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../i18n";
import type { DerivedPlan } from "./state/plan";
import type { WizardState } from "./state/wizard";

type PlanCode = typeof import("./state/plan");

let loaded: PlanCode | null = null;
let loading: Promise<PlanCode> | null = null;

/** Loads the plan's code (once; a failed load is tried again next time). Step 1 calls it as soon as a table is being read. */
export function loadPlanCode(): Promise<PlanCode> {
  loading ??= import("./state/plan").then(
    (code) => (loaded = code),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The plan for the wizard's state; null without a table, and for the moment the plan's code is still loading. */
export function useDerivedPlan(state: WizardState, lang: Lang): DerivedPlan | null {
  const needed = state.recipients !== null;
  const [code, setCode] = useState<PlanCode | null>(loaded);
  useEffect(() => {
    if (!needed || code !== null) return;
    let current = true;
    loadPlanCode().then(
      (plan) => current && setCode(plan),
      // Offline after an update: the table stays without a plan until the next change tries again.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [needed, code, state]);
  const derive = useMemo(() => code?.memoisedDerivePlan() ?? null, [code]);
  return derive === null ? null : derive(state, lang);
}
