import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db";

export interface ClassLoad {
  deckId: string;
  studentIds: string[];
}

/**
 * A database shaped like a department's: `students` studying `decks` decks of `cardsPerDeck`
 * cards each, every card reviewed once, so one class's view of one deck is a small slice of
 * CardState. Used by the planner test and by `npm run bench` (class dashboard).
 */
export async function seedClassLoad(db: Database, students: number, decks: number, cardsPerDeck: number): Promise<ClassLoad> {
  const tag = randomBytes(4).toString("hex");
  const studentIds = Array.from({ length: students }, (_, i) => `load-${tag}-u${i}`);
  await db.user.createMany({
    data: studentIds.map((id) => ({ id, email: `${id}@load.kioku`, name: id, passwordHash: "-", timeZone: "UTC" })),
  });
  const deckIds = Array.from({ length: decks }, (_, i) => `load-${tag}-d${i}`);
  await db.deck.createMany({ data: deckIds.map((id) => ({ id, slug: id, title: id })) });
  const now = Date.now();
  for (const deckId of deckIds) {
    const cards = Array.from({ length: cardsPerDeck }, (_, i) => ({ id: `${deckId}-c${i}`, deckId, key: `c${i}`, kind: "basic" as const, prompt: `Q${i}`, answer: `A${i}`, position: i }));
    await db.card.createMany({ data: cards });
    // One statement per deck: Prisma splits it to stay under the engine's bind-parameter limit.
    await db.cardState.createMany({
      data: studentIds.flatMap((userId) =>
        cards.map((card, i) => ({
          userId,
          cardId: card.id,
          deckId,
          due: new Date(now + ((i * 7919) % 30) * 86_400_000),
          stability: 1 + (i % 40),
          difficulty: 5,
          elapsedDays: 1,
          scheduledDays: 1 + (i % 30),
          learningSteps: 0,
          reps: 1,
          lapses: 0,
          phase: "review" as const,
          lastReview: new Date(now - 86_400_000),
        })),
      ),
    });
  }
  return { deckId: deckIds[0]!, studentIds };
}

/** The class dashboard's CardState read (lib/class-reads.ts) as plain SQL with its values inlined, for EXPLAIN. */
export function classDashboardStatesSql(deckId: string, studentIds: string[]): string {
  const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
  const columns = `"userId", "cardId", "suspended", "due", "stability", "lastReview", "lapses", "phase"`;
  return `SELECT ${columns} FROM "CardState" WHERE "deckId" = ${quote(deckId)} AND "userId" IN (${studentIds.map(quote).join(", ")})`;
}
