import type pg from "pg";
import type { CardDeckRow, SessionUserRow } from "@/lib/hot-reads";

/*
 * The reads every answer makes before its store runs (lib/hot-reads.ts), as one plain query each
 * on PostgreSQL's pool instead of Prisma's query engine. Dates cross as epoch milliseconds, so the
 * session's time zone never matters.
 */

const SESSION_USER_SQL = `
  SELECT "id", "name", "email", "role"::text AS "role", "timeZone", "sessionVersion", (extract(epoch from "disabledAt") * 1000)::float8 AS "disabledAt"
  FROM "User" WHERE "id" = $1`;

export async function findSessionUserOnPostgres(pool: pg.Pool, userId: string): Promise<SessionUserRow | null> {
  const row = (await pool.query<Omit<SessionUserRow, "disabledAt"> & { disabledAt: number | null }>({ name: "kioku_session_user", text: SESSION_USER_SQL, values: [userId] })).rows[0];
  return row ? { ...row, disabledAt: row.disabledAt === null ? null : new Date(row.disabledAt) } : null;
}

/**
 * Whether user `user` may study deck `deck` (an alias): built in, their own, or assigned by its
 * owner to a live class they are in. Also part of the answer's one read (lib/postgres/review-store.ts).
 */
export function studiableSql(deck: string, user: string): string {
  return `(${deck}."ownerId" IS NULL OR ${deck}."ownerId" = ${user} OR EXISTS (
      SELECT 1 FROM "Assignment" sa
      JOIN "Class" sc ON sc."id" = sa."classId" AND sc."archivedAt" IS NULL AND sc."instructorId" = ${deck}."ownerId"
      JOIN "Enrollment" se ON se."classId" = sc."id" AND se."userId" = ${user}
      WHERE sa."deckId" = ${deck}."id"
    ))`;
}

// The card's deck, and whether the user may study it, in one query.
const CARD_DECK_SQL = `
  SELECT d."id", d."slug", d."title", d."description", ${studiableSql("d", "$1")} AS "visible"
  FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId"
  WHERE c."id" = $2 AND c."deletedAt" IS NULL`;

export async function findStudiableCardDeckOnPostgres(pool: pg.Pool, userId: string, cardId: string): Promise<CardDeckRow | null> {
  const row = (await pool.query<CardDeckRow & { visible: boolean }>({ name: "kioku_card_deck", text: CARD_DECK_SQL, values: [userId, cardId] })).rows[0];
  if (!row?.visible) return null;
  const { visible: _visible, ...deck } = row;
  return deck;
}
