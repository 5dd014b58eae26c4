import { afterAll, describe, expect, it } from "vitest";
import { dropPostgresDatabase, freshPostgresUrl } from "@/scripts/postgres-databases";
import { onOlderPostgres, onOlderSqlite, type Query } from "@/tests/support/migration-history";

/**
 * The migration that adds ReviewDueCount (the load balancer's reading, kept by triggers) on an
 * installation that already has card states: it must count them, or every answer would balance
 * against an empty schedule until each card was answered again. Run on both engines' histories
 * with rows written before the migration, as an older Kioku left them.
 */

const MIGRATION = "_issue18_review_due_counts";

// 20:00 and 20:14:59 share a quarter hour, 20:15 starts the next. Only ann's and bob's review
// cards that are not suspended count. Foreign keys are off (SQLite) or dropped (PostgreSQL).
const OLD_ROWS = `INSERT INTO "CardState" ("id", "userId", "cardId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "suspended", "updatedAt") VALUES
  ('s1', 'ann', 'c1', 'deck', '2026-03-06 20:00:00', 1, 5, 0, 1, 0, 1, 0, 'review', false, '2026-03-06 20:00:00'),
  ('s2', 'ann', 'c2', 'deck', '2026-03-06 20:14:59', 1, 5, 0, 1, 0, 1, 0, 'review', false, '2026-03-06 20:00:00'),
  ('s3', 'ann', 'c3', 'deck', '2026-03-06 20:15:00', 1, 5, 0, 1, 0, 1, 0, 'review', false, '2026-03-06 20:00:00'),
  ('s4', 'ann', 'c4', 'deck', '2026-03-06 20:15:00', 1, 5, 0, 1, 0, 1, 0, 'review', true, '2026-03-06 20:00:00'),
  ('s5', 'ann', 'c5', 'deck', '2026-03-06 20:15:00', 1, 5, 0, 1, 0, 1, 0, 'learning', false, '2026-03-06 20:00:00'),
  ('s6', 'bob', 'c1', 'deck', '2026-03-06 20:00:00', 1, 5, 0, 1, 0, 1, 0, 'review', false, '2026-03-06 20:00:00')`;

const BUCKET = Date.UTC(2026, 2, 6, 20) / 900_000;

async function expectCountsAfterMigration(query: Query, migrate: () => Promise<void>): Promise<void> {
  await migrate();
  const counts = async () =>
    (await query(`SELECT "userId", "bucket", "count" FROM "ReviewDueCount" ORDER BY "userId", "bucket"`)).map(([userId, bucket, count]) => [userId, Number(bucket), Number(count)]);
  expect(await counts()).toEqual([
    ["ann", BUCKET, 2],
    ["ann", BUCKET + 1, 1],
    ["bob", BUCKET, 1],
  ]);
  // And from now on the triggers keep them: bob's card leaves review, ann's suspended one returns.
  await query(`UPDATE "CardState" SET "phase" = 'relearning' WHERE "id" = 's6'`);
  await query(`UPDATE "CardState" SET "suspended" = false WHERE "id" = 's4'`);
  expect(await counts()).toEqual([
    ["ann", BUCKET, 2],
    ["ann", BUCKET + 1, 2],
  ]);
}

describe("the review due counts migration on an existing installation", () => {
  it("counts every user's existing review cards on SQLite", async () => {
    await onOlderSqlite(MIGRATION, [OLD_ROWS], expectCountsAfterMigration);
  });

  // Needs a server: .ci/run sets KIOKU_TEST_POSTGRES_URL (see .ci/postgres.sh).
  const base = process.env.KIOKU_TEST_POSTGRES_URL;
  describe.runIf(base)("on PostgreSQL", () => {
    const url = freshPostgresUrl(base ?? "postgresql://x@localhost/x", "kioku_due_counts");
    afterAll(() => dropPostgresDatabase(url));

    it("counts every user's existing review cards on PostgreSQL", async () => {
      await onOlderPostgres(base!, url, MIGRATION, ["CardState"], [OLD_ROWS], expectCountsAfterMigration);
    });
  });
});
