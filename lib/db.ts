import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseEngineOf, readDatabaseUrl, sqliteFilePath, type DatabaseEngine } from "@/lib/config";
import type BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { SqliteConnectionFactory, type SqliteConnection } from "@/lib/sqlite/connection";

/**
 * The one place the app knows which engine it runs on. Both generated clients are built on every
 * install (prisma/postgresql-schema.ts), so one build serves either engine and DATABASE_URL alone
 * picks it at start-up. The rest of the code sees the SQLite client's type: its query API is the
 * subset both engines share (no `mode: "insensitive"`, no native types), which keeps them portable.
 */

// Per app instance. N instances x this must stay under the server's max_connections (100 by
// default) minus what migrations and operators need; 10 is pg's own default.
const POSTGRES_POOL_SIZE = Number(process.env.KIOKU_PG_POOL_SIZE ?? 10);

export type Database = PrismaClient;
export type { DatabaseEngine };

/** A client for `databaseUrl`; scripts and tests make their own, the app uses `db`. */
export function createDatabaseClient(databaseUrl: string = readDatabaseUrl()): PrismaClient {
  if (databaseEngineOf(databaseUrl) === "postgresql") {
    // Planner settings (random_page_cost) are set on the database by `npm run db:migrate`, so
    // they hold behind a connection pooler too, where start-up options are not passed on.
    // One pool per client, shared with lib/postgres's hand-written answer path (postgresPoolOf).
    // An idle pool does not keep a script alive once Prisma is disconnected.
    const pool = new pg.Pool({ connectionString: databaseUrl, max: POSTGRES_POOL_SIZE, allowExitOnIdle: true });
    // A connection the server closes while idle (a restart, a dropped database) leaves the pool;
    // the next query opens another. Without a listener that close would end the process.
    pool.on("error", () => undefined);
    const adapter = new PrismaPg(pool);
    // Same models, same query API, different query compiler: see the comment at the top.
    const client = new PostgresqlPrismaClient({ adapter }) as unknown as PrismaClient;
    postgresPools.set(client, pool);
    return client;
  }
  const file = sqliteFilePath(databaseUrl);
  const adapter = new SqliteConnectionFactory(new PrismaBetterSqlite3({ url: `file:${file}`, timeout: 5000 }), file);
  const client = new PrismaClient({ adapter });
  sqliteConnections.set(client, adapter);
  return client;
}

/**
 * Each SQLite client's connection factory, for onSqliteHandle and sqliteConnectionOf. Kept on
 * globalThis like `db` itself (below): every copy of this module gets the client made by the
 * first, and would otherwise not find its factory and fall back to Prisma.
 */
const sqliteConnections: WeakMap<PrismaClient, SqliteConnectionFactory> = ((globalThis as { kiokuSqliteConnections?: WeakMap<PrismaClient, SqliteConnectionFactory> }).kiokuSqliteConnections ??= new WeakMap());

/** Each PostgreSQL client's pg pool, for postgresPoolOf; on globalThis for the same reason. */
const postgresPools: WeakMap<PrismaClient, pg.Pool> = ((globalThis as { kiokuPostgresPools?: WeakMap<PrismaClient, pg.Pool> }).kiokuPostgresPools ??= new WeakMap());

/** The node-postgres pool behind a PostgreSQL client, for lib/postgres's statements; null on SQLite. */
export function postgresPoolOf(client: PrismaClient = db): pg.Pool | null {
  return postgresPools.get(client) ?? null;
}

/** The engine the app's DATABASE_URL names; only database-layer tests and tools should ask. */
export const databaseEngine: DatabaseEngine = databaseEngineOf(readDatabaseUrl()) ?? "sqlite";

const globalForDb = globalThis as unknown as { kiokuDb?: PrismaClient };

/**
 * The app's one client, kept on globalThis. A Next.js build gives route handlers, pages and
 * actions, and instrumentation each their own copy of this module, and dev-server reloads make
 * more; on globalThis they all share one client, so on SQLite one connection whose lock orders
 * every transaction in the process (and the answers of the review writer's thread). Prisma's
 * runtime is an external package, loaded once, so its error classes are the same in every copy.
 */
export const db: PrismaClient = (globalForDb.kiokuDb ??= createDatabaseClient());

/**
 * For the few hot paths that skip Prisma on SQLite: runs `work` synchronously on the app's
 * better-sqlite3 handle, under the connection's lock, and gives its result. Returns null at once
 * (without running `work`) on PostgreSQL, where the caller uses its Prisma version instead.
 */
export function onSqliteHandle<T>(work: (handle: BetterSqlite3.Database) => T, client: PrismaClient = db): Promise<T> | null {
  const factory = sqliteConnections.get(client);
  if (!factory) return null;
  // Once open, skip the promise hop: this runs several times on every answer.
  return factory.opened ? factory.opened.runExclusive(work) : factory.connect().then((open) => open.runExclusive(work));
}

/**
 * The SQLite connection behind `client`, opened if need be, for work that needs its lock or its
 * file (the review writer); null on PostgreSQL.
 */
export function sqliteConnectionOf(client: PrismaClient = db): Promise<SqliteConnection> | null {
  const factory = sqliteConnections.get(client);
  if (!factory) return null;
  return factory.opened ? Promise.resolve(factory.opened) : factory.connect();
}

/** True for Prisma's unique-constraint violation (P2002), on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The engine behind `client`, for lib's stores to pick their version. */
export function engineOfClient(client: PrismaClient = db): DatabaseEngine {
  return sqliteConnections.has(client) ? "sqlite" : "postgresql";
}

/**
 * A timestamp parameter for raw SQL where its type is not inferred: PostgreSQL types a VALUES
 * list of bare parameters as text, which never compares with a timestamp; SQLite stores DateTime
 * as ISO text, and a CAST there would turn it into a number.
 */
export function sqlInstant(date: Date, client: PrismaClient = db): Prisma.Sql {
  return engineOfClient(client) === "postgresql" ? Prisma.sql`CAST(${date} AS TIMESTAMP(3))` : Prisma.sql`${date}`;
}
