import type { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { Mutex } from "async-mutex";
import Database from "better-sqlite3";
import { SQLITE_PRAGMAS } from "./statements";


/**
 * The app's one SQLite connection, with its transactions kept to themselves.
 *
 * Prisma's better-sqlite3 adapter runs every query on one connection. An interactive transaction
 * (`db.$transaction(async (tx) => …)`) leaves `BEGIN` open across awaits, and any other request's
 * query that runs meanwhile lands inside it: it reads rows not yet committed, and its writes vanish
 * if the transaction rolls back (tests/integration/transaction-isolation.test.ts shows both). So a
 * transaction holds this connection's lock from BEGIN to COMMIT or ROLLBACK, and queries from
 * outside it wait for the lock.
 *
 * `runExclusive` gives the same lock to code that talks to better-sqlite3 directly: inside it no
 * transaction of Prisma's is open, so a synchronous better-sqlite3 transaction is isolated too.
 * `runLocked` holds it across asynchronous work, for writes made on another connection to the
 * same file (the review writer's thread): while it runs, this connection has no transaction open
 * that such a write could invalidate, and sends no query that would have to wait for it.
 */
export class SqliteConnection implements SqlDriverAdapter {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #lock = new Mutex();
  readonly #onDispose: (() => void)[] = [];

  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly handle: Database.Database,
    /** The database file this connection has open. */
    readonly file: string,
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.#outsideTransactions(() => this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.#outsideTransactions(() => this.inner.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.#outsideTransactions(() => this.inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.#lock.acquire();
    try {
      return new LockedTransaction(await this.inner.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * Runs `work` on the raw better-sqlite3 handle while no other transaction is open on it: at
   * once when the connection is free (`work` is synchronous, so nothing can start meanwhile),
   * otherwise after the open transaction ends.
   */
  runExclusive<T>(work: (handle: Database.Database) => T): Promise<T> {
    if (this.#lock.isLocked()) return this.#lock.runExclusive(() => work(this.handle));
    try {
      return Promise.resolve(work(this.handle));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /** Runs `work` holding the lock from start to settle: no Prisma query or transaction runs meanwhile. */
  runLocked<T>(work: () => Promise<T>): Promise<T> {
    return this.#lock.runExclusive(work);
  }

  /** Calls `listener` when the client closes this connection (to close what was opened beside it). */
  onDispose(listener: () => void): void {
    this.#onDispose.push(listener);
  }

  dispose(): Promise<void> {
    for (const listener of this.#onDispose.splice(0)) listener();
    return this.#lock.runExclusive(() => this.inner.dispose());
  }

  // The adapter runs the statement synchronously inside the call, so an unlocked connection can
  // take it at once: nothing else can start a transaction before it has run.
  #outsideTransactions<T>(run: () => Promise<T>): Promise<T> {
    return this.#lock.isLocked() ? this.#lock.runExclusive(run) : run();
  }
}

/** A transaction that gives the connection's lock back when it ends, however it ends. */
class LockedTransaction implements Transaction {
  readonly provider: Transaction["provider"];
  readonly adapterName: string;
  readonly options: Transaction["options"];
  #release: (() => void) | null;

  constructor(
    private readonly inner: Transaction,
    release: () => void,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    this.options = inner.options;
    this.#release = release;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.inner.queryRaw(query);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  commit(): Promise<void> {
    return this.inner.commit().finally(() => this.#end());
  }

  rollback(): Promise<void> {
    return this.inner.rollback().finally(() => this.#end());
  }

  async createSavepoint(name: string): Promise<void> {
    await this.inner.createSavepoint?.(name);
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.inner.rollbackToSavepoint?.(name);
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.inner.releaseSavepoint?.(name);
  }

  #end(): void {
    this.#release?.();
    this.#release = null;
  }
}

/**
 * Prisma's better-sqlite3 adapter factory, with our pragmas on every connection and each
 * connection wrapped in a `SqliteConnection`. The client connects lazily on its first query;
 * code that needs the raw handle asks `connect()` too and gets that same connection.
 */
export class SqliteConnectionFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  #connection: Promise<SqliteConnection> | null = null;

  constructor(
    private readonly inner: PrismaBetterSqlite3,
    private readonly file: string,
  ) {
    this.adapterName = inner.adapterName;
  }

  /** The open connection, once `connect` has finished; null before and after. */
  opened: SqliteConnection | null = null;

  /** The client's connection; everyone asking gets the same one until the client closes it. */
  connect(): Promise<SqliteConnection> {
    this.#connection ??= this.#open();
    return this.#connection;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }

  async #open(): Promise<SqliteConnection> {
    const adapter = await this.inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    // The adapter keeps its better-sqlite3 handle in `client`; checked here, at connection time,
    // so an upgrade that renames it fails at once instead of on the first answer.
    const handle = (adapter as unknown as { client?: unknown }).client;
    if (!(handle instanceof Database)) {
      throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its better-sqlite3 handle as `client`; see lib/sqlite/connection.ts.");
    }
    const connection = new SqliteConnection(adapter, handle, this.file);
    // A closed client reconnects on its next query, and then gets a fresh connection.
    connection.onDispose(() => {
      this.#connection = null;
      this.opened = null;
    });
    this.opened = connection;
    return connection;
  }
}
