import type { ReviewStore } from "@/lib/answers";
import { db, engineOfClient, postgresPoolOf, sqliteConnectionOf, type Database } from "@/lib/db";
import { postgresReviewStore } from "@/lib/postgres/review-store";
import { sqliteReviewStore } from "@/lib/sqlite/review-writer";

export type { AnswerInput, AnswerOutcome, BatchAnswerInput, BatchItem, BatchItemOutcome, RecordedAnswer, ReviewStore } from "@/lib/answers";

const stores = new WeakMap<Database, ReviewStore>();

/**
 * Where `client`'s engine stores answers: on SQLite prepared statements on the review writer's
 * thread, on PostgreSQL one read and one write statement (lib/postgres/review-store.ts). Features call this and never ask which engine runs.
 */
export function reviewStoreOf(client: Database = db): ReviewStore {
  let store = stores.get(client);
  if (!store) {
    store = engineOfClient(client) === "sqlite" ? sqliteReviewStore(() => sqliteConnectionOf(client)!) : postgresReviewStore(postgresPoolOf(client)!, client);
    stores.set(client, store);
  }
  return store;
}
