import { GRADE_NAMES } from "./grades";
import type { HistoryEntry } from "./history";
import type { MemoryState } from "./memory-state";
import { forgettingCurve, formatInterval, type SchedulerSettings } from "./scheduler";

export interface DueExplanationInput {
  /** The card's state; null when it was never answered. */
  state: MemoryState | null;
  suspended: boolean;
  buriedUntil: Date | null;
  /** The last entry of the card's log, if any. */
  lastEntry: HistoryEntry | null;
  settings: SchedulerSettings;
  timeZone: string;
}

function formatDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium" }).format(at);
}

function formatMoment(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
}

function percent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}

/** "Why is this card due?" in one plain sentence, as of `now`, with dates in the user's zone. */
export function explainDue(input: DueExplanationInput, now: Date): string {
  const { state, lastEntry, timeZone, settings } = input;
  if (input.suspended) return "This card is suspended, so it never comes due until you unsuspend it.";
  if (input.buriedUntil && input.buriedUntil.getTime() > now.getTime()) {
    return `This card is buried until ${formatMoment(input.buriedUntil, timeZone)}, the start of your next study day, so it skips today.`;
  }
  if (!state || state.phase === "new") {
    if (lastEntry?.kind === "forget") {
      return `You reset this card to new on ${formatDay(lastEntry.at, timeZone)}, so it comes back with your new cards, within your daily allowance.`;
    }
    return "This card is new: it has never been answered, and it will be introduced when your daily allowance of new cards reaches it.";
  }
  const answer = lastEntry?.kind === "review" ? `your ${GRADE_NAMES[lastEntry.rating]} on ${formatDay(lastEntry.at, timeZone)}` : "your last answer";
  const overdue = state.due.getTime() <= now.getTime();
  if (state.phase === "learning" || state.phase === "relearning") {
    const gap = formatInterval(state.due.getTime() - (state.lastReview ?? state.due).getTime());
    const stage = state.phase === "learning" ? "learning" : "relearning after a lapse";
    return overdue
      ? `It is due now because ${answer} left it ${stage}, and its ${gap} step has passed.`
      : `It is due ${formatMoment(state.due, timeZone)} because ${answer} left it ${stage}, and the next step comes ${gap} later.`;
  }
  const days = state.scheduledDays;
  const base = `after ${answer} its memory stability is ${state.stability.toFixed(1)} days, and at your ${percent(settings.desiredRetention)} desired retention FSRS waits ${days} ${days === 1 ? "day" : "days"} before asking again`;
  if (!overdue) return `It is due ${formatDay(state.due, timeZone)} because ${base}.`;
  const recall = forgettingCurve(state.stability, (now.getTime() - (state.lastReview ?? now).getTime()) / 86_400_000, settings.w);
  return `It has been due since ${formatDay(state.due, timeZone)} because ${base}; your chance of recalling it now is about ${percent(recall)}.`;
}
