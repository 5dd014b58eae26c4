import { planCard, type DeadlineGoal } from "./deadline";
import { DEFAULT_FSRS_PARAMETERS } from "./default-parameters";
import type { Grade } from "./grades";
import { newMemoryState, type MemoryState } from "./memory-state";
import { seededRandom } from "./random";
import { forgettingCurve, gradeCard, type SchedulerSettings } from "./scheduler";

/**
 * A class of synthetic students learning one assigned deck before its due date, with and
 * without deadline mode. Each student's memory follows FSRS with parameters of their own (the
 * defaults with initial stabilities scaled by 0.3-1.5 and stability growth by 0.7-1.2, so some
 * learn faster than FSRS assumes and most slower), while Kioku schedules with the default parameters, as for students who never
 * optimized. Whether an answer is recalled is drawn from the student's true recall. A student
 * reaches the target when their mean true recall over the deck on the due date is ≥ target.
 */

const DAY = 86_400_000;

export interface CohortOptions {
  seed: number;
  students: number;
  cards: number;
  newPerDay: number;
  /** The due date is this many days after the first session, at 09:00 that day. */
  dueInDays: number;
  targetRecall: number;
  /** The students' desired retention (the scheduler's). */
  desiredRetention: number;
  deadlineMode: boolean;
}

export interface CohortResult {
  /** Share of students whose true mean recall on the due date reached the target, 0-1. */
  reached: number;
  /** Mean reviews per student before the due date. */
  reviewsPerStudent: number;
  meanTrueRecall: number;
}

function learnerParameters(random: () => number): number[] {
  const initial = 0.3 + random() * 1.2;
  // w[8] sets how fast stability grows with each successful review.
  const growth = 0.7 + random() * 0.5;
  return DEFAULT_FSRS_PARAMETERS.map((value, index) => (index < 4 ? value * initial : index === 8 ? value * growth : value));
}

function simulateStudent(options: CohortOptions, random: () => number): { reviews: number; trueRecall: number } {
  const start = new Date("2026-03-02T04:00:00Z").getTime();
  const dueAt = new Date(start + options.dueInDays * DAY + 5 * 3_600_000);
  const goal: DeadlineGoal = { dueAt, targetRecall: options.targetRecall };
  const SCHEDULE: SchedulerSettings = { desiredRetention: options.desiredRetention, maximumInterval: 36500, enableFuzz: false };
  const learner: SchedulerSettings = { ...SCHEDULE, w: learnerParameters(random) };
  const cards: { scheduled: MemoryState; truth: MemoryState; plannedAt: number | null }[] = [];
  let reviews = 0;

  const answer = (truth: MemoryState, at: number): Grade => {
    if (truth.phase === "new") return random() < 0.2 ? 1 : 3;
    const recall = forgettingCurve(truth.stability, (at - truth.lastReview!.getTime()) / DAY, learner.w);
    return random() < recall ? 3 : 1;
  };

  for (let day = 0; day < options.dueInDays; day++) {
    const dayStart = start + day * DAY;
    const session = dayStart + 14 * 3_600_000;
    for (let i = 0; i < options.newPerDay && cards.length < options.cards; i++) {
      cards.push({ scheduled: newMemoryState(new Date(session)), truth: newMemoryState(new Date(session)), plannedAt: null });
    }
    if (options.deadlineMode) {
      for (const card of cards) {
        card.plannedAt = planCard("", card.scheduled, goal, new Date(session), SCHEDULE, { todayStart: new Date(dayStart) })?.at.getTime() ?? null;
      }
    }
    let clock = session;
    const endOfDay = dayStart + DAY;
    for (const card of cards) {
      const dueAtMs = () => Math.min(card.scheduled.due.getTime(), card.plannedAt ?? Infinity);
      while (dueAtMs() < endOfDay) {
        clock = Math.max(clock + 10_000, dueAtMs());
        if (clock >= endOfDay || clock >= dueAt.getTime()) break;
        const rating = answer(card.truth, clock);
        card.truth = gradeCard(card.truth, rating, new Date(clock), learner).next;
        card.scheduled = gradeCard(card.scheduled, rating, new Date(clock), SCHEDULE).next;
        card.plannedAt = null;
        reviews += 1;
      }
    }
  }
  const recalls = cards.map((card) => (card.truth.lastReview ? forgettingCurve(card.truth.stability, (dueAt.getTime() - card.truth.lastReview.getTime()) / DAY, learner.w) : 0));
  return { reviews, trueRecall: recalls.reduce((a, b) => a + b, 0) / options.cards };
}

export function simulateDeadlineCohort(options: CohortOptions): CohortResult {
  let reached = 0;
  let reviews = 0;
  let recall = 0;
  for (let student = 0; student < options.students; student++) {
    // The same student (parameters and draws) with and without deadline mode.
    const result = simulateStudent(options, seededRandom(options.seed * 7919 + student));
    if (result.trueRecall >= options.targetRecall) reached += 1;
    reviews += result.reviews;
    recall += result.trueRecall;
  }
  return { reached: reached / options.students, reviewsPerStudent: reviews / options.students, meanTrueRecall: recall / options.students };
}
