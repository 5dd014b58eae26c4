// Kioku's deck generator: article text in, facts, study cards and quiz questions out.
// Pure and deterministic: no I/O, no clock, no randomness; the same input gives the same bytes.

import { buildCards } from "./cards";
import { resetTagCache } from "./clauses/tagged";
import { cleanArticleText, extractPageDate } from "./clean";
import type { Facts } from "./fact-types";
import { extractFacts } from "./facts";
import { buildQuestions } from "./questions";
import { splitSentences } from "./sentences";
import type { GeneratedCard, QuizQuestion, Sentence } from "./types";

export interface GenerateInput {
  /** Markdown (front matter already removed or not), plain text, or a raw scraped page. */
  text: string;
  /**
   * YYYY-MM-DD publication date; anchors "eight years ago" and a bare "in November". Without it,
   * a date line of a scraped page ("04.05.1999") is used; relative dates stay unresolved otherwise.
   */
  referenceDate?: string;
  /** The article's title, if it has one: names the main subject when the text opens on "She". */
  title?: string;
}

export interface GeneratedDeck {
  plainText: string;
  sentences: Sentence[];
  facts: Facts;
  cards: GeneratedCard[];
  questions: QuizQuestion[];
}

export function generateDeck(input: GenerateInput): GeneratedDeck {
  resetTagCache();
  const plainText = cleanArticleText(input.text);
  const sentences = splitSentences(plainText);
  const { facts, analysis, reading } = extractFacts(sentences, input.referenceDate ?? extractPageDate(input.text), input.title);
  const cards = buildCards(analysis, facts, reading);
  const questions = distinctPrompts(cards, buildQuestions(analysis, facts));
  return { plainText, sentences, facts, cards, questions };
}

/** What a quiz question adds to its prompt when a card or another question already asks it that way. */
const ANSWER_FORM: Partial<Record<QuizQuestion["type"], string>> = {
  multipleChoice: "Choose one.",
  typed: "Type the answer.",
  listRecall: "List them all.",
};

/**
 * A card and a quiz question may ask the same fact; they must not read the same, or a student
 * cannot tell a review from a test item. The question names its answer form; a question that
 * would still repeat a prompt is left out.
 */
function distinctPrompts(cards: readonly GeneratedCard[], questions: readonly QuizQuestion[]): QuizQuestion[] {
  const seen = new Set(cards.map((c) => c.prompt));
  const kept: QuizQuestion[] = [];
  for (const question of questions) {
    let prompt = question.prompt;
    if (question.type !== "trueFalse" && seen.has(prompt) && ANSWER_FORM[question.type]) prompt = `${prompt} ${ANSWER_FORM[question.type]}`;
    if (question.type !== "trueFalse" && seen.has(prompt)) continue;
    seen.add(prompt);
    kept.push(prompt === question.prompt ? question : { ...question, prompt });
  }
  return kept;
}

export { cleanArticleText, extractPageDate } from "./clean";
export { splitSentences } from "./sentences";
export { extractDateMentions } from "./dates";
export { splitItems } from "./enumerations";
export type * from "./fact-types";
export type * from "./types";
export { CARD_KINDS } from "./types";
