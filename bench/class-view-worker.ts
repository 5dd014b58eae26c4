import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { InstructedClassId } from "@/features/class/access";
import { getClassDashboard } from "@/features/class/data";
import { databaseEngine, db } from "@/lib/db";
import { CLASS_STATES_SQL as POSTGRES_CLASS_STATES_SQL } from "@/lib/postgres/class-reads";
import { CLASS_STATES_SQL as SQLITE_CLASS_STATES_SQL } from "@/lib/sqlite/class-reads";
import { seedClassLoad } from "@/tests/support/class-load";

/**
 * One engine's numbers for bench/class-view.ts on the migrated, empty database DATABASE_URL
 * names: the whole instructor class view (getClassDashboard: progress, predicted recall,
 * status, hardest cards, item analysis) for a class of 200 students on a deck of 80 cards they
 * have all studied, with a 10-question quiz every student submitted. The view remembers each
 * student's rows between views and reads again those whose stamp changed (lib/class-reads.ts),
 * so it is measured as a class page is used: after 10 students answered a card since the last
 * view, after none did, and after every student did (each state read again). Beside it, the
 * floor: the view's CardState statement for all 200 students (lib/sqlite/class-reads.ts,
 * lib/postgres/class-reads.ts: the columns the view needs, as arrays) run bare through the
 * engine's own driver on a connection of its own, nothing done with the rows. Steps take turns,
 * run by run, so a change in the machine's load weighs on all alike. Prints one JSON line. Run
 * as `node --conditions=react-server --import tsx`.
 */
const STUDENTS = 200;
const CARDS = 80;
const QUESTIONS = 10;

const load = await seedClassLoad(db, STUDENTS, 3, CARDS);
const instructor = await db.user.create({ data: { email: `${randomUUID()}@bench.kioku`, name: "I", passwordHash: "-", role: "instructor" } });
const klass = await db.class.create({ data: { instructorId: instructor.id, name: "Bench", joinCode: randomUUID().slice(0, 10) } });
await db.enrollment.createMany({ data: load.studentIds.map((userId) => ({ classId: klass.id, userId })) });
const dueAt = new Date(Date.now() + 7 * 86_400_000);
await db.assignment.create({ data: { classId: klass.id, kind: "deck", deckId: load.deckId, title: "Deck", dueAt } });

const questionIds = Array.from({ length: QUESTIONS }, (_, i) => `${load.deckId}-q${i}`);
await db.quizQuestion.createMany({
  data: questionIds.map((id, i) => ({
    id,
    deckId: load.deckId,
    key: `q${i}`,
    type: "multipleChoice" as const,
    spec: JSON.stringify({ type: "multipleChoice", prompt: `Question ${i}?`, options: ["A", "B", "C", "D"], correctIndex: i % 4 }),
    position: i,
  })),
});
const quiz = await db.quiz.create({
  data: { deckId: load.deckId, ownerId: instructor.id, title: "Quiz", types: '["multipleChoice"]', questionCount: QUESTIONS, seed: 1, items: { create: questionIds.map((questionId, position) => ({ questionId, position })) } },
});
await db.assignment.create({ data: { classId: klass.id, kind: "quiz", deckId: load.deckId, quizId: quiz.id, title: "Quiz", dueAt } });
const started = Date.now() - 3_600_000;
for (const [s, userId] of load.studentIds.entries()) {
  const attempt = await db.quizAttempt.create({ data: { quizId: quiz.id, userId, startedAt: new Date(started), submittedAt: new Date(started + 600_000), score: 5, maxScore: QUESTIONS } });
  await db.quizAnswer.createMany({
    data: questionIds.map((questionId, i) => ({
      attemptId: attempt.id,
      questionId,
      response: JSON.stringify({ type: "multipleChoice", choice: (s + i) % 4 }),
      score: (s + i) % 4 === i % 4 ? 1 : 0,
      answeredAt: new Date(started + (i + 1) * 20_000),
    })),
  });
}
// Measure the database as a running app has it, not just after a bulk load: PostgreSQL with
// statistics, SQLite with the seeding's write-ahead log folded back into the file.
if (databaseEngine === "postgresql") await db.$executeRawUnsafe(`ANALYZE`);
else await db.$queryRawUnsafe(`PRAGMA wal_checkpoint(TRUNCATE)`);

/** Mean milliseconds of each step over `runs` rounds (after 5 to warm up), the steps taking turns within a round. */
async function meanMs(runs: number, steps: (() => Promise<unknown>)[]): Promise<number[]> {
  for (let i = 0; i < 5; i += 1) for (const step of steps) await step();
  const totals = steps.map(() => 0);
  for (let i = 0; i < runs; i += 1) {
    for (const [s, step] of steps.entries()) {
      const begun = performance.now();
      await step();
      totals[s]! += performance.now() - begun;
    }
  }
  return totals.map((total) => total / runs);
}

const view = () => getClassDashboard(klass.id as InstructedClassId, new Date());
const dashboard = await view();
const rows = dashboard.assignments.reduce((sum, assignment) => sum + assignment.students.length, 0);

// Between two views of the class page, students study: each answer changes one of their card
// states, so the view reads that student's states again (lib/class-reads.ts). `studied(n)` is n
// students (a different n each round) answering one card each, as one UPDATE; it is not timed.
let round = 0;
const studied = (count: number) => async () => {
  const who = Array.from({ length: count }, (_, i) => load.studentIds[(round * count + i) % STUDENTS]!);
  round += 1;
  const list = who.map((id) => `'${id}'`).join(", ");
  await db.$executeRawUnsafe(`UPDATE "CardState" SET "reps" = "reps" + 1 WHERE "deckId" = '${load.deckId}' AND "userId" IN (${list}) AND "cardId" = (SELECT min("cardId") FROM "CardState" WHERE "deckId" = '${load.deckId}')`);
};

// The floor: the view's CardState statement, bare, through the engine's own driver.
let floor: () => Promise<unknown[]>;
let close: () => Promise<void>;
const url = process.env.DATABASE_URL!;
if (databaseEngine === "sqlite") {
  const handle = new BetterSqlite3(url.replace(/^file:/, ""), { readonly: true });
  const statement = handle.prepare(SQLITE_CLASS_STATES_SQL).raw(true);
  const ids = JSON.stringify(load.studentIds);
  floor = async () => statement.all(load.deckId, ids);
  close = async () => void handle.close();
} else {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  floor = async () => (await client.query({ text: POSTGRES_CLASS_STATES_SQL, values: [load.deckId, load.studentIds], rowMode: "array" })).rows;
  close = () => client.end();
}
const floorRows = (await floor()).length;
if (floorRows !== STUDENTS * CARDS) throw new Error(`the floor read ${floorRows} CardState rows, not ${STUDENTS * CARDS}: it would measure nothing`);
// Taking turns: 10 students studied since the last view, none did; then the floor.
const [, tenMs, noneMs, floorMs] = await meanMs(30, [studied(10), view, view, floor]);
// Apart, as its many reads would weigh on the steps after it: all 200 students studied.
const [, everyoneMs] = await meanMs(10, [studied(STUDENTS), view]);
await close();

console.log(JSON.stringify({ engine: databaseEngine, students: STUDENTS, cards: CARDS, rows, floorRows, everyoneMs, tenMs, noneMs, floorMs }));
await db.$disconnect();
