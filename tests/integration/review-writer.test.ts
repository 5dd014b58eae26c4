import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import { recordReview } from "@/features/study/mutations";
import { ReviewWriter } from "@/lib/sqlite/review-writer";
import { readDatabaseUrl, sqliteFilePath } from "@/lib/config";
import { databaseEngine, db } from "@/lib/db";
import { createTestDeck, createTestUser, key } from "./fixtures";

const NOW = new Date("2026-03-02T10:00:00Z");
const NO_FUZZ = { desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false };

/**
 * On SQLite answers are written by a thread of their own (features/study/review-writer.ts). To see
 * what happens while one is being written, another connection holds SQLite's write lock: the
 * writer's BEGIN IMMEDIATE then waits in its busy handler until the test lets go.
 */
describe.runIf(databaseEngine === "sqlite")("the review writer's thread", () => {
  let userId: UserId;
  let blocker: Database.Database | null = null;

  beforeEach(async () => {
    userId = await createTestUser();
  });
  afterEach(() => {
    if (blocker?.inTransaction) blocker.exec("ROLLBACK");
    blocker?.close();
    blocker = null;
  });

  function holdWriteLock(): () => void {
    blocker = new Database(sqliteFilePath(readDatabaseUrl()));
    blocker.exec("BEGIN IMMEDIATE");
    return () => blocker!.exec("COMMIT");
  }

  it("leaves the event loop free while an answer waits to be written", async () => {
    const { deckId, cardIds } = await createTestDeck(null);
    const release = holdWriteLock();
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    const answer = recordReview(userId, deckId, { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1000 }, NOW, NO_FUZZ);
    // Written on the server's own thread, the answer would sit in SQLite's busy handler and no
    // timer could fire, this one included: it would end in SQLITE_BUSY after 5 s.
    await new Promise((resolve) => setTimeout(resolve, 150));
    release();
    const recorded = await answer;
    clearInterval(ticker);
    expect(recorded.ok).toBe(true);
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("makes the app connection's queries wait for the answer being written", async () => {
    const { deckId, cardIds } = await createTestDeck(null);
    const release = holdWriteLock();
    const settled: string[] = [];
    const answer = recordReview(userId, deckId, { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1000 }, NOW, NO_FUZZ).then((result) => {
      settled.push("answer");
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Sent while the answer is in the writer: it runs after the commit, so it counts the row.
    const count = db.reviewLog.count({ where: { userId } }).then((n) => {
      settled.push("count");
      return n;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toEqual([]);
    release();
    expect((await answer).ok).toBe(true);
    expect(await count).toBe(1);
    expect(settled).toEqual(["answer", "count"]);
  });

  it("hands SQLite's error back to the caller, writes nothing, and goes on writing", async () => {
    const { deckId, cardIds } = await createTestDeck(null);
    // The deck is authorized, the card is not in the database: its state row breaks a foreign key.
    await expect(recordReview(userId, deckId, { cardId: "no-such-card", rating: 3, idempotencyKey: key(), durationMs: 1000 }, NOW, NO_FUZZ)).rejects.toMatchObject({
      name: "ReviewWriterError",
      code: "SQLITE_CONSTRAINT_FOREIGNKEY",
    });
    expect(await db.cardState.count({ where: { userId } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(0);
    const next = await recordReview(userId, deckId, { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1000 }, NOW, NO_FUZZ);
    expect(next.ok).toBe(true);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(1);
  });

  it("closes with its client and starts again when the client reconnects", async () => {
    const { deckId, cardIds } = await createTestDeck(null);
    const first = await recordReview(userId, deckId, { cardId: cardIds[0]!, rating: 3, idempotencyKey: key(), durationMs: 1000 }, NOW, NO_FUZZ);
    await db.$disconnect();
    const second = await recordReview(userId, deckId, { cardId: cardIds[1]!, rating: 3, idempotencyKey: key(), durationMs: 1000 }, NOW, NO_FUZZ);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(await db.reviewLog.count({ where: { userId } })).toBe(2);
  });
});

describe("a review writer that cannot open its database", () => {
  it("fails each answer with SQLite's message instead of leaving it waiting", async () => {
    const writer = new ReviewWriter("/nonexistent-kioku-folder/kioku.db");
    const request = { userId: "u", deckId: "d", input: { cardId: "c", rating: 3 as const, idempotencyKey: key(), durationMs: 1000 }, now: NOW };
    await expect(writer.write(request)).rejects.toThrow(/directory does not exist/);
    await expect(writer.write(request)).rejects.toThrow(/directory does not exist/);
    writer.close();
  });
});
