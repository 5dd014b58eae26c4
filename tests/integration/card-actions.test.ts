import { beforeEach, describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import { authorizeCardDeck } from "@/features/deck/access";
import { cardCommandOperation, undoReviewOperation } from "@/features/study/card-operations";
import { forgetStudyCard, setCardBuried, setCardSuspended, undoLastReview } from "@/features/study/card-mutations";
import { getStudyView } from "@/features/study/data";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";
import { expectStateMatchesLog, stateRow } from "./scheduling-helpers";
import { injectFailure } from "./support/inject-failure";

const NOW = new Date("2026-03-02T10:00:00Z");
const MINUTE = 60_000;
const later = (ms: number) => new Date(NOW.getTime() + ms);

let userId: UserId;
beforeEach(async () => {
  userId = await createTestUser();
});

async function answer(deckId: Parameters<typeof recordReview>[1], cardId: string, rating: 1 | 2 | 3 | 4, at: Date) {
  const result = await recordReview(userId, deckId, { cardId, rating, idempotencyKey: key(), durationMs: 1000 }, at);
  expect(result.ok).toBe(true);
}

describe("undo", () => {
  it("restores the card state exactly and removes that review's log row", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 2);
    const cardId = cardIds[0]!;
    await answer(deckId, cardId, 3, NOW);
    const afterFirst = await stateRow(userId, cardId);
    await answer(deckId, cardId, 3, later(11 * MINUTE));
    expect((await stateRow(userId, cardId))!.phase).toBe("review");

    const undone = await undoLastReview(userId, deckId);
    expect(undone).toEqual({ ok: true, value: { cardId, rating: 3 } });
    expect(await stateRow(userId, cardId)).toEqual(afterFirst);
    expect(await db.reviewLog.count({ where: { userId, cardId } })).toBe(1);
    await expectStateMatchesLog(userId, cardId);

    // Undoing the first answer makes the card new again: no row, no log, back in today's new cards.
    expect((await undoLastReview(userId, deckId)).ok).toBe(true);
    expect(await stateRow(userId, cardId)).toBeNull();
    expect(await db.reviewLog.count({ where: { userId, cardId } })).toBe(0);
    const view = await getStudyView({ id: userId }, deckId, later(12 * MINUTE));
    expect(view.card?.id).toBe(cardId);
    expect(view.remaining).toBe(2);
  });

  it("says so when there is nothing to undo, and changes nothing", async () => {
    const { deckId } = await createTestDeck(null, 1);
    const result = await undoLastReview(userId, deckId);
    expect(result).toMatchObject({ ok: false, reason: "nothingToUndo", message: expect.stringMatching(/nothing to undo/) });
  });

  it("takes back the user's latest answer in the deck, not another card's or another user's", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 2);
    const other = await createTestUser("Other");
    await answer(deckId, cardIds[0]!, 4, NOW);
    await answer(deckId, cardIds[1]!, 1, later(MINUTE));
    const firstCard = await stateRow(userId, cardIds[0]!);
    await recordReview(other, deckId, { cardId: cardIds[0]!, rating: 2, idempotencyKey: key(), durationMs: 1 }, later(2 * MINUTE));
    const othersState = await stateRow(other, cardIds[0]!);

    const undone = await undoLastReview(userId, deckId);
    expect(undone.ok && undone.value.cardId).toBe(cardIds[1]);
    expect(await stateRow(userId, cardIds[0]!)).toEqual(firstCard);
    expect(await stateRow(other, cardIds[0]!)).toEqual(othersState);
    expect(await db.reviewLog.count({ where: { userId: other } })).toBe(1);
    // The other user has nothing of their own in a fresh deck to undo.
    const fresh = await createTestDeck(null, 1);
    await answer(fresh.deckId, fresh.cardIds[0]!, 3, NOW);
    expect((await undoLastReview(other, fresh.deckId)).ok).toBe(false);
    expect(await db.reviewLog.count({ where: { userId, cardId: fresh.cardIds[0]! } })).toBe(1);
  });

  it("writes nothing when restoring the state fails halfway", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 1);
    const cardId = cardIds[0]!;
    await answer(deckId, cardId, 3, NOW);
    await answer(deckId, cardId, 3, later(11 * MINUTE));
    const before = await stateRow(userId, cardId);
    // The log row is deleted first; the state update then fails, so the delete must roll back.
    const removeFailure = await injectFailure(db, "fail_state_update", "UPDATE", "CardState", `OLD."cardId" = '${cardId}'`);
    try {
      // Prisma reports the abort under a generic message; what matters is what the database holds after.
      await expect(undoLastReview(userId, deckId)).rejects.toThrow();
    } finally {
      await removeFailure();
    }
    expect(await db.reviewLog.count({ where: { userId, cardId } })).toBe(2);
    expect(await stateRow(userId, cardId)).toEqual(before);
  });
});

