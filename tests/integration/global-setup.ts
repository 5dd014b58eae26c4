import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { sqliteFilePath } from "@/lib/config";
import { dropPostgresDatabase, isPostgresUrl } from "@/scripts/postgres-databases";

/**
 * Migrates the run's fresh database (a SQLite file, or a PostgreSQL database that `migrate`
 * creates) with the project's own migration script, then removes it afterwards.
 */
export default function setup(): () => Promise<void> {
  const databaseUrl = process.env.KIOKU_TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error("KIOKU_TEST_DATABASE_URL is not set (vitest.config.ts sets it).");
  const result = spawnSync("npx", ["tsx", "prisma/migrate.ts", "apply"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Migrating the test database failed:\n${result.stdout}\n${result.stderr}`);
  return async () => {
    if (isPostgresUrl(databaseUrl)) return dropPostgresDatabase(databaseUrl);
    const file = sqliteFilePath(databaseUrl);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
}
