import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck } from "@/core/generation";
import { cardKeyForQuestion, questionsFollowingEdits } from "./from-generated";

const seed = splitFrontMatter(readFileSync(path.resolve(import.meta.dirname, "../../content/central-asia-plus-japan.md"), "utf8"));
const deck = generateDeck({ text: seed.body, ...(seed.published ? { referenceDate: seed.published } : {}) });
const keyOf = (question: (typeof deck.questions)[number]) => cardKeyForQuestion(question, deck.cards);

describe("questionsFollowingEdits", () => {
  it("keeps every question when the cards are published as generated", () => {
    expect(questionsFollowingEdits(deck.questions, deck.cards, deck.cards)).toEqual(deck.questions);
  });

  it("drops the questions about a card whose answer was corrected, and only those", () => {
    const question = deck.questions.find((candidate) => keyOf(candidate) !== null)!;
    const cardKey = keyOf(question)!;
    const published = deck.cards.map((card) => (card.key === cardKey ? { ...card, answer: `${card.answer} (corrected)` } : card));
    const kept = questionsFollowingEdits(deck.questions, deck.cards, published);
    expect(kept).not.toContain(question);
    expect(kept.some((candidate) => keyOf(candidate) === cardKey)).toBe(false);
    const editedSentences = new Set(deck.cards.find((card) => card.key === cardKey)!.sourceSentenceIds);
    // Everything else stays: questions about other cards, and card-less ones away from the edit.
    for (const other of deck.questions) {
      const otherKey = keyOf(other);
      const untouched = otherKey !== null ? otherKey !== cardKey : !other.sourceSentenceIds.some((id) => editedSentences.has(id));
      expect(kept.includes(other)).toBe(untouched);
    }
    expect(kept.length).toBeGreaterThan(deck.questions.length / 2);
  });

  it("drops the questions about a dropped card, and treats a changed prompt like a changed answer", () => {
    const question = deck.questions.find((candidate) => keyOf(candidate) !== null)!;
    const cardKey = keyOf(question)!;
    expect(questionsFollowingEdits(deck.questions, deck.cards, deck.cards.filter((card) => card.key !== cardKey))).not.toContain(question);
    const reworded = deck.cards.map((card) => (card.key === cardKey ? { ...card, prompt: `${card.prompt}?` } : card));
    expect(questionsFollowingEdits(deck.questions, deck.cards, reworded)).not.toContain(question);
  });
});
