import "server-only";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AnswerOutcome, BatchItemOutcome, ReviewStore } from "@/lib/answers";
import type { WriterBatchRequest, WriterOutcome, WriterReply, WriterRequest } from "./writer-protocol";
import type { SqliteConnection } from "./connection";

/**
 * Answers on SQLite are written by a worker thread with a connection of its own
 * (review-writer.worker.ts), so the commit's fsync (synchronous=FULL: about a quarter of the
 * server's time under answer load) blocks that thread while the event loop serves other requests.
 *
 * The app connection's lock is held from sending an answer to its reply, as for a transaction of
 * Prisma's: nothing else runs on the app's connection meanwhile, so no Prisma transaction is open
 * that the thread's commit could leave reading an old snapshot, and the server's thread never
 * waits in SQLite's busy handler for the writer. One answer is in flight per connection; SQLite
 * writes one transaction at a time anyway.
 */

/** An error from the writer's thread, with SQLite's code (SQLITE_BUSY, SQLITE_CONSTRAINT_…) kept. */
export class ReviewWriterError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ReviewWriterError";
  }
}

const TSX_ENTRY = `require("tsx/cjs/api").register(); require(require("node:worker_threads").workerData.entry);`;

/** One thread writing to `file`; `writeReviewOffThread` keeps one per connection (exported for its tests). */
export class ReviewWriter {
  #worker: Worker | null = null;
  #closing = false;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (outcome: WriterOutcome) => void; reject: (error: Error) => void }>();

  constructor(private readonly file: string) {}

  write(request: Omit<WriterRequest, "id">): Promise<AnswerOutcome> {
    return this.#send({ ...request }) as Promise<AnswerOutcome>;
  }

  writeBatch(request: Omit<WriterBatchRequest, "id" | "batch">): Promise<BatchItemOutcome[]> {
    return this.#send({ ...request, batch: true }) as Promise<BatchItemOutcome[]>;
  }

  #send(request: Omit<WriterRequest, "id"> | Omit<WriterBatchRequest, "id">): Promise<WriterOutcome> {
    const worker = this.#worker ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id } satisfies WriterRequest | WriterBatchRequest);
    });
  }

  /** Ends the thread once no answer is in flight: one being committed is not cut off. */
  close(): void {
    this.#closing = true;
    if (this.#pending.size === 0) this.#terminate();
  }

  #terminate(): void {
    const worker = this.#worker;
    this.#worker = null;
    void worker?.terminate();
  }

  #start(): Worker {
    const workerData = { file: this.file };
    // In the built app (NEXT_RUNTIME is set there) the bundler builds the thread's entry beside the
    // server's. Scripts and tests run the TypeScript source through tsx, as they run the rest of
    // the app; `--import tsx` does not reach a worker's entry on Node 20, so it is required by hand.
    const worker = process.env.NEXT_RUNTIME
      ? new Worker(new URL("./review-writer.worker.ts", import.meta.url), { workerData })
      : new Worker(TSX_ENTRY, { eval: true, workerData: { ...workerData, entry: fileURLToPath(new URL("./review-writer.worker.ts", import.meta.url)) } });
    // Never what keeps a process alive: the server, a script or a test decides when to exit.
    worker.unref();
    worker.on("message", (reply: WriterReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (!pending) return;
      if ("outcome" in reply) pending.resolve(reply.outcome);
      else pending.reject(new ReviewWriterError(reply.error.message, reply.error.code));
      if (this.#closing && this.#pending.size === 0) this.#terminate();
    });
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = null; // the next answer starts a new thread
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new ReviewWriterError(`The review writer thread exited (code ${code}).`)));
    this.#worker = worker;
    return worker;
  }
}

const writers = new WeakMap<SqliteConnection, ReviewWriter>();

/** The connection's writer, made on its first answer and closed with the connection. */
function writerFor(connection: SqliteConnection): ReviewWriter {
  const existing = writers.get(connection);
  if (existing) return existing;
  const writer = new ReviewWriter(connection.file);
  connection.onDispose(() => writer.close());
  writers.set(connection, writer);
  return writer;
}

/**
 * The review store on SQLite: each answer or batch is written on the connection's writer thread
 * while `connection`'s lock is held, until it replies.
 */
export function sqliteReviewStore(connection: () => Promise<SqliteConnection>): ReviewStore {
  return {
    async recordReview(request) {
      const open = await connection();
      const writer = writerFor(open);
      return open.runLocked(() => writer.write(request));
    },
    async recordReviewBatch(userId, items, now) {
      const open = await connection();
      const writer = writerFor(open);
      return open.runLocked(() => writer.writeBatch({ userId, items: [...items], now }));
    },
  };
}
