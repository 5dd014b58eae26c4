import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { databaseEngineOf, readDatabaseUrl, sqliteFilePath, type DatabaseEngine } from "@/lib/config";

/**
 * The one place the app knows which engine it runs on. Both generated clients are built on every
 * install (prisma/postgresql-schema.ts), so one build serves either engine and DATABASE_URL alone
 * picks it at start-up. The rest of the code sees the SQLite client's type: its query API is the
 * subset both engines share (no `mode: "insensitive"`, no native types), which keeps them portable.
 */

/**
 * Every SQLite connection runs these first. The Prisma adapter sets no pragmas: without WAL a
 * review write is about ten times slower here, FULL keeps acknowledged reviews through a power
 * cut, and the busy timeout (ms) makes a second writer wait instead of failing with SQLITE_BUSY.
 */
const SQLITE_PRAGMAS = [
  "PRAGMA journal_mode = WAL",
  "PRAGMA synchronous = FULL",
  "PRAGMA busy_timeout = 5000",
  "PRAGMA foreign_keys = ON",
].join(";\n");

class SqlitePragmaAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;

  constructor(private readonly inner: PrismaBetterSqlite3) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }
}

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
    const adapter = new PrismaPg({ connectionString: databaseUrl, max: POSTGRES_POOL_SIZE });
    // Same models, same query API, different query compiler: see the comment at the top.
    return new PostgresqlPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  const url = `file:${sqliteFilePath(databaseUrl)}`;
  const adapter = new SqlitePragmaAdapterFactory(new PrismaBetterSqlite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

/** The engine the app's DATABASE_URL names; only database-layer tests and tools should ask. */
export const databaseEngine: DatabaseEngine = databaseEngineOf(readDatabaseUrl()) ?? "sqlite";

const globalForDb = globalThis as unknown as { kiokuDb?: PrismaClient };

/** The app's one client; kept on globalThis so dev-server reloads do not open a new one each time. */
export const db: PrismaClient = globalForDb.kiokuDb ?? createDatabaseClient();
if (process.env.NODE_ENV !== "production") globalForDb.kiokuDb = db;
