import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { recordReviewBatchOnSqlite, recordReviewOnSqlite } from "./review-store";
import { SQLITE_PRAGMAS } from "./statements";
import type { WriterBatchRequest, WriterReply, WriterRequest } from "./writer-protocol";

/*
 * The review writer's thread (started by review-writer.ts): its own connection to the app's SQLite
 * file, the same pragmas, one answer at a time. The commit's fsync blocks this thread, not the
 * server's event loop.
 */

const { file } = workerData as { file: string };
let handle: Database.Database | null = null;

/** Opened on the first answer, inside its error handling: a file that cannot be opened fails that answer with SQLite's message, and the next answer tries again. */
function open(): Database.Database {
  if (!handle) {
    const opened = new Database(file);
    opened.exec(SQLITE_PRAGMAS);
    handle = opened;
  }
  return handle;
}

parentPort!.on("message", (request: WriterRequest | WriterBatchRequest) => {
  let reply: WriterReply;
  try {
    const outcome =
      "batch" in request
        ? recordReviewBatchOnSqlite(open(), request.userId, request.items, request.now)
        : recordReviewOnSqlite(open(), request.userId, request.deckId, request.input, request.now, request.settings);
    reply = { id: request.id, outcome };
  } catch (error) {
    const { message, code } = error as { message?: unknown; code?: unknown };
    reply = { id: request.id, error: { message: String(message ?? error), code: typeof code === "string" ? code : undefined } };
  }
  parentPort!.postMessage(reply);
});
