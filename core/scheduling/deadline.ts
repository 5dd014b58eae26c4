import type { MemoryState } from "./memory-state";
import { gradeCard, retrievability, type SchedulerSettings } from "./scheduler";

/**
 * Deadline mode: an assignment asks for recall ≥ target on its due date. Until then, a card
 * whose predicted recall on the due date is below the target, and which FSRS would not show
 * before the due date anyway, gets an extra review on the study day that maximises its expected
 * recall on the due date (a second one when one is not enough, at most `maxExtraPerCard`).
 * Nothing is written: the plan only makes the card due earlier in the queue; the answer is
 * logged like any other and FSRS goes on from the real history, after the due date too.
 *
 * Expected recall after a review at t: R(t)·R_due(after Good) + (1−R(t))·R_due(after Again and
 * one relearning step), with FSRS's own predictions (the model the instructor's column uses).
 */

const DAY_MS = 86_400_000;

export interface DeadlineGoal {
  dueAt: Date;
  /** 0-1 */
  targetRecall: number;
}

export interface PlannedReview {
  cardId: string;
  /** When the first extra review should happen: the card is due from then on. */
  at: Date;
  /** Extra reviews this card needs (1 or 2). */
  extra: number;
  recallWithout: number;
  /** Expected recall on the due date with the planned reviews. */
  recallWith: number;
}

export interface DeadlinePlan {
  reviews: PlannedReview[];
  extraReviews: number;
}

export interface PlanOptions {
  /** Start of today's study day: candidate days are todayStart + k days (k ≥ 1) and `now`. */
  todayStart: Date;
  maxExtraPerCard?: number;
}

// Planning assumes no fuzz: the plan must not depend on the draw of the answer it plans for.
const plain = (settings: SchedulerSettings): SchedulerSettings => ({ ...settings, enableFuzz: false });

/** Recall now, and recall at `dueAt` after a Good now or after a lapse now (relearned by its step). */
function branches(state: MemoryState, at: Date, dueAt: Date, settings: SchedulerSettings): { recallNow: number; afterGood: number; afterLapse: number } {
  const s = plain(settings);
  const good = gradeCard(state, 3, at, s).next;
  let again = gradeCard(state, 1, at, s).next;
  if (again.phase === "relearning" && again.due.getTime() < dueAt.getTime()) again = gradeCard(again, 3, again.due, s).next;
  return { recallNow: retrievability(state, at, s), afterGood: retrievability(good, dueAt, s), afterLapse: retrievability(again, dueAt, s) };
}

/** Expected recall at `dueAt` if the card is reviewed at `at` (and not again before `dueAt`). */
export function expectedRecallAfterReview(state: MemoryState, at: Date, dueAt: Date, settings: SchedulerSettings): number {
  const { recallNow, afterGood, afterLapse } = branches(state, at, dueAt, settings);
  return recallNow * afterGood + (1 - recallNow) * afterLapse;
}

/** A study day counts when at least half of it lies before the due date: time to study in it. */
const USABLE_DAY_MS = DAY_MS / 2;

function candidateTimes(now: Date, dueAt: Date, todayStart: Date, after?: Date): Date[] {
  const times: Date[] = [];
  const from = after ? after.getTime() : now.getTime();
  if (!after && todayStart.getTime() + USABLE_DAY_MS <= dueAt.getTime()) times.push(now);
  for (let k = 1; todayStart.getTime() + k * DAY_MS + USABLE_DAY_MS <= dueAt.getTime(); k++) {
    const at = todayStart.getTime() + k * DAY_MS;
    if (at > from) times.push(new Date(at));
  }
  return times;
}

function bestTime(state: MemoryState, times: readonly Date[], dueAt: Date, settings: SchedulerSettings): { at: Date; recall: number } | null {
  let best: { at: Date; recall: number } | null = null;
  for (const at of times) {
    const recall = expectedRecallAfterReview(state, at, dueAt, settings);
    // Ties go to the later day: the same recall for less forgetting in between.
    if (!best || recall >= best.recall) best = { at, recall };
  }
  return best;
}

