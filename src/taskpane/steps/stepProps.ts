// What the wizard gives each step: its own file, so that a step, the wizard and the runner can all name it without
// importing one another (context.ts and run/useRunner.ts used to import each other through it).
import type { Dispatch } from "react";
import type { Runner } from "../run/useRunner";
import type { GatewayOption } from "../services";
import type { DerivedPlan } from "../state/plan";
import type { WizardAction, WizardState } from "../state/wizard";

/** What each step is given by the wizard. */
export interface StepProps {
  readonly state: WizardState;
  readonly dispatch: Dispatch<WizardAction>;
  readonly derived: DerivedPlan | null;
  readonly runner: Runner;
  /** The ways of creating drafts for the current plan. */
  readonly gateways: readonly GatewayOption[];
}
