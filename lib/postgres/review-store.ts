import { randomUUID } from "node:crypto";
import type pg from "pg";
import {
  DEFAULT_SCHEDULING_SETTINGS,
  dueBucketRange,
  dueBucketsWithout,
  historyFromRows,
  LOAD_BALANCE_DAYS,
  planReview,
  schedulerSettingsOf,
  settingsForDeck,
  type CardPhase,
  type MemoryState,
  type ReviewContext,
  type SchedulingContext,
  type StoredUserSettings,
} from "@/core/scheduling";
import type { AnswerInput, AnswerOutcome, AnswerReading, AnswerRequest, RecordedAnswer, ReviewStore, SessionUserRow } from "@/lib/answers";
import type { Database } from "@/lib/db";
import { studiableSql } from "@/lib/postgres/hot-reads";
import { prismaReviewStore } from "@/lib/prisma/review-store";

/*
 * The review store on PostgreSQL: one answer is two round trips on one pooled connection, no
 * interactive transaction. READ_SQL reads every input planReview may want in one query (the
 * load balancer's due dates and the card's log only when the user's settings can use them);
 * WRITE_SQL is one data-modifying statement, its own transaction: the compare-and-set of the card
 * state (or its first row) and the log row, the log row only when the state was written. A
 * concurrent answer to the card makes the compare-and-set match nothing (READ COMMITTED
 * re-checks the WHERE on the row's newest version), so nothing is written and the answer is
 * stale; a replayed idempotency key fails the log's unique index, so the statement rolls back.
 *
 * A device's batch of answers is rare next to single answers and goes through the Prisma store.
 * tests/integration/review-stores.test.ts holds this store to the Prisma one.
 */

const DEFAULTS = DEFAULT_SCHEDULING_SETTINGS;
const DAY_MS = 86_400_000;

/** Epoch milliseconds of a `timestamp(3)` (stored in UTC): exact in a float8, whatever the session's zone. */
const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/**
 * The query for every input planReview may want, for the card $2 of user $1 in deck `deck`: the
 * store's own ($7, the deck its caller authorized) or, for an answer read in one go, the card's
 * own deck, with `extra` columns and joins (see ANSWER_READ_SQL). $3 and $4 bound the due-count
 * buckets read, $5 is the rating, $6 whether the user's settings are read (not explicit ones).
 */
function readSql(deck: string, extra: { columns: string; joins: string } = { columns: "", joins: "" }): string {
  return `
  SELECT u."timeZone",
    s."userId" IS NOT NULL AS "hasSettings", s."desiredRetention", s."maximumInterval", s."newCardsPerDay", s."maxReviewsPerDay",
    s."learningSteps", s."relearningSteps", s."enableFuzz", s."dayStartHour", s."fsrsParameters", s."burySiblings",
    s."loadBalance", s."easyDays", s."autoSuspendLeeches",
    d."deckId" IS NOT NULL AS "hasDeck", d."newCardsPerDay" AS "deckNewCardsPerDay", d."maxReviewsPerDay" AS "deckMaxReviewsPerDay",
    d."desiredRetention" AS "deckDesiredRetention",
    c."id" AS "stateId", ${ms('c."due"')} AS "due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays",
    c."learningSteps" AS "stateLearningSteps", c."reps", c."lapses", c."phase"::text AS "phase", ${ms('c."lastReview"')} AS "lastReview", c."suspended",
    (SELECT ${ms('r."reviewedAt"')} FROM "ReviewLog" r WHERE r."userId" = $1 ORDER BY r."reviewedAt" DESC LIMIT 1) AS "latest",
    CASE WHEN $6::boolean AND coalesce(s."loadBalance", ${DEFAULTS.loadBalance}) AND coalesce(s."enableFuzz", ${DEFAULTS.enableFuzz}) THEN (
      SELECT coalesce(json_agg(json_build_array(b."bucket", b."count")), '[]'::json) FROM "ReviewDueCount" b
      WHERE b."userId" = $1 AND b."bucket" >= $3::int AND b."bucket" < $4::int
    ) END AS "dueCounts",
    CASE WHEN $6::boolean AND coalesce(s."loadBalance", ${DEFAULTS.loadBalance}) AND coalesce(s."enableFuzz", ${DEFAULTS.enableFuzz}) THEN
      CASE WHEN g."group" <> '' THEN ARRAY(
        SELECT ${ms('x."due"')} FROM "Card" k JOIN "CardState" x ON x."userId" = $1 AND x."cardId" = k."id"
        WHERE k."deckId" = ${deck} AND k."group" = g."group" AND k."id" <> $2 AND x."phase" = 'review'
      ) ELSE '{}'::float8[] END
    END AS "siblingDues",
    CASE WHEN $6::boolean AND $5::int = 1 AND coalesce(s."autoSuspendLeeches", ${DEFAULTS.autoSuspendLeeches}) THEN (
      SELECT coalesce(json_agg(json_build_array(r."rating", ${ms('r."reviewedAt"')}, ${ms('r."nextDue"')}) ORDER BY r."reviewedAt", r."id"), '[]'::json)
      FROM "ReviewLog" r WHERE r."userId" = $1 AND r."cardId" = $2
    ) END AS "history"${extra.columns}
  FROM "User" u
  LEFT JOIN "UserSettings" s ON s."userId" = u."id"
  LEFT JOIN "Card" g ON g."id" = $2
  LEFT JOIN "DeckSettings" d ON d."userId" = u."id" AND d."deckId" = ${deck}
  LEFT JOIN "CardState" c ON c."userId" = u."id" AND c."cardId" = $2${extra.joins}
  WHERE u."id" = $1`;
}