describe("forget", () => {
  it("resets a card to new, logs it so replay reproduces it, and undo takes it back", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 2);
    const cardId = cardIds[0]!;
    await answer(deckId, cardId, 4, NOW);
    const reviewed = await stateRow(userId, cardId);

    expect(await forgetStudyCard(userId, deckId, cardId, later(MINUTE))).toEqual({ ok: true, value: { cardId } });
    expect(await stateRow(userId, cardId)).toMatchObject({ phase: "new", reps: 0, lapses: 0, stability: 0, lastReview: later(MINUTE) });
    expect(await db.reviewLog.findFirst({ where: { userId, cardId, rating: 0 } })).toMatchObject({ phase: "review", durationMs: 0 });
    await expectStateMatchesLog(userId, cardId);
    // It is a new card again, first in deck order.
    const view = await getStudyView({ id: userId }, deckId, later(2 * MINUTE));
    expect(view.card).toMatchObject({ id: cardId, isNew: true });

    expect((await undoLastReview(userId, deckId)).ok).toBe(true);
    expect(await stateRow(userId, cardId)).toEqual(reviewed);
  });

  it("refuses a card that is already new, writing nothing", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 1);
    expect(await forgetStudyCard(userId, deckId, cardIds[0]!, NOW)).toMatchObject({ ok: false, reason: "alreadyNew" });
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
    expect(await stateRow(userId, cardIds[0]!)).toBeNull();
  });

  it("writes nothing when the log row cannot be stored", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 1);
    const cardId = cardIds[0]!;
    await answer(deckId, cardId, 4, NOW);
    const before = await stateRow(userId, cardId);
    const removeFailure = await injectFailure(db, "fail_forget_log", "INSERT", "ReviewLog", `NEW."rating" = 0`);
    try {
      await expect(forgetStudyCard(userId, deckId, cardId, later(MINUTE))).rejects.toThrow();
    } finally {
      await removeFailure();
    }
    expect(await stateRow(userId, cardId)).toEqual(before);
  });
});

describe("suspend and bury", () => {
  it("keeps a suspended card out of the queue until it is unsuspended, new or answered", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 2);
    await answer(deckId, cardIds[1]!, 1, NOW);
    await setCardSuspended(userId, deckId, cardIds[0]!, true, NOW);
    await setCardSuspended(userId, deckId, cardIds[1]!, true, NOW);
    const view = await getStudyView({ id: userId }, deckId, later(5 * MINUTE));
    expect(view.card).toBeNull();
    expect(view.remaining).toBe(0);

    await setCardSuspended(userId, deckId, cardIds[0]!, false, NOW);
    await setCardSuspended(userId, deckId, cardIds[1]!, false, NOW);
    const back = await getStudyView({ id: userId }, deckId, later(5 * MINUTE));
    expect(back.remaining).toBe(2);
    await expectStateMatchesLog(userId, cardIds[0]!);
    await expectStateMatchesLog(userId, cardIds[1]!);
  });

  it("buries a card until the next study day starts at 4 am in the user's zone", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 1);
    const buried = await setCardBuried(userId, deckId, cardIds[0]!, true, NOW);
    // The fixture user lives in Berlin: the next day starts 3 March 04:00 CET = 03:00 UTC.
    expect(buried).toEqual({ ok: true, value: { buriedUntil: new Date("2026-03-03T03:00:00Z") } });
    const today = await getStudyView({ id: userId }, deckId, later(MINUTE));
    expect(today.card).toBeNull();
    expect(today.nextDueAt).toBe("2026-03-03T03:00:00.000Z");
    expect((await getStudyView({ id: userId }, deckId, new Date("2026-03-03T03:00:00Z"))).card?.id).toBe(cardIds[0]);
  });

  it("answers notFound for a card outside the authorized deck, and another user's private deck is never authorized", async () => {
    const owner = await createTestUser("Owner");
    const privateDeck = await createTestDeck(owner, 1);
    const { deckId } = await createTestDeck(null, 1);
    const cardId = privateDeck.cardIds[0]!;
    await recordReview(owner, privateDeck.deckId, { cardId, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW);
    const ownersState = await stateRow(owner, cardId);

    expect(await authorizeCardDeck(userId, cardId)).toBeNull();
    expect(await forgetStudyCard(userId, deckId, cardId, NOW)).toMatchObject({ ok: false, reason: "notFound" });
    expect(await setCardSuspended(userId, deckId, cardId, true, NOW)).toMatchObject({ ok: false, reason: "notFound" });
    expect(await setCardBuried(userId, deckId, cardId, true, NOW)).toMatchObject({ ok: false, reason: "notFound" });
    expect(await stateRow(owner, cardId)).toEqual(ownersState);
    expect(await stateRow(userId, cardId)).toBeNull();
  });
});

