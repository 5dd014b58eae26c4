/**
 * Cards of one fact are siblings (both directions of a pair, a cloze and its question): seen on
 * the same study day, one gives the other away. A generated card's group is its fact; a card the
 * generator gave no fact id falls back to its first source sentence, so cards made from the same
 * sentence are siblings. Groups are per deck; "" means no siblings.
 */
export function siblingGroupOf(card: { factId?: string | null; firstSourceSentenceId?: string | null }): string {
  if (card.factId) return `fact:${card.factId}`;
  if (card.firstSourceSentenceId) return `sentence:${card.firstSourceSentenceId}`;
  return "";
}

/** An imported group column's cell as stored: trimmed, bounded, "" for none. */
export function importedGroupOf(cell: string | undefined): string {
  const group = (cell ?? "").trim().slice(0, 200);
  return group === "" ? "" : `import:${group}`;
}
