import { describe, expect, it } from "vitest";
import { getStudyView } from "@/features/study/data";
import { reviewCardOperation } from "@/features/study/operations";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00Z");
const LATER = new Date(NOW.getTime() + 5_000);

describe("two tabs answering the same card", () => {
  it("the first answer wins; the second gets a conflict with the fresh state and stores nothing", async () => {
    const user = { id: await createTestUser() };
    const { deckId } = await createTestDeck(null, 2);
    const tabA = await getStudyView(user, deckId, NOW);
    const tabB = await getStudyView(user, deckId, NOW);
    const card = tabA.card!;
    expect(tabB.card).toMatchObject({ id: card.id, reps: 0 });

    const first = await reviewCardOperation(user, { cardId: card.id, rating: 3, idempotencyKey: key(), durationMs: 900, expectedReps: tabA.card!.reps }, NOW);
    expect(first.ok).toBe(true);

    const second = await reviewCardOperation(user, { cardId: card.id, rating: 1, idempotencyKey: key(), durationMs: 900, expectedReps: tabB.card!.reps }, LATER);
    expect(second).toMatchObject({ ok: false, reason: "conflict", message: expect.stringContaining("answered elsewhere") });
    expect(second.ok ? null : second.view).toBeDefined();
    const logs = await db.reviewLog.findMany({ where: { userId: user.id, cardId: card.id } });
    expect(logs.map((log) => log.rating)).toEqual([3]);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card.id } } });
    expect(state.reps).toBe(1);

    // Answering again from the fresh state is accepted: nothing is lost, nothing doubled.
    const fresh = await reviewCardOperation(user, { cardId: card.id, rating: 1, idempotencyKey: key(), durationMs: 900, expectedReps: 1 }, LATER);
    expect(fresh.ok).toBe(true);
    expect(await db.reviewLog.count({ where: { userId: user.id, cardId: card.id } })).toBe(2);
  });

  it("a retry of an answer that was stored replays it instead of conflicting", async () => {
    const user = { id: await createTestUser() };
    const { deckId } = await createTestDeck(null, 1);
    const view = await getStudyView(user, deckId, NOW);
    const answer = { cardId: view.card!.id, rating: 3, idempotencyKey: key(), durationMs: 500, expectedReps: view.card!.reps };
    expect(await reviewCardOperation(user, answer, NOW)).toMatchObject({ ok: true, replayed: false });
    expect(await reviewCardOperation(user, answer, LATER)).toMatchObject({ ok: true, replayed: true });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("answers sent at the same moment from two tabs store exactly one", async () => {
    const user = { id: await createTestUser() };
    const { deckId } = await createTestDeck(null, 1);
    const view = await getStudyView(user, deckId, NOW);
    const cardId = view.card!.id;
    const results = await Promise.all(
      [3, 1, 4, 2].map((rating) => reviewCardOperation(user, { cardId, rating, idempotencyKey: key(), durationMs: 100, expectedReps: 0 }, NOW)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "conflict")).toHaveLength(3);
    expect(await db.reviewLog.count({ where: { userId: user.id, cardId } })).toBe(1);
  });
});
