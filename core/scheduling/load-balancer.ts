import { get_fuzz_range } from "ts-fsrs";
import { EASY_DAY_SHARE, type EasyDay } from "./easy-days";

/**
 * Anki 24.11's load balancer, in Kioku's terms. Instead of a random day within FSRS's fuzz
 * range, a review goes to a day drawn with weight
 *
 *   1 (no card due that day), else  (1 / count)² × (1 / interval) × sibling factor × easy-day factor
 *
 * (Anki 24.11's `select_weighted_interval`: the inverse square of the day's due count, and the
 * inverse interval so the draw does not drift to the later days of the range), so the emptier
 * (and the earlier) days of the range win, a sibling's day and the days next to it lose, and a
 * reduced or minimum weekday takes fewer cards. Only intervals up to 90 days are
 * balanced; longer ones keep FSRS's own fuzz. The draw is seeded by the answer itself, so the
 * same answer with the same loads picks the same day.
 *
 * The day picked depends on the other cards' due dates at answer time, which the card's own log
 * cannot reproduce, so the log stores it: the answer's `nextDue` (the column every log row has).
 * Replay (history.ts) takes a logged review due date whenever it lies in the fuzz range the
 * replayed answer allows; under different settings (a reschedule) it falls outside and FSRS's
 * own fuzz applies, as before.
 */
export const MAX_BALANCED_INTERVAL = 90;
/** Days of due counts the balancer may look at: the largest fuzz range of a 90-day interval. */
export const LOAD_BALANCE_DAYS = Math.floor(MAX_BALANCED_INTERVAL * 1.1) + 1;

const SIBLING_STEPS = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5] as const;
const SIBLING_FACTORS = [1, 0.8, 0.6, 0.4, 0.2, 0.000001, 0.2, 0.4, 0.6, 0.8, 1] as const;

export interface DailyLoad {
  /** Cards due on each study day from today: index 0 = today, 1 = tomorrow... */
  dueCounts: readonly number[];
  /** Offsets (days from today) on which a sibling of the card is due. */
  siblingDays?: ReadonlySet<number>;
  /** Weekday of today's study day, 0 = Monday. */
  todayWeekday: number;
  /** Monday first. */
  easyDays: readonly EasyDay[];
}

/** The whole-day intervals FSRS's fuzz may give an interval, as ts-fsrs computes them. */
export function fuzzRange(interval: number, elapsedDays: number, maximumInterval: number): { min: number; max: number } {
  const { min_ivl, max_ivl } = get_fuzz_range(interval, elapsedDays, maximumInterval);
  return { min: min_ivl, max: max_ivl };
}

/** The weight of each candidate day; exported for the tests. */
export function balanceWeights(candidates: readonly number[], load: DailyLoad): number[] {
  const counts = candidates.map((day) => load.dueCounts[day] ?? 0);
  const weekdays = candidates.map((day) => (((load.todayWeekday + day) % 7) + 7) % 7);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const totalShare = weekdays.reduce((sum, weekday) => sum + EASY_DAY_SHARE[load.easyDays[weekday] ?? "normal"], 0);
  return candidates.map((day, index) => {
    const count = counts[index]!;
    if (count === 0) return 1;
    let level = load.easyDays[weekdays[index]!] ?? "normal";
    if (level === "reduced") {
      // A reduced day counts as normal until it holds more than half of an average other day.
      const otherDays = (total - count) / (totalShare - EASY_DAY_SHARE.reduced);
      level = count / EASY_DAY_SHARE.reduced > otherDays ? "minimum" : "normal";
    }
    let sibling = 1;
    for (const siblingDay of load.siblingDays ?? []) {
      const step = day - siblingDay;
      if (Math.abs(step) <= 5) sibling *= SIBLING_FACTORS[SIBLING_STEPS.indexOf(step as (typeof SIBLING_STEPS)[number])]!;
    }
    return (1 / count) ** 2 * (1 / day) * sibling * EASY_DAY_SHARE[level];
  });
}