describe("the actions' operations", () => {
  it("never let one student touch another's cards or undo their answers", async () => {
    const alice = await createTestUser("Alice");
    const privateDeck = await createTestDeck(alice, 1);
    const shared = await createTestDeck(null, 1);
    const aliceCard = privateDeck.cardIds[0]!;
    await recordReview(alice, privateDeck.deckId, { cardId: aliceCard, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW);
    await recordReview(alice, shared.deckId, { cardId: shared.cardIds[0]!, rating: 4, idempotencyKey: key(), durationMs: 1 }, NOW);
    const before = await Promise.all([stateRow(alice, aliceCard), stateRow(alice, shared.cardIds[0]!)]);
    const bob = { id: userId };
    const privateSlug = (await db.deck.findUniqueOrThrow({ where: { id: privateDeck.deckId }, select: { slug: true } })).slug;
    const sharedSlug = (await db.deck.findUniqueOrThrow({ where: { id: shared.deckId }, select: { slug: true } })).slug;

    for (const command of ["forget", "suspend", "unsuspend", "bury", "unbury"] as const) {
      expect(await cardCommandOperation(bob, { cardId: aliceCard, command }, NOW)).toMatchObject({ ok: false, reason: "notFound" });
    }
    expect(await undoReviewOperation(bob, { deckSlug: privateSlug }, NOW)).toMatchObject({ ok: false, reason: "notFound" });
    expect(await undoReviewOperation(bob, { deckSlug: sharedSlug }, NOW)).toMatchObject({ ok: false, reason: "nothingToUndo" });
    expect(await Promise.all([stateRow(alice, aliceCard), stateRow(alice, shared.cardIds[0]!)])).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: alice } })).toBe(2);
  });

  it("refuse malformed input with a message and change nothing", async () => {
    const { cardIds } = await createTestDeck(null, 1);
    const bob = { id: userId };
    expect(await cardCommandOperation(bob, { cardId: cardIds[0], command: "delete" }, NOW)).toMatchObject({ ok: false, reason: "invalid", message: expect.stringMatching(/Unknown card command/) });
    expect(await undoReviewOperation(bob, { deckSlug: "../etc" }, NOW)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await db.cardState.count({ where: { userId } })).toBe(0);
  });

  it("bring an undone card back first, with the next view", async () => {
    const { deckId, cardIds } = await createTestDeck(null, 3);
    await answer(deckId, cardIds[0]!, 3, NOW);
    const slug = (await db.deck.findUniqueOrThrow({ where: { id: deckId }, select: { slug: true } })).slug;
    const result = await undoReviewOperation({ id: userId }, { deckSlug: slug }, later(MINUTE));
    expect(result).toMatchObject({ ok: true, message: "Undid your Good. The card is back as it was.", cardId: cardIds[0] });
    expect(result.view).toMatchObject({ card: { id: cardIds[0] }, remaining: 3 });
    const bury = await cardCommandOperation({ id: userId }, { cardId: cardIds[0], command: "bury", withView: true }, later(MINUTE));
    expect(bury.view).toMatchObject({ remaining: 2 });
    expect(bury.view?.card?.id).not.toBe(cardIds[0]);
  });
});
