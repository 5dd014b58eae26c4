import { beforeEach, describe, expect, it } from "vitest";
import { gradeCard, newMemoryState, type SchedulerSettings } from "@/core/scheduling";
import type { UserId } from "@/features/account/session";
import { getStudyView } from "@/features/study/data";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

const NO_FUZZ: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };
const NOW = new Date("2026-03-02T10:00:00Z");
const DAY = 86_400_000;

let userId: UserId;
beforeEach(async () => {
  userId = await createTestUser();
});

describe("recordReview", () => {
  it("updates the card state and appends one log row with ts-fsrs's fields, in one go", async () => {
    const { deckId, cardIds } = await createTestDeck(null);
    const cardId = cardIds[0]!;
    const result = await recordReview(userId, deckId, { cardId, rating: 3, idempotencyKey: key(), durationMs: 4200 }, NOW, NO_FUZZ);
    expect(result.ok).toBe(true);

    const expected = gradeCard(newMemoryState(NOW), 3, NOW, NO_FUZZ);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
    expect(state).toMatchObject({
      deckId,
      phase: expected.next.phase,
      due: expected.next.due,
      reps: 1,
      lapses: 0,
      stability: expected.next.stability,
      difficulty: expected.next.difficulty,
      learningSteps: expected.next.learningSteps,
      lastReview: NOW,
    });
    const logs = await db.reviewLog.findMany({ where: { userId, cardId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      rating: 3,
      phase: "new",
      reviewedAt: NOW,
      durationMs: 4200,
      nextDue: expected.next.due,
      stability: expected.log.stability,
      difficulty: expected.log.difficulty,
      scheduledDays: expected.log.scheduledDays,
    });
  });

  it("stores the same idempotency key once and gives the same answer", async () => {
    const { deckId, cardIds } = await createTestDeck(null);
    const input = { cardId: cardIds[0]!, rating: 4 as const, idempotencyKey: key(), durationMs: 1000 };
    const first = await recordReview(userId, deckId, input, NOW, NO_FUZZ);
    const again = await recordReview(userId, deckId, input, new Date(NOW.getTime() + 5000), NO_FUZZ);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.value).toEqual({ ...first.value, replayed: true });
    expect(await db.reviewLog.count({ where: { userId, cardId: input.cardId } })).toBe(1);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId: input.cardId } } });
    expect(state.reps).toBe(1);
  });

  it("stores a key sent twice at the same moment once", async () => {
    const { deckId, cardIds } = await createTestDeck(null);
    const input = { cardId: cardIds[0]!, rating: 3 as const, idempotencyKey: key(), durationMs: 1000 };
    const results = await Promise.all([recordReview(userId, deckId, input, NOW, NO_FUZZ), recordReview(userId, deckId, input, NOW, NO_FUZZ)]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.reviewLog.count({ where: { userId, idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("changes nothing when the answer cannot be stored", async () => {
    const { deckId } = await createTestDeck(null);
    const before = await db.reviewLog.count();
    // A card id that does not exist breaks the foreign key inside the transaction.
    await expect(
      recordReview(userId, deckId, { cardId: "no-such-card", rating: 3, idempotencyKey: key(), durationMs: 1 }, NOW, NO_FUZZ),
    ).rejects.toThrow();
    expect(await db.reviewLog.count()).toBe(before);
    expect(await db.cardState.count({ where: { userId, cardId: "no-such-card" } })).toBe(0);
  });
});

describe("the study queue", () => {
  it("drops a card answered Good until its step comes, and brings it back the next day", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 2);
    const user = { id: userId, timeZone: "Europe/Berlin" };
    const first = await getStudyView(user, deckId, NOW);
    expect(first.card?.id).toBe(cardIds[0]);
    expect(first.remaining).toBe(2);

    await recordReview(userId, deckId, { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1 }, NOW, NO_FUZZ);
    const after = await getStudyView(user, deckId, NOW);
    expect(after.card?.id).toBe(cardIds[1]);
    expect(after.remaining).toBe(1);

    await recordReview(userId, deckId, { cardId: cardIds[1]!, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW, NO_FUZZ);
    const done = await getStudyView(user, deckId, NOW);
    expect(done.card).toBeNull();
    expect(done.nextDueAt).toBe(new Date(NOW.getTime() + 10 * 60_000).toISOString());
    // A learning step later today: the screen counts down to it instead of saying "done for today".
    expect(done.nextDueToday).toBe(true);

    const tomorrow = await getStudyView(user, deckId, new Date(NOW.getTime() + DAY));
    expect(tomorrow.card?.id).toBe(cardIds[0]);
  });

  it("introduces at most 20 new cards per study day", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 22);
    const user = { id: userId, timeZone: "Europe/Berlin" };
    for (const cardId of cardIds.slice(0, 20)) {
      await recordReview(userId, deckId, { cardId, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW, NO_FUZZ);
    }
    const view = await getStudyView(user, deckId, new Date(NOW.getTime() + 60_000));
    expect(view.card).toBeNull();
    expect(view.newCount).toBe(0);
    // Berlin's next study day starts at 04:00 CET = 03:00 UTC.
    expect(view.nextDueAt).toBe("2026-03-03T03:00:00.000Z");
    expect(view.nextDueToday).toBe(false);
    const nextDay = await getStudyView(user, deckId, new Date("2026-03-03T03:30:00Z"));
    expect(nextDay.newCount).toBe(2);
  });
});
