import type { CardKind, GeneratedCard } from "@/core/generation/types";

/** A published card as stored, for comparing with what the generator makes now. */
export interface StoredCard {
  key: string;
  kind: CardKind;
  prompt: string;
  answer: string;
  explanation: string;
  /** Deleted by the deck's owner: never proposed again, never counted as gone. */
  deleted: boolean;
}

export interface ChangedCard {
  key: string;
  before: Pick<StoredCard, "prompt" | "answer" | "explanation">;
  after: GeneratedCard;
}

export interface RegenerationDiff {
  /** Cards the generator makes now that the deck never had. */
  added: GeneratedCard[];
  /** Cards the deck has whose question, answer or explanation the generator now words differently. */
  changed: ChangedCard[];
  /** Live cards the generator no longer makes (cards added by hand are not its to take away). */
  gone: Pick<StoredCard, "key" | "prompt" | "answer">[];
}

/** Keys of cards a person added on the deck page; the generator never made them. */
export const HAND_ADDED_KEY_PREFIX = "added-";

/**
 * What "Regenerate from the article" would change, matched by the generator's stable card keys:
 * new, changed and gone, each for the owner to tick or leave. Deleted cards stay deleted.
 */
export function diffRegeneration(stored: readonly StoredCard[], generated: readonly GeneratedCard[]): RegenerationDiff {
  const byKey = new Map(stored.map((card) => [card.key, card]));
  const generatedKeys = new Set(generated.map((card) => card.key));
  const added: GeneratedCard[] = [];
  const changed: ChangedCard[] = [];
  for (const card of generated) {
    const previous = byKey.get(card.key);
    if (!previous) added.push(card);
    else if (!previous.deleted && (previous.prompt !== card.prompt || previous.answer !== card.answer || previous.explanation !== card.explanation)) {
      changed.push({ key: card.key, before: { prompt: previous.prompt, answer: previous.answer, explanation: previous.explanation }, after: card });
    }
  }
  const gone = stored
    .filter((card) => !card.deleted && !generatedKeys.has(card.key) && !card.key.startsWith(HAND_ADDED_KEY_PREFIX))
    .map(({ key, prompt, answer }) => ({ key, prompt, answer }));
  return { added, changed, gone };
}
