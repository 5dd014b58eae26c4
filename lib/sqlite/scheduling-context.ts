import type BetterSqlite3 from "better-sqlite3";
import type { SchedulingContext, StoredUserSettings } from "@/core/scheduling";
import { prepared } from "./statements";

/*
 * The scheduling context read straight from a better-sqlite3 handle, for the answer path's
 * synchronous transaction (lib/sqlite/review-store.ts), which runs in the review writer's
 * thread. No `server-only` and no Prisma here: that thread loads this module on its own.
 */

/** One row of CONTEXT_SQL: the user's settings (SQLite keeps the boolean as 0/1) and the deck's overrides. */
type ContextRow = Omit<StoredUserSettings, "enableFuzz" | "burySiblings" | "loadBalance" | "autoSuspendLeeches"> & {
  burySiblings: number;
  loadBalance: number;
  autoSuspendLeeches: number;
  timeZone: string;
  hasSettings: string | null;
  enableFuzz: number;
  hasDeck: string | null;
  deckNewCardsPerDay: number | null;
  deckMaxReviewsPerDay: number | null;
  deckDesiredRetention: number | null;
};

const CONTEXT_SQL = `
  SELECT u."timeZone", s."userId" AS "hasSettings", s."desiredRetention", s."maximumInterval", s."newCardsPerDay",
         s."maxReviewsPerDay", s."learningSteps", s."relearningSteps", s."enableFuzz", s."dayStartHour", s."fsrsParameters",
         s."burySiblings", s."loadBalance", s."easyDays", s."autoSuspendLeeches",
         d."deckId" AS "hasDeck", d."newCardsPerDay" AS "deckNewCardsPerDay", d."maxReviewsPerDay" AS "deckMaxReviewsPerDay",
         d."desiredRetention" AS "deckDesiredRetention"
  FROM "User" u
  LEFT JOIN "UserSettings" s ON s."userId" = u."id"
  LEFT JOIN "DeckSettings" d ON d."userId" = u."id" AND d."deckId" = ?
  WHERE u."id" = ?`;

/** `loadSchedulingContext` (data.ts) for one deck, in one statement. */
export function loadSchedulingContextOnSqlite(handle: BetterSqlite3.Database, userId: string, deckId: string): SchedulingContext {
  const row = prepared(handle, CONTEXT_SQL).get(deckId, userId) as ContextRow | undefined;
  if (!row) throw new Error(`No user ${userId}.`);
  const user = row.hasSettings === null
    ? null
    : {
        desiredRetention: row.desiredRetention,
        maximumInterval: row.maximumInterval,
        newCardsPerDay: row.newCardsPerDay,
        maxReviewsPerDay: row.maxReviewsPerDay,
        learningSteps: row.learningSteps,
        relearningSteps: row.relearningSteps,
        enableFuzz: row.enableFuzz !== 0,
        dayStartHour: row.dayStartHour,
        fsrsParameters: row.fsrsParameters,
        burySiblings: row.burySiblings !== 0,
        loadBalance: row.loadBalance !== 0,
        easyDays: row.easyDays,
        autoSuspendLeeches: row.autoSuspendLeeches !== 0,
      };
  const decks = new Map(
    row.hasDeck === null
      ? []
      : [[deckId, { newCardsPerDay: row.deckNewCardsPerDay, maxReviewsPerDay: row.deckMaxReviewsPerDay, desiredRetention: row.deckDesiredRetention }]],
  );
  return { timeZone: row.timeZone, user, decks };
}
