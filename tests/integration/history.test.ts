import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser, UserId } from "@/features/account/session";
import { db } from "@/lib/db";
import { createTestUser } from "./fixtures";
import { seedSyntheticHistory } from "./support/synthetic-history";

// The route handler and the actions read the session from the request; here it is whoever `signedIn` names.
let signedIn: UserId | null = null;
vi.mock("@/features/account/session", () => ({
  getCurrentUser: async (): Promise<CurrentUser | null> =>
    signedIn ? ({ id: signedIn, name: "Test", email: "t@test.kioku", role: "student", timeZone: "UTC" } as CurrentUser) : null,
}));

const { GET: exportReviewLog } = await import("@/app/api/review-log/export/route");
const { confirmImportAction } = await import("@/features/import/actions");

describe("exporting the review log", () => {
  let alice: UserId;
  let bob: UserId;
  let aliceCards: Set<string>;
  beforeAll(async () => {
    alice = await createTestUser("Alice");
    bob = await createTestUser("Bob");
    // More than one 5,000-row page, so the export has to page through.
    aliceCards = new Set((await seedSyntheticHistory(alice, { seed: 11, reviews: 6500 })).cardIds);
    await seedSyntheticHistory(bob, { seed: 12, reviews: 300 });
  });

  it("needs a session", async () => {
    signedIn = null;
    const response = await exportReviewLog();
    expect(response.status).toBe(401);
  });

  it("streams only the caller's answers, oldest first, in the FSRS optimizer's CSV format", async () => {
    signedIn = alice;
    const response = await exportReviewLog();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="kioku-review-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await response.text();
    const [header, ...lines] = text.trimEnd().split("\r\n");
    expect(header).toBe("card_id,review_time,review_rating,review_state,review_duration");
    expect(lines).toHaveLength(6500);
    const rows = lines.map((line) => line.split(","));
    expect(rows.every(([cardId]) => aliceCards.has(cardId!))).toBe(true);
    const times = rows.map((row) => Number(row[1]));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set(["0", "1", "2", "3"]));
    // The optimizer's own reader takes the file as it is.
    expect(convertCsvToFsrsItems(Buffer.from(text), 4, "UTC", () => 0).length).toBeGreaterThan(1000);
  });

  it("gives a user without reviews just the header", async () => {
    signedIn = await createTestUser();
    expect(await (await exportReviewLog()).text()).toBe("card_id,review_time,review_rating,review_state,review_duration\r\n");
  });
});

describe("importing cards", () => {
  let userId: UserId;
  beforeEach(async () => {
    userId = await createTestUser();
    signedIn = userId;
  });
  const decksOf = (ownerId: string) => db.deck.findMany({ where: { ownerId }, select: { id: true, title: true, cards: { orderBy: { position: "asc" } } } });

  it("creates the deck with every card and its tags, then opens it", async () => {
    const text = 'front,back,tags\r\nCapital of Japan,Tokyo,geo asia\r\n"Two, with comma","line one\nline two",\r\n';
    await expect(confirmImportAction({ title: "Geography", fileName: "geo.csv", text })).rejects.toThrow(/NEXT_REDIRECT/);
    const [deck, ...others] = await decksOf(userId);
    expect(others).toHaveLength(0);
    expect(deck?.title).toBe("Geography");
    expect(deck?.cards.map((card) => [card.prompt, card.answer, card.tags, card.kind])).toEqual([
      ["Capital of Japan", "Tokyo", "geo asia", "basic"],
      ["Two, with comma", "line one\nline two", "", "basic"],
    ]);
  });

  it("writes nothing when a single row is bad", async () => {
    const result = await confirmImportAction({ title: "Broken", fileName: "b.csv", text: "a,b\nonly-front\nc,d\n" });
    expect(result).toEqual({ ok: false, message: "1 row has problems; fix them and upload the file again. Nothing was imported." });
    expect(await decksOf(userId)).toEqual([]);
  });

  it("refuses a file over the size limit, and a signed-out caller, without writing", async () => {
    const big = `front,back\n${"x,y\n".repeat(300_000)}`;
    expect(await confirmImportAction({ title: "Big", fileName: "big.csv", text: big })).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 1 MB/) });
    signedIn = null;
    expect(await confirmImportAction({ title: "Anon", fileName: "a.csv", text: "a,b" })).toMatchObject({ ok: false, message: expect.stringMatching(/sign in/i) });
    expect(await decksOf(userId)).toEqual([]);
  });

  it("rolls the deck back when writing the cards fails halfway", async () => {
    const { createImportedDeck } = await import("@/features/import/mutations");
    const before = await db.deck.count();
    const bad = [{ row: 1, front: "ok", back: "fine", tags: [] }, { row: 2, front: null as unknown as string, back: "x", tags: [] }];
    await expect(createImportedDeck(userId, "Half", bad)).rejects.toThrow();
    expect(await db.deck.count()).toBe(before);
  });
});
