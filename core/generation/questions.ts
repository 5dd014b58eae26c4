// Facts -> quiz questions: every builder's drafts, polished, checked, de-duplicated and keyed.

import type { Analysis } from "./analysis";
import { buildDateQuestions } from "./date-questions";
import type { Facts } from "./fact-types";
import { factIdOf } from "./card-draft";
import { contentKey, uniqueKeys } from "./keys";
import { buildListQuestions, buildTermQuestions } from "./list-questions";
import { buildPeopleQuestions } from "./people-questions";
import { polishText, tidyQuestionPrompt } from "./polish";
import type { QuestionContext, QuestionDraft } from "./question-draft";
import { normalizeForCompare } from "./text";
import type { QuizQuestion } from "./types";

export function buildQuestions(analysis: Analysis, facts: Facts): QuizQuestion[] {
  const ctx: QuestionContext = { analysis, facts };
  const drafts = [...buildDateQuestions(ctx), ...buildPeopleQuestions(ctx), ...buildListQuestions(ctx), ...buildTermQuestions(ctx)].map((d) => polishQuestion(d, analysis));
  const seen = new Set<string>();
  const kept: QuizQuestion[] = [];
  for (const draft of drafts) {
    const signature = `${draft.type}|${normalizeForCompare(draft.prompt)}|${normalizeForCompare(answerText(draft))}`;
    if (seen.has(signature) || draft.sourceSentenceIds.length === 0) continue;
    seen.add(signature);
    const { fact, ...rest } = draft;
    kept.push({ key: contentKey(draft.type, draft.prompt, answerText(draft)), ...rest, factId: factIdOf({ fact, sourceSentenceIds: draft.sourceSentenceIds }) } as QuizQuestion);
  }
  return uniqueKeys(kept);
}

/** The part of a question that makes it unique beside its prompt. */
function answerText(draft: QuestionDraft): string {
  switch (draft.type) {
    case "multipleChoice":
      return draft.options.join("|");
    case "trueFalse":
      return `${draft.statement}|${draft.answer}`;
    case "timeline":
      return draft.items.map((i) => i.label).join("|");
    case "matching":
      return draft.left.join("|");
    case "listRecall":
      return draft.items.join("|");
    case "typed":
      return draft.answer.value;
  }
}

function polishQuestion(draft: QuestionDraft, analysis: Analysis): QuestionDraft {
  const p = (text: string) => polishText(text, analysis);
  const common = { prompt: tidyQuestionPrompt(p(draft.prompt)), explanation: p(draft.explanation) };
  switch (draft.type) {
    case "multipleChoice":
      return { ...draft, ...common, options: draft.options.map(p) };
    case "trueFalse":
      return { ...draft, ...common, statement: p(draft.statement) };
    case "timeline":
      return { ...draft, ...common, items: draft.items.map((i) => ({ ...i, label: p(i.label) })) };
    case "matching":
      return { ...draft, ...common, left: draft.left.map(p), right: draft.right.map(p) };
    case "listRecall":
      return { ...draft, ...common, items: draft.items.map(p) };
    case "typed":
      return { ...draft, ...common, answer: { ...draft.answer, value: p(draft.answer.value) } };
  }
}
