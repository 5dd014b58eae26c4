import "server-only";
import { z } from "zod";
import { findSessionUser } from "@/features/account/data";
import type { UserId } from "@/features/account/session";
import { isSessionCurrent } from "@/features/account/session-check";
import type { SessionClaims } from "@/features/account/session-token";
import { authorizedCardDeck, type AuthorizedDeckId } from "@/features/deck/access";
import { fail, ok, type Result } from "@/lib/errors";
import { readForAnswer } from "@/lib/hot-reads";
import { reviewResultOf, type RecordedReview } from "./mutations";
import { reviewInputSchema } from "./schema";

export type AnswerCardFailure = "invalid" | "notFound" | "conflict";

/** An answer recorded (or replayed), with the deck it was recorded in. */
export interface AnsweredCard extends RecordedReview {
  deckId: AuthorizedDeckId;
}

/** A refused answer; a conflict names the card's deck, so the caller can show its current state. */
export type AnswerCardResult = Result<AnsweredCard, Exclude<AnswerCardFailure, "conflict">> | { ok: false; reason: "conflict"; message: string; deckId: AuthorizedDeckId };

/**
 * Who answers: a user whose session was checked already (the study page's action), or a session
 * cookie's claims, checked against the user row that the answer's own read brings along (the
 * JSON route: on PostgreSQL the session's user, the card's deck and the answer's inputs are one
 * query, lib/hot-reads.ts readForAnswer).
 */
export type Answerer = { id: UserId } | SessionClaims;

/**
 * One answer: validate, check the session (claims only), authorize the card's deck, record. The
 * study page's action (operations.ts) and POST /api/study/reviews (review-endpoint.ts) both call
 * this, each adding only what its transport needs. Null when the claims' session has ended
 * (signed out, password changed, account disabled, no such user): nothing is written.
 */
export async function answerCard(user: { id: UserId }, raw: unknown, now: Date): Promise<AnswerCardResult>;
export async function answerCard(answerer: Answerer, raw: unknown, now: Date): Promise<AnswerCardResult | null>;
export async function answerCard(answerer: Answerer, raw: unknown, now: Date): Promise<AnswerCardResult | null> {
  const claims = "userId" in answerer ? answerer : null;
  const userId = "userId" in answerer ? answerer.userId : answerer.id;
  const parsed = reviewInputSchema.safeParse(raw);
  if (!parsed.success) {
    if (claims && !isSessionCurrent(await findSessionUser(userId), claims.sessionVersion)) return null;
    return fail("invalid", z.prettifyError(parsed.error));
  }
  const reading = await readForAnswer(userId, parsed.data, now, claims !== null);
  if (claims && !isSessionCurrent(reading.user, claims.sessionVersion)) return null;
  const deck = authorizedCardDeck(reading.deck);
  if (!deck) return fail("notFound", "That card does not exist or is not yours to study.");
  const recorded = reviewResultOf(await reading.record(deck.id));
  if (!recorded.ok) return { ok: false, reason: "conflict", message: recorded.message, deckId: deck.id };
  return ok({ ...recorded.value, deckId: deck.id });
}
