import type { AnswerInput, AnswerReading, CardDeckRow, SessionUserRow } from "@/lib/answers";
import { db, onSqliteHandle, postgresPoolOf } from "@/lib/db";
import { findSessionUserOnPostgres, findStudiableCardDeckOnPostgres } from "@/lib/postgres/hot-reads";
import { reviewStoreOf } from "@/lib/review-store";
import { findSessionUserOnSqlite, findStudiableCardDeckOnSqlite } from "@/lib/sqlite/hot-reads";

/*
 * The reads before an answer (the session's user, the card's deck): on SQLite as prepared
 * statements (lib/sqlite/hot-reads.ts), on PostgreSQL as plain queries on the pool
 * (lib/postgres/hot-reads.ts), with Prisma versions beside them. Features call the first two
 * functions, and readForAnswer (below) for an answer itself, which on PostgreSQL reads both with
 * the answer's inputs in one query; the Prisma versions are exported for the tests that hold the
 * engines' reads to them.
 */

export type { CardDeckRow, SessionUserRow } from "@/lib/answers";

export function findSessionUserRow(userId: string): Promise<SessionUserRow | null> {
  const pool = postgresPoolOf();
  if (pool) return findSessionUserOnPostgres(pool, userId);
  return onSqliteHandle((handle) => findSessionUserOnSqlite(handle, userId)) ?? findSessionUserWithPrisma(userId);
}

export async function findSessionUserWithPrisma(userId: string): Promise<SessionUserRow | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, timeZone: true, sessionVersion: true, disabledAt: true },
  });
}

/**
 * The deck holding `cardId` if `userId` may study it: built in, their own, or assigned by its
 * owner to a live class they are in. It reads the card's deck by primary key and only looks at
 * class assignments when the deck is someone else's (the one-query OR over assignments cost about
 * 2 ms per review). A deleted card has no deck to study.
 */
export function findStudiableCardDeck(userId: string, cardId: string): Promise<CardDeckRow | null> {
  const pool = postgresPoolOf();
  if (pool) return findStudiableCardDeckOnPostgres(pool, userId, cardId);
  return onSqliteHandle((handle) => findStudiableCardDeckOnSqlite(handle, userId, cardId)) ?? findStudiableCardDeckWithPrisma(userId, cardId);
}

export async function findStudiableCardDeckWithPrisma(userId: string, cardId: string): Promise<CardDeckRow | null> {
  const card = await db.card.findUnique({
    where: { id: cardId, deletedAt: null },
    select: { deck: { select: { id: true, slug: true, title: true, description: true, ownerId: true } } },
  });
  if (!card) return null;
  const { ownerId, ...deck } = card.deck;
  const visible =
    ownerId === null ||
    ownerId === userId ||
    (await db.assignment.count({ where: { deckId: deck.id, class: { instructorId: ownerId, archivedAt: null, members: { some: { userId } } } } })) > 0;
  return visible ? deck : null;
}

/**
 * Everything one answer reads before it is planned: the session's user (unless `withUser` is
 * false: the caller checked the session already), the card's deck if `userId` may study it, and
 * the store's inputs. PostgreSQL reads them in one query (lib/postgres/review-store.ts); on the
 * other engines they are the reads above one after another, and `record` is the store's answer.
 */
export async function readForAnswer(userId: string, input: AnswerInput, now: Date, withUser = true): Promise<AnswerReading> {
  const store = reviewStoreOf();
  if (store.readAnswer) return store.readAnswer(userId, input, now);
  const user = withUser ? await findSessionUserRow(userId) : null;
  const deck = await findStudiableCardDeck(userId, input.cardId);
  return { user, deck, record: (deckId) => store.recordReview({ userId, deckId, input, now }) };
}
