import type BetterSqlite3 from "better-sqlite3";
import type { CardDeckRow, SessionUserRow } from "@/lib/hot-reads";
import { fromSqliteDate, prepared } from "./statements";

/*
 * The reads every answer makes before its transaction, as prepared statements on SQLite:
 * lib/hot-reads.ts runs them under the app connection's lock, and tests hold them to the Prisma
 * versions beside them there.
 */

const SESSION_USER_SQL = `SELECT "id", "name", "email", "role", "timeZone", "sessionVersion", "disabledAt" FROM "User" WHERE "id" = ?`;

export function findSessionUserOnSqlite(handle: BetterSqlite3.Database, userId: string): SessionUserRow | null {
  const row = prepared(handle, SESSION_USER_SQL).get(userId) as (Omit<SessionUserRow, "disabledAt"> & { disabledAt: string | null }) | undefined;
  return row ? { ...row, disabledAt: row.disabledAt === null ? null : fromSqliteDate(row.disabledAt) } : null;
}

const CARD_DECK_SQL = `
  SELECT d."id", d."slug", d."title", d."description", d."ownerId" FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId" WHERE c."id" = ? AND c."deletedAt" IS NULL`;
const ASSIGNED_SQL = `
  SELECT 1 FROM "Assignment" a
  JOIN "Class" k ON k."id" = a."classId" AND k."archivedAt" IS NULL AND k."instructorId" = ?
  JOIN "Enrollment" e ON e."classId" = k."id" AND e."userId" = ?
  WHERE a."deckId" = ? LIMIT 1`;

export function findStudiableCardDeckOnSqlite(handle: BetterSqlite3.Database, userId: string, cardId: string): CardDeckRow | null {
  const row = prepared(handle, CARD_DECK_SQL).get(cardId) as (CardDeckRow & { ownerId: string | null }) | undefined;
  if (!row) return null;
  const { ownerId, ...deck } = row;
  const visible = ownerId === null || ownerId === userId || prepared(handle, ASSIGNED_SQL).get(ownerId, userId, deck.id) !== undefined;
  return visible ? deck : null;
}
