import { randomUUID } from "node:crypto";
import http from "node:http";
import pg from "pg";
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade } from "ts-fsrs";

/**
 * The PostgreSQL floor for one review: bare node:http + node-postgres + ts-fsrs doing the same
 * writes as the app (card state compare-and-set or first row, and the review log row, in one
 * transaction) the cheapest way: the card's state read by primary key, then one statement (a
 * data-modifying CTE) that writes both. No framework, session, settings or ORM, and it bypasses
 * core/scheduling: what the machine and PostgreSQL can do, not what Kioku does.
 *
 * Env: FLOOR_PG_URL, FLOOR_USER, FLOOR_DECK, PORT, FLOOR_PG_POOL (connections, default 10 as the app's).
 */
const pool = new pg.Pool({ connectionString: process.env.FLOOR_PG_URL!, max: Number(process.env.FLOOR_PG_POOL ?? 10) });
const userId = process.env.FLOOR_USER!;
const deckId = process.env.FLOOR_DECK!;
const scheduler = fsrs(generatorParameters({ enable_fuzz: true }));
const PHASES = ["new", "learning", "review", "relearning"] as const;

/** timestamp(3) columns hold UTC wall time, as Prisma writes them. */
const wall = (date: Date) => date.toISOString().slice(0, -1);
const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

const SELECT_STATE = `SELECT "id", ${ms('"due"')} AS "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase"::text AS "phase", ${ms('"lastReview"')} AS "lastReview"
  FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2`;
const STATE = `$5::timestamp(3), $6::float8, $7::float8, $8::int, $9::int, $10::int, $11::int, $12::int, $13::"CardPhase", $14::timestamp(3)`;
const WRITE = `
  WITH "updated" AS (
    UPDATE "CardState" SET ("due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview", "updatedAt") = (${STATE}, $15::timestamp(3))
    WHERE $16::text IS NOT NULL AND "id" = $16::text AND "reps" = $17::int RETURNING 1
  ), "inserted" AS (
    INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview", "suspended", "updatedAt")
    SELECT $18::text, $1::text, $2::text, $3::text, ${STATE}, false, $15::timestamp(3) WHERE $16::text IS NULL RETURNING 1
  )
  INSERT INTO "ReviewLog" ("id", "userId", "cardId", "deckId", "idempotencyKey", "rating", "phase", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "nextDue", "createdAt")
  SELECT $19::text, $1::text, $2::text, $3::text, $4::text, $20::int, $21::"CardPhase", $22::timestamp(3), $23::float8, $24::float8, $25::int, $26::int, $27::int, $28::int, $15::timestamp(3), $29::int, $5::timestamp(3), $15::timestamp(3)
  WHERE EXISTS (SELECT 1 FROM "updated") OR EXISTS (SELECT 1 FROM "inserted")`;

interface StateRow {
  id: string;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: (typeof PHASES)[number];
  lastReview: number | null;
}

async function record(cardId: string, rating: Grade, key: string, durationMs: number): Promise<{ reviewId: string; nextDue: string }> {
  const now = new Date();
  const row = (await pool.query<StateRow>({ name: "floor_read", text: SELECT_STATE, values: [userId, cardId] })).rows[0];
  const before: Card = row
    ? {
        due: new Date(row.due),
        stability: row.stability,
        difficulty: row.difficulty,
        elapsed_days: row.elapsedDays,
        scheduled_days: row.scheduledDays,
        learning_steps: row.learningSteps,
        reps: row.reps,
        lapses: row.lapses,
        state: PHASES.indexOf(row.phase) as State,
        last_review: row.lastReview === null ? undefined : new Date(row.lastReview),
      }
    : createEmptyCard(now);
  const { card, log } = scheduler.next(before, now, rating);
  const reviewId = randomUUID();
  const written = await pool.query({ name: "floor_write", text: WRITE, values: [
    userId, cardId, deckId, key,
    wall(card.due), card.stability, card.difficulty, card.elapsed_days, card.scheduled_days, card.learning_steps, card.reps, card.lapses, PHASES[card.state], card.last_review ? wall(card.last_review) : null,
    wall(now), row?.id ?? null, row?.reps ?? null, randomUUID(),
    reviewId, rating, PHASES[log.state], wall(log.due), log.stability, log.difficulty, log.elapsed_days, log.last_elapsed_days, log.scheduled_days, log.learning_steps, durationMs,
  ] });
  if (written.rowCount !== 1) throw new Error("conflict");
  return { reviewId, nextDue: card.due.toISOString() };
}

const server = http.createServer((request, response) => {
  if (request.method === "GET" && request.url === "/health") return void response.end("ok");
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk));
  request.on("end", () => {
    const input = JSON.parse(body) as { cardId: string; rating: Grade; idempotencyKey: string; durationMs: number };
    record(input.cardId, input.rating, input.idempotencyKey, input.durationMs).then(
      (result) => response.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify(result)),
      (error: unknown) => response.writeHead(409, { "Content-Type": "application/json" }).end(JSON.stringify({ message: String(error) })),
    );
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => void pool.end().then(() => process.exit(0))));
