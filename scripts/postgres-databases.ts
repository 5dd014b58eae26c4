import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Throwaway PostgreSQL databases for test runs: a suite gets a fresh database on the server a
 * base URL names (the role needs CREATEDB), the way the SQLite suites get a fresh file.
 */

/** `base` with its database replaced by `database`. */
export function postgresDatabaseUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** `base` with its database replaced by a new, unused name; nothing is created yet. */
export function freshPostgresUrl(base: string, prefix: string): string {
  return postgresDatabaseUrl(base, `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`);
}

/** Drops the database `url` names, closing whatever connections are left (PostgreSQL 13+). */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}
