import { db, onSqliteHandle, postgresPoolOf } from "@/lib/db";
import { findSessionUserOnPostgres, findStudiableCardDeckOnPostgres } from "@/lib/postgres/hot-reads";
import { findSessionUserOnSqlite, findStudiableCardDeckOnSqlite } from "@/lib/sqlite/hot-reads";

/*
 * The two reads before every answer (the session's user, the card's deck): on SQLite as prepared
 * statements (lib/sqlite/hot-reads.ts), on PostgreSQL as plain queries on the pool
 * (lib/postgres/hot-reads.ts), with Prisma versions beside them. Features call the first two
 * functions; the Prisma versions are exported for the test that holds SQLite's to them.
 */

export interface SessionUserRow {
  id: string;
  name: string;
  email: string;
  role: "student" | "instructor";
  timeZone: string;
  sessionVersion: number;
  disabledAt: Date | null;
}

export interface CardDeckRow {
  id: string;
  slug: string;
  title: string;
  description: string;
}

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
