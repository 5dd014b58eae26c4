import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { MigrationError } from "./errors";
import { connectSqlite, type EngineConnection } from "./sqlite-adapter";

export const DEFAULT_DATABASE_URL = "file:./data/kioku.db";

// Long enough to outlast a running app's write transaction, short enough to fail visibly.
const BUSY_TIMEOUT_MS = 5_000;

export type DatabaseTarget = {
  provider: "sqlite";
  /** What to show the user: never includes credentials. */
  description: string;
  exists: () => boolean;
  /** Creates whatever must exist before the engine connects (for SQLite: the folder). */
  prepare: () => void;
  connect: () => EngineConnection;
  /** Settings that live in the database itself rather than on each connection; run it after
   * the engine's connections are closed. */
  finish: () => void;
};

/**
 * The one place that maps a DATABASE_URL to an engine adapter. PostgreSQL will get its own branch
 * here (with its own shadow-database handling); everything else is provider-neutral.
 */
export function resolveDatabase(url: string, projectRoot: string): DatabaseTarget {
  if (url.startsWith("file:")) return sqliteTarget(sqliteFilePath(url, projectRoot));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new MigrationError(
    scheme
      ? `DATABASE_URL uses "${scheme}:", but only SQLite "file:" URLs are supported (e.g. ${DEFAULT_DATABASE_URL})`
      : `DATABASE_URL is not a database URL; expected a SQLite "file:" URL such as ${DEFAULT_DATABASE_URL}`,
  );
}

function sqliteFilePath(url: string, projectRoot: string): string {
  // Prisma's SQLite URLs may carry options after "?" (connection_limit, ...); they are not part
  // of the path.
  const withoutQuery = url.split("?", 1)[0] ?? "";
  const raw = withoutQuery.startsWith("file://") ? fileURLToPath(withoutQuery) : withoutQuery.slice("file:".length);
  if (raw === "" || raw === ":memory:") {
    throw new MigrationError(`DATABASE_URL "${url}" names no database file to migrate`);
  }
  // Relative to the project, not the cwd, so `npm run` from a subfolder hits the same file.
  return path.resolve(projectRoot, raw);
}

function sqliteTarget(filePath: string): DatabaseTarget {
  return {
    provider: "sqlite",
    description: filePath,
    exists: () => existsSync(filePath),
    prepare: () => mkdirSync(path.dirname(filePath), { recursive: true }),
    connect: () => connectSqlite(filePath, BUSY_TIMEOUT_MS),
    finish: () => {
      const db = new Database(filePath, { timeout: BUSY_TIMEOUT_MS });
      try {
        // WAL is stored in the file, so readers never block the writer even before the app has
        // opened its first connection (which also asks for WAL).
        db.pragma("journal_mode = WAL");
      } finally {
        db.close();
      }
    },
  };
}
