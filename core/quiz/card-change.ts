/** A stored quiz question as far as a card change concerns it. */
export interface StoredQuestionRef {
  id: string;
  /** The card that tests the same fact; null for questions over several facts (timelines, matching). */
  cardId: string | null;
  /** Article sentence positions that state the answer. */
  sourcePositions: readonly number[];
}

/** A published card that was edited or deleted, with the article sentences it cites. */
export interface ChangedCardRef {
  id: string;
  sourcePositions: readonly number[];
}

/**
 * The stored questions that no longer agree with a deck after cards were edited or deleted: the
 * same rule as the preview's `questionsFollowingEdits`, applied to stored rows. A question about
 * a changed card goes; a question without one card of its own goes when it draws on a sentence
 * of a changed card (a timeline including a corrected date would still show the old one).
 */
export function questionsToRetire(questions: readonly StoredQuestionRef[], changed: readonly ChangedCardRef[]): string[] {
  if (changed.length === 0) return [];
  const changedIds = new Set(changed.map((card) => card.id));
  const changedSentences = new Set(changed.flatMap((card) => card.sourcePositions));
  return questions
    .filter((question) =>
      question.cardId !== null ? changedIds.has(question.cardId) : question.sourcePositions.some((position) => changedSentences.has(position)),
    )
    .map((question) => question.id);
}
