import { describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import { listDeckSummaries } from "@/features/deck/data";
import { saveDeckSettings } from "@/features/settings/mutations";
import { getStudyView } from "@/features/study/data";
import { recordReview } from "@/features/study/mutations";
import { createTestDeck, createTestUser, key } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00Z");
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

describe("backlog mode", () => {
  it("serves the due cards least likely to be recalled first when more are due than the day's maximum", async () => {
    const userId: UserId = await createTestUser();
    const { deckId, cardIds } = await createTestDeck(null, 4);
    // Each card learned with Easy (about an 8-day interval), some longer ago than others: all are due,
    // and the longer ago, the lower the chance of recall now.
    const learnedDaysAgo = [10, 60, 20, 40];
    // Recorded oldest first, as a real clock would: a user's log entries are stamped in order.
    for (const index of [1, 3, 2, 0]) {
      const result = await recordReview(userId, deckId, { cardId: cardIds[index]!, rating: 4, idempotencyKey: key(), durationMs: 1 }, ago(learnedDaysAgo[index]!));
      expect(result.ok).toBe(true);
    }
    await saveDeckSettings(userId, deckId, { desiredRetention: null, newCardsPerDay: null, maxReviewsPerDay: 2 });

    const view = await getStudyView({ id: userId }, deckId, NOW);
    expect(view.backlog).toEqual({ due: 4, shown: 2, message: "Backlog: 4 due, showing the 2 you are most likely to forget first." });
    expect(view.card?.id).toBe(cardIds[1]);
    expect(view.remaining).toBe(2);
    const summary = (await listDeckSummaries(userId, NOW)).find((deck) => deck.id === deckId)!;
    expect(summary.dueCount).toBe(2);

    await recordReview(userId, deckId, { cardId: cardIds[1]!, rating: 3, idempotencyKey: key(), durationMs: 1 }, NOW);
    const next = await getStudyView({ id: userId }, deckId, NOW);
    expect(next.card?.id).toBe(cardIds[3]);
    expect(next.backlog).toMatchObject({ due: 3, shown: 1 });

    await recordReview(userId, deckId, { cardId: cardIds[3]!, rating: 3, idempotencyKey: key(), durationMs: 1 }, NOW);
    const done = await getStudyView({ id: userId }, deckId, NOW);
    expect(done.card).toBeNull();
    expect(done.backlog?.message).toMatch(/today's maximum of reviews is reached/);
  });

  it("stays out of the way when the due cards fit in the day", async () => {
    const userId: UserId = await createTestUser();
    const { deckId, cardIds } = await createTestDeck(null, 2);
    for (const cardId of cardIds) await recordReview(userId, deckId, { cardId, rating: 4, idempotencyKey: key(), durationMs: 1 }, ago(30));
    const view = await getStudyView({ id: userId }, deckId, NOW);
    expect(view.backlog).toBeNull();
    expect(view.remaining).toBe(2);
  });
});
