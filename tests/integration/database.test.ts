import { describe, expect, it } from "vitest";
import { databaseEngine, db } from "@/lib/db";
import { classDashboardStatesSql, seedClassLoad } from "@/tests/support/class-load";

const DUE_CARDS_SQL = `SELECT "cardId" FROM "CardState" WHERE "userId" = 'u' AND "deckId" = 'd' AND "due" <= '2026-01-01' ORDER BY "due" LIMIT 20`;

describe.runIf(databaseEngine === "sqlite")("the SQLite connection", () => {
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
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${DUE_CARDS_SQL}`);
    const details = plan.map((row) => row.detail).join(" | ");
    expect(details).toContain("USING INDEX CardState_userId_deckId_due_idx");
    expect(details).not.toContain("USE TEMP B-TREE");
  });
});

describe.runIf(databaseEngine === "postgresql")("the PostgreSQL connection", () => {
  const explain = async (sql: string) =>
    (await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`)).map((row) => row["QUERY PLAN"]).join("\n");

  it("has the planner settings `db:migrate` stores on the database", async () => {
    const [row] = await db.$queryRawUnsafe<{ random_page_cost: string }[]>("SHOW random_page_cost");
    expect(row?.random_page_cost).toBe("1.1");
  });

  it("walks the (userId, deckId, due) index for a student's due cards and for a class's view of a deck", async () => {
    // 60 students x 5 decks x 60 cards: one class's slice of one deck is 30 of 300 user-decks.
    // On an empty table any plan is as good as another, so the statistics must be real.
    const load = await seedClassLoad(db, 60, 5, 60);
    await db.$executeRawUnsafe(`ANALYZE "CardState"`);
    const dueBy = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const due = await explain(DUE_CARDS_SQL.replace("'u'", `'${load.studentIds[0]}'`).replace("'d'", `'${load.deckId}'`).replace("'2026-01-01'", `'${dueBy}'`));
    expect(due).toContain("CardState_userId_deckId_due_idx");
    expect(due).not.toMatch(/Seq Scan|Sort/);
    const dashboard = await explain(classDashboardStatesSql(load.deckId, load.studentIds.slice(0, 30)));
    expect(dashboard).toContain("CardState_userId_deckId_due_idx");
    expect(dashboard).not.toContain(`Seq Scan on "CardState"`);
    // Seeding 18,000 states is what takes the time: 11 s on an idle 2-core machine, over 60 s on a busy one.
  }, 300_000);
});
