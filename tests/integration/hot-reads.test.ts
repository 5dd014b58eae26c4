import { describe, expect, it } from "vitest";
import { findSessionUser } from "@/features/account/data";
import { authorizeCardDeck } from "@/features/deck/access";
import { db } from "@/lib/db";
import { findSessionUserWithPrisma, findStudiableCardDeckWithPrisma, readForAnswer } from "@/lib/hot-reads";
import { createTestDeck, createTestUser, key } from "./fixtures";

/**
 * The reads before every answer (the session's user, the card's deck) skip Prisma on either
 * engine: prepared statements on SQLite, plain queries on PostgreSQL's pool. Here they are held to
 * their Prisma versions on whichever engine this run uses.
 */

const START = new Date("2026-03-06T20:00:00Z");

describe("the reads before an answer", () => {
  it("reads the session user as Prisma does, disabled or not, and nothing for an unknown id", async () => {
    const userId = await createTestUser();
    expect(await findSessionUser(userId)).toEqual(await findSessionUserWithPrisma(userId));
    await db.user.update({ where: { id: userId }, data: { disabledAt: new Date("2026-05-01T10:00:00Z"), sessionVersion: 3 } });
    const disabled = await findSessionUser(userId);
    expect(disabled).toEqual(await findSessionUserWithPrisma(userId));
    expect(disabled?.disabledAt?.toISOString()).toBe("2026-05-01T10:00:00.000Z");
    expect(await findSessionUser("no-such-user")).toBeNull();
  });

  it("authorizes a card's deck as Prisma does for every kind of reader", async () => {
    const owner = await createTestUser("Owner");
    const student = await createTestUser("Student");
    const stranger = await createTestUser("Stranger");
    const own = await createTestDeck(owner, 1);
    const builtIn = await createTestDeck(null, 1);
    const assigned = await createTestDeck(owner, 1);
    const archivedOnly = await createTestDeck(owner, 1);
    const open = await db.class.create({ data: { instructorId: owner, name: "Open", joinCode: key().slice(0, 10) } });
    const archived = await db.class.create({ data: { instructorId: owner, name: "Archived", joinCode: key().slice(0, 10), archivedAt: START } });
    await db.enrollment.createMany({ data: [{ classId: open.id, userId: student }, { classId: archived.id, userId: student }] });
    await db.assignment.create({ data: { classId: open.id, kind: "deck", deckId: assigned.deckId, title: "A", dueAt: START } });
    await db.assignment.create({ data: { classId: archived.id, kind: "deck", deckId: archivedOnly.deckId, title: "B", dueAt: START } });

    const deleted = await createTestDeck(owner, 1);
    await db.card.update({ where: { id: deleted.cardIds[0]! }, data: { deletedAt: START } });
    await db.user.update({ where: { id: stranger }, data: { disabledAt: START, sessionVersion: 2 } });

    const cards = [own, builtIn, assigned, archivedOnly, deleted].map((deck) => deck.cardIds[0]!).concat("no-such-card");
    const seen: string[] = [];
    for (const reader of [owner, student, stranger]) {
      for (const cardId of cards) {
        const direct = await authorizeCardDeck(reader, cardId);
        expect(direct).toEqual(await findStudiableCardDeckWithPrisma(reader, cardId));
        // The answer's own read (one query on PostgreSQL) brings the same deck and the session's user row.
        const reading = await readForAnswer(reader, { cardId, rating: 3, idempotencyKey: key(), durationMs: 10 }, START);
        expect(reading.deck).toEqual(direct && { ...direct });
        expect(reading.user).toEqual(await findSessionUserWithPrisma(reader));
        seen.push(direct ? "yes" : "no");
      }
    }
    // owner: own, built-in, assigned, archivedOnly (own decks all), not a deleted card nor an unknown one;
    // student: built-in and the open class's deck; stranger: built-in.
    expect(seen.join(" ")).toBe("yes yes yes yes no no no yes yes no no no no yes no no no no");
    const nobody = await readForAnswer("no-such-user", { cardId: own.cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 10 }, START);
    expect(nobody.user).toBeNull();
  });
});
