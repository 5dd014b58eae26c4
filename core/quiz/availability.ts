import { QUESTION_TYPE_LABELS, type QuestionType } from "./types";

/**
 * What a quiz of these types and this size will really hold: the deck may have fewer questions
 * of the chosen types than asked for, and the quiz then has fewer. Said before it happens.
 */
export function describeAvailability(counts: Record<QuestionType, number>, chosen: readonly QuestionType[], asked: number): string | null {
  const available = chosen.reduce((sum, type) => sum + counts[type], 0);
  if (chosen.length === 0 || !Number.isFinite(asked) || asked <= available) return null;
  const empty = chosen.filter((type) => counts[type] === 0).map((type) => QUESTION_TYPE_LABELS[type]);
  const none = empty.length > 0 ? ` This deck has no ${empty.join(", ").toLowerCase()} questions.` : "";
  return `You asked for ${asked} questions, but this deck has only ${available} of the chosen types: the quiz will have ${available}.${none}`;
}
