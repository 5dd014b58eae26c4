// Quiz questions about lists (recall all items; pick the one that belongs), terms (meaning as
// multiple choice, term typed from its gloss) and figures (typed amounts).

import { countWord } from "./card-draft";
import { arrangeOptions, pickDistractors } from "./choices";
import { clozeDraft } from "./cloze";
import type { Enumeration } from "./fact-types";
import { explainQuestion, type QuestionContext, type QuestionDraft } from "./question-draft";
import { hashString, normalizeForCompare, quoteTerm, upperFirst } from "./text";

export function buildListQuestions(ctx: QuestionContext): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  const lists = ctx.facts.enumerations;
  lists.forEach((list, index) => {
    const explanation = explainQuestion(ctx, list.sentenceIds);
    const base = { explanation, sourceSentenceIds: list.sentenceIds };
    const items = list.items.map((i) => i.text);
    drafts.push({ ...base, type: "listRecall", prompt: `Name the ${countWord(items.length)} ${list.title}.`, items, ordered: false });
    const answer = items[parseInt(hashString(list.title).slice(-2), 16) % items.length]!;
    // Neighbouring lists only: enough distractors, and no pass over every list for every list.
    const pool = neighbours(lists, index).flatMap((other) => other.items.map((i) => i.text));
    const distractors = pickDistractors(answer, pool, 3, (option) => belongsTo(option, list));
    const prompt = `Which of these is one of the ${list.title}?`;
    const arranged = arrangeOptions(prompt, answer, distractors);
    if (arranged) drafts.push({ ...base, type: "multipleChoice", prompt, ...arranged });
  });
  return drafts;
}

/** Up to six items either side of `index`, nearest first. */
function neighbours<T>(items: readonly T[], index: number): T[] {
  const found: T[] = [];
  for (let step = 1; step <= 6; step++) {
    if (index - step >= 0) found.push(items[index - step]!);
    if (index + step < items.length) found.push(items[index + step]!);
  }
  return found;
}

// An option "belongs" if it shares an item's words, so "cooperation" never stands against
// "regional cooperation".
function belongsTo(option: string, list: Enumeration): boolean {
  const key = normalizeForCompare(option);
  return list.items.some((item) => {
    const other = normalizeForCompare(item.text);
    return other.includes(key) || key.includes(other);
  });
}

export function buildTermQuestions(ctx: QuestionContext): QuestionDraft[] {
  const drafts: QuestionDraft[] = [];
  const defined = ctx.facts.terms.filter((t) => t.definitions.length > 0);
  defined.forEach((term, index) => {
    const definition = term.definitions[0]!;
    const base = { explanation: explainQuestion(ctx, definition.sentenceIds), sourceSentenceIds: definition.sentenceIds };
    const pool = neighbours(defined, index).map((t) => upperFirst(t.definitions[0]!.text));
    const prompt = definition.relation === "gloss" ? `What does ${quoteTerm(term.term)} mean?` : `Which of these does the article say about ${quoteTerm(term.term)}?`;
    const arranged = arrangeOptions(prompt, upperFirst(definition.text), pickDistractors(definition.text, pool, 3));
    if (arranged) drafts.push({ ...base, type: "multipleChoice", prompt, ...arranged });
    if (definition.relation === "gloss") {
      drafts.push({ ...base, type: "typed", prompt: `Which term means “${definition.text}”?`, answer: { kind: "text", value: term.term, accepted: [term.term, term.term.toLowerCase()] } });
    }
  });
  for (const figure of ctx.facts.figures) {
    if (figure.kind !== "money" && figure.kind !== "percent") continue;
    const cloze = clozeDraft(ctx, figure.sentenceId, figure.text, "figure", figure.start);
    if (!cloze) continue;
    const accepted = [figure.text, ...(figure.value !== undefined ? [String(figure.value)] : [])];
    const prompt = cloze.prompt.replace(/^Fill in the blank:/, "Fill in the figure:");
    drafts.push({ type: "typed", prompt, answer: { kind: "text", value: figure.text, accepted }, explanation: cloze.explanation, sourceSentenceIds: cloze.sourceSentenceIds });
  }
  return drafts;
}
