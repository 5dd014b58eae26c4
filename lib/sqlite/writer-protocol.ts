import type { AnswerOutcome, AnswerRequest, BatchItem, BatchItemOutcome } from "@/lib/answers";

/* The messages between the app and the review writer's thread (review-writer.ts, review-writer.worker.ts). */

export interface WriterRequest extends AnswerRequest {
  id: number;
}

/** A device's waiting answers, written in one transaction (review-store.ts, recordReviewBatchOnSqlite). */
export interface WriterBatchRequest {
  id: number;
  batch: true;
  userId: string;
  items: BatchItem[];
  now: Date;
}

export type WriterOutcome = AnswerOutcome | BatchItemOutcome[];

export type WriterReply = { id: number; outcome: WriterOutcome } | { id: number; error: { message: string; code?: string } };
