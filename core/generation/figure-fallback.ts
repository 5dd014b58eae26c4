// A figure no other card asks about ("It encircles West Berlin for about 155 kilometres.": the
// clause reader does not resolve "it") is blanked in its sentence, with the sentence before it
// when it opens on a pronoun, so the figure keeps its unit and the thing it measures.

import type { CardDraft } from "./card-draft";
import type { Figure } from "./fact-types";
import { clozeInContext } from "./sentence-cloze";
import type { Sentence } from "./types";

export function buildFigureFallbackCards(sentences: readonly Sentence[], figures: readonly Figure[], asked: (figure: Figure) => boolean, explain: (ids: number[]) => string): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const figure of figures) {
    if (asked(figure)) continue;
    const cloze = clozeInContext(sentences, figure.sentenceId, figure.start, figure.end);
    if (!cloze) continue;
    const ids = cloze.sentenceIds;
    drafts.push({ kind: "figure", prompt: `Fill in the figure: ${cloze.text}`, answer: figure.text, explanation: explain(ids), sourceSentenceIds: ids, confidence: 0.75 });
  }
  return drafts;
}