/** mulberry32, seeded by the answer: small and deterministic. */
function random(seed: number): number {
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/** A 32-bit seed from the answer's time (ms), the card's rep count and its stability. */
export function balanceSeed(atMs: number, reps: number, stability: number): number {
  let h = 2166136261;
  for (const part of [atMs % 4_294_967_296, Math.floor(atMs / 4_294_967_296), reps, Math.round(stability * 1000)]) {
    h = Math.imul(h ^ (part >>> 0), 16777619);
  }
  return h >>> 0;
}

/**
 * The interval (days) the balancer picks for an FSRS interval before fuzz, or null when it does
 * not apply (longer than 90 days, or a range of one day).
 */
export function balanceInterval(interval: number, elapsedDays: number, maximumInterval: number, load: DailyLoad, seed: number): number | null {
  if (interval > MAX_BALANCED_INTERVAL) return null;
  const { min, max } = fuzzRange(interval, elapsedDays, maximumInterval);
  if (max <= min) return null;
  const candidates = Array.from({ length: max - min + 1 }, (_, index) => min + index);
  const weights = balanceWeights(candidates, load);
  const sum = weights.reduce((total, weight) => total + weight, 0);
  if (!(sum > 0)) return null;
  let roll = random(seed) * sum;
  for (const [index, weight] of weights.entries()) {
    roll -= weight;
    if (roll < 0) return candidates[index]!;
  }
  return candidates[candidates.length - 1]!;
}

const DAY_MS = 86_400_000;

/** True when an answer's result is one the balancer may move: a review interval it balances. */
export function mayBalance(next: { phase: string; scheduledDays: number }, enableFuzz: boolean): boolean {
  return enableFuzz && next.phase === "review" && next.scheduledDays >= 2 && next.scheduledDays <= LOAD_BALANCE_DAYS;
}

/**
 * The user's review cards reach the balancer counted per quarter hour: bucket = epoch ms /
 * DUE_BUCKET_MS, rounded down, to the number of cards due in it. The database keeps these counts
 * (the ReviewDueCount table, kept by triggers), so an answer reads a few rows, not one per card
 * due in the next hundred days. Every time zone in use is a whole number of quarter hours from
 * UTC, so a study day starts on a bucket boundary and all of a bucket's cards fall on one study
 * day: the counts per day are exactly those of the dates (load-balancer.test.ts checks every zone).
 */
export const DUE_BUCKET_MS = 900_000;

/** Cards due per bucket (see DUE_BUCKET_MS). */
export type DueBuckets = ReadonlyMap<number, number>;

export function dueBucketOf(due: Date): number {
  return Math.floor(due.getTime() / DUE_BUCKET_MS);
}

/** The buckets covering [from, to): the first, and the one after the last. */
export function dueBucketRange(from: Date, to: Date): { first: number; end: number } {
  return { first: dueBucketOf(from), end: Math.ceil(to.getTime() / DUE_BUCKET_MS) };
}

/**
 * Counts read from ReviewDueCount less the answered card's own: the reading is of the user's
 * other cards. `own` is the card's stored row; it is counted there when it is a review card
 * that is not suspended.
 */
export function dueBucketsWithout(counts: Iterable<readonly [bucket: number, count: number]>, own: { phase: string; due: Date; suspended: boolean } | null): Map<number, number> {
  const buckets = new Map(counts);
  if (own && own.phase === "review" && !own.suspended) {
    const bucket = dueBucketOf(own.due);
    const left = (buckets.get(bucket) ?? 0) - 1;
    if (left > 0) buckets.set(bucket, left);
    else buckets.delete(bucket);
  }
  return buckets;
}

/** Due dates counted per bucket, as the database counts them. */
export function countDueBuckets(dues: Iterable<Date>): Map<number, number> {
  const buckets = new Map<number, number>();
  for (const due of dues) {
    const bucket = dueBucketOf(due);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  }
  return buckets;
}

/**
 * The load the balancer weighs, from the user's review cards due per bucket (any deck) and the
 * due dates of the card's siblings, counted by whole days from the start of today's study day.
 */
export function dailyLoadOf(input: { dueBuckets: DueBuckets; siblingDues: readonly Date[]; todayStart: Date; todayWeekday: number; easyDays: readonly EasyDay[] }): DailyLoad {
  const dueCounts = Array<number>(LOAD_BALANCE_DAYS).fill(0);
  const todayStart = input.todayStart.getTime();
  for (const [bucket, count] of input.dueBuckets) {
    const day = Math.floor((bucket * DUE_BUCKET_MS - todayStart) / DAY_MS);
    if (day >= 0 && day < LOAD_BALANCE_DAYS) dueCounts[day]! += count;
  }
  const offset = (due: Date) => Math.floor((due.getTime() - todayStart) / DAY_MS);
  return { dueCounts, siblingDays: new Set(input.siblingDues.map(offset)), todayWeekday: input.todayWeekday, easyDays: input.easyDays };
}

/** The window of due dates `dailyLoadOf` counts: [todayStart, end). */
export function loadWindowEnd(todayStart: Date): Date {
  return new Date(todayStart.getTime() + LOAD_BALANCE_DAYS * DAY_MS);
}
