import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export type EngineConnection = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes every connection the engine opened; freeing the engine does not. */
  close: () => Promise<void>;
};

/**
 * A better-sqlite3 adapter factory shaped for the schema engine. Two things the stock adapter
 * does not do on its own:
 * - The engine replays a whole migration.sql on the shadow database with one `executeRaw`, which
 *   better-sqlite3's `prepare` refuses (a RangeError). Those calls are retried through
 *   `executeScript` (`db.exec`); every other call keeps its parameter binding and row count.
 * - The engine takes its migration lock with `PRAGMA locking_mode=EXCLUSIVE`, held until the
 *   connection closes, so we keep each connection to close it ourselves.
 * The shadow database is the adapter's default, an in-memory database: nothing to clean up.
 */
export function connectSqlite(filePath: string, busyTimeoutMs: number): EngineConnection {
  const stock = new PrismaBetterSqlite3({ url: filePath, timeout: busyTimeoutMs });
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return allowMultiStatementScripts(adapter);
  };
  return {
    factory: {
      provider: stock.provider,
      adapterName: stock.adapterName,
      connect: async () => track(await stock.connect()),
      connectToShadowDb: async () => track(await stock.connectToShadowDb()),
    },
    close: async () => {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

function allowMultiStatementScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw: SqlDriverAdapter["executeRaw"] = async (query) => {
    try {
      return await adapter.executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
      await adapter.executeScript(query.sql);
      // A script has no single affected-row count; the engine ignores it for DDL.
      return 0;
    }
  };
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "executeRaw") return executeRaw;
      const value: unknown = Reflect.get(target, property, target);
      // The adapter keeps state in #private fields, so its methods must run with the real
      // object as `this`, never the proxy.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof RangeError && /more than one statement/i.test(error.message);
}
