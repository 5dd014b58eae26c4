import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropPostgresDatabase, freshPostgresUrl } from "@/scripts/postgres-databases";
import { migrationHistory } from "@/tests/support/migration-history";

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

type Query = (sql: string) => Promise<unknown[][]>;

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
    const file = path.join(os.tmpdir(), `kioku-due-counts-${randomUUID()}.db`);
    const handle = new Database(file);
    try {
      const { before, migration } = migrationHistory("migrations", MIGRATION);
      for (const script of before) handle.exec(script);
      // After the scripts: Prisma's table rebuilds turn foreign keys back on at their end.
      handle.pragma("foreign_keys = OFF");
      handle.exec(OLD_ROWS);
      await expectCountsAfterMigration(
        async (sql) => (sql.startsWith("SELECT") ? (handle.prepare(sql).raw(true).all() as unknown[][]) : (handle.exec(sql), [])),
        async () => void handle.exec(migration),
      );
    } finally {
      handle.close();
      rmSync(file, { force: true });
    }
  });

  // Needs a server: .ci/run sets KIOKU_TEST_POSTGRES_URL (see .ci/postgres.sh).
  const base = process.env.KIOKU_TEST_POSTGRES_URL;
  describe.runIf(base)("on PostgreSQL", () => {
    const url = freshPostgresUrl(base ?? "postgresql://x@localhost/x", "kioku_due_counts");
    afterAll(() => dropPostgresDatabase(url));

    it("counts every user's existing review cards on PostgreSQL", async () => {
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${new URL(url).pathname.slice(1)}"`);
      await admin.end();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { before, migration } = migrationHistory("migrations-postgresql", MIGRATION);
        for (const script of before) await client.query(script);
        // Switching foreign keys off takes a superuser here; the owner can drop the table's own.
        await client.query(`DO $$ DECLARE r record; BEGIN
          FOR r IN SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid = '"CardState"'::regclass LOOP
            EXECUTE format('ALTER TABLE "CardState" DROP CONSTRAINT %I', r.conname);
          END LOOP; END $$`);
        await client.query(OLD_ROWS);
        await expectCountsAfterMigration(
          async (sql) => (await client.query({ text: sql, rowMode: "array" })).rows as unknown[][],
          async () => void (await client.query(migration)),
        );
      } finally {
        await client.end();
      }
    });
  });
});
