import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { MigrationError } from "./errors";
import { connectPostgresql, type PostgresqlConfig } from "./postgresql-adapter";
import { connectSqlite, type EngineConnection } from "./sqlite-adapter";

export const DEFAULT_DATABASE_URL = "file:./data/kioku.db";

// Long enough to outlast a running app's write transaction, short enough to fail visibly.
const BUSY_TIMEOUT_MS = 5_000;

export type DatabaseTarget = {
  provider: "sqlite" | "postgresql";
  /** What to show the user: never includes credentials. */
  description: string;
  exists: () => boolean;
  /** Creates whatever must exist before the engine connects (SQLite: the folder; PostgreSQL:
   * the database, if the role may create it). */
  prepare: () => void | Promise<void>;
  connect: () => EngineConnection;
  /** Settings that live in the database itself rather than on each connection; run it after
   * the engine's connections are closed. */
  finish: () => void | Promise<void>;
};

/**
 * PostgreSQL planner settings stored on the database, so every connection of every app instance
 * gets them, pooled or not (a pooler does not pass per-connection start-up options on). The
 * default random_page_cost = 4 assumes spinning disks: on a large department database it made
 * the planner read CardState for a class-wide progress query in a parallel full scan (240 ms,
 * measured on this machine, see the PostgreSQL notes in README), where at 1.1 — the usual value
 * for SSDs and cached data — it walks CardState_userId_deckId_due_idx in under 10 ms. On
 * `npm run bench`'s smaller data (48k card states) both settings already pick the index
 * (~0.5 ms); tests/integration/database.test.ts checks the plan on every PostgreSQL run.
 */
const POSTGRESQL_DATABASE_SETTINGS = { random_page_cost: "1.1" } as const;

/** The one place that maps a DATABASE_URL to an engine adapter; everything else is provider-neutral. */
export function resolveDatabase(url: string, projectRoot: string): DatabaseTarget {
  if (url.startsWith("file:")) return sqliteTarget(sqliteFilePath(url, projectRoot));
  if (/^postgres(ql)?:\/\//.test(url)) return postgresqlTarget(postgresqlConfig(url));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new MigrationError(
    scheme
      ? `DATABASE_URL uses "${scheme}:", but only SQLite "file:" and "postgresql://" URLs are supported (e.g. ${DEFAULT_DATABASE_URL})`
      : `DATABASE_URL is not a database URL; expected a SQLite "file:" URL such as ${DEFAULT_DATABASE_URL} or a postgresql:// URL`,
  );
}

function postgresqlConfig(url: string): PostgresqlConfig {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  const database = decodeURIComponent(parsed?.pathname.slice(1) ?? "");
  if (!parsed || !parsed.hostname || !parsed.username || database === "") {
    throw new MigrationError("DATABASE_URL must name a user, a host and a database, e.g. postgresql://kioku:PASSWORD@127.0.0.1:5432/kioku");
  }
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

function postgresqlTarget(config: PostgresqlConfig): DatabaseTarget {
  const quoted = `"${config.database.replaceAll('"', '""')}"`;
  const withClient = async (database: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> => {
    const client = new pg.Client({ ...config, database });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    provider: "postgresql",
    description: `postgresql://${config.user}@${config.host}:${config.port}/${config.database}`,
    // A server database cannot be checked without connecting; status then reports what it finds.
    exists: () => true,
    prepare: async () => {
      // Through the "postgres" maintenance database, which every role may connect to by default.
      // If that is refused, the engine's own connection below reports what is wrong.
      await withClient("postgres", async (client) => {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [config.database]);
        // Byte-order collation, as SQLite compares text: ORDER BY title gives the same order
        // on both engines, whatever the server's default locale is.
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoted} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
      }).catch(() => {});
    },
    connect: () => connectPostgresql(config),
    finish: () =>
      withClient(config.database, async (client) => {
        for (const [name, value] of Object.entries(POSTGRESQL_DATABASE_SETTINGS)) {
          await client.query(`ALTER DATABASE ${quoted} SET ${name} = ${value}`);
        }
      }),
  };
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
    prepare: () => {
      mkdirSync(path.dirname(filePath), { recursive: true });
    },
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
