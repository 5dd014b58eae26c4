import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * One engine's migration scripts (`folder`: "migrations" or "migrations-postgresql"), in order,
 * split at the migration whose name ends with `suffix`: what an older installation had applied,
 * and that migration. For tests of a migration on a database that already holds rows.
 */
export function migrationHistory(folder: string, suffix: string): { before: string[]; migration: string } {
  const dir = path.join(projectRoot, "prisma", folder);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const at = names.findIndex((name) => name.endsWith(suffix));
  if (at <= 0) throw new Error(`No migration ending with ${suffix} after the first in prisma/${folder}.`);
  const script = (name: string) => readFileSync(path.join(dir, name, "migration.sql"), "utf8");
  return { before: names.slice(0, at).map(script), migration: script(names[at]!) };
}

/** Runs SQL on the older installation: a SELECT's rows as arrays, anything else for its effect. */
export type Query = (sql: string) => Promise<unknown[][]>;

/**
 * An older installation on a fresh SQLite file: the migrations before `suffix` applied, foreign
 * keys off, `oldRows` written as an older Kioku left them. `check` gets a query function and a
 * function that applies the migration.
 */
export async function onOlderSqlite(suffix: string, oldRows: readonly string[], check: (query: Query, migrate: () => Promise<void>) => Promise<void>): Promise<void> {
  const file = path.join(os.tmpdir(), `kioku-migration-${randomUUID()}.db`);
  const handle = new Database(file);
  try {
    const { before, migration } = migrationHistory("migrations", suffix);
    for (const script of before) handle.exec(script);
    // After the scripts: Prisma's table rebuilds turn foreign keys back on at their end.
    handle.pragma("foreign_keys = OFF");
    for (const rows of oldRows) handle.exec(rows);
    await check(
      async (sql) => (sql.startsWith("SELECT") ? (handle.prepare(sql).raw(true).all() as unknown[][]) : (handle.exec(sql), [])),
      async () => void handle.exec(migration),
    );
  } finally {
    handle.close();
    rmSync(file, { force: true });
  }
}

/**
 * The same on PostgreSQL: database `url` created through `base`, the foreign keys of `tables`
 * dropped (switching them off takes a superuser here; the owner can drop its tables' own).
 */
export async function onOlderPostgres(
  base: string,
  url: string,
  suffix: string,
  tables: readonly string[],
  oldRows: readonly string[],
  check: (query: Query, migrate: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${new URL(url).pathname.slice(1)}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { before, migration } = migrationHistory("migrations-postgresql", suffix);
    for (const script of before) await client.query(script);
    const regclasses = tables.map((table) => `'"${table}"'::regclass`).join(", ");
    await client.query(`DO $$ DECLARE r record; BEGIN
      FOR r IN SELECT conname, conrelid::regclass AS tab FROM pg_constraint WHERE contype = 'f' AND conrelid IN (${regclasses}) LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tab, r.conname);
      END LOOP; END $$`);
    for (const rows of oldRows) await client.query(rows);
    await check(
      async (sql) => (await client.query({ text: sql, rowMode: "array" })).rows as unknown[][],
      async () => void (await client.query(migration)),
    );
  } finally {
    await client.end();
  }
}
