export { buildPlan } from "./buildPlan";
export type { Draft, MergePlan, PlanInput, PlanOptions, PlannedDraft, TemplateSource } from "./buildPlan";
