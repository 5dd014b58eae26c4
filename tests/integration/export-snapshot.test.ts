import { describe, expect, it } from "vitest";
import { recordReview } from "@/features/study/mutations";
import { createDatabaseClient, databaseEngine, db } from "@/lib/db";
import { exportInstallation } from "@/scripts/transfer/export";
import { createTestDeck, createTestUser, key } from "./fixtures";

/**
 * `db:export` may run while the app serves. An answer recorded in the middle of an export (after
 * card states were written out, before the log) must be in it wholly or not at all: the export
 * reads one snapshot, so it is not, and the file's card states still replay from its log.
 */
describe("db:export reads one snapshot", () => {
  it("leaves out an answer recorded while it runs, keeping states and log consistent", async () => {
    const userId = await createTestUser();
    const { deckId, cardIds } = await createTestDeck(userId, 2);
    const [cardId, otherCardId] = [cardIds[0]!, cardIds[1]!];
    expect((await recordReview(userId, deckId, { cardId, rating: 3, idempotencyKey: key(), durationMs: 1 }, new Date())).ok).toBe(true);

    // The export runs on its own connection, as the db:export process would.
    const exporter = createDatabaseClient(process.env.DATABASE_URL);
    const lines: string[] = [];
    let answeredMeanwhile = false;
    try {
      const counts = await exportInstallation(exporter, databaseEngine, async (line) => void lines.push(line), async (table) => {
        if (table !== "CardState") return;
        // The app answers two cards between the export's CardState and ReviewLog pages.
        for (const id of [cardId, otherCardId]) {
          expect((await recordReview(userId, deckId, { cardId: id, rating: 4, idempotencyKey: key(), durationMs: 1 }, new Date())).ok).toBe(true);
        }
        answeredMeanwhile = true;
      });
      expect(answeredMeanwhile).toBe(true);
      const rows = lines.map((line) => JSON.parse(line) as { kind: string; table?: string; row?: Record<string, unknown> });
      const mine = (table: string) => rows.filter((line) => line.table === table && line.row?.userId === userId).map((line) => line.row!);
      expect(mine("ReviewLog")).toHaveLength(1);
      expect(mine("CardState").map((row) => [row.cardId, row.reps])).toEqual([[cardId, 1]]);
      expect(counts.ReviewLog).toBe(rows.filter((line) => line.table === "ReviewLog").length);
    } finally {
      await exporter.$disconnect();
    }
    // The app's own view has all three answers.
    expect(await db.reviewLog.count({ where: { userId } })).toBe(3);
  });
});
