import "server-only";
import { z } from "zod";
import { authorizeCardDeck, type AuthorizedDeckId } from "@/features/deck/access";
import { recordReviewBatch, type AuthorizedBatchAnswer } from "./mutations";
import { BODY_TOO_LARGE } from "@/lib/json-body";
import { checkAnswerRequest, type AnswerRequest } from "./review-endpoint";
import { reviewBatchSchema } from "./schema";

export type BatchResult =
  | { idempotencyKey: string; ok: true; reviewId: string; nextDue: string; replayed: boolean; moved: boolean }
  | { idempotencyKey: string; ok: false; reason: "notFound"; message: string };

/** A batch holds at most 200 answers of about 200 bytes each. */
export const MAX_BATCH_BYTES = 64 * 1024;

export interface BatchResponse {
  status: number;
  body: { results: BatchResult[] } | { reason: string; message: string };
}

/**
 * POST /api/study/reviews/batch: the answers a device has waiting (given offline, or queued while
 * the next card showed at once), stored in one request and one transaction. Same checks as one
 * answer (session, same-origin JSON, each card's deck); a card the user may not study is refused
 * on its own line and the others are stored. A resent batch stores nothing twice: every answer
 * carries its idempotency key.
 */
export async function answerBatchOverHttp(request: AnswerRequest, now: Date): Promise<BatchResponse> {
  const refused = checkAnswerRequest(request);
  if (refused) return refused;
  const body = await request.readJson();
  if (body === BODY_TOO_LARGE) return { status: 413, body: { reason: "tooLarge", message: `A batch of answers is at most ${MAX_BATCH_BYTES} bytes of JSON.` } };
  const parsed = reviewBatchSchema.safeParse(body);
  if (!parsed.success) return { status: 400, body: { reason: "invalid", message: z.prettifyError(parsed.error) } };
  const userId = request.user!.id;

  const decks = new Map<string, AuthorizedDeckId | null>();
  for (const answer of parsed.data.answers) {
    if (!decks.has(answer.cardId)) decks.set(answer.cardId, (await authorizeCardDeck(userId, answer.cardId))?.id ?? null);
  }
  const allowed: AuthorizedBatchAnswer[] = [];
  const results = new Map<string, BatchResult>();
  for (const input of parsed.data.answers) {
    const deckId = decks.get(input.cardId);
    if (deckId) allowed.push({ deckId, input });
    else results.set(input.idempotencyKey, { idempotencyKey: input.idempotencyKey, ok: false, reason: "notFound", message: "That card does not exist or is not yours to study." });
  }
  if (allowed.length > 0) {
    for (const outcome of await recordReviewBatch(userId, allowed, now)) {
      results.set(outcome.idempotencyKey, { ...outcome, ok: true, nextDue: outcome.nextDue.toISOString() });
    }
  }
  // In the order sent, one line per answer (a key sent twice in one batch gets one line).
  return { status: 200, body: { results: [...new Set(parsed.data.answers.map((answer) => answer.idempotencyKey))].map((key) => results.get(key)!) } };
}
