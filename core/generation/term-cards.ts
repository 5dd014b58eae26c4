// Term -> meaning (and meaning -> term for glosses); a term without a definition becomes a cloze.

import { explain, type BuildContext, type CardDraft } from "./card-draft";
import { clozeDraft } from "./cloze";
import type { Term } from "./fact-types";
import { quoteTerm, upperFirst } from "./text";

const NAMED_CATEGORIES = new Set(["concept", "strategy", "notion", "idea", "doctrine", "policy", "vision"]);

export function buildTermCards(ctx: BuildContext): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const term of ctx.facts.terms) {
    const shown = termInQuestion(term);
    for (const definition of term.definitions) {
      const explanation = explain(ctx, definition.sentenceIds);
      const answer = upperFirst(definition.text);
      if (definition.relation === "gloss") {
        drafts.push({ kind: "term", prompt: `What does ${quoteTerm(term.term)} mean?`, answer, explanation, sourceSentenceIds: definition.sentenceIds });
        drafts.push({ kind: "term", prompt: `Which term means “${definition.text}”?`, answer: term.term, explanation, sourceSentenceIds: definition.sentenceIds });
        continue;
      }
      // "What was the concept of X? - A greater concept, ..." would answer with the question.
      const subject = term.category && new RegExp(`^(?:a|an|the)\\s+(?:\\p{Ll}+\\s+)?${term.category}\\b`, "u").test(definition.text) ? plainTerm(term) : shown;
      const question = definition.question?.replace("{term}", shown) ?? `What ${/\b\p{Ll}+ed\b/u.test(definition.text) ? "was" : "is"} ${subject}, according to the article?`;
      drafts.push({ kind: "term", prompt: upperFirst(question), answer, explanation, sourceSentenceIds: definition.sentenceIds });
    }
    if (term.definitions.length === 0) {
      const cloze = clozeDraft(ctx, term.sentenceIds[0]!, term.term, "cloze");
      if (cloze) drafts.push(cloze);
    }
  }
  return drafts;
}

function plainTerm(term: Term): string {
  return `${term.withThe ? "the " : ""}${quoteTerm(term.term)}`;
}

function termInQuestion(term: Term): string {
  return term.category && NAMED_CATEGORIES.has(term.category) ? `the ${term.category} of ${plainTerm(term)}` : plainTerm(term);
}
