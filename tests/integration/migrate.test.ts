import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const migrationsDir = path.join(projectRoot, "prisma", "migrations");

type Run = { status: number | null; stdout: string; stderr: string };

/** Runs the real script the way `npm run db:*` does, against `databaseUrl`. */
function runMigrate(args: string[], databaseUrl: string, cwd = projectRoot): Run {
  // From another cwd `npx` would not find the project's tsx, so call its bin directly there.
  const [command, prefix] =
    cwd === projectRoot ? ["npx", ["tsx"]] : [path.join(projectRoot, "node_modules", ".bin", "tsx"), []];
  const result = spawnSync(command, [...prefix, path.join(projectRoot, "prisma", "migrate.ts"), ...args], {
    cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function migrationDirectoryNames(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

describe("prisma/migrate.ts", () => {
  let tempDir: string;

  beforeAll(() => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "kioku-migrate-"));
  });

  afterAll(() => {
    rmSync(tempDir, { recursive: true, force: true });
  });

  it("applies every migration once to a new database file, then nothing", () => {
    // A folder that does not exist yet: apply must create it along with the file.
    const file = path.join(tempDir, "apply", "nested", "kioku.db");
    const url = `file:${file}`;
    const migrations = migrationDirectoryNames();
    const init = migrations.find((name) => /^\d{14}_init$/.test(name));
    expect(init, "prisma/migrations holds the init migration").toBeDefined();

    const first = runMigrate(["apply"], url);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Applied ${migrations.length} migration`);
    for (const name of migrations) expect(first.stdout).toContain(name);

    const second = runMigrate(["apply"], url);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("No pending migrations");
    expect(second.stdout).not.toContain(init);

    const db = new Database(file, { readonly: true });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => (row as { name: string }).name);
      expect(tables).toEqual(expect.arrayContaining(["User", "Card", "CardState", "ReviewLog", "_prisma_migrations"]));

      const rows = db
        .prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name")
        .all() as { migration_name: string; finished_at: string | null; rolled_back_at: string | null }[];
      expect(rows.map((row) => row.migration_name)).toEqual(migrations);
      expect(rows.find((row) => row.migration_name === init)).toMatchObject({ rolled_back_at: null });
      for (const row of rows) expect(row.finished_at).not.toBeNull();

      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }

    const status = runMigrate(["status"], url);
    expect(status.status).toBe(0);
    expect(status.stdout).toContain("Pending (0): none");
    expect(status.stdout).toContain("Database schema is up to date.");
  });

  it("says plainly that the database is busy when another process holds it", () => {
    const file = path.join(tempDir, `busy-${randomUUID()}.db`);
    expect(runMigrate(["apply"], `file:${file}`).status).toBe(0);
    const holder = new Database(file);
    holder.exec("BEGIN EXCLUSIVE");
    try {
      const run = runMigrate(["apply"], `file:${file}`);
      expect(run.status).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toContain("the database is busy: another process holds it");
      expect(`${run.stdout}${run.stderr}`).not.toContain("SocketTimeout");
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
  });

  it("reports pending migrations for a missing database without creating it", () => {
    const file = path.join(tempDir, "status-only", "kioku.db");
    const status = runMigrate(["status"], `file:${file}`);
    expect(status.status).toBe(1);
    expect(status.stdout).toContain(`Pending (${migrationDirectoryNames().length})`);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(path.dirname(file))).toBe(false);
  });

  it("resolves a relative DATABASE_URL from the project root, not the cwd", () => {
    // .test-output/ is git-ignored scratch space inside the project.
    const relative = path.join(".test-output", `migrate-${randomUUID()}`, "kioku.db");
    const expected = path.join(projectRoot, relative);
    try {
      const run = runMigrate(["apply"], `file:./${relative}`, tempDir);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Database: ${expected}`);
      expect(existsSync(expected)).toBe(true);
      expect(existsSync(path.join(tempDir, relative))).toBe(false);
    } finally {
      rmSync(path.dirname(expected), { recursive: true, force: true });
    }
  });

  it.each([
    ["mysql://kioku:secret@localhost:3306/kioku", /only SQLite "file:" and "postgresql:\/\/" URLs are supported/],
    ["postgresql://kioku:secret@localhost:5432", /must name a user, a host and a database/],
    ["not a url at all", /not a database URL/],
  ])("refuses DATABASE_URL=%s with one clear line and exit code 1", (url, message) => {
    const run = runMigrate(["apply"], url);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    // The password in the URL must not be echoed back.
    expect(run.stderr).not.toContain("secret");
  });

  it("rejects an invalid migration name before touching the database or prisma/migrations", () => {
    const before = migrationDirectoryNames();
    const file = path.join(tempDir, "bad-name", "kioku.db");
    const run = runMigrate(["create", "Add-Tags"], `file:${file}`);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'error: migration name "Add-Tags" is invalid: use lowercase letters, digits and underscores, e.g. add_deck_tags',
    );
    expect(migrationDirectoryNames()).toEqual(before);
    expect(existsSync(file)).toBe(false);
  });
});
