import type { ClassCardState } from "@/core/classes/deck-progress";
import { db, onSqliteHandle, postgresPoolOf } from "@/lib/db";
import { readClassCardStatesOnPostgres } from "@/lib/postgres/class-states";
import { readClassCardStatesOnSqlite } from "@/lib/sqlite/class-states";

/*
 * The class view's one big read: every state a set of students has on one deck (200 students x
 * 80 cards is 16,000 rows). Through Prisma, building a full object with Date fields per row cost
 * about five times the bare query; here each engine returns plain tuples with the dates as epoch
 * milliseconds (lib/sqlite/class-states.ts, lib/postgres/class-states.ts). The Prisma version
 * beside them is the reference the tests hold both to.
 */

/** The states `userIds` have on deck `deckId`, deleted cards included (the caller knows which cards are live), in no particular order. */
export function readClassCardStates(deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const pool = postgresPoolOf();
  if (pool) return readClassCardStatesOnPostgres(pool, deckId, userIds);
  return onSqliteHandle((handle) => readClassCardStatesOnSqlite(handle, deckId, userIds)) ?? readClassCardStatesWithPrisma(deckId, userIds);
}

export async function readClassCardStatesWithPrisma(deckId: string, userIds: readonly string[]): Promise<ClassCardState[]> {
  const rows = await db.cardState.findMany({
    where: { deckId, userId: { in: [...userIds] } },
    select: { userId: true, cardId: true, suspended: true, due: true, stability: true, lastReview: true, lapses: true, phase: true },
  });
  return rows.map((row) => [row.userId, row.cardId, row.suspended, row.due.getTime(), row.stability, row.lastReview?.getTime() ?? null, row.lapses, row.phase] as const);
}
