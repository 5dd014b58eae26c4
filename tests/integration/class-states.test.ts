import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readClassCardStates, readClassCardStatesWithPrisma } from "@/lib/class-states";
import { createTestDeck, createTestUser } from "./fixtures";

/**
 * The class view's read of a class's card states skips Prisma on either engine (prepared
 * statement on SQLite, a plain query on PostgreSQL's pool); here it is held to its Prisma version
 * on whichever engine this run uses.
 */

const AT = new Date("2026-03-06T20:00:00.123Z");
const DAY = 86_400_000;

const byPair = (rows: readonly (readonly unknown[])[]) => [...rows].sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`));

describe("the class view's card states", () => {
  it("reads each student's states on the deck as Prisma does: dates as epoch milliseconds, suspended, new and lapsed ones", async () => {
    const [ann, bob, outsider] = [await createTestUser("Ann"), await createTestUser("Bob"), await createTestUser("Outsider")];
    const deck = await createTestDeck(null, 3);
    const other = await createTestDeck(null, 1);
    const base = { difficulty: 5, elapsedDays: 1, scheduledDays: 2, learningSteps: 0, reps: 2 };
    await db.cardState.createMany({
      data: [
        { ...base, userId: ann, cardId: deck.cardIds[0]!, deckId: deck.deckId, due: new Date(AT.getTime() + DAY), stability: 1.234567891234, lapses: 0, phase: "review", lastReview: new Date(AT.getTime() - 7) },
        { ...base, userId: ann, cardId: deck.cardIds[1]!, deckId: deck.deckId, due: AT, stability: 0, lapses: 0, phase: "new", lastReview: null, suspended: true },
        { ...base, userId: bob, cardId: deck.cardIds[0]!, deckId: deck.deckId, due: new Date(AT.getTime() - 3 * DAY), stability: 0.5, lapses: 3, phase: "relearning", lastReview: new Date(AT.getTime() - DAY) },
        { ...base, userId: outsider, cardId: deck.cardIds[0]!, deckId: deck.deckId, due: AT, stability: 2, lapses: 0, phase: "review", lastReview: AT },
        { ...base, userId: ann, cardId: other.cardIds[0]!, deckId: other.deckId, due: AT, stability: 2, lapses: 0, phase: "review", lastReview: AT },
      ],
    });
    const direct = byPair(await readClassCardStates(deck.deckId, [ann, bob]));
    expect(direct).toEqual(byPair(await readClassCardStatesWithPrisma(deck.deckId, [ann, bob])));
    expect(direct).toEqual(
      byPair([
        [ann, deck.cardIds[0]!, false, AT.getTime() + DAY, 1.234567891234, AT.getTime() - 7, 0, "review"],
        [ann, deck.cardIds[1]!, true, AT.getTime(), 0, null, 0, "new"],
        [bob, deck.cardIds[0]!, false, AT.getTime() - 3 * DAY, 0.5, AT.getTime() - DAY, 3, "relearning"],
      ]),
    );
    expect(await readClassCardStates(deck.deckId, [])).toEqual([]);
  });
});
