import { beforeEach, describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import { authorizeCardDeck } from "@/features/deck/access";
import { recordReview, recordReviewBatch } from "@/features/study/mutations";
import { recordReviewBatchWithPrisma } from "@/lib/prisma/review-store";
import { answerBatchOverHttp } from "@/features/study/review-batch-endpoint";
import { db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";
import { expectStateMatchesLog, stateRow } from "./scheduling-helpers";

let signedIn: UserId | null = null;

/** POST /api/study/reviews/batch as its route hands it over. */
function post(body: unknown, now = new Date(), headers: { origin?: string; contentType?: string } = {}) {
  return answerBatchOverHttp(
    {
      user: signedIn ? { id: signedIn } : null,
      origin: headers.origin ?? null,
      host: "127.0.0.1:3000",
      contentType: headers.contentType ?? "application/json",
      readJson: async () => body,
    },
    now,
  );
}

const MINUTE = 60_000;

describe("POST /api/study/reviews/batch", () => {
  let userId: UserId;
  let cardIds: string[];
  beforeEach(async () => {
    userId = await createTestUser();
    signedIn = userId;
    cardIds = (await createTestDeck(userId, 5)).cardIds;
  });

  it("stores every waiting answer once, in the time they were given, each graded by the server at its own time", async () => {
    const now = new Date();
    const start = now.getTime() - 30 * MINUTE;
    // Sent out of order: the server takes them by answer time. Card 0 is answered twice (Again, then Good a minute later).
    const answers = [
      { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 900, answeredAt: new Date(start + 2 * MINUTE).toISOString() },
      { cardId: cardIds[0]!, rating: 1, idempotencyKey: key(), durationMs: 900, answeredAt: new Date(start).toISOString() },
      { cardId: cardIds[1]!, rating: 4, idempotencyKey: key(), durationMs: 900, answeredAt: new Date(start + MINUTE).toISOString() },
      // A device clock running ahead is held to the server's clock.
      { cardId: cardIds[2]!, rating: 2, idempotencyKey: key(), durationMs: 900, answeredAt: new Date(now.getTime() + 60 * MINUTE).toISOString() },
    ];
    const first = await post({ answers }, now);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ results: answers.map((answer) => ({ idempotencyKey: answer.idempotencyKey, ok: true, replayed: false })) });

    const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: "asc" }, select: { cardId: true, rating: true, reviewedAt: true } });
    expect(logs.map((log) => [log.cardId, log.rating])).toEqual([
      [cardIds[0], 1],
      [cardIds[1], 4],
      [cardIds[0], 3],
      [cardIds[2], 2],
    ]);
    expect(logs[0]!.reviewedAt.getTime()).toBe(start);
    expect(logs[3]!.reviewedAt.getTime()).toBe(now.getTime());
    expect(await stateRow(userId, cardIds[0]!)).toMatchObject({ reps: 2 });
    for (const cardId of cardIds) await expectStateMatchesLog(userId, cardId);

    // The whole batch again (the reply was lost): nothing new, the same review ids.
    const again = await post({ answers }, new Date(now.getTime() + 1000));
    expect(again.body).toMatchObject({ results: answers.map((answer) => ({ idempotencyKey: answer.idempotencyKey, ok: true, replayed: true })) });
    expect(await db.reviewLog.count({ where: { userId } })).toBe(4);
  });

  it("puts an answer given before another device's later-stored one after it, so the state still equals the log", async () => {
    const now = new Date();
    // The other device answered Good a minute ago.
    const deck = (await authorizeCardDeck(userId, cardIds[0]!))!;
    await recordReview(userId, deck.id, { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1 }, new Date(now.getTime() - MINUTE));
    // This device answered Again offline ten minutes ago, and syncs now.
    // It graded from the card as new (reps 0): the reply says the card had moved, so the device takes the server's state.
    const offline = { cardId: cardIds[0]!, rating: 1, idempotencyKey: key(), durationMs: 1, answeredAt: new Date(now.getTime() - 10 * MINUTE).toISOString(), baseReps: 0 };
    const synced = await post({ answers: [offline] }, now);
    expect(synced.body).toMatchObject({ results: [{ ok: true, replayed: false, moved: true }] });
    const fresh = { cardId: cardIds[1]!, rating: 3, idempotencyKey: key(), durationMs: 1, answeredAt: now.toISOString(), baseReps: 0 };
    expect((await post({ answers: [fresh] }, now)).body).toMatchObject({ results: [{ ok: true, moved: false }] });
    const logs = await db.reviewLog.findMany({ where: { userId, cardId: cardIds[0]! }, orderBy: { reviewedAt: "asc" } });
    expect(logs.map((log) => log.rating)).toEqual([3, 1]);
    expect(logs[1]!.reviewedAt.getTime()).toBe(now.getTime() - MINUTE + 1);
    await expectStateMatchesLog(userId, cardIds[0]!);
  });

  it("refuses a card the user may not study on its own line and stores the rest; refuses bad requests whole", async () => {
    const stranger = await createTestUser("Stranger");
    const theirs = (await createTestDeck(stranger, 1)).cardIds[0]!;
    const at = new Date().toISOString();
    const mine = { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1, answeredAt: at };
    const notMine = { cardId: theirs, rating: 3, idempotencyKey: key(), durationMs: 1, answeredAt: at };
    const mixed = await post({ answers: [notMine, mine] });
    expect(mixed.body).toMatchObject({ results: [{ ok: false, reason: "notFound" }, { ok: true }] });
    expect(await db.reviewLog.count({ where: { cardId: theirs } })).toBe(0);

    expect((await post({ answers: [] })).status).toBe(400);
    expect((await post({ answers: [{ ...mine, idempotencyKey: key(), answeredAt: "yesterday" }] })).status).toBe(400);
    expect((await post({ answers: Array.from({ length: 201 }, () => ({ ...mine, idempotencyKey: key() })) })).status).toBe(400);
    expect((await post(undefined)).status).toBe(400);
    expect((await post({ answers: [mine] }, new Date(), { origin: "https://evil.example" })).status).toBe(403);
    signedIn = null;
    expect((await post({ answers: [mine] })).status).toBe(401);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("writes the same rows through the SQLite writer and through Prisma", async () => {
    const deck = (await authorizeCardDeck(userId, cardIds[0]!))!;
    const now = new Date("2026-03-02T10:00:00Z");
    const batch = (offset: number) =>
      [1, 3, 4].map((rating, i) => ({
        deckId: deck.id,
        input: { cardId: cardIds[i + offset]!, rating: rating as 1 | 3 | 4, idempotencyKey: key(), durationMs: 5, answeredAt: new Date(now.getTime() - (3 - i) * MINUTE) },
      }));
    const viaDefault = await recordReviewBatch(userId, batch(0), now);
    const other = await createTestUser("Twin");
    const otherDeck = await createTestDeck(other, 5);
    const twinBatch = batch(0).map((item, i) => ({ ...item, deckId: otherDeck.deckId, input: { ...item.input, cardId: otherDeck.cardIds[i]! } }));
    const viaPrisma = await recordReviewBatchWithPrisma(db, other, twinBatch, now);
    expect(viaPrisma.map((o) => o.nextDue)).toEqual(viaDefault.map((o) => o.nextDue));
    for (let i = 0; i < 3; i += 1) {
      const { id: _a, userId: _b, cardId: _c, deckId: _d, ...mineRow } = (await stateRow(userId, cardIds[i]!))!;
      const { id: _e, userId: _f, cardId: _g, deckId: _h, ...twinRow } = (await stateRow(other, otherDeck.cardIds[i]!))!;
      expect(twinRow).toEqual(mineRow);
    }
  });
});
