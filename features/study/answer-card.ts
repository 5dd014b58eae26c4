import "server-only";
import { z } from "zod";
import type { UserId } from "@/features/account/session";
import { authorizeCardDeck, type AuthorizedDeckId } from "@/features/deck/access";
import { fail, ok, type Result } from "@/lib/errors";
import { recordReview, type RecordedReview } from "./mutations";
import { reviewInputSchema } from "./schema";

export type AnswerCardFailure = "invalid" | "notFound" | "conflict";

/** An answer recorded (or replayed), with the deck it was recorded in. */
export interface AnsweredCard extends RecordedReview {
  deckId: AuthorizedDeckId;
}

/** A refused answer; a conflict names the card's deck, so the caller can show its current state. */
export type AnswerCardResult = Result<AnsweredCard, Exclude<AnswerCardFailure, "conflict">> | { ok: false; reason: "conflict"; message: string; deckId: AuthorizedDeckId };

/**
 * One answer for the signed-in user: validate, authorize the card's deck, record. The study
 * page's action (operations.ts) and POST /api/study/reviews (review-endpoint.ts) both call this,
 * each adding only what its transport needs.
 */
export async function answerCard(user: { id: UserId }, raw: unknown, now: Date): Promise<AnswerCardResult> {
  const parsed = reviewInputSchema.safeParse(raw);
  if (!parsed.success) return fail("invalid", z.prettifyError(parsed.error));
  const deck = await authorizeCardDeck(user.id, parsed.data.cardId);
  if (!deck) return fail("notFound", "That card does not exist or is not yours to study.");
  const recorded = await recordReview(user.id, deck.id, parsed.data, now);
  if (!recorded.ok) return { ok: false, reason: "conflict", message: recorded.message, deckId: deck.id };
  return ok({ ...recorded.value, deckId: deck.id });
}
