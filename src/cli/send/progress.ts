// The progress line on a terminal: how many are done, how fast, how long still. (Piped output has none.)
import type { Lang } from "../../core/types";
import { say } from "../strings";

export function formatDuration(ms: number, lang: Lang): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 90) return say(lang, "durationSeconds", { n: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return say(lang, "durationMinutes", { n: minutes });
  return say(lang, "durationHours", { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** How long `count` messages take at the given rate (0: no limit, then nothing useful can be said: 0). */
export const paceDuration = (count: number, ratePerMinute: number): number => (ratePerMinute > 0 ? (Math.max(count - 1, 0) * 60_000) / ratePerMinute : 0);

export interface ProgressState {
  readonly done: number;
  readonly total: number;
  readonly sent: number;
  readonly notSent: number;
  readonly elapsedMs: number;
  readonly ratePerMinute: number;
}

export function progressLine(state: ProgressState, lang: Lang): string {
  const minutes = Math.max(state.elapsedMs, 1) / 60_000;
  const observed = state.done / minutes;
  const remaining = state.total - state.done;
  // Early figures are noisy; the configured rate is a floor on the time per message anyway.
  const perMessage = Math.max(state.done > 0 ? state.elapsedMs / state.done : 0, state.ratePerMinute > 0 ? 60_000 / state.ratePerMinute : 0);
  return say(lang, "progressLine", {
    done: state.done,
    total: state.total,
    sent: state.sent,
    failed: state.notSent > 0 ? say(lang, "progressFailed", { count: state.notSent }) : "",
    rate: Math.round(observed),
    left: remaining > 0 ? ` · ${say(lang, "timeLeft", { duration: formatDuration(remaining * perMessage, lang) })}` : "",
  });
}