const READ_SQL = readSql("$7::text");

/**
 * An answer read in one round trip (ReviewStore.readAnswer): READ_SQL for the card's own deck,
 * with the session's user row and the card's deck, and whether user $1 may study it
 * (studiableSql), beside it. No row: no such user.
 */
const ANSWER_READ_SQL = readSql('g."deckId"', {
  columns: `,
    u."name", u."email", u."role"::text AS "role", u."sessionVersion", ${ms('u."disabledAt"')} AS "disabledAt",
    dk."id" AS "cardDeckId", dk."slug" AS "cardDeckSlug", dk."title" AS "cardDeckTitle", dk."description" AS "cardDeckDescription",
    ${studiableSql("dk", "$1")} AS "studiable"`,
  joins: `
  LEFT JOIN "Deck" dk ON dk."id" = g."deckId" AND g."deletedAt" IS NULL`,
});

const STATE_COLUMNS = `"due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview"`;
const NEXT_STATE = `$8::timestamp(3), $9::float8, $10::float8, $11::int, $12::int, $13::int, $14::int, $15::int, $16::"CardPhase", $17::timestamp(3)`;
const NOW_UTC = `(now() AT TIME ZONE 'UTC')::timestamp(3)`;

const WRITE_SQL = `
  WITH "updated" AS (
    UPDATE "CardState" SET (${STATE_COLUMNS}) = (${NEXT_STATE}), "suspended" = "suspended" OR $18::boolean, "updatedAt" = ${NOW_UTC}
    WHERE $4::text IS NOT NULL AND "id" = $4::text AND "reps" = $5::int AND "lastReview" IS NOT DISTINCT FROM $6::timestamp(3) AND "due" = $7::timestamp(3)
    RETURNING 1
  ), "inserted" AS (
    INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", ${STATE_COLUMNS}, "suspended", "buriedUntil", "updatedAt")
    SELECT $32::text, $1::text, $2::text, $3::text, ${NEXT_STATE}, $18::boolean, NULL, ${NOW_UTC} WHERE $4::text IS NULL
    RETURNING 1
  ), "logged" AS (
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "idempotencyKey", "rating", "phase", "due", "stability", "difficulty",
      "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "nextDue", "createdAt")
    SELECT $19::text, $1::text, $2::text, $3::text, $20::text, $21::int, $22::"CardPhase", $23::timestamp(3), $24::float8, $25::float8,
      $26::int, $27::int, $28::int, $29::int, $30::timestamp(3), $31::int, $8::timestamp(3), ${NOW_UTC}
    WHERE EXISTS (SELECT 1 FROM "updated") OR EXISTS (SELECT 1 FROM "inserted")
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM "logged") AS "logged"`;

const REPLAY_SQL = `SELECT "id", ${ms('"nextDue"')} AS "nextDue" FROM "ReviewLog" WHERE "userId" = $1 AND "idempotencyKey" = $2`;

/** A Date as a `timestamp(3)` parameter: the UTC wall time, which is what the columns hold. */
export const timestampParam = (date: Date) => date.toISOString().slice(0, -1);
const timestampParamOrNull = (date: Date | null) => (date === null ? null : timestampParam(date));

