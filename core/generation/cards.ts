// Facts -> cards: every builder's drafts, polished, checked, de-duplicated, keyed and ordered.

import type { Analysis } from "./analysis";
import { DEFAULT_CONFIDENCE, explain, factIdOf, type BuildContext, type CardDraft } from "./card-draft";
import { buildFigureClozeCards } from "./clauses/figures";
import { buildPeopleCards } from "./clauses/people";
import { buildPersonClozeCards } from "./clauses/person-cloze";
import type { ArticleReading } from "./clauses/read";
import { buildSeriesCards } from "./clauses/series";
import { buildGlossCards } from "./clauses/terms";
import { buildDateClozeCards } from "./date-cloze";
import { buildEventCards } from "./event-cards";
import type { DateMention, Facts, Figure } from "./fact-types";
import { buildFigureCards } from "./figure-cards";
import { buildFigureFallbackCards } from "./figure-fallback";
import { dedupe } from "./dedupe";
import { contentKey, uniqueKeys } from "./keys";
import { buildListCards } from "./list-cards";
import { buildPersonCards } from "./person-cards";
import { polishText, tidyQuestionPrompt } from "./polish";
import { buildSpreadListCards } from "./spread-lists";
import { buildTermCards } from "./term-cards";
import { buildTimelineCards } from "./timeline-cards";
import { escapeRegExp, normalizeForCompare, upperFirst, wordCount } from "./text";
import { CARD_KINDS, DOUBT_THRESHOLD, type GeneratedCard } from "./types";

const MAX_PROMPT_WORDS = 90;
const MAX_ANSWER_WORDS = 70;

export function buildCards(analysis: Analysis, facts: Facts, reading: ArticleReading): GeneratedCard[] {
  const ctx: BuildContext = { analysis, facts, reading };
  const quote = (ids: number[]) => explain(ctx, ids);
  const names = knownWords(analysis);
  const drafts = [
    ...buildEventCards(ctx),
    ...buildPersonCards(ctx),
    ...buildListCards(ctx),
    ...buildTermCards(ctx),
    ...buildTimelineCards(ctx),
    ...buildPeopleCards(reading, analysis.sentences, quote),
    ...newFigures(buildFigureCards(ctx).filter((d) => verbatimCloze(d, analysis)), buildFigureClozeCards(reading, analysis.sentences, analysis.datesBySentence, quote)),
    ...buildSeriesCards(analysis.sentences, quote, reading.wordsBySentence),
    ...buildSpreadListCards(analysis.sentences, quote),
    ...buildGlossCards(analysis.sentences, quote, reading.wordsBySentence),
  ]
    .map((draft) => polishDraft(draft, analysis))
    .filter(isSound)
    .filter((draft) => namesAgree(draft, reading, analysis, names));
  // People no other card asks for get a cloze of the sentence that names them.
  // A person is asked for when a card's short answer names them, not when a sentence answer mentions them.
  const asked = (name: string) => {
    const surname = new RegExp(`(?<![\\p{L}-])${escapeRegExp(name.split(" ").pop()!)}(?![\\p{L}-])`, "u");
    return drafts.some((d) => wordCount(d.answer) <= 6 && surname.test(d.answer));
  };
  drafts.push(...buildPersonClozeCards(reading, analysis.sentences, asked, quote).map((draft) => polishDraft(draft, analysis)).filter(isSound));
  // So do dates no card asks about.
  const dateAsked = (mention: DateMention) => {
    const year = /\d{3,4}/.exec(mention.text)![0];
    return drafts.some((d) => d.sourceSentenceIds.includes(mention.sentenceId) && wordCount(d.answer) <= 6 && d.answer.includes(year));
  };
  drafts.push(...buildDateClozeCards(analysis.sentences, analysis.datesBySentence, dateAsked, quote).map((draft) => polishDraft(draft, analysis)).filter(isSound));
  // And figures.
  const figureAsked = (figure: Figure) => {
    const number = /[\d½¼¾]+(?:[.,]\d+)*|[\p{L}-]+/u.exec(figure.text)![0];
    return drafts.some((d) => d.sourceSentenceIds.includes(figure.sentenceId) && wordCount(d.answer) <= 8 && d.answer.includes(number));
  };
  drafts.push(...buildFigureFallbackCards(analysis.sentences, facts.figures, figureAsked, quote).map((draft) => polishDraft(draft, analysis)).filter(isSound));
  const ordered = [...drafts].sort(compareDrafts);
  const cards = dedupe(ordered).map(({ fact, confidence = DEFAULT_CONFIDENCE, doubt, ...draft }) => ({
    key: contentKey(draft.kind, draft.prompt, draft.answer),
    ...draft,
    factId: factIdOf({ fact, sourceSentenceIds: draft.sourceSentenceIds }),
    confidence,
    ...(confidence < DOUBT_THRESHOLD ? { doubt: doubt ?? "The generator is unsure of this card." } : {}),
  }));
  return uniqueKeys(cards);
}

