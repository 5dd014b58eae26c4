import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("the SQLite connection", () => {
  it("runs in WAL mode with synchronous=FULL, a busy timeout and foreign keys on", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    expect(journal?.journal_mode).toBe("wal");
    expect(Number(sync?.synchronous)).toBe(2); // 2 = FULL
    expect(Number(busy?.timeout)).toBe(5000);
    expect(Number(fk?.foreign_keys)).toBe(1);
  });

  it("walks an index for a user's next due cards in a deck", async () => {
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN SELECT "cardId" FROM "CardState" WHERE "userId" = 'u' AND "deckId" = 'd' AND "due" <= '2026-01-01' ORDER BY "due" LIMIT 20`,
    );
    const details = plan.map((row) => row.detail).join(" | ");
    expect(details).toContain("USING INDEX CardState_userId_deckId_due_idx");
    expect(details).not.toContain("USE TEMP B-TREE");
  });
});