type ReadRow = {
  timeZone: string;
  hasSettings: boolean;
  hasDeck: boolean;
  deckNewCardsPerDay: number | null;
  deckMaxReviewsPerDay: number | null;
  deckDesiredRetention: number | null;
  stateId: string | null;
  due: number | null;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  stateLearningSteps: number;
  reps: number;
  lapses: number;
  phase: CardPhase;
  lastReview: number | null;
  latest: number | null;
  suspended: boolean | null;
  dueCounts: [number, number][] | null;
  siblingDues: number[] | null;
  history: [number, number, number][] | null;
} & StoredUserSettings;

function contextOf(row: ReadRow, deckId: string): SchedulingContext {
  const user: StoredUserSettings | null = row.hasSettings
    ? {
        desiredRetention: row.desiredRetention,
        maximumInterval: row.maximumInterval,
        newCardsPerDay: row.newCardsPerDay,
        maxReviewsPerDay: row.maxReviewsPerDay,
        learningSteps: row.learningSteps,
        relearningSteps: row.relearningSteps,
        enableFuzz: row.enableFuzz,
        dayStartHour: row.dayStartHour,
        fsrsParameters: row.fsrsParameters,
        burySiblings: row.burySiblings,
        loadBalance: row.loadBalance,
        easyDays: row.easyDays,
        autoSuspendLeeches: row.autoSuspendLeeches,
      }
    : null;
  const deck = row.hasDeck ? { newCardsPerDay: row.deckNewCardsPerDay, maxReviewsPerDay: row.deckMaxReviewsPerDay, desiredRetention: row.deckDesiredRetention } : null;
  return { timeZone: row.timeZone, user, decks: new Map(deck ? [[deckId, deck]] : []) };
}

function stateOf(row: ReadRow): MemoryState | null {
  if (row.stateId === null || row.due === null) return null;
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.stateLearningSteps,
    reps: row.reps,
    lapses: row.lapses,
    phase: row.phase,
    lastReview: row.lastReview === null ? null : new Date(row.lastReview),
  };
}

async function findReplay(pool: pg.Pool, userId: string, idempotencyKey: string): Promise<RecordedAnswer | null> {
  const { rows } = await pool.query<{ id: string; nextDue: number }>({ name: "kioku_answer_replay", text: REPLAY_SQL, values: [userId, idempotencyKey] });
  const replay = rows[0];
  return replay ? { reviewId: replay.id, nextDue: new Date(replay.nextDue), replayed: true } : null;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23505";
}

/**
 * The due-count buckets read for an answer at `now`: from a day before now to past the end of the
 * load window of an answer stamped now in any time zone. An answer stamped later (the user's
 * latest entry is ahead of the clock) may need more, and planReview then asks for it.
 */
function readWindow(now: Date) {
  const wide = { from: new Date(now.getTime() - DAY_MS), to: new Date(now.getTime() + (LOAD_BALANCE_DAYS + 1) * DAY_MS) };
  return { wide, buckets: dueBucketRange(wide.from, wide.to) };
}

/** ReviewStore.recordReview on PostgreSQL: READ_SQL, then planAndWrite. */
export async function recordReviewOnPostgres(pool: pg.Pool, request: AnswerRequest): Promise<AnswerOutcome | "retry"> {
  const { userId, deckId, input, now, settings } = request;
  const { wide, buckets } = readWindow(now);
  const { rows } = await pool.query<ReadRow>({
    name: "kioku_answer_read",
    text: READ_SQL,
    values: [userId, input.cardId, buckets.first, buckets.end, input.rating, settings === undefined, deckId],
  });
  const row = rows[0];
  if (!row) throw new Error(`No user ${userId}.`);
  return planAndWrite(pool, row, wide, request);
}

type AnswerReadRow = ReadRow & {
  name: string;
  email: string;
  role: SessionUserRow["role"];
  sessionVersion: number;
  disabledAt: number | null;
  cardDeckId: string | null;
  cardDeckSlug: string;
  cardDeckTitle: string;
  cardDeckDescription: string;
  studiable: boolean | null;
};

/**
 * ReviewStore.readAnswer on PostgreSQL: the session's user, the card's deck and READ_SQL's inputs
 * in one query (ANSWER_READ_SQL); `record` then plans and writes from that row (WRITE_SQL).
 */