function polishDraft(draft: CardDraft, analysis: Analysis): CardDraft {
  return {
    ...draft,
    prompt: tidyQuestionPrompt(upperFirst(polishText(draft.prompt, analysis))),
    answer: polishText(draft.answer, analysis),
    explanation: polishText(draft.explanation, analysis),
  };
}

/**
 * The sentence reader's cloze keeps only what the sentence says word for word around the blank:
 * it replaced "It" with the nearest noun ("Bristol included the Box Tunnel").
 */
function verbatimCloze(draft: CardDraft, analysis: Analysis): boolean {
  const m = /^Fill in the (?:figure|blank): (.*)$/s.exec(draft.prompt);
  if (!m) return true;
  const source = draft.sourceSentenceIds.map((id) => analysis.sentences[id]!.text).join(" ");
  return m[1]!.split("_____").every((part) => source.includes(part.replace(/[.]$/, "").trim()));
}

/** The clause reader's figure cards, less those the older figure reader already asks in the same sentence. */
function newFigures(older: CardDraft[], byClause: readonly CardDraft[]): CardDraft[] {
  const asked = (draft: CardDraft) => older.some((o) => o.sourceSentenceIds[0] === draft.sourceSentenceIds[0] && o.answer.includes(draft.answer));
  return [...older, ...byClause.filter((d) => !asked(d))];
}

/**
 * A card that names "Marc Isambard Brunel" where the article's "Brunel" is Isambard Kingdom
 * Brunel confuses two people: every full name on a card must be the one its surname stands for.
 */
/** The article's people by full name, and every word it writes in lower case: read once per deck. */
function knownWords(analysis: Analysis): { people: Set<string>; commonNouns: Set<string> } {
  return {
    people: new Set(analysis.people.people.map((person) => person.name)),
    commonNouns: new Set(analysis.sentences.flatMap((sentence) => sentence.text.match(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu) ?? [])),
  };
}

function namesAgree(draft: CardDraft, reading: ArticleReading, analysis: Analysis, { people, commonNouns }: ReturnType<typeof knownWords>): boolean {
  const sources = draft.sourceSentenceIds.map((id) => analysis.sentences[id]!.text).join(" ");
  for (const m of `${draft.prompt} ${draft.answer}`.matchAll(/\b(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+)\b/gu)) {
    const name = m[1]!;
    if (sources.includes(name)) continue;
    const known = reading.fullNames.get(name.split(/\s+/).pop()!);
    // A common noun is no surname: "the Hubble Space Telescope" is no other "James Webb Space Telescope".
    if (known && !people.has(known) && !people.has(name) && commonNouns.has(name.split(/\s+/).pop()!.toLowerCase())) continue;
    if (known && known !== name && !known.endsWith(name) && !name.endsWith(known)) return false;
  }
  return true;
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