/** One card's plan, or null when it needs none (or no day is left). */
export function planCard(cardId: string, state: MemoryState, goal: DeadlineGoal, now: Date, settings: SchedulerSettings, options: PlanOptions): PlannedReview | null {
  if (state.phase === "new" || now.getTime() >= goal.dueAt.getTime()) return null;
  // FSRS shows the card before the due date anyway: plan again after that answer.
  if (state.due.getTime() < goal.dueAt.getTime()) return null;
  const recallWithout = retrievability(state, goal.dueAt, plain(settings));
  if (recallWithout >= goal.targetRecall) return null;
  const first = bestTime(state, candidateTimes(now, goal.dueAt, options.todayStart), goal.dueAt, settings);
  if (!first) return null;
  const single: PlannedReview = { cardId, at: first.at, extra: 1, recallWithout, recallWith: first.recall };
  if (first.recall >= goal.targetRecall || (options.maxExtraPerCard ?? 2) < 2) return single;
  const pair = bestPair(state, goal, now, settings, options);
  return pair && pair.recallWith > single.recallWith ? { ...pair, cardId } : single;
}

const SECOND_REVIEW_DAYS = 3;

/** The best first day when two extra reviews are planned, with the second at its best day. */
function bestPair(state: MemoryState, goal: DeadlineGoal, now: Date, settings: SchedulerSettings, options: PlanOptions): PlannedReview | null {
  let best: PlannedReview | null = null;
  const recallWithout = retrievability(state, goal.dueAt, plain(settings));
  for (const at of candidateTimes(now, goal.dueAt, options.todayStart)) {
    const afterGood = gradeCard(state, 3, at, plain(settings)).next;
    // The second review's best day is always close to the due date: the last few days suffice.
    const second = bestTime(afterGood, candidateTimes(now, goal.dueAt, options.todayStart, at).slice(-SECOND_REVIEW_DAYS), goal.dueAt, settings);
    if (!second) continue;
    // Recalled at the first review: the second follows; forgotten: the relearned card goes to the due date.
    const { recallNow, afterLapse } = branches(state, at, goal.dueAt, settings);
    const recall = recallNow * second.recall + (1 - recallNow) * afterLapse;
    if (!best || recall >= best.recallWith) best = { cardId: "", at, extra: 2, recallWithout, recallWith: recall };
  }
  return best;
}

/** Every studied card's plan for one goal. */
export function planDeadlineReviews(cards: readonly { cardId: string; state: MemoryState }[], goal: DeadlineGoal, now: Date, settings: SchedulerSettings, options: PlanOptions): DeadlinePlan {
  const reviews: PlannedReview[] = [];
  for (const card of cards) {
    const planned = planCard(card.cardId, card.state, goal, now, settings, options);
    if (planned) reviews.push({ ...planned, cardId: card.cardId });
  }
  return { reviews, extraReviews: reviews.reduce((sum, review) => sum + review.extra, 0) };
}

/** "3 extra reviews before Friday to reach 85 %." — a weekday within a week, else the date. */
export function describeDeadlinePlan(plan: DeadlinePlan, goal: DeadlineGoal, now: Date, timeZone: string): string | null {
  if (plan.extraReviews === 0) return null;
  const withinWeek = goal.dueAt.getTime() - now.getTime() < 6 * DAY_MS;
  const day = new Intl.DateTimeFormat("en-GB", withinWeek ? { weekday: "long", timeZone } : { day: "numeric", month: "long", timeZone }).format(goal.dueAt);
  const n = plan.extraReviews;
  return `${n} extra review${n === 1 ? "" : "s"} before ${day} to reach ${Math.round(goal.targetRecall * 100)} %.`;
}
