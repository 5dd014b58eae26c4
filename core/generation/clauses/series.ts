// Lists written as a series inside one clause ("gained Western Pomerania, Bremen and Verden")
// or after a colon with semicolons ("three problems: building ...; producing ...; and
// finding ..."), asked as a list to recall with the clause around it as the prompt.

import type { CardDraft } from "../card-draft";
import { countWord } from "../card-draft";
import { tidyClause, upperFirst } from "../text";
import type { Sentence } from "../types";
import { is, tagSentence } from "./tagged";

const ITEM = String.raw`(?:the\s+)?[\p{L}\d][\p{L}\d’'.-]*(?:\s+(?:of\s+|de\s+|and\s+(?=\p{Lu}))?[\p{L}\d][\p{L}\d’'.-]*){0,3}`;
const SERIES = new RegExp(String.raw`((?:,\s+${ITEM}){1,9}),?\s+(and|or)\s+(${ITEM})`, "gu");
const VERBISH = /\b(?:is|are|was|were|has|have|had|be|been|did|does|do|will|would|could|should|can|may|might|which|who|that|when|where)\b/i;
const MAX_PROMPT = 300;

export function buildSeriesCards(sentences: readonly Sentence[], explain: (ids: number[]) => string): CardDraft[] {
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
    for (const m of text.matchAll(SERIES)) {
      // The first item is the longest noun phrase (up to four words) just before the first comma.
      const before = text.slice(0, m.index!);
      const tail = before.split(/\s+/);
      let first = "";
      for (let n = Math.min(4, tail.length); n >= 1; n--) {
        const candidate = tail.slice(-n).join(" ");
        if (!VERBISH.test(candidate) && isNounPhrase(candidate)) {
          first = candidate;
          break;
        }
      }
      if (!first) continue;
      const start = m.index! - first.length;
      // The last item is the longest noun phrase (up to four words) after "and".
      const lastWords = m[3]!.split(/\s+/);
      let last = "";
      for (let n = Math.min(4, lastWords.length); n >= 1; n--) {
        const candidate = lastWords.slice(0, n).join(" ").replace(/[.,;:]+$/, "");
        if (!VERBISH.test(candidate) && isNounPhrase(candidate)) {
          last = candidate;
          break;
        }
      }
      if (!last) continue;
      const end = m.index! + m[0]!.length - m[3]!.length + last.length;
      const items = [first, ...m[1]!.split(/,\s+/).filter(Boolean), last].map((s) => s.trim());
      if (items.length < 3 || items.some((i) => VERBISH.test(i) || i.split(/\s+/).length > 4 || !isNounPhrase(i))) continue;
      const allValues = items.every((i) => /^\d/.test(i));
      if (!allValues && items.some((i) => /^\d/.test(i))) continue;
      // The series must end where its phrase ends, not run on into the clause.
      if (!/^(?:\s*[,.;:)]|\s*$|\s+(?:in|on|at|to|for|from|with|were|was|are|is|have|had|which|that|who|as)\b)/.test(text.slice(end))) continue;
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

/** Nouns, names, adjectives and "of": no verb, adverb or preposition that would make it a clause. */
function isNounPhrase(item: string): boolean {
  const words = tagSentence(item);
  if (words.length === 0) return false;
  if (/^(?:but|and|or|yet|so|then|first|second|third|finally|also)$/i.test(words[0]!.norm)) return false;
  return words.every((w) => w.norm === "of" || w.norm === "the" || ((is(w, "Noun") || is(w, "Adjective") || is(w, "Value") || is(w, "ProperNoun") || is(w, "Acronym")) && !is(w, "Pronoun") && !(is(w, "Verb") && !is(w, "Gerund"))));
}

function card(prompt: string, items: readonly string[], sentenceId: number, explain: (ids: number[]) => string): CardDraft {
  const answer = items.length === 2 ? `${items[0]} and ${items[1]}` : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  return { kind: "listRecall", prompt, answer, explanation: explain([sentenceId]), sourceSentenceIds: [sentenceId] };
}
