import type { MemoryState } from "./memory-state";
import { forgettingCurve } from "./scheduler";

const DAY_MS = 86_400_000;

export interface CurvePoint {
  /** Days since the last review. */
  day: number;
  /** Probability of recall, 0-1. */
  recall: number;
}

export interface ForgettingCurve {
  points: CurvePoint[];
  /** Where the due date and `now` fall on the curve, in days since the last review. */
  dueDay: number;
  nowDay: number;
  recallNow: number;
  recallAtDue: number;
}

/**
 * A card's forgetting curve from its last review: enough days to show the due date and today,
 * sampled evenly, with recall as FSRS models it (fractional days, so "now" moves by the hour).
 * Null for a card with no memory yet (new or reset).
 */
export function forgettingCurveOf(state: MemoryState, now: Date, w?: readonly number[] | null, samples = 60): ForgettingCurve | null {
  if (state.phase === "new" || !state.lastReview || state.stability <= 0) return null;
  const from = state.lastReview.getTime();
  const dueDay = (state.due.getTime() - from) / DAY_MS;
  const nowDay = Math.max(0, (now.getTime() - from) / DAY_MS);
  const span = Math.max(1, dueDay * 2, nowDay * 1.25);
  const points = Array.from({ length: samples + 1 }, (_, index) => {
    const day = (span * index) / samples;
    return { day, recall: forgettingCurve(state.stability, day, w) };
  });
  return { points, dueDay, nowDay, recallNow: forgettingCurve(state.stability, nowDay, w), recallAtDue: forgettingCurve(state.stability, dueDay, w) };
}
