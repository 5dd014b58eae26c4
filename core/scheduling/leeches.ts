import { replayHistory, type HistoryEntry } from "./history";
import { retrievability, type SchedulerSettings } from "./scheduler";

/**
 * A leech is a card the learner fails far more often than its own memory model predicts: not a
 * fixed number of lapses (Anki's 8), but failures that would be improbable under the recall FSRS
 * predicted at each review. With p_i the predicted recall at review i, failures follow a
 * Poisson-binomial distribution (a binomial with a probability per review); the card is a leech
 * when P(at least the observed failures) < 5 %.
 */
export const LEECH_TAIL = 0.05;
export const LEECH_TAG = "leech";

export interface LeechVerdict {
  reviews: number;
  failures: number;
  /** Failures the model expected: the sum of 1 − p_i. */
  expectedFailures: number;
  /** P(failures ≥ observed) under the model, 0-1. */
  tail: number;
  leech: boolean;
}

/** P(X ≥ k) for X the number of failures when review i fails with probability q_i (exact, by convolution). */
export function failureTail(failureProbabilities: readonly number[], k: number): number {
  if (k <= 0) return 1;
  // dist[j] = P(j failures so far); only up to k is needed (k stands for "k or more").
  let dist = new Float64Array(k + 1);
  dist[0] = 1;
  for (const q of failureProbabilities) {
    const next = new Float64Array(k + 1);
    for (let j = 0; j <= k; j++) {
      const p = dist[j]!;
      if (p === 0) continue;
      next[j]! += p * (1 - q);
      next[Math.min(k, j + 1)]! += p * q;
    }
    dist = next;
  }
  return dist[k]!;
}

/** Judges one card from its log: reviews of cards in the review phase only (learning steps are not predictions). */
export function judgeLeech(history: readonly HistoryEntry[], settings: SchedulerSettings): LeechVerdict {
  const failureProbabilities: number[] = [];
  let failures = 0;
  for (const step of replayHistory(history, settings)) {
    if (step.entry.kind !== "review" || step.before.phase !== "review") continue;
    const recall = retrievability(step.before, step.entry.at, settings);
    failureProbabilities.push(1 - recall);
    if (step.entry.rating === 1) failures += 1;
  }
  const tail = failureTail(failureProbabilities, failures);
  return {
    reviews: failureProbabilities.length,
    failures,
    expectedFailures: failureProbabilities.reduce((sum, q) => sum + q, 0),
    tail,
    leech: failures > 0 && tail < LEECH_TAIL,
  };
}
