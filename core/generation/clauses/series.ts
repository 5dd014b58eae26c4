// Lists written as a series inside one clause ("gained Western Pomerania, Bremen and Verden")
// or after a colon with semicolons ("three problems: building ...; producing ...; and
// finding ..."), asked as a list to recall with the clause around it as the prompt.

import type { CardDraft } from "../card-draft";
import { countWord } from "../card-draft";
import { tidyClause, upperFirst } from "../text";
import type { Sentence } from "../types";
import { is, tagSentence, type Word } from "./tagged";

const ITEM = String.raw`(?:the\s+)?[\p{L}\d][\p{L}\d’'.-]*(?:\s+(?:of\s+|de\s+)?[\p{L}\d][\p{L}\d’'.-]*){0,3}`;
const SERIES = new RegExp(String.raw`((?:,\s+${ITEM}){1,9}),?\s+(and|or)\s+(${ITEM})`, "gu");
const VERBISH = /\b(?:is|are|was|were|has|have|had|be|been|did|does|do|will|would|could|should|can|may|might|which|who|that|when|where)\b/i;
const MAX_PROMPT = 300;

export function buildSeriesCards(sentences: readonly Sentence[], explain: (ids: number[]) => string, wordsBySentence?: readonly Word[][]): CardDraft[] {
  const drafts: CardDraft[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    const colon = /^(.{10,}?):\s+(.+?;\s+.+)$/su.exec(text);
    if (colon) {
      const items = colon[2]!.replace(/[.]$/, "").split(/;\s+(?:and\s+)?/).map((s) => s.trim()).filter(Boolean);
      if (items.length >= 2 && items.every((i) => i.split(/\s+/).length <= 14)) {
        drafts.push(card(`Fill in the ${countWord(items.length)} items: ${upperFirst(tidyClause(colon[1]!))}: _____`, items, sentence.id, explain));
      }
    }
    const tagged = wordsBySentence?.[sentence.id] ?? tagSentence(text);
    const nounPhrase = (from: number, to: number) => isNounPhrase(tagged.filter((w) => w.start >= from && w.end <= to));
    SERIES.lastIndex = 0;
    for (let m = SERIES.exec(text); m; m = SERIES.exec(text)) {
      // A failed match may start at the wrong comma ("Poland, in 1772, 1793 and 1795"): retry from the next one.
      const retry = m.index + 1;
      const found = readSeries(text, m, nounPhrase);
      if (!found) {
        SERIES.lastIndex = retry;
        continue;
      }
      const { items, start, end } = found;
      const allValues = items.every((i) => /^\d/.test(i));
      if (!allValues && items.some((i) => /^\d/.test(i))) continue;
      // The series must end where its phrase ends, not run on into the clause.
      const next = tagged.find((w) => w.start >= end);
      if (!/^(?:\s*[,.;:)]|\s*$)/.test(text.slice(end)) && !(next && (is(next, "Verb") || is(next, "Preposition") || is(next, "Conjunction") || is(next, "Adverb") || /^(?:which|that|who|as)$/.test(next.norm)))) continue;
      // A series of names or of short noun phrases, all alike: all capitalised or all not.
      const capitalised = items.filter((i) => /^\p{Lu}/u.test(i.replace(/^the\s+/, ""))).length;
      if (capitalised !== 0 && capitalised !== items.length && !(start === 0 && capitalised === 1)) continue;
      const after = text.slice(end);
      const prompt = `Fill in the ${countWord(items.length)} items: ${tidyClause(`${text.slice(0, start)}_____${after}`)}`;
      if (prompt.length > MAX_PROMPT) continue;
      drafts.push(card(prompt, items, sentence.id, explain));
    }
  }
  return drafts;
}

type NounPhraseAt = (from: number, to: number) => boolean;

/**
 * The items of a series match: the longest noun phrase (up to four words) before the first
 * comma and after "and", and the ones between. Undefined when any item is not a noun phrase.
 */
function readSeries(text: string, m: RegExpExecArray, nounPhrase: NounPhraseAt): { items: string[]; start: number; end: number } | undefined {
  const before = text.slice(0, m.index);
  let start = -1;
  for (let n = 4; n >= 1; n--) {
    const head = /(?:^|\s)((?:\S+\s+){0,3}\S+)$/u.exec(before)?.[1]?.split(/\s+/).slice(-n).join(" ");
    if (!head || head.split(/\s+/).length !== n) continue;
    const at = m.index - head.length;
    if (!VERBISH.test(head) && nounPhrase(at, m.index)) {
      start = at;
      break;
    }
  }
  // A first item right after a comma is the tail of a longer series the regex could not read.
  if (start < 0 || /,\s*$/.test(text.slice(0, start))) return undefined;
  const lastAt = m.index + m[0]!.length - m[3]!.length;
  const lastWords = m[3]!.split(/\s+/);
  let end = -1;
  for (let n = Math.min(4, lastWords.length); n >= 1; n--) {
    const candidate = lastWords.slice(0, n).join(" ").replace(/[.,;:]+$/, "");
    if (!VERBISH.test(candidate) && nounPhrase(lastAt, lastAt + candidate.length)) {
      end = lastAt + candidate.length;
      break;
    }
  }
  if (end < 0) return undefined;
  const middle: string[] = [];
  let at = m.index;
  for (const piece of m[1]!.split(/,\s+/).slice(1)) {
    at = text.indexOf(piece, at);
    if (VERBISH.test(piece) || piece.split(/\s+/).length > 4 || !nounPhrase(at, at + piece.length)) return undefined;
    middle.push(piece);
    at += piece.length;
  }
  const items = [text.slice(start, m.index), ...middle, text.slice(lastAt, end)].map((i) => i.trim());
  return items.length >= 3 ? { items, start, end } : undefined;
}

/** Nouns, names, adjectives and "of", tagged in their sentence: no verb, adverb or preposition that would make it a clause. */
function isNounPhrase(words: readonly Word[]): boolean {
  if (words.length === 0) return false;
  if (/^(?:but|and|or|yet|so|then|first|second|third|finally|also|of|its|his|her|their|our|my|your)$/i.test(words[0]!.norm)) return false;
  return words.every((w) => w.norm === "of" || w.norm === "the" || ((is(w, "Noun") || is(w, "Adjective") || is(w, "Value") || is(w, "ProperNoun") || is(w, "Acronym")) && !is(w, "Pronoun") && !(is(w, "Verb") && !is(w, "Gerund"))));
}

function card(prompt: string, items: readonly string[], sentenceId: number, explain: (ids: number[]) => string): CardDraft {
  const answer = items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  // Where each item of a series begins and ends is read from word classes: worth a look.
  return { kind: "listRecall", prompt, answer, explanation: explain([sentenceId]), sourceSentenceIds: [sentenceId], confidence: 0.7 };
}
