import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readDatabaseUrl, sqliteFilePath } from "@/lib/config";

/**
 * Every connection runs these first. The Prisma adapter sets no pragmas: without WAL a review
 * write is about ten times slower here, FULL keeps acknowledged reviews through a power cut,
 * and the busy timeout (ms) makes a second writer wait instead of failing with SQLITE_BUSY.
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

export type Database = PrismaClient;

/** A client for `databaseUrl`; scripts and tests make their own, the app uses `db`. */
export function createDatabaseClient(databaseUrl: string = readDatabaseUrl()): PrismaClient {
  const url = `file:${sqliteFilePath(databaseUrl)}`;
  const adapter = new SqlitePragmaAdapterFactory(new PrismaBetterSqlite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { kiokuDb?: PrismaClient };

/** The app's one client; kept on globalThis so dev-server reloads do not open a new one each time. */
export const db: PrismaClient = globalForDb.kiokuDb ?? createDatabaseClient();
if (process.env.NODE_ENV !== "production") globalForDb.kiokuDb = db;
