import { randomUUID } from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade } from "ts-fsrs";

/**
 * The floor for one review: a bare Node HTTP server that grades with ts-fsrs and does the same
 * writes as the app (card state compare-and-set + review log row, one transaction, same SQLite
 * pragmas, same schema), and nothing else: no framework, no session, no ORM. It deliberately
 * bypasses core/scheduling, so it is what the machine can do, not what Kioku does.
 *
 * Env: FLOOR_DB (SQLite file), FLOOR_USER, FLOOR_DECK, PORT.
 */
const db = new Database(process.env.FLOOR_DB!);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");
const userId = process.env.FLOOR_USER!;
const deckId = process.env.FLOOR_DECK!;
const scheduler = fsrs(generatorParameters({ enable_fuzz: true }));
const PHASES = ["new", "learning", "review", "relearning"] as const;

// Prisma's SQLite adapter stores DateTime as ISO text with an explicit offset; write the same.
const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");

const selectState = db.prepare("SELECT * FROM CardState WHERE userId = ? AND cardId = ?");
const updateState = db.prepare(
  `UPDATE CardState SET due = ?, stability = ?, difficulty = ?, elapsedDays = ?, scheduledDays = ?, learningSteps = ?, reps = ?, lapses = ?, phase = ?, lastReview = ?, updatedAt = ?
   WHERE id = ? AND reps = ?`,
);
const insertState = db.prepare(
  `INSERT INTO CardState (id, userId, cardId, deckId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, phase, lastReview, suspended, updatedAt)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
);
const insertLog = db.prepare(
  `INSERT INTO ReviewLog (id, userId, cardId, deckId, idempotencyKey, rating, phase, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, nextDue, createdAt)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);

interface StateRow {
  id: string;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: (typeof PHASES)[number];
  lastReview: string | null;
}

const record = db.transaction((cardId: string, rating: Grade, key: string, durationMs: number) => {
  const now = new Date();
  const row = selectState.get(userId, cardId) as StateRow | undefined;
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
        last_review: row.lastReview ? new Date(row.lastReview) : undefined,
      }
    : createEmptyCard(now);
  const { card, log } = scheduler.next(before, now, rating);
  const fields = [iso(card.due), card.stability, card.difficulty, card.elapsed_days, card.scheduled_days, card.learning_steps, card.reps, card.lapses, PHASES[card.state], card.last_review ? iso(card.last_review) : null];
  if (row) {
    if (updateState.run(...fields, iso(now), row.id, row.reps).changes !== 1) throw new Error("conflict");
  } else {
    insertState.run(randomUUID(), userId, cardId, deckId, ...fields, iso(now));
  }
  const reviewId = randomUUID();
  insertLog.run(reviewId, userId, cardId, deckId, key, rating, PHASES[log.state], iso(log.due), log.stability, log.difficulty, log.elapsed_days, log.last_elapsed_days, log.scheduled_days, log.learning_steps, iso(now), durationMs, iso(card.due), iso(now));
  return { reviewId, nextDue: card.due.toISOString() };
});

const server = http.createServer((request, response) => {
  if (request.method === "GET" && request.url === "/health") return void response.end("ok");
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk));
  request.on("end", () => {
    try {
      const input = JSON.parse(body) as { cardId: string; rating: Grade; idempotencyKey: string; durationMs: number };
      const result = record(input.cardId, input.rating, input.idempotencyKey, input.durationMs);
      response.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify(result));
    } catch (error) {
      response.writeHead(409, { "Content-Type": "application/json" }).end(JSON.stringify({ message: String(error) }));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
