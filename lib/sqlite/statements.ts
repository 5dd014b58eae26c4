import type Database from "better-sqlite3";

/*
 * Plain better-sqlite3 helpers, shared by the app's connection and the review writer's thread:
 * no Prisma and no `server-only` here, that thread loads this module by itself.
 */

/**
 * Every SQLite connection runs these first. The Prisma adapter sets no pragmas: without WAL a
 * review write is about ten times slower here, FULL keeps acknowledged reviews through a power
 * cut, and the busy timeout (ms) makes a second writer wait instead of failing with SQLITE_BUSY.
 */
export const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA busy_timeout = 5000",
  "PRAGMA foreign_keys = ON",
].join(";\n");

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * `sql` prepared once per connection and kept: preparing is most of the cost of a small query.
 * Numbers come back as JS numbers (the adapter turns BigInts on for the whole connection).
 */
export function prepared(handle: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(handle);
  if (!cache) statements.set(handle, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = handle.prepare(sql);
    if (statement.reader) statement.safeIntegers(false);
    cache.set(sql, statement);
  }
  return statement;
}

/** A DateTime as Prisma's SQLite adapter stores it: ISO 8601 text with an explicit offset. */
export function toSqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A stored DateTime back as a Date. */
export function fromSqliteDate(value: string): Date {
  return new Date(value);
}

/** True for better-sqlite3's error on a UNIQUE (or primary key) constraint. */
export function isSqliteUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
