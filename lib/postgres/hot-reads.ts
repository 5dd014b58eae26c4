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

// The card's deck, and whether its owner assigned it to a live class the user is in, in one query.
const CARD_DECK_SQL = `
  SELECT d."id", d."slug", d."title", d."description",
    d."ownerId" IS NULL OR d."ownerId" = $1 OR EXISTS (
      SELECT 1 FROM "Assignment" a
      JOIN "Class" k ON k."id" = a."classId" AND k."archivedAt" IS NULL AND k."instructorId" = d."ownerId"
      JOIN "Enrollment" e ON e."classId" = k."id" AND e."userId" = $1
      WHERE a."deckId" = d."id"
    ) AS "visible"
  FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId"
  WHERE c."id" = $2 AND c."deletedAt" IS NULL`;

export async function findStudiableCardDeckOnPostgres(pool: pg.Pool, userId: string, cardId: string): Promise<CardDeckRow | null> {
  const row = (await pool.query<CardDeckRow & { visible: boolean }>({ name: "kioku_card_deck", text: CARD_DECK_SQL, values: [userId, cardId] })).rows[0];
  if (!row?.visible) return null;
  const { visible: _visible, ...deck } = row;
  return deck;
}