export async function readAnswerOnPostgres(pool: pg.Pool, userId: string, input: AnswerInput, now: Date): Promise<Omit<AnswerReading, "record"> & { record(deckId: string): Promise<AnswerOutcome | "retry"> }> {
  const { wide, buckets } = readWindow(now);
  const { rows } = await pool.query<AnswerReadRow>({
    name: "kioku_answer_read_all",
    text: ANSWER_READ_SQL,
    values: [userId, input.cardId, buckets.first, buckets.end, input.rating, true],
  });
  const row = rows[0];
  if (!row) return { user: null, deck: null, record: () => Promise.reject(new Error(`No user ${userId}.`)) };
  const user: SessionUserRow = {
    id: userId,
    name: row.name,
    email: row.email,
    role: row.role,
    timeZone: row.timeZone,
    sessionVersion: row.sessionVersion,
    disabledAt: row.disabledAt === null ? null : new Date(row.disabledAt),
  };
  const deck = row.cardDeckId !== null && row.studiable ? { id: row.cardDeckId, slug: row.cardDeckSlug, title: row.cardDeckTitle, description: row.cardDeckDescription } : null;
  return {
    user,
    deck,
    record(deckId) {
      if (deckId !== deck?.id) return Promise.reject(new Error("An answer is recorded in the deck its reading authorized."));
      return planAndWrite(pool, row, wide, { userId, deckId, input, now });
    },
  };
}

/** planReview on a read row, then WRITE_SQL: "retry" when the row lacks what the plan needs. */
async function planAndWrite(pool: pg.Pool, row: ReadRow, wide: { from: Date; to: Date }, { userId, deckId, input, now, settings }: AnswerRequest): Promise<AnswerOutcome | "retry"> {
  const state = stateOf(row);
  const full = settings ? null : settingsForDeck(contextOf(row, deckId), deckId);
  const context: ReviewContext = {
    settings: full,
    scheduler: settings ?? schedulerSettingsOf(full!),
    ...(row.dueCounts && row.siblingDues
      ? { load: { ...wide, dueBuckets: dueBucketsWithout(row.dueCounts, state && { ...state, suspended: row.suspended === true }), siblingDues: row.siblingDues.map((due) => new Date(due)) } }
      : {}),
    ...(row.history ? { cardHistory: historyFromRows(row.history.map(([rating, reviewedAt, nextDue]) => ({ rating, reviewedAt: new Date(reviewedAt), nextDue: new Date(nextDue) }))) } : {}),
  };
  const latest = row.latest === null ? null : new Date(row.latest);
  const planned = planReview(state, latest, context, input, now);
  // Only when the reading above did not cover what the plan needs (see `wide`): through Prisma.
  if (planned.kind === "needsLoad" || planned.kind === "needsHistory") return "retry";
  if (planned.kind === "stale") return (await findReplay(pool, userId, input.idempotencyKey)) ?? "conflict";
  const { state: next, log } = planned;
  const reviewId = randomUUID();
  try {
    const written = await pool.query<{ logged: boolean }>({ name: "kioku_answer_write", text: WRITE_SQL, values: [
      userId,
      input.cardId,
      deckId,
      row.stateId,
      state?.reps ?? null,
      timestampParamOrNull(state?.lastReview ?? null),
      state ? timestampParam(state.due) : null,
      timestampParam(next.due),
      next.stability,
      next.difficulty,
      next.elapsedDays,
      next.scheduledDays,
      next.learningSteps,
      next.reps,
      next.lapses,
      next.phase,
      timestampParamOrNull(next.lastReview),
      planned.suspend,
      reviewId,
      input.idempotencyKey,
      log.rating,
      log.phase,
      timestampParam(log.due),
      log.stability,
      log.difficulty,
      log.elapsedDays,
      log.lastElapsedDays,
      log.scheduledDays,
      log.learningSteps,
      timestampParam(log.reviewedAt),
      input.durationMs,
      randomUUID(),
    ] });
    if (written.rows[0]?.logged) return { reviewId, nextDue: next.due, replayed: false };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // Nothing written: the same key again (a replay), or another answer that got there first.
  return (await findReplay(pool, userId, input.idempotencyKey)) ?? "conflict";
}

/** The review store on PostgreSQL: single answers by hand-written SQL, batches through Prisma. */
export function postgresReviewStore(pool: pg.Pool, client: Database): ReviewStore {
  const prisma = prismaReviewStore(client);
  return {
    async recordReview(request) {
      const outcome = await recordReviewOnPostgres(pool, request);
      return outcome === "retry" ? prisma.recordReview(request) : outcome;
    },
    recordReviewBatch: (userId, items, now) => prisma.recordReviewBatch(userId, items, now),
    async readAnswer(userId, input, now) {
      const reading = await readAnswerOnPostgres(pool, userId, input, now);
      return {
        ...reading,
        async record(deckId) {
          const outcome = await reading.record(deckId);
          return outcome === "retry" ? prisma.recordReview({ userId, deckId, input, now }) : outcome;
        },
      };
    },
  };
}
