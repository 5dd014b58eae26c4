import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { UserId } from "@/features/account/session";
import type { AuthorizedDeckId } from "@/features/deck/access";
import { recordReview } from "@/features/study/mutations";
import { db } from "@/lib/db";
import { key } from "./fixtures";

function seed(): string {
  const result = spawnSync("npx", ["tsx", "prisma/seed.ts"], { env: process.env, encoding: "utf8" });
  expect(result.stderr).not.toMatch(/Seed failed/);
  expect(result.status).toBe(0);
  return result.stdout;
}

async function counts() {
  const [articles, decks, cards, sources, sentences, users] = await Promise.all([
    db.article.count(),
    db.deck.count(),
    db.card.count(),
    db.cardSource.count(),
    db.sentence.count(),
    db.user.count({ where: { email: { endsWith: "@kioku.test" } } }),
  ]);
  return { articles, decks, cards, sources, sentences, users };
}

describe("the seed", () => {
  it("builds the seed deck from content/ and the demo accounts, and a second run keeps everything", async () => {
    const output = seed();
    expect(output).toMatch(/Deck central-asia-plus-japan: \d+ cards/);
    const deck = await db.deck.findUniqueOrThrow({
      where: { slug: "central-asia-plus-japan" },
      select: { id: true, ownerId: true, article: { select: { publishedOn: true, author: true } }, _count: { select: { cards: true } } },
    });
    expect(deck.ownerId).toBeNull();
    expect(deck.article?.publishedOn?.toISOString()).toBe("2012-11-28T00:00:00.000Z");
    expect(deck.article?.author).toBe("Olga Dobrinskaya");
    expect(deck._count.cards).toBeGreaterThan(20);
    const student = await db.user.findUniqueOrThrow({ where: { email: "student@kioku.test" }, select: { id: true, role: true } });
    expect(student.role).toBe("student");
    expect((await db.user.findUniqueOrThrow({ where: { email: "instructor@kioku.test" } })).role).toBe("instructor");

    // The demo student studies a card; a second seed must keep that history and change no card.
    const card = await db.card.findFirstOrThrow({ where: { deckId: deck.id }, orderBy: { position: "asc" } });
    await recordReview(student.id as UserId, deck.id as AuthorizedDeckId, { cardId: card.id, rating: 3, idempotencyKey: key(), durationMs: 1 }, new Date());
    const before = await counts();
    const cardsBefore = await db.card.findMany({ where: { deckId: deck.id }, orderBy: { id: "asc" } });

    const second = seed();
    expect(second).toMatch(/0 new, 0 updated, \d+ unchanged, 0 removed/);
    expect(second).toMatch(/\(0 created\)/);
    expect(await counts()).toEqual(before);
    expect(await db.card.findMany({ where: { deckId: deck.id }, orderBy: { id: "asc" } })).toEqual(cardsBefore);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
    expect(await db.cardState.count({ where: { userId: student.id } })).toBe(1);
  });
});
