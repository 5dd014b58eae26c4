import { describe, expect, it } from "vitest";
import { authorizeCardDeck, authorizeDeckBySlug } from "@/features/deck/access";
import { listDeckSummaries } from "@/features/deck/data";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00Z");

describe("deck and card access", () => {
  it("hides a user's own deck from every other user", async () => {
    const owner = await createTestUser("Owner");
    const other = await createTestUser("Other");
    const { deckId, cardIds } = await createTestDeck(owner);
    const slug = (await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { slug: true } })).slug;

    expect(await authorizeDeckBySlug(owner, slug)).not.toBeNull();
    expect(await authorizeDeckBySlug(other, slug)).toBeNull();
    expect(await authorizeCardDeck(other, cardIds[0]!)).toBeNull();
    const otherDecks = await listDeckSummaries(other, NOW);
    expect(otherDecks.map((deck) => deck.id)).not.toContain(deckId);
  });

  it("keeps each student's memory of a shared card separate", async () => {
    const alice = await createTestUser("Alice");
    const bob = await createTestUser("Bob");
    const { cardIds } = await createTestDeck(null);
    const cardId = cardIds[0]!;

    const aliceDeck = await authorizeCardDeck(alice, cardId);
    expect(aliceDeck).not.toBeNull();
    await recordReview(alice, aliceDeck!.id, { cardId, rating: 1, idempotencyKey: key(), durationMs: 1 }, NOW);
    const aliceBefore = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId } } });

    const bobDeck = await authorizeCardDeck(bob, cardId);
    await recordReview(bob, bobDeck!.id, { cardId, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW);

    const aliceAfter = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: alice, cardId } } });
    expect(aliceAfter).toEqual(aliceBefore);
    expect(await db.reviewLog.count({ where: { userId: alice, cardId } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: bob, cardId } })).toBe(1);
  });

  it("lets the same idempotency key be used by two users without one replaying the other", async () => {
    const alice = await createTestUser("Alice");
    const bob = await createTestUser("Bob");
    const { deckId, cardIds } = await createTestDeck(null);
    const shared = key();
    await recordReview(alice, deckId, { cardId: cardIds[0]!, rating: 3, idempotencyKey: shared, durationMs: 1 }, NOW);
    const bobResult = await recordReview(bob, deckId, { cardId: cardIds[0]!, rating: 3, idempotencyKey: shared, durationMs: 1 }, NOW);
    expect(bobResult.ok && !bobResult.value.replayed).toBe(true);
    expect(await db.cardState.count({ where: { cardId: cardIds[0]! } })).toBe(2);
  });
});
