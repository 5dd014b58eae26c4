import { afterAll, describe, expect, it } from "vitest";
import { dropPostgresDatabase, freshPostgresUrl } from "@/scripts/postgres-databases";
import { onOlderPostgres, onOlderSqlite, type Query } from "@/tests/support/migration-history";

/**
 * The migration that adds the class read stamps (lib/class-reads.ts) on an installation that
 * already has card states and quiz attempts: each existing student's deck and quiz gets a stamp,
 * or the class view would take them for students with no rows at all. Run on both engines'
 * histories, with rows written before the migration exactly as an older Kioku left them.
 */

const STAMPS_MIGRATION = "_issue15_class_read_stamps";

// Rows only the stamps care about: foreign keys are off (SQLite) or dropped (PostgreSQL) while
// they are written, as their users, decks and quizzes do not matter here.
const OLD_ROWS = [
  `INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "updatedAt") VALUES
    ('s1', 'ann', 'c1', 'deck', '2026-03-06 20:00:00', 1, 5, 0, 1, 0, 1, 0, 'review', '2026-03-06 20:00:00'),
    ('s2', 'ann', 'c2', 'deck', '2026-03-06 20:00:00', 1, 5, 0, 1, 0, 1, 0, 'review', '2026-03-06 20:00:00'),
    ('s3', 'bob', 'c1', 'deck', '2026-03-06 20:00:00', 1, 5, 0, 1, 0, 1, 0, 'review', '2026-03-06 20:00:00'),
    ('s4', 'bob', 'c9', 'other', '2026-03-06 20:00:00', 1, 5, 0, 1, 0, 1, 0, 'review', '2026-03-06 20:00:00')`,
  `INSERT INTO "QuizAttempt" ("id", "quizId", "userId", "startedAt", "maxScore") VALUES
    ('a1', 'quiz', 'ann', '2026-03-06 20:00:00', 3), ('a2', 'quiz', 'ann', '2026-03-06 20:00:00', 3)`,
];

async function expectStampsAfterMigration(query: Query, migrate: () => Promise<void>): Promise<void> {
  await migrate();
  const cardStamps = await query(`SELECT "deckId", "userId", "stamp" FROM "CardStateStamp" ORDER BY "deckId", "userId"`);
  expect(cardStamps.map((row) => row.slice(0, 2))).toEqual([["deck", "ann"], ["deck", "bob"], ["other", "bob"]]);
  const quizStamps = await query(`SELECT "quizId", "userId", "stamp" FROM "QuizAttemptStamp"`);
  expect(quizStamps.map((row) => row.slice(0, 2))).toEqual([["quiz", "ann"]]);
  for (const [, , stamp] of [...cardStamps, ...quizStamps]) expect(Number.isSafeInteger(Number(stamp))).toBe(true);

  // And from now on the triggers keep them.
  const stampOfAnn = async () => (await query(`SELECT "stamp" FROM "CardStateStamp" WHERE "deckId" = 'deck' AND "userId" = 'ann'`))[0]![0];
  const before = await stampOfAnn();
  await query(`UPDATE "CardState" SET "reps" = 2 WHERE "id" = 's1'`);
  expect(await stampOfAnn()).not.toEqual(before);
}

describe("the class read stamps migration on an existing installation", () => {
  it("stamps every student's existing states and attempts on SQLite", async () => {
    await onOlderSqlite(STAMPS_MIGRATION, OLD_ROWS, expectStampsAfterMigration);
  });

  // Needs a server: .ci/run sets KIOKU_TEST_POSTGRES_URL (see .ci/postgres.sh).
  const base = process.env.KIOKU_TEST_POSTGRES_URL;
  describe.runIf(base)("on PostgreSQL", () => {
    const url = freshPostgresUrl(base ?? "postgresql://x@localhost/x", "kioku_stamps");
    afterAll(() => dropPostgresDatabase(url));

    it("stamps every student's existing states and attempts on PostgreSQL", async () => {
      await onOlderPostgres(base!, url, STAMPS_MIGRATION, ["CardState", "QuizAttempt"], OLD_ROWS, expectStampsAfterMigration);
    });
  });
});
