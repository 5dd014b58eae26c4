import type { Grade, SchedulerSettings } from "@/core/scheduling";

/*
 * What a review store takes and gives back (lib/review-store.ts picks the engine's store). Types
 * only: the SQLite writer's thread reads them too, and loads nothing of the app's.
 */

/** One answer as validated at the edge (features/study/schema.ts). */
export interface AnswerInput {
  cardId: string;
  rating: Grade;
  /** Made by the client per answer; a retry of the same answer reuses it. */
  idempotencyKey: string;
  durationMs: number;
  /** The card's reps as the answering screen showed it: another stored value refuses the answer. */
  expectedReps?: number;
}

/** One answer given on a device, possibly offline, graded at its own time. */
export interface BatchAnswerInput extends Omit<AnswerInput, "expectedReps"> {
  answeredAt: Date;
  /** The card's reps the device graded from: a different stored value reports the card as moved. */
  baseReps?: number;
}

export interface AnswerRequest {
  userId: string;
  /** The card's deck, authorized by the caller. */
  deckId: string;
  input: AnswerInput;
  now: Date;
  /** Explicit scheduler settings (tests, benchmarks): graded without the load balancer or leech suspension. */
  settings?: SchedulerSettings;
}

export interface RecordedAnswer {
  reviewId: string;
  nextDue: Date;
  /** True when this idempotency key had already been recorded: nothing new was written. */
  replayed: boolean;
}

/** Conflict: the card's state moved on (another tab or device answered first), nothing was written. */
export type AnswerOutcome = RecordedAnswer | "conflict";

/** One answer of a batch, its deck authorized by the caller. */
export interface BatchItem {
  deckId: string;
  input: BatchAnswerInput;
}

export type BatchItemOutcome = RecordedAnswer & {
  idempotencyKey: string;
  /** The stored state was not the one the device graded from (another device or tab answered meanwhile). */
  moved: boolean;
};

/** Where answers are stored: one per engine, each reading planReview's inputs and writing its outputs. */
export interface ReviewStore {
  /** One answer in one transaction: the card state moves on and the log gains a row, or neither. */
  recordReview(request: AnswerRequest): Promise<AnswerOutcome>;
  /** A device's waiting answers (oldest first) in one transaction: all stored or none. */
  recordReviewBatch(userId: string, items: readonly BatchItem[], now: Date): Promise<BatchItemOutcome[]>;
}
