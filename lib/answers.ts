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

/** The session's user row, as the session check reads it (features/account/session.ts). */
export interface SessionUserRow {
  id: string;
  name: string;
  email: string;
  role: "student" | "instructor";
  timeZone: string;
  sessionVersion: number;
  disabledAt: Date | null;
}

/** A card's deck. */
export interface CardDeckRow {
  id: string;
  slug: string;
  title: string;
  description: string;
}

/**
 * What one answer reads before it is planned, all at once (lib/hot-reads.ts readForAnswer): the
 * session's user row, the card's deck if the user may study it (null: not theirs, no such card, or
 * deleted), and the answer's own inputs, which `record` plans and writes from without reading again.
 */
export interface AnswerReading {
  user: SessionUserRow | null;
  deck: CardDeckRow | null;
  /** Records the answer in `deckId`, the deck read above once the caller has authorized it. */
  record(deckId: string): Promise<AnswerOutcome>;
}

/** Where answers are stored: one per engine, each reading planReview's inputs and writing its outputs. */
export interface ReviewStore {
  /** One answer in one transaction: the card state moves on and the log gains a row, or neither. */
  recordReview(request: AnswerRequest): Promise<AnswerOutcome>;
  /** A device's waiting answers (oldest first) in one transaction: all stored or none. */
  recordReviewBatch(userId: string, items: readonly BatchItem[], now: Date): Promise<BatchItemOutcome[]>;
  /**
   * An engine that reads an answer's session user, card deck and inputs in one round trip
   * (PostgreSQL) offers it here; without it, lib/hot-reads.ts reads them one after another.
   */
  readAnswer?(userId: string, input: AnswerInput, now: Date): Promise<AnswerReading>;
}
