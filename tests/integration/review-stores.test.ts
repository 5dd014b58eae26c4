import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grade } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { answerCard } from "@/features/study/answer-card";
import { recordReview } from "@/features/study/mutations";
import { saveDeckSettings, saveUserSettings } from "@/features/settings/mutations";
import { deckSettingsSchema, userSettingsSchema } from "@/features/settings/schema";
import { db } from "@/lib/db";
import { recordReviewWithPrisma } from "@/lib/prisma/review-store";
import { createTestDeck, createTestUser } from "./fixtures";

/**
 * The engine's own review store (SQLite's prepared statements on the writer thread, PostgreSQL's
 * read query and one-statement write) held to the Prisma store, on whichever engine this run
 * uses: for any sequence of answers, replays and stale answers, the same outcomes and the same
 * rows. Load balancing and leech suspension are on, so their reads are exercised too.
 */

const START = new Date("2026-03-06T20:00:00Z");
const MINUTE = 60_000;

type Step = { card: number; rating: Grade; gapMinutes: number; replay: boolean; staleReps: boolean };
const stepArb: fc.Arbitrary<Step> = fc.record({
  card: fc.integer({ min: 0, max: 3 }),
  rating: fc.constantFrom<Grade>(1, 1, 2, 3, 4),
  gapMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 60 * 24, max: 60 * 24 * 40 })),
  replay: fc.boolean(),
  staleReps: fc.boolean(),
});

async function student(): Promise<{ userId: UserId; deckId: AuthorizedDeckId; cardIds: string[] }> {
  const userId = await createTestUser();
  const { deckId, cardIds } = await createTestDeck(userId, 4);
  // Two cards of one fact, so a sibling's due day weighs in the load balancer.
  await db.card.updateMany({ where: { id: { in: cardIds.slice(0, 2) } }, data: { group: `fact-${userId}` } });
  await saveUserSettings(
    userId,
    userSettingsSchema.parse({
      desiredRetention: "0.85",
      maximumInterval: "365",
      newCardsPerDay: "20",
      maxReviewsPerDay: "200",
      learningSteps: "2m 15m",
      relearningSteps: "5m",
      enableFuzz: true,
      dayStartHour: "4",
      timeZone: "Asia/Tokyo",
      loadBalance: true,
      autoSuspendLeeches: true,
    }),
  );
  await saveDeckSettings(userId, deckId, deckSettingsSchema.parse({ desiredRetention: "0.93", newCardsPerDay: "", maxReviewsPerDay: "" }));
  return { userId, deckId, cardIds };
}

/** What the database holds for the user, card by card in deck order, without ids and wall-clock stamps. */
async function stored(userId: UserId, cardIds: string[]) {
  const rows = [];
  for (const cardId of cardIds) {
    const state = await db.cardState.findUnique({
      where: { userId_cardId: { userId, cardId } },
      omit: { id: true, userId: true, cardId: true, deckId: true, updatedAt: true },
    });
    const logs = await db.reviewLog.findMany({
      where: { userId, cardId },
      orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
      omit: { id: true, userId: true, cardId: true, deckId: true, createdAt: true },
    });
    // Idempotency keys are per user ("<userId>:<step>" or "<userId>-<step>"); compare the step.
    rows.push({ state, logs: logs.map((log) => ({ ...log, idempotencyKey: log.idempotencyKey.split(/[:-]/)[1] })) });
  }
  return rows;
}

describe("the engine's review store", () => {
  it("records every sequence of answers, replays and stale answers as the Prisma store does", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 25 }), async (steps) => {
        const direct = await student();
        const viaPrisma = await student();
        // The answer route's way in: the session's user, the card's deck and the inputs in one read (one query on PostgreSQL).
        const viaAnswerCard = await student();
        let now = START.getTime();
        for (const [index, step] of steps.entries()) {
          now += step.gapMinutes * MINUTE;
          const answer = (side: typeof direct) => ({
            cardId: side.cardIds[step.card]!,
            rating: step.rating,
            idempotencyKey: `${side.userId}-${step.replay && index > 0 ? index - 1 : index}`,
            durationMs: 1000 + index,
            ...(step.staleReps ? { expectedReps: 99 } : {}),
          });
          const a = await recordReview(direct.userId, direct.deckId, answer(direct), new Date(now));
          const b = await recordReviewWithPrisma(db, { userId: viaPrisma.userId, deckId: viaPrisma.deckId, input: answer(viaPrisma), now: new Date(now) });
          const c = await answerCard({ id: viaAnswerCard.userId }, answer(viaAnswerCard), new Date(now));
          expect(a.ok ? "recorded" : a.reason).toBe(b === "conflict" ? "conflict" : "recorded");
          expect(c.ok ? "recorded" : c.reason).toBe(b === "conflict" ? "conflict" : "recorded");
          if (a.ok && c.ok && b !== "conflict") {
            expect(a.value.replayed).toBe(b.replayed);
            expect(a.value.nextDue.toISOString()).toBe(b.nextDue.toISOString());
            expect(c.value.nextDue.toISOString()).toBe(b.nextDue.toISOString());
          }
        }
        expect(await stored(direct.userId, direct.cardIds)).toEqual(await stored(viaPrisma.userId, viaPrisma.cardIds));
        expect(await stored(viaAnswerCard.userId, viaAnswerCard.cardIds)).toEqual(await stored(viaPrisma.userId, viaPrisma.cardIds));
      }),
      { numRuns: 20, seed: 20261207 },
    );
  });

  it("suspends a card that keeps failing its reviews, as the Prisma store does", async () => {
    const direct = await student();
    const viaPrisma = await student();
    let at = START;
    for (const [index, rating] of ([4, 1, 3, 1, 3, 1, 3, 1] as Grade[]).entries()) {
      const answer = (side: typeof direct) => ({ cardId: side.cardIds[3]!, rating, idempotencyKey: `${side.userId}:${index}`, durationMs: 500 });
      const a = await recordReview(direct.userId, direct.deckId, answer(direct), at);
      const b = await recordReviewWithPrisma(db, { userId: viaPrisma.userId, deckId: viaPrisma.deckId, input: answer(viaPrisma), now: at });
      expect(a.ok && b !== "conflict" && a.value.nextDue.toISOString() === b.nextDue.toISOString()).toBe(true);
      if (a.ok) at = a.value.nextDue;
    }
    const mine = await stored(direct.userId, direct.cardIds);
    expect(mine[3]?.state?.suspended).toBe(true);
    expect(mine).toEqual(await stored(viaPrisma.userId, viaPrisma.cardIds));
  });

  it("stores a first answer to a card and refuses a second one that saw the card before it", async () => {
    const { userId, deckId, cardIds } = await student();
    const first = await recordReview(userId, deckId, { cardId: cardIds[2]!, rating: 3, idempotencyKey: `${userId}:a`, durationMs: 10, expectedReps: 0 }, START);
    const second = await recordReview(userId, deckId, { cardId: cardIds[2]!, rating: 1, idempotencyKey: `${userId}:b`, durationMs: 10, expectedReps: 0 }, START);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, reason: "conflict" });
    const again = await recordReview(userId, deckId, { cardId: cardIds[2]!, rating: 1, idempotencyKey: `${userId}:a`, durationMs: 10, expectedReps: 0 }, START);
    expect(again.ok && again.value.replayed).toBe(true);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
    expect(await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: cardIds[2]! } }, select: { reps: true } })).toEqual({ reps: 1 });
  });
});
