import { describe, expect, it } from "vitest";
import { saveGeneratedDeck } from "@/features/deck/mutations";
import { db } from "@/lib/db";
import { createTestUser } from "./fixtures";

const ARTICLE = { slug: "atomicity-check", title: "Atomicity", body: "One. Two.", plainText: "One. Two." };
const SENTENCES = [
  { id: 0, start: 0, end: 4, text: "One." },
  { id: 1, start: 5, end: 9, text: "Two." },
];

describe("saveGeneratedDeck", () => {
  it("writes nothing when a card is invalid", async () => {
    const owner = await createTestUser();
    const before = { articles: await db.article.count(), decks: await db.deck.count(), cards: await db.card.count() };
    await expect(
      saveGeneratedDeck({
        article: ARTICLE,
        sentences: SENTENCES,
        cards: [
          { key: "good", kind: "basic", prompt: "One?", answer: "One.", explanation: "", sourceSentenceIds: [0] },
          { key: "bad", kind: "basic", prompt: "Three?", answer: "Three.", explanation: "", sourceSentenceIds: [7] },
        ],
        questions: [],
        ownerId: owner,
      }),
    ).rejects.toThrow(/cites sentence 7/);
    expect({ articles: await db.article.count(), decks: await db.deck.count(), cards: await db.card.count() }).toEqual(before);
    expect(await db.article.findUnique({ where: { slug: ARTICLE.slug } })).toBeNull();
  });

  it("updates a changed card in place and removes an unreviewed card the generator dropped", async () => {
    const owner = await createTestUser();
    const article = { ...ARTICLE, slug: "refresh-check" };
    const card = (key: string, answer: string) => ({ key, kind: "basic" as const, prompt: `${key}?`, answer, explanation: "", sourceSentenceIds: [0] });
    const first = await saveGeneratedDeck({ article, sentences: SENTENCES, cards: [card("a", "1"), card("b", "2")], questions: [], ownerId: owner });
    const idA = (await db.card.findFirstOrThrow({ where: { deckId: first.deckId, key: "a" } })).id;

    const second = await saveGeneratedDeck({ article, sentences: SENTENCES, cards: [card("a", "one")], questions: [], ownerId: owner });
    expect(second).toMatchObject({ deckId: first.deckId, created: 0, updated: 1, unchanged: 0, removed: 1, keptWithHistory: 0 });
    const cards = await db.card.findMany({ where: { deckId: first.deckId } });
    expect(cards.map((c) => [c.id, c.answer])).toEqual([[idA, "one"]]);
  });
});
