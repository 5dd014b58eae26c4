import { computeDecayFactor, dateDiffInDays, default_w, forgetting_curve } from "ts-fsrs";
import { balanceInterval, balanceSeed, fuzzRange, MAX_BALANCED_INTERVAL, type DailyLoad } from "./load-balancer";
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

/**
 * Applies one answer given at `now` to a card's memory state. With `load` (the user's cards due
 * on each coming day) and fuzz on, a review interval of up to 90 days goes to a day the load
 * balancer picks within the fuzz range instead of FSRS's random one (load-balancer.ts); the
 * resulting due date is what the log stores, and replay takes it back from there.
 */
export function gradeCard(
  state: MemoryState,
  rating: Grade,
  now: Date,
  settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS,
  load?: DailyLoad | null,
): GradeResult {
  const before = toFsrsCard(state);
  const { card, log } = schedulerFor(settings).next(before, now, rating);
  const next = fromFsrsCard(card);
  if (load && settings.enableFuzz && next.phase === "review") {
    const plain = unfuzzedInterval(state, now, rating, settings);
    const days = plain < 2.5 ? null : balanceInterval(plain, log.elapsed_days, settings.maximumInterval, load, balanceSeed(now.getTime(), state.reps, next.stability));
    if (days !== null) return { next: { ...next, due: new Date(now.getTime() + days * DAY), scheduledDays: days }, log: fromFsrsLog(log) };
  }
  return { next, log: fromFsrsLog(log) };
}

/** The interval FSRS gives this answer before fuzz (days): the centre of the fuzz range. */
function unfuzzedInterval(state: MemoryState, now: Date, rating: Grade, settings: SchedulerSettings): number {
  return schedulerFor({ ...settings, enableFuzz: false }).next(toFsrsCard(state), now, rating).card.scheduled_days;
}

/**
 * The replayed result of an answer with the due date its log row recorded, when that date is
 * one this answer may have (a whole number of days in its fuzz range): a load-balanced answer
 * replays to the day it was given. Otherwise the replayed state stands.
 */
export function withLoggedDue(before: MemoryState, after: MemoryState, rating: Grade, at: Date, loggedDue: Date | undefined, settings: SchedulerSettings): MemoryState {
  if (!loggedDue || !settings.enableFuzz || after.phase !== "review") return after;
  const ms = loggedDue.getTime() - at.getTime();
  const days = ms / DAY;
  if (!Number.isInteger(days) || ms === after.due.getTime() - at.getTime()) return after;
  const plain = unfuzzedInterval(before, at, rating, settings);
  if (plain < 2.5 || plain > MAX_BALANCED_INTERVAL) return after;
  const elapsed = before.lastReview ? Math.max(0, dateDiffInDays(before.lastReview, at)) : 0;
  const range = fuzzRange(plain, elapsed, settings.maximumInterval);
  if (days < range.min || days > range.max) return after;
  return { ...after, due: loggedDue, scheduledDays: days };
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
 * +value.toFixed(8), without the string when it would change nothing: ts-fsrs stores stabilities
 * already rounded to 8 decimals (roundTo), and for such a value below 1e7 (stabilities stop at
 * 36,500 days) toFixed(8) gives back the same number, as the value is the double nearest its own
 * 8-decimal form.
 */
function toEightDecimals(value: number): number {
  return value < 1e7 && roundTo8(value) === value ? value : +value.toFixed(8);
}

/**
 * ts-fsrs's roundTo(value, 8), with its factor as a constant: roundTo computes 10 ** decimals on
 * every call, and a class view calls this twice for each of its thousands of card states.
 * 10 ** 8 is exactly 1e8, so the result is the same number.
 */
function roundTo8(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}

/**
 * `retrievability` for many cards under one model: the returned function gives the same number
 * as retrievability(state, at, settings) for a card that has been reviewed (not new, with a last
 * review), from the three values it depends on, all in milliseconds since the epoch but the
 * stability (days). The parameters are resolved once, so a class-wide view does not build a
 * ts-fsrs card and look up the scheduler for each of its thousands of states.
 */
export function recallCurveOf(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): (stability: number, lastReviewMs: number, atMs: number) => number {
  const { decay, factor } = computeDecayFactor(schedulerFor(settings).parameters.w);
  // ts-fsrs's get_retrievability and forgetting_curve, term for term (the test holds them equal):
  // whole days elapsed (floored, never negative), stability to 8 decimals, recall to 8 decimals.
  return (stability, lastReviewMs, atMs) => {
    const elapsedDays = Math.max(Math.floor((atMs - lastReviewMs) / DAY), 0);
    return roundTo8(Math.pow(1 + (factor * elapsedDays) / toEightDecimals(stability), decay));
  };
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
