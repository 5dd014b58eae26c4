import { fsrs, generatorParameters, type FSRS, type Grade as FsrsGrade } from "ts-fsrs";
import { seededRandom } from "./random";

/**
 * FSRS-6's workload simulator (as fsrs-rs's simulate(), day by day): a learner who studies every
 * day with a new-card allowance and a review limit, whose recall at each review is drawn from
 * FSRS's own prediction with the user's parameters. It starts from the user's real cards and
 * answers with the rating mix and seconds per answer fsrs-rs uses by default (Anki users'
 * averages). Seeded: the same inputs draw the same year. "Help me decide": run it for desired
 * retention 70-99 % and compare minutes per day with cards remembered at the end.
 */

export interface SimulatedCardState {
  /** days */
  stability: number;
  difficulty: number;
  /** Days from today until it is due (0 = due today or overdue). */
  dueInDays: number;
  /** Days since its last review. */
  elapsedDays: number;
}

export interface SimulatorOptions {
  desiredRetention: number;
  /** FSRS parameters; null = the defaults. */
  w?: readonly number[] | null;
  days: number;
  newCardsPerDay: number;
  /** Reviews a day at most (new cards do not count); Infinity = no limit. */
  maxReviewsPerDay: number;
  /** New cards waiting to be introduced. */
  newCards: number;
  existing?: readonly SimulatedCardState[];
  learningSteps: number;
  relearningSteps: number;
  maximumInterval?: number;
  seed: number;
}

export interface SimulationResult {
  desiredRetention: number;
  /** Mean minutes of study per day. */
  minutesPerDay: number;
  /** Expected number of cards recalled on the last day: the sum of every introduced card's recall. */
  remembered: number;
  reviews: number;
  /** Share of reviews (not first answers) recalled. */
  recallRate: number;
  dailyMinutes: number[];
}

// fsrs-rs defaults: first-answer mix, Hard/Good/Easy mix when recalled, seconds per answer by
// phase (learning, review, relearning) and rating (Again, Hard, Good, Easy).
const FIRST_RATING = [0.24, 0.094, 0.495, 0.171];
const RECALL_RATING = [0.224, 0.631, 0.145];
const SECONDS = [
  [19.58, 18.79, 13.78, 10.71],
  [19.38, 17.59, 12.38, 8.94],
  [16.44, 15.25, 12.32, 8.03],
];

interface Card {
  s: number;
  d: number;
  last: number;
  due: number;
}

function pick(random: () => number, weights: readonly number[]): number {
  let roll = random() * weights.reduce((a, b) => a + b, 0);
  for (const [index, weight] of weights.entries()) {
    roll -= weight;
    if (roll < 0) return index;
  }
  return weights.length - 1;
}

function modelFor(options: SimulatorOptions): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: options.desiredRetention,
      maximum_interval: options.maximumInterval ?? 36500,
      enable_fuzz: false,
      ...(options.w ? { w: [...options.w] } : {}),
    }),
  );
}

export function simulateWorkload(options: SimulatorOptions): SimulationResult {
  const random = seededRandom(options.seed);
  const model = modelFor(options);
  // ts-fsrs clamps difficulty to 1-10 in its scheduler, not in these formulas.
  const clampD = (d: number) => Math.min(10, Math.max(1, d));
  const recall = (card: Card, day: number) => model.forgetting_curve(day - card.last, card.s);
  const interval = (s: number) => Math.max(1, model.next_interval(s, 0));
  const cards: Card[] = (options.existing ?? []).map((c) => ({ s: c.stability, d: c.difficulty, last: -c.elapsedDays, due: c.dueInDays }));
  let introduced = 0;
  let reviews = 0;
  let recalled = 0;
  const dailyMinutes: number[] = [];

  // Cards by the day they come due; later than the horizon they are never looked at again.
  const buckets: Card[][] = Array.from({ length: options.days }, () => []);
  const schedule = (card: Card) => {
    const day = Math.max(0, card.due);
    if (day < options.days) buckets[day]!.push(card);
  };
  cards.forEach(schedule);

  for (let day = 0; day < options.days; day++) {
    let seconds = 0;
    // Most overdue first, as Kioku's queue shows them (oldest due first).
    const due = buckets[day]!.sort((a, b) => a.due - b.due);
    buckets[day] = [];
    const shown = Math.min(due.length, options.maxReviewsPerDay);
    // Reviews over the limit wait for tomorrow.
    if (day + 1 < options.days) for (let i = shown; i < due.length; i++) buckets[day + 1]!.push(due[i]!);
    for (let i = 0; i < shown; i++) {
      const card = due[i]!;
      const r = recall(card, day);
      reviews += 1;
      if (random() < r) {
        recalled += 1;
        const grade = (2 + pick(random, RECALL_RATING)) as FsrsGrade;
        seconds += SECONDS[1]![grade - 1]!;
        card.s = model.next_recall_stability(card.d, card.s, r, grade);
        card.d = clampD(model.next_difficulty(card.d, grade));
      } else {
        seconds += SECONDS[1]![0]!;
        card.s = Math.min(model.next_forget_stability(card.d, card.s, r), card.s);
        card.d = clampD(model.next_difficulty(card.d, 1));
        // Relearning steps, passed with Good the same day.
        for (let step = 0; step < options.relearningSteps; step++) {
          seconds += SECONDS[2]![2]!;
          card.s = model.next_short_term_stability(card.s, 3);
        }
      }
      card.last = day;
      card.due = day + interval(card.s);
      schedule(card);
    }
    // New cards do not count against the review limit.
    const fresh = Math.min(options.newCardsPerDay, options.newCards - introduced);
    for (let i = 0; i < fresh; i++) {
      const grade = (1 + pick(random, FIRST_RATING)) as FsrsGrade;
      seconds += SECONDS[0]![grade - 1]!;
      const card: Card = { s: model.init_stability(grade), d: clampD(model.init_difficulty(grade)), last: day, due: day };
      // Learning steps: each passed with Good the same day, an Easy first answer skips them.
      if (grade < 4) {
        for (let step = 0; step < options.learningSteps; step++) {
          seconds += SECONDS[0]![2]!;
          card.s = model.next_short_term_stability(card.s, 3);
          card.d = clampD(model.next_difficulty(card.d, 3));
        }
      }
      card.due = day + interval(card.s);
      cards.push(card);
      schedule(card);
    }
    introduced += fresh;
    dailyMinutes.push(seconds / 60);
  }
  const end = options.days;
  const remembered = cards.reduce((sum, card) => sum + model.forgetting_curve(Math.max(0, end - card.last), card.s), 0);
  return {
    desiredRetention: options.desiredRetention,
    minutesPerDay: dailyMinutes.reduce((a, b) => a + b, 0) / Math.max(1, dailyMinutes.length),
    remembered,
    reviews,
    recallRate: reviews === 0 ? 0 : recalled / reviews,
    dailyMinutes,
  };
}

/** Desired retention 70 %, 71 % … 99 %, as the settings page compares them. */
export const RETENTION_STEPS: readonly number[] = Object.freeze(Array.from({ length: 30 }, (_, i) => (70 + i) / 100));

/** The simulator for each desired retention, the same learner and draws for each. */
export function simulateRetentionRange(options: Omit<SimulatorOptions, "desiredRetention">, retentions: readonly number[] = RETENTION_STEPS): SimulationResult[] {
  return retentions.map((desiredRetention) => simulateWorkload({ ...options, desiredRetention }));
}
