import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dropPostgresDatabase, freshPostgresUrl } from "@/scripts/postgres-databases";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const base = process.env.KIOKU_TEST_POSTGRES_URL;

function runMigrate(args: string[], databaseUrl: string) {
  return spawnSync("npx", ["tsx", "prisma/migrate.ts", ...args], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
}

// Needs a server: .ci/run sets KIOKU_TEST_POSTGRES_URL (see .ci/postgres.sh).
describe.runIf(base)("prisma/migrate.ts on PostgreSQL", () => {
  const url = freshPostgresUrl(base ?? "postgresql://x@localhost/x", "kioku_migrate");
  afterAll(() => dropPostgresDatabase(url));

  it("creates the database, applies prisma/migrations-postgresql once, then nothing, and stores the planner settings", async () => {
    const history = readdirSync(path.join(projectRoot, "prisma", "migrations-postgresql"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(history.length).toBeGreaterThan(0);

    const first = runMigrate(["apply"], url);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Applied ${history.length} migration`);
    expect(first.stdout).not.toContain("kioku:kioku"); // no password echoed
    expect(runMigrate(["apply"], url).stdout).toContain("No pending migrations");
    const status = runMigrate(["status"], url);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date.");

    // The committed PostgreSQL history builds exactly today's schema.prisma (others change it too).
    const check = runMigrate(["check"], url);
    expect(check.stdout).toContain("migrations-postgresql matches the schema.");
    expect(check.status).toBe(0);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'");
      expect(tables.rows.map((row) => row.name)).toEqual(expect.arrayContaining(["User", "CardState", "ReviewLog", "_prisma_migrations"]));
      const applied = await client.query<{ migration_name: string }>("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1");
      expect(applied.rows.map((row) => row.migration_name)).toEqual(history);
      expect((await client.query<{ random_page_cost: string }>("SHOW random_page_cost")).rows[0]?.random_page_cost).toBe("1.1");
      // No shadow database is left behind by the runner.
      const shadows = await client.query("SELECT 1 FROM pg_database WHERE datname LIKE 'kioku_shadow_%' OR datname LIKE 'prisma_migrate_shadow_db_%'");
      expect(shadows.rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});
