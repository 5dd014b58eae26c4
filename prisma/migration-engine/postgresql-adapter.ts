import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { EngineConnection } from "./sqlite-adapter";

/** Host, port, user, password and database given separately: see connectPostgresql. */
export type PostgresqlConfig = { host: string; port: number; user: string; password: string; database: string };

const TEXT_OID = 25;
const CHAR_OID = 18; // PostgreSQL's one-byte internal "char", e.g. pg_constraint.contype

type FieldsResult = { fields?: { dataTypeID: number }[] };

/**
 * The schema engine introspects pg_catalog columns of type "char", which @prisma/adapter-pg
 * refuses ("Unsupported column type char") although the value arrives as text. Reporting those
 * columns as text is all it takes; every other type is untouched.
 */
function reportCharAsText(result: unknown): void {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as FieldsResult | null)?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
}

class CharAsTextClient extends pg.Client {}
const originalQuery = pg.Client.prototype.query;
Object.defineProperty(CharAsTextClient.prototype, "query", {
  value: function query(this: pg.Client, ...args: unknown[]): unknown {
    // pg-pool calls query(config, values, callback); the adapter's own calls get a promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: unknown, result: unknown) => {
        if (result) reportCharAsText(result);
        (callback as (error: unknown, result: unknown) => void)(error, result);
      };
      return Reflect.apply(originalQuery, this, args);
    }
    const returned: unknown = Reflect.apply(originalQuery, this, args);
    if (returned instanceof Promise) return returned.then((result: unknown) => (reportCharAsText(result), result));
    return returned;
  },
});

/**
 * The stock executeScript splits a migration on every ";", which breaks a function body (and a
 * comment with a semicolon) into pieces the server rejects. Sent whole, without parameters, the
 * script goes through PostgreSQL's simple query protocol, which runs several statements in one
 * implicit transaction: all of the migration or none of it.
 */
function executeScript(adapter: SqlDriverAdapter): (script: string) => Promise<void> {
  const client = (adapter as unknown as { client: pg.Pool | pg.Client }).client;
  return async (script) => {
    try {
      await client.query(script);
    } catch (error) {
      // The adapter's own error mapping, so the engine reports it as it would the stock call's.
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
}

/**
 * A PostgreSQL adapter factory shaped for the schema engine:
 * - Connection settings are passed field by field: given a `connectionString`, the stock
 *   adapter's shadow database inherits it and pg lets the string win over `database`, so the
 *   "shadow" database would be the main one.
 * - Migration scripts run whole (executeScript above).
 * - The shadow database is created and dropped (WITH (FORCE)) here: the stock cleanup drops it
 *   while its own pool still holds connections, which fails and leaves it behind. The role needs
 *   CREATEDB. Only `npm run db:new-migration` (diffing) uses a shadow database.
 */
export function connectPostgresql(config: PostgresqlConfig): EngineConnection {
  const disposers: (() => Promise<void>)[] = [];
  const shadows: string[] = [];
  // The engine disposes some adapters itself (the shadow one); a second pool.end() throws.
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    let disposed: Promise<void> | null = null;
    const dispose = () => (disposed ??= adapter.dispose());
    disposers.push(dispose);
    return new Proxy(adapter, {
      get(target, property) {
        if (property === "dispose") return dispose;
        if (property === "executeScript") return executeScript(target);
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  const factoryFor = (database: string) => new PrismaPg({ ...config, database, Client: CharAsTextClient, max: 4 });
  const main = factoryFor(config.database);
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client(config);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    factory: {
      provider: main.provider,
      adapterName: main.adapterName,
      connect: async () => track(await main.connect()),
      connectToShadowDb: async () => {
        const name = `kioku_shadow_${randomBytes(6).toString("hex")}`;
        await admin((client) => client.query(`CREATE DATABASE "${name}"`));
        shadows.push(name);
        return track(await factoryFor(name).connect());
      },
    },
    close: async () => {
      await Promise.all(disposers.splice(0).map((dispose) => dispose()));
      const names = shadows.splice(0);
      if (names.length > 0) await admin(async (client) => {
        for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}
