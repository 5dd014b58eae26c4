// Facts -> cards: every builder's drafts, polished, checked, de-duplicated, keyed and ordered.

import type { Analysis } from "./analysis";
import type { BuildContext, CardDraft } from "./card-draft";
import { buildEventCards } from "./event-cards";
import type { Facts } from "./fact-types";
import { buildFigureCards } from "./figure-cards";
import { dedupe } from "./dedupe";
import { contentKey, uniqueKeys } from "./keys";
import { buildListCards } from "./list-cards";
import { buildPersonCards } from "./person-cards";
import { polishText } from "./polish";
import { buildTermCards } from "./term-cards";
import { buildTimelineCards } from "./timeline-cards";
import { normalizeForCompare, upperFirst, wordCount } from "./text";
import { CARD_KINDS, type GeneratedCard } from "./types";

const MAX_PROMPT_WORDS = 90;
const MAX_ANSWER_WORDS = 70;

export function buildCards(analysis: Analysis, facts: Facts): GeneratedCard[] {
  const ctx: BuildContext = { analysis, facts };
  const drafts = [
    ...buildEventCards(ctx),
    ...buildPersonCards(ctx),
    ...buildListCards(ctx),
    ...buildTermCards(ctx),
    ...buildFigureCards(ctx),
    ...buildTimelineCards(ctx),
  ]
    .map((draft) => polishDraft(draft, analysis))
    .filter(isSound);
  const ordered = [...drafts].sort(compareDrafts);
  const cards = dedupe(ordered).map((draft) => ({ key: contentKey(draft.kind, draft.prompt, draft.answer), ...draft }));
  return uniqueKeys(cards);
}

function polishDraft(draft: CardDraft, analysis: Analysis): CardDraft {
  return {
    ...draft,
    prompt: upperFirst(polishText(draft.prompt, analysis)),
    answer: polishText(draft.answer, analysis),
    explanation: polishText(draft.explanation, analysis),
  };
}

/** Rejects drafts a student should never see: empty, unresolved, giving the answer away. */
export function isSound(draft: CardDraft): boolean {
  if (draft.sourceSentenceIds.length === 0 || draft.answer.length === 0) return false;
  if (wordCount(draft.prompt) < 3 || wordCount(draft.prompt) > MAX_PROMPT_WORDS || wordCount(draft.answer) > MAX_ANSWER_WORDS) return false;
  if (/[{}]/.test(draft.prompt) || /^(?:It|This|These|They|He|She)\b|^That\s+(?!(?:he|she|they|it|the)\b)/.test(draft.answer)) return false;
  const prompt = normalizeForCompare(draft.prompt);
  const answer = normalizeForCompare(draft.answer);
  if (prompt === answer) return false;
  return draft.kind === "timeline" || draft.kind === "basic" || !(answer.length > 3 && prompt.includes(answer));
}

const KIND_ORDER = new Map<string, number>(CARD_KINDS.map((kind, index) => [kind, index]));

function compareDrafts(a: CardDraft, b: CardDraft): number {
  const first = (d: CardDraft) => Math.min(...d.sourceSentenceIds);
  return (
    first(a) - first(b) ||
    (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
    (a.prompt < b.prompt ? -1 : a.prompt > b.prompt ? 1 : 0) ||
    (a.answer < b.answer ? -1 : a.answer > b.answer ? 1 : 0)
  );
}
