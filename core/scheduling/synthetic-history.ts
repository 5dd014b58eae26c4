import { DEFAULT_FSRS_PARAMETERS } from "./default-parameters";
import type { Grade } from "./grades";
import { newMemoryState, type MemoryState, type ReviewLogEntry } from "./memory-state";
import { seededRandom } from "./random";
import { forgettingCurve, gradeCard, type SchedulerSettings } from "./scheduler";

/**
 * A made-up but realistic review history for tests and benchmarks: a learner studies every day,
 * cards are scheduled by FSRS with default parameters (as for a user who never optimized), and
 * whether they remember follows FSRS with *their own* parameters. Fitting parameters to such a
 * history should move them towards the learner's and predict recall better than the defaults.
 * Deterministic for a given seed.
 */

/** A learner who forgets new material faster than FSRS's defaults assume and gains stability more slowly. */
export const SLOWER_LEARNER_PARAMETERS: readonly number[] = Object.freeze(
  DEFAULT_FSRS_PARAMETERS.map((value, index) => ({ 0: 0.1, 1: 0.6, 2: 1.4, 3: 5, 8: 1.5 })[index] ?? value),
);

export interface SyntheticHistoryOptions {
  seed: number;
  /** Stop after this many answers. */
  reviews: number;
  /** The first study session. */
  start: Date;
  learner?: readonly number[];
  newCardsPerDay?: number;
}

export interface SyntheticReview {
  /** 0-based index of the card, in the order cards were introduced. */
  card: number;
  /** What the app logs for this answer (the scheduled card before it). */
  log: ReviewLogEntry;
  /** The scheduled state after the answer. */
  next: MemoryState;
  durationMs: number;
}

const DAY = 86_400_000;
const SCHEDULE: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };


interface SimulatedCard {
  index: number;
  scheduled: MemoryState;
  /** The learner's real memory, under their own parameters. */
  truth: MemoryState;
}

export function simulateReviewHistory(options: SyntheticHistoryOptions): SyntheticReview[] {
  const random = seededRandom(options.seed);
  const learnerSettings: SchedulerSettings = { ...SCHEDULE, w: options.learner ?? SLOWER_LEARNER_PARAMETERS };
  const newPerDay = options.newCardsPerDay ?? 20;
  const cards: SimulatedCard[] = [];
  const out: SyntheticReview[] = [];

  function answer(card: SimulatedCard, at: number): Grade {
    const { truth } = card;
    if (truth.phase === "new") {
      const roll = random();
      return roll < 0.2 ? 1 : roll < 0.3 ? 2 : roll < 0.9 ? 3 : 4;
    }
    const elapsedDays = (at - (truth.lastReview?.getTime() ?? at)) / DAY;
    const recall = forgettingCurve(truth.stability, elapsedDays, learnerSettings.w);
    if (random() >= recall) return 1;
    const roll = random();
    return roll < 0.15 ? 2 : roll < 0.9 ? 3 : 4;
  }

  for (let day = 0; out.length < options.reviews; day += 1) {
    // Sessions start some time in the evening hour, a few seconds per answer.
    const sessionStart = options.start.getTime() + day * DAY + Math.floor(random() * 3_600_000);
    const sessionEnd = sessionStart + 3 * 3_600_000;
    for (let i = 0; i < newPerDay; i += 1) {
      const at = new Date(sessionStart);
      cards.push({ index: cards.length, scheduled: newMemoryState(at), truth: newMemoryState(at) });
    }
    let clock = sessionStart;
    const due = cards.filter((card) => card.scheduled.due.getTime() <= sessionEnd);
    while (due.length > 0 && out.length < options.reviews) {
      due.sort((a, b) => a.scheduled.due.getTime() - b.scheduled.due.getTime() || a.index - b.index);
      const card = due.shift()!;
      const at = Math.max(clock, card.scheduled.due.getTime());
      if (at > sessionEnd) break;
      const rating = answer(card, at);
      const when = new Date(at);
      const graded = gradeCard(card.scheduled, rating, when, SCHEDULE);
      card.truth = gradeCard(card.truth, rating, when, learnerSettings).next;
      card.scheduled = graded.next;
      const durationMs = 2000 + Math.floor(random() * 12_000);
      out.push({ card: card.index, log: graded.log, next: graded.next, durationMs });
      clock = at + durationMs;
      // A learning step that comes up again this session rejoins the queue.
      if (graded.next.due.getTime() <= sessionEnd) due.push(card);
    }
  }
  return out;
}
