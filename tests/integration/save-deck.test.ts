import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck } from "@/core/generation";
import { cardKeyForQuestion } from "@/core/quiz";
import type { CurrentUser } from "@/features/account/session";
import { publishDeckOperation } from "@/features/deck/operations";
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

describe("publishing an edited preview", () => {
  it("stores no quiz question about a card the person corrected, and every question otherwise", async () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../content/central-asia-plus-japan.md"), "utf8");
    const { body, published } = splitFrontMatter(text);
    const generated = generateDeck({ text: body, ...(published ? { referenceDate: published } : {}) });
    const question = generated.questions.find((candidate) => cardKeyForQuestion(candidate, generated.cards) !== null)!;
    const cardKey = cardKeyForQuestion(question, generated.cards)!;
    const author = await createTestUser();
    const publish = async (title: string, cards: typeof generated.cards) => {
      const result = await publishDeckOperation({ id: author } as CurrentUser, { title, published: published ?? "2024-01-01", text: body, cards });
      if (!result.ok) throw new Error(result.message);
      const deck = await db.deck.findUniqueOrThrow({ where: { slug: result.value.slug }, select: { id: true } });
      return db.quizQuestion.findMany({ where: { deckId: deck.id }, select: { key: true } });
    };
    const asGenerated = await publish("As generated", generated.cards);
    expect(asGenerated.map((row) => row.key).sort()).toEqual(generated.questions.map((row) => row.key).sort());
    const corrected = await publish(
      "Corrected",
      generated.cards.map((card) => (card.key === cardKey ? { ...card, answer: `${card.answer}, corrected` } : card)),
    );
    expect(corrected.map((row) => row.key)).not.toContain(question.key);
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.length).toBeLessThan(asGenerated.length);
  });
});
