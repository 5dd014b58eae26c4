import { default_w, forgetting_curve } from "ts-fsrs";
import { schedulerFor } from "./fsrs-instance";
import { GRADES, type Grade } from "./grades";
import { fromFsrsCard, fromFsrsLog, toFsrsCard, type MemoryState, type ReviewLogEntry } from "./memory-state";
import { DEFAULT_LEARNING_STEPS, DEFAULT_RELEARNING_STEPS, type Step } from "./steps";

export { checkFsrsParameters, schedulerKey } from "./fsrs-instance";

export interface SchedulerSettings {
  /** Probability of recall the schedule aims for when a card comes due, 0.70-0.99. */
  desiredRetention: number;
  /** Longest interval in days. */
  maximumInterval: number;
  /**
   * Spread intervals a little so cards learned together do not stay due together (Anki's default).
   * ts-fsrs seeds the spread from the review time, the rep count and the card's memory state, so
   * the same answer to the same card always gets the same fuzz: replaying a log reproduces it.
   */
  enableFuzz: boolean;
  /** (Re)learning steps; omitted means ts-fsrs's defaults, 1m 10m and 10m. */
  learningSteps?: readonly Step[];
  relearningSteps?: readonly Step[];
  /** FSRS parameters fitted to the user's reviews; omitted or null means ts-fsrs's defaults. */
  w?: readonly number[] | null;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  enableFuzz: true,
  learningSteps: DEFAULT_LEARNING_STEPS,
  relearningSteps: DEFAULT_RELEARNING_STEPS,
  w: null,
};

export interface GradeResult {
  next: MemoryState;
  log: ReviewLogEntry;
}

export interface IntervalPreview {
  rating: Grade;
  due: Date;
  /** Short human interval from `now`, e.g. "10m", "3d", "1.5mo". */
  label: string;
}

/** Applies one answer given at `now` to a card's memory state. */
export function gradeCard(
  state: MemoryState,
  rating: Grade,
  now: Date,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): GradeResult {
  const { card, log } = schedulerFor(settings).next(toFsrsCard(state), now, rating);
  return { next: fromFsrsCard(card), log: fromFsrsLog(log) };
}

/** What each of the four answers would schedule, for the labels on the answer buttons. */
export function previewIntervals(
  state: MemoryState,
  now: Date,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): IntervalPreview[] {
  const preview = schedulerFor(settings).repeat(toFsrsCard(state), now);
  return GRADES.map((rating) => {
    const due = preview[rating].card.due;
    return { rating, due, label: formatInterval(due.getTime() - now.getTime()) };
  });
}

/** Probability (0-1) of recalling the card at `at`; 0 for a card never reviewed. */
export function retrievability(
  state: MemoryState,
  at: Date,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
): number {
  if (state.phase === "new") return 0;
  return schedulerFor(settings).get_retrievability(toFsrsCard(state), at, false);
}

/**
 * Probability (0-1) of recall `elapsedDays` (fractional) after the last review of a card with
 * this stability (days), on FSRS's forgetting curve: the points of the card-info chart.
 */
export function forgettingCurve(stability: number, elapsedDays: number, w?: readonly number[] | null): number {
  if (stability <= 0) return 0;
  return forgetting_curve(w ?? default_w, Math.max(0, elapsedDays), stability);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Compact interval the way Anki prints it on its buttons: <1m, 10m, 3h, 4d, 1.5mo, 2.1y. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return "<1m";
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trimZero((days / 30).toFixed(1))}mo`;
  return `${trimZero((days / 365).toFixed(1))}y`;
}

function trimZero(value: string): string {
  return value.endsWith(".0") ? value.slice(0, -2) : value;
}
