import { replayState, sameMemoryState, type HistoryEntry } from "./history";
import type { MemoryState } from "./memory-state";
import { gradeCard, schedulerKey, type SchedulerSettings } from "./scheduler";

const DAY_MS = 86_400_000;
/** Enough for any learning-step ladder; a card cannot need more reviews than this in a month. */
const MAX_REVIEWS_PER_CARD = 200;

/**
 * Reviews one card would need before `until` if every answer from now on were Good and given
 * the moment it comes due: a plain, repeatable estimate of workload (not a prediction of
 * lapses). Cards never answered are left out: the new-card allowance, not FSRS, decides those.
 */
export function forecastReviews(state: MemoryState | null, now: Date, until: Date, settings: SchedulerSettings): number {
  if (!state || state.phase === "new") return 0;
  let current = state;
  let count = 0;
  let at = new Date(Math.max(current.due.getTime(), now.getTime()));
  while (at.getTime() < until.getTime() && count < MAX_REVIEWS_PER_CARD) {
    count += 1;
    current = gradeCard(current, 3, at, settings).next;
    at = current.due;
  }
  return count;
}

export interface WorkloadCard {
  history: readonly HistoryEntry[];
  /** Settings the card is scheduled with now, and with the proposed change. */
  before: SchedulerSettings;
  after: SchedulerSettings;
  /** Suspended cards are rescheduled like any other but add no workload. */
  suspended: boolean;
}

export interface Workload {
  /** Cards due now (overdue included). */
  dueNow: number;
  /** Estimated reviews from now until the horizon, see `forecastReviews`. */
  reviewsInHorizon: number;
}

export interface ReschedulePreview {
  horizonDays: number;
  before: Workload;
  after: Workload;
  /** Cards whose stored state would change. */
  changedCards: number;
}

/**
 * The workload change a settings change would cause: each card's log replayed under its current
 * settings and under the proposed ones, then the next `horizonDays` days forecast for both.
 */
export function previewReschedule(cards: readonly WorkloadCard[], now: Date, horizonDays = 30): ReschedulePreview {
  const until = new Date(now.getTime() + horizonDays * DAY_MS);
  const before: Workload = { dueNow: 0, reviewsInHorizon: 0 };
  const after: Workload = { dueNow: 0, reviewsInHorizon: 0 };
  let changedCards = 0;
  for (const card of cards) {
    const oldState = replayState(card.history, card.before);
    const newState = schedulerKey(card.before) === schedulerKey(card.after) ? oldState : replayState(card.history, card.after);
    if (!sameMemoryState(oldState, newState)) changedCards += 1;
    if (card.suspended) continue;
    addWorkload(before, oldState, now, until, card.before);
    addWorkload(after, newState, now, until, card.after);
  }
  return { horizonDays, before, after, changedCards };
}

function addWorkload(total: Workload, state: MemoryState | null, now: Date, until: Date, settings: SchedulerSettings): void {
  if (!state || state.phase === "new") return;
  if (state.due.getTime() <= now.getTime()) total.dueNow += 1;
  total.reviewsInHorizon += forecastReviews(state, now, until, settings);
}

/** "Reviews due in the next 30 days: 412 → 530 (+118)." */
export function describeWorkloadChange(preview: ReschedulePreview): string {
  const { before, after, horizonDays } = preview;
  const delta = after.reviewsInHorizon - before.reviewsInHorizon;
  const sign = delta > 0 ? `+${delta}` : String(delta);
  return `Reviews due in the next ${horizonDays} days: ${before.reviewsInHorizon} → ${after.reviewsInHorizon} (${sign}).`;
}
