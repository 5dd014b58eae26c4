import { randomUUID } from "node:crypto";
import { simulateReviewHistory, type SyntheticHistoryOptions } from "@/core/scheduling/synthetic-history";
import { db } from "@/lib/db";

export interface SeededHistory {
  deckId: string;
  cardIds: string[];
  reviewCount: number;
}

/**
 * Gives a user a deck of their own and a simulated history on it (see simulateReviewHistory):
 * the log rows and the card states they end in, written in bulk.
 */
export async function seedSyntheticHistory(
  userId: string,
  options: Omit<SyntheticHistoryOptions, "start"> & { start?: Date },
): Promise<SeededHistory> {
  const history = simulateReviewHistory({ start: new Date("2025-01-06T18:00:00Z"), ...options });
  const cardCount = history.reduce((max, review) => Math.max(max, review.card + 1), 0);
  const slug = `history-${randomUUID().slice(0, 8)}`;
  const deck = await db.deck.create({ data: { slug, title: `History ${slug}`, ownerId: userId }, select: { id: true } });
  const cardIds = Array.from({ length: cardCount }, () => randomUUID());
  await db.card.createMany({
    data: cardIds.map((id, position) => ({ id, deckId: deck.id, key: `c${position}`, kind: "basic" as const, prompt: `Question ${position}`, answer: `Answer ${position}`, position })),
  });
  const last = new Map<number, (typeof history)[number]>();
  for (const review of history) last.set(review.card, review);
  const rows = history.map((review, index) => ({
    userId,
    cardId: cardIds[review.card]!,
    deckId: deck.id,
    idempotencyKey: `synthetic-${index}`,
    ...review.log,
    durationMs: review.durationMs,
    nextDue: review.next.due,
  }));
  // In slices: one createMany of many thousands of rows makes Prisma send its batches to one
  // PostgreSQL connection at once, which pg deprecates (support/one-query-per-connection.ts).
  for (let start = 0; start < rows.length; start += 1000) await db.reviewLog.createMany({ data: rows.slice(start, start + 1000) });
  await db.cardState.createMany({
    data: [...last.values()].map((review) => ({ userId, cardId: cardIds[review.card]!, deckId: deck.id, ...review.next })),
  });
  return { deckId: deck.id, cardIds, reviewCount: history.length };
}
