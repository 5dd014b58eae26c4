import { describe, expect, it } from "vitest";
import { countDueBuckets } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { forgetStudyCard, setCardSuspended, undoLastReview } from "@/features/study/card-mutations";
import { recordReview, recordReviewBatch } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

/**
 * The load balancer reads how many of a user's review cards fall due per quarter hour from
 * ReviewDueCount, which the migration's triggers keep (core/scheduling/load-balancer.ts). That is
 * right only if every write to CardState, by any code path on this run's engine, leaves the table
 * equal to counting the card states themselves.
 */

const AT = new Date("2026-03-06T20:00:00.000Z");
const HOUR = 3_600_000;

/** What the triggers kept, and what counting the states gives: [userId, bucket, count], sorted. */
async function keptAndCounted(userIds: readonly string[]) {
  const sorted = (rows: [string, number, number][]) => rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
  const kept = await db.reviewDueCount.findMany({ where: { userId: { in: [...userIds] } } });
  const states = await db.cardState.findMany({ where: { userId: { in: [...userIds] }, phase: "review", suspended: false }, select: { userId: true, due: true } });
  const counted = userIds.flatMap((userId) => [...countDueBuckets(states.filter((state) => state.userId === userId).map((state) => state.due))].map(([bucket, count]) => [userId, bucket, count] as [string, number, number]));
  return { kept: sorted(kept.map((row) => [row.userId, row.bucket, row.count])), counted: sorted(counted) };
}

describe("review due counts", () => {
  it("equal the count of each user's review cards per quarter hour after every kind of write", async () => {
    const [ann, bob] = [await createTestUser("Ann"), await createTestUser("Bob")];
    const { deckId, cardIds } = await createTestDeck(null, 5);
    const expectKept = async () => {
      const { kept, counted } = await keptAndCounted([ann, bob]);
      expect(kept).toEqual(counted);
      return kept.length;
    };
    const answer = (userId: UserId, card: number, rating: 1 | 2 | 3 | 4, at: Date) => recordReview(userId, deckId, { cardId: cardIds[card]!, rating, idempotencyKey: key(), durationMs: 10 }, at);

    // The engine's own answer path: Easy on a new card makes it a review card.
    for (const card of [0, 1, 2, 3]) expect((await answer(ann, card, 4, new Date(AT.getTime() + card * 60_000))).ok).toBe(true);
    await answer(bob, 0, 4, AT);
    expect(await expectKept()).toBeGreaterThan(0);
    // A review answered again moves to another bucket; a lapse leaves review.
    await answer(ann, 0, 3, new Date(AT.getTime() + 5 * 24 * HOUR));
    await answer(ann, 1, 1, new Date(AT.getTime() + 5 * 24 * HOUR + 1000));
    await expectKept();
    // Prisma's transactions: suspend and unsuspend, forget, undo.
    await setCardSuspended(ann, deckId, cardIds[2]!, true, AT);
    await expectKept();
    await setCardSuspended(ann, deckId, cardIds[2]!, false, AT);
    await forgetStudyCard(ann, deckId, cardIds[3]!, new Date(AT.getTime() + 6 * 24 * HOUR));
    await expectKept();
    await undoLastReview(ann, deckId);
    await expectKept();
    // A device's batch of answers.
    const answeredAt = new Date(AT.getTime() + 7 * 24 * HOUR);
    await recordReviewBatch(ann, [2, 4].map((card) => ({ deckId, input: { cardId: cardIds[card]!, rating: 4 as const, idempotencyKey: key(), durationMs: 10, answeredAt } })), answeredAt);
    await expectKept();
    // Raw SQL, a cascading card delete, a deleted user.
    await db.cardState.updateMany({ where: { userId: ann }, data: { due: new Date(AT.getTime() + 30 * 24 * HOUR) } });
    await expectKept();
    await db.card.delete({ where: { id: cardIds[0]! } });
    await expectKept();
    await db.user.delete({ where: { id: bob } });
    expect(await db.reviewDueCount.count({ where: { userId: bob } })).toBe(0);
    expect(await expectKept()).toBeGreaterThan(0);
  });
});
