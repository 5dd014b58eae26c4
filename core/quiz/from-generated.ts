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
