// The run as the task pane shows it: a pure reducer over the events startRun reports and the buttons the user
// presses. It keeps counts and only the rows that need attention (failed, or cancelled with a reason): copying an
// array of every row on every event would make a 100,000-row run quadratic. All outcomes arrive with "done".
import type { RowOutcome, RunProgress, RunSummary } from "./types";

export type RunPhase = "ready" | "running" | "paused" | "cancelling" | "done";

export interface RunState {
  readonly phase: RunPhase;
  readonly total: number;
  readonly created: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly secondsLeft: number | null;
  /** While the mail system's limit holds the whole run back: when it goes on (epoch ms); null otherwise. */
  readonly waitingUntil: number | null;
  /** Failed rows, and cancelled rows that carry a reason ("may exist"), in the order they settled. */
  readonly attention: readonly RowOutcome[];
  /** Set by "done": every row's outcome, whether the user cancelled, and a finish error. */
  readonly summary: RunSummary | null;
}

export type RunEvent =
  | { readonly type: "start"; readonly total: number }
  | { readonly type: "progress"; readonly progress: RunProgress }
  | { readonly type: "row"; readonly outcome: RowOutcome }
  /** The user pressed pause / resume / cancel (the control is told separately; see runListeners). */
  | { readonly type: "pause" }
  | { readonly type: "resume" }
  | { readonly type: "cancel" }
  | { readonly type: "done"; readonly summary: RunSummary }
  | { readonly type: "reset" };

export const initialRunState: RunState = {
  phase: "ready",
  total: 0,
  created: 0,
  failed: 0,
  cancelled: 0,
  secondsLeft: null,
  waitingUntil: null,
  attention: [],
  summary: null,
};

const active = (phase: RunPhase): boolean => phase === "running" || phase === "paused" || phase === "cancelling";

export function runReducer(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case "start":
      if (active(state.phase)) return state;
      return { ...initialRunState, phase: "running", total: wholeCount(event.total) };
    case "pause":
      return state.phase === "running" ? { ...state, phase: "paused" } : state;
    case "resume":
      return state.phase === "paused" ? { ...state, phase: "running" } : state;
    case "cancel":
      return state.phase === "running" || state.phase === "paused" ? { ...state, phase: "cancelling", secondsLeft: null, waitingUntil: null } : state;
    case "progress": {
      if (!active(state.phase)) return state;
      const { progress } = event;
      const phase = state.phase === "cancelling" ? "cancelling" : progress.paused ? "paused" : "running";
      const secondsLeft = phase === "cancelling" ? null : progress.secondsLeft;
      const waitingUntil = phase === "cancelling" || !Number.isFinite(progress.waitingUntil) ? null : (progress.waitingUntil ?? null);
      const total = wholeCount(progress.total);
      if (phase === state.phase && secondsLeft === state.secondsLeft && waitingUntil === state.waitingUntil && total === state.total) return state;
      return { ...state, phase, secondsLeft, waitingUntil, total };
    }
    case "row": {
      if (!active(state.phase)) return state;
      const { outcome } = event;
      const needsAttention = outcome.status === "failed" || (outcome.status === "cancelled" && outcome.message !== null);
      return {
        ...state,
        created: state.created + (outcome.status === "created" ? 1 : 0),
        failed: state.failed + (outcome.status === "failed" ? 1 : 0),
        cancelled: state.cancelled + (outcome.status === "cancelled" ? 1 : 0),
        attention: needsAttention ? [...state.attention, outcome] : state.attention,
      };
    }
    case "done": {
      if (state.phase === "ready" || state.phase === "done") return state;
      // The summary is the truth: counts are taken from it, whatever events were missed.
      const { outcomes } = event.summary;
      const count = (status: RowOutcome["status"]): number => outcomes.filter((o) => o.status === status).length;
      return {
        phase: "done",
        total: outcomes.length,
        created: count("created"),
        failed: count("failed"),
        cancelled: count("cancelled"),
        secondsLeft: 0,
        waitingUntil: null,
        attention: outcomes.filter((o) => o.status === "failed" || (o.status === "cancelled" && o.message !== null)),
        summary: event.summary,
      };
    }
    case "reset":
      return active(state.phase) ? state : initialRunState;
    default:
      return state;
  }
}

/** What the buttons may do now. */
export function runActions(state: RunState): { canStart: boolean; canPause: boolean; canResume: boolean; canCancel: boolean } {
  return {
    canStart: !active(state.phase),
    canPause: state.phase === "running",
    canResume: state.phase === "paused",
    canCancel: state.phase === "running" || state.phase === "paused",
  };
}

/** Share of rows settled, 0..1, for a ProgressBar. */
export function runFraction(state: RunState): number {
  if (state.total <= 0) return state.phase === "done" ? 1 : 0;
  return Math.min(1, (state.created + state.failed + state.cancelled) / state.total);
}

/** startRun's listeners as reducer events: `startRun({ ..., ...runListeners(dispatch) })`. */
export function runListeners(dispatch: (event: RunEvent) => void): {
  onProgress: (progress: RunProgress) => void;
  onRow: (outcome: RowOutcome) => void;
} {
  return {
    onProgress: (progress) => dispatch({ type: "progress", progress }),
    onRow: (outcome) => dispatch({ type: "row", outcome }),
  };
}

function wholeCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
