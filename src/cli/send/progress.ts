// The progress line on a terminal: how many are done, how fast, how long still (the run engine's estimate). Piped
// output has none.
import type { Lang } from "../../i18n";
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
  /** The run engine's estimate (core/run/rate.ts, the same the pane shows); null while it has none. */
  readonly secondsLeft: number | null;
}

export function progressLine(state: ProgressState, lang: Lang): string {
  const minutes = Math.max(state.elapsedMs, 1) / 60_000;
  const observed = state.done / minutes;
  const remaining = state.total - state.done;
  const left = remaining > 0 && state.secondsLeft !== null ? ` · ${say(lang, "timeLeft", { duration: formatDuration(state.secondsLeft * 1000, lang) })}` : "";
  return say(lang, "progressLine", {
    done: state.done,
    total: state.total,
    sent: state.sent,
    failed: state.notSent > 0 ? say(lang, "progressFailed", { count: state.notSent }) : "",
    rate: Math.round(observed),
    left,
  });
}
