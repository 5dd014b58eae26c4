import type { GeneratedCard, QuizQuestion, TypedAnswer } from "@/core/generation/types";
import type { StatedDate } from "./date-match";
import { answersMatch } from "./text-match";
import type { QuestionSpec } from "./types";

/** The generator's question as the quiz engine stores and grades it. */
export function toQuestionSpec(question: QuizQuestion): QuestionSpec {
  switch (question.type) {
    case "multipleChoice":
      return { type: "multipleChoice", prompt: question.prompt, options: question.options, correctIndex: question.correctIndex };
    case "trueFalse":
      return { type: "trueFalse", prompt: question.prompt, statement: question.statement, isTrue: question.answer };
    case "timeline": {
      const byId = new Map(question.items.map((item) => [item.id, item]));
      const ordered = question.order.map((id) => byId.get(id)).filter((item) => item !== undefined);
      return { type: "timeline", prompt: question.prompt, items: ordered.map((item) => ({ label: item.label, date: item.date.value })) };
    }
    case "matching":
      return {
        type: "matching",
        prompt: question.prompt,
        pairs: question.left.map((left, i) => ({ left, right: question.right[question.pairs[i] ?? -1] ?? "" })),
      };
    case "listRecall":
      return { type: "listRecall", prompt: question.prompt, items: question.items };
    case "typed": {
      const date = statedDateOf(question.answer);
      return { type: "typed", prompt: question.prompt, answer: question.answer.value, accepted: question.answer.accepted, ...(date ? { date } : {}) };
    }
  }
}

/** Year, month and day as the article states them; null for seasons and ranges, which are matched as text. */
function statedDateOf(answer: TypedAnswer): StatedDate | null {
  if (answer.kind !== "date" || answer.parts.season) return null;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(answer.iso);
  if (!match) return null;
  const [, year, month, day] = match;
  const stated: StatedDate = { year: Number(year) };
  if (answer.parts.month && month) stated.month = Number(month);
  if (answer.parts.day && day && stated.month) stated.day = Number(day);
  return stated;
}

function correctAnswerOf(question: QuizQuestion): string | null {
  switch (question.type) {
    case "multipleChoice":
      return question.options[question.correctIndex] ?? null;
    case "typed":
      return question.answer.value;
    default:
      return null;
  }
}

/**
 * The card that tests the same fact as a question, so a quiz answer can count as that card's
 * review: same source sentence and the same answer. Questions over several facts (timelines,
 * matching, true/false) test no single card.
 */
export function cardKeyForQuestion(question: QuizQuestion, cards: readonly GeneratedCard[]): string | null {
  const answer = correctAnswerOf(question);
  if (!answer) return null;
  const sources = new Set(question.sourceSentenceIds);
  const card = cards.find(
    (candidate) =>
      candidate.kind !== "cloze" &&
      candidate.sourceSentenceIds.some((id) => sources.has(id)) &&
      answersMatch(candidate.answer, answer),
  );
  return card?.key ?? null;
}

/**
 * The generated questions that still agree with the cards a person publishes after editing the
 * preview. A question about a card whose prompt or answer they changed, or which they dropped,
 * goes: it would quiz the generator's text, not theirs. A question without one card of its own
 * (a timeline, a matching set) goes when it draws on a sentence of an edited card. Questions are
 * matched to cards as stored (`cardKeyForQuestion`) against the generator's own cards.
 */
export function questionsFollowingEdits(
  questions: readonly QuizQuestion[],
  generated: readonly GeneratedCard[],
  published: readonly Pick<GeneratedCard, "key" | "prompt" | "answer">[],
): QuizQuestion[] {
  const refs = questions.map((question) => ({ question, cardKey: cardKeyForQuestion(question, generated), sourceSentenceIds: question.sourceSentenceIds }));
  return questionRefsFollowingEdits(refs, generated, published).map((ref) => ref.question);
}

/** A generated question as the preview holds it in the browser: the card it tests (if one) and its sentences. */
export interface QuestionRef {
  cardKey: string | null;
  sourceSentenceIds: readonly number[];
}

/**
 * `questionsFollowingEdits` over refs whose card key is already known, so the preview can count,
 * as the person edits and drops cards, the quiz questions that will be published.
 */
export function questionRefsFollowingEdits<T extends QuestionRef>(
  refs: readonly T[],
  generated: readonly GeneratedCard[],
  published: readonly Pick<GeneratedCard, "key" | "prompt" | "answer">[],
): T[] {
  const publishedByKey = new Map(published.map((card) => [card.key, card]));
  const edited = generated.filter((card) => {
    const kept = publishedByKey.get(card.key);
    return kept !== undefined && (kept.prompt !== card.prompt || kept.answer !== card.answer);
  });
  const gone = new Set(generated.filter((card) => !publishedByKey.has(card.key)).map((card) => card.key));
  for (const card of edited) gone.add(card.key);
  if (gone.size === 0) return [...refs];
  const editedSentences = new Set(edited.flatMap((card) => card.sourceSentenceIds));
  return refs.filter((ref) => (ref.cardKey !== null ? !gone.has(ref.cardKey) : !ref.sourceSentenceIds.some((id) => editedSentences.has(id))));
}
