import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck, type GeneratedDeck, type GenerateInput } from "./index";
import { normalizeForCompare } from "./text";
import type { QuizQuestion } from "./types";

const ROOT = path.resolve(import.meta.dirname, "../..");

function markdownInput(file: string): GenerateInput {
  const { published, body } = splitFrontMatter(readFileSync(path.join(ROOT, file), "utf8"));
  const referenceDate = published;
  return { text: body, ...(referenceDate ? { referenceDate } : {}) };
}

const INPUTS: Array<[string, () => GenerateInput]> = [
  ["seed Markdown", () => markdownInput("content/central-asia-plus-japan.md")],
  ["seed raw page", () => ({ text: readFileSync(path.join(ROOT, "tests/fixtures/articles/central-asia-plus-japan.raw.txt"), "utf8") })],
  ["second article", () => markdownInput("tests/fixtures/articles/second-article.md")],
  ["plain text without dates", () => ({ text: "Bees live in colonies. A colony has one queen. Worker bees collect nectar and pollen." })],
  ["empty text", () => ({ text: "" })],
];

// Words a card may add around the article's words ("As Prime Minister", "That he was ...").
const GLUE = new Set(["that", "then", "later", "with", "from", "into", "were", "have", "this", "what", "which", "their", "they", "there", "also", "held", "planned"]);

function sourceText(deck: GeneratedDeck, ids: readonly number[]): string {
  return normalizeForCompare(ids.map((id) => deck.sentences[id]!.text).join(" "));
}

function dateLabels(deck: GeneratedDeck, ids: readonly number[]): Set<string> {
  return new Set(deck.facts.dates.filter((d) => ids.includes(d.sentenceId)).map((d) => d.date.label));
}

/** Every word of the answer is in its sources, or the answer is a date worked out from them. */
function derivable(deck: GeneratedDeck, answer: string, ids: readonly number[]): boolean {
  if (dateLabels(deck, ids).has(answer)) return true;
  const words = new Set(sourceText(deck, ids).split(" "));
  const labels = [...dateLabels(deck, ids)].flatMap((l) => normalizeForCompare(l).split(" "));
  return normalizeForCompare(answer)
    .split(" ")
    .filter((w) => w.length > 3 && !GLUE.has(w))
    .every((w) => words.has(w) || labels.includes(w));
}

function questionAnswer(q: QuizQuestion): string | undefined {
  if (q.type === "typed") return q.answer.value;
  if (q.type === "multipleChoice") return q.options[q.correctIndex];
  return undefined;
}

describe.each(INPUTS)("generated deck of the %s", (_name, input) => {
  it("is deterministic: two runs are deep-equal and byte-identical as JSON", () => {
    const first = generateDeck(input());
    const second = generateDeck(input());
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it("has unique keys and only sentence ids that exist", () => {
    const deck = generateDeck(input());
    const keys = [...deck.cards.map((c) => c.key), ...deck.questions.map((q) => q.key)];
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const item of [...deck.cards, ...deck.questions]) {
      expect(item.sourceSentenceIds.length).toBeGreaterThan(0);
      for (const id of item.sourceSentenceIds) expect(deck.sentences[id]).toBeDefined();
    }
    for (const s of deck.sentences) expect(deck.plainText.slice(s.start, s.end)).toBe(s.text);
  });

  it("states every card answer in (or derives it from) the card's source sentences", () => {
    const deck = generateDeck(input());
    for (const card of deck.cards) {
      const answers = card.kind === "listRecall" ? card.answer.split("; ") : card.kind === "timeline" ? card.answer.split(", ").map((a) => a.replace(/^\([a-z]\)\s/, "")) : [card.answer];
      for (const answer of answers) expect(derivable(deck, answer, card.sourceSentenceIds), `${card.prompt} => ${answer}`).toBe(true);
    }
    for (const question of deck.questions) {
      const answer = questionAnswer(question);
      if (answer !== undefined) expect(derivable(deck, answer, question.sourceSentenceIds), `${question.prompt} => ${answer}`).toBe(true);
    }
  });

  it("builds well-formed questions", () => {
    const deck = generateDeck(input());
    for (const q of deck.questions) {
      expect(q.explanation.length).toBeGreaterThan(0);
      if (q.type === "multipleChoice") {
        expect(q.options).toHaveLength(4);
        expect(new Set(q.options.map(normalizeForCompare)).size).toBe(4);
        expect(q.correctIndex).toBeGreaterThanOrEqual(0);
        expect(q.correctIndex).toBeLessThan(4);
      }
      if (q.type === "timeline") {
        expect([...q.order].sort()).toEqual(q.items.map((i) => i.id).sort());
        const days = q.order.map((id) => q.items.find((i) => i.id === id)!.date.iso);
        expect([...days].sort()).toEqual(days);
      }
      if (q.type === "matching") {
        expect([...q.pairs].sort()).toEqual(q.right.map((_, i) => i));
        expect(q.left).toHaveLength(q.right.length);
      }
      if (q.type === "typed" && q.answer.kind === "date") {
        expect(q.answer.accepted).toContain(q.answer.value);
        if (!q.answer.parts.day) expect(q.answer.value).not.toMatch(/^\d{1,2} /);
      }
    }
  });

  it("has no near-duplicate cards", () => {
    const deck = generateDeck(input());
    const prompts = deck.cards.map((c) => normalizeForCompare(c.prompt));
    expect(new Set(prompts).size).toBe(prompts.length);
  });
});

describe("true/false questions", () => {
  it("make false statements only by swapping in a date or person the article gives to something else", () => {
    const deck = generateDeck(markdownInput("content/central-asia-plus-japan.md"));
    const falses = deck.questions.filter((q): q is Extract<QuizQuestion, { type: "trueFalse" }> => q.type === "trueFalse" && !q.answer);
    expect(falses.length).toBeGreaterThan(0);
    for (const q of falses) {
      const text = q.statement;
      const swappedDate = deck.facts.events.some((e) => !text.includes(e.date.label) && deck.facts.events.some((o) => o !== e && text.includes(o.date.label)));
      const swappedPerson = deck.facts.people.some((p) => text.startsWith(p.name));
      expect(swappedDate || swappedPerson, text).toBe(true);
      expect(deck.cards.some((c) => normalizeForCompare(c.answer) === normalizeForCompare(text))).toBe(false);
    }
  });
});
