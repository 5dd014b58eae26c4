import type { SchedulerSettings } from "@/core/scheduling";
import { fail, ok, type Result } from "@/lib/errors";
import { reviewStoreOf, type AnswerOutcome, type BatchItemOutcome, type RecordedAnswer } from "@/lib/review-store";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import type { BatchAnswerInput, ReviewInput } from "./schema";

export type { BatchItemOutcome } from "@/lib/review-store";
export type RecordedReview = RecordedAnswer;
export type RecordReviewFailure = "conflict";

const CONFLICT_MESSAGE = "This card was answered elsewhere in the meantime. Here is its current state.";

/**
 * Records one answer in one transaction: the card state moves on and the log gains a row, or
 * neither happens. The same idempotency key twice yields one row and the same answer. If the
 * card state changed underneath (another tab answered first) the answer is refused as a conflict.
 * Without `settings` the user's settings for the deck are read inside the transaction, so a
 * reschedule can never slip between reading them and grading with them. The decision is
 * core/scheduling's planReview; the engine's store (lib/review-store.ts) reads and writes.
 */
export async function recordReview(
  userId: UserId,
  deckId: AuthorizedDeckId,
  input: ReviewInput,
  now: Date,
  settings?: SchedulerSettings,
): Promise<Result<RecordedReview, RecordReviewFailure>> {
  return reviewResultOf(await reviewStoreOf().recordReview({ userId, deckId, input, now, settings }));
}

/** A store's outcome as the features' Result: a conflict is a refusal with its message. */
export function reviewResultOf(outcome: AnswerOutcome): Result<RecordedReview, RecordReviewFailure> {
  return outcome === "conflict" ? fail("conflict", CONFLICT_MESSAGE) : ok(outcome);
}

/** One answer of a batch with its card's deck, authorized by the caller. */
export interface AuthorizedBatchAnswer {
  deckId: AuthorizedDeckId;
  input: BatchAnswerInput;
}

/**
 * A device's waiting answers in one transaction: all stored or none. They are taken in the time
 * they were given (ties in the order sent); each is graded from the server's own state at its
 * own time (answerTime: not after the server's clock, after the user's latest entry), so the
 * stored state is what the card's log replays to whatever the device had computed, and another
 * device's answers in between are built upon, not overwritten. A key already stored writes nothing.
 */
export async function recordReviewBatch(userId: UserId, answers: readonly AuthorizedBatchAnswer[], now: Date): Promise<BatchItemOutcome[]> {
  const items = [...answers].sort((a, b) => a.input.answeredAt.getTime() - b.input.answeredAt.getTime());
  return reviewStoreOf().recordReviewBatch(userId, items, now);
}
