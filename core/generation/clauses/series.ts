// Lists written as a series inside one clause ("gained Western Pomerania, Bremen and Verden")
// or after a colon with semicolons ("three problems: building ...; producing ...; and
// finding ..."), asked as a list to recall with the clause around it as the prompt.

import type { CardDraft } from "../card-draft";
import { countWord } from "../card-draft";
import { COUNT_WORD_PATTERN, NUMBER_WORDS } from "../lexicon";
import { tidyClause, upperFirst } from "../text";
import type { Sentence } from "../types";
import { is, tagSentence, type Word } from "./tagged";

// An item's words never include "and"/"or": "Ravenna and Rimini and enrols" is two items and a verb.
const ITEM = String.raw`(?:the\s+)?(?!(?:and|or)\s)[\p{L}\d][\p{L}\d’'.-]*(?:\s+(?!(?:and|or)\s)(?:of\s+|de\s+)?[\p{L}\d][\p{L}\d’'.-]*){0,5}`;
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
    const within = (from: number, to: number) => tagged.filter((w) => w.start >= from && w.end <= to);
    const nounPhrase: PhraseAt = { test: (from, to) => isNounPhrase(within(from, to)), maxWords: 4 };
    // "it could build forts, maintain armies, make treaties with Asian rulers and wage war".
    const verbPhrase: PhraseAt = { test: (from, to) => isVerbPhrase(within(from, to)), maxWords: 6, opens: (at) => isModalBefore(tagged, at) };
    const taken: Array<[number, number]> = [];
    const spread = colon ? undefined : semicolonSeries(text, tagged);
    if (spread) {
      taken.push([spread.start, spread.end]);
      const draft = card(`Fill in the ${countWord(spread.items.length)} items: ${tidyClause(`${text.slice(0, spread.start)}_____${text.slice(spread.end)}`)}`, spread.items, sentence.id, explain, "; ");
      // "They include _____.": the sentence before says who "they" are, so the card shows it.
      const previous = sentences[sentence.id - 1];
      if (/^(?:They|These|Those|It|Its|Their)\s+(?:\S+\s+){0,2}$/.test(text.slice(0, spread.start)) && previous) {
        const ids = [previous.id, sentence.id];
        drafts.push({ ...draft, prompt: draft.prompt.replace(/: /, `: ${previous.text} `), explanation: explain(ids), sourceSentenceIds: ids });
      } else drafts.push(draft);
    }
    for (const phrase of [nounPhrase, verbPhrase]) {
    SERIES.lastIndex = 0;
    for (let m = SERIES.exec(text); m; m = SERIES.exec(text)) {
      // A failed match may start at the wrong comma ("Poland, in 1772, 1793 and 1795"): retry from the next one.
      const retry = m.index + 1;
      const found = readSeries(text, m, phrase);
      if (!found || taken.some(([a, b]) => found.start < b && found.end > a)) {
        SERIES.lastIndex = retry;
        continue;
      }
      let { start } = found;
      const { end } = found;
      // "complete physical, mental and social well-being": single adjectives, so the first item is one word too.
      const rest = found.items.slice(1);
      if (rest.every((i) => !/\s/.test(i) && within(text.indexOf(i, start), text.indexOf(i, start) + i.length).every((w) => is(w, "Adjective") && !is(w, "Noun")))) {
        const head = found.items[0]!.split(/\s+/);
        if (head.length > 1) {
          start += found.items[0]!.length - head[head.length - 1]!.length;
          found.items[0] = head[head.length - 1]!;
        }
      }
      // "Washington, D.C.": an abbreviation after a comma belongs to the item before it.
      const items = found.items.reduce<string[]>((all, item) => (/^(?:\p{Lu}\.)+$/u.test(item) && all.length > 0 ? [...all.slice(0, -1), `${all[all.length - 1]}, ${item}`] : [...all, item]), []);
      if (items.length < 3) continue;
      // "2 hours, 4 minutes and 12 seconds": one duration, not three things.
      if (items.every((i) => /^\d+(?:\.\d+)?\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)$/i.test(i))) continue;
      const allValues = items.every((i) => /^\d/.test(i));
      if (!allValues && items.some((i) => /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i.test(i))) continue;
      // "six regional offices, in ...": a count the text gives must be the count found.
      const announced = new RegExp(String.raw`\b(${COUNT_WORD_PATTERN})\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\b[^.;:]*$`, "iu").exec(text.slice(0, start));
      const announcedCount = announced ? (NUMBER_WORDS.get(announced[1]!.toLowerCase()) ?? Number(announced[1])) : undefined;
      const countedRightBefore = announced !== null && /^\s*(?:[\p{L}-]+\s+){0,3}[\p{L}-]+s\b[\s,:]*(?:(?:based|located|held|found)\s+)?(?:in|at|namely|including|such as)?[\s,:]*$/u.test(text.slice(announced.index + announced[1]!.length, start));
      if (announcedCount !== undefined && countedRightBefore && announcedCount !== items.length) continue;
      // The series must start where its phrase starts: not "whooping | cough" nor "natural or | artificial".
      const previous = tagged.filter((w) => w.end <= start).pop();
      if (previous && !previous.post && (/^(?:and|or)$/.test(previous.norm) || ((is(previous, "Noun") || is(previous, "Adjective") || is(previous, "Gerund")) && !is(previous, "Pronoun") && !is(previous, "Possessive") && !is(previous, "Determiner")))) continue;
      // The series must end where its phrase ends, not run on into the clause.
      const next = tagged.find((w) => w.start >= end);
      if (!/^(?:\s*[,.;:)]|\s*$)/.test(text.slice(end)) && !(next && (is(next, "Verb") || is(next, "Preposition") || is(next, "Conjunction") || is(next, "Adverb") || /^(?:which|that|who|as)$/.test(next.norm)))) continue;
      // A series of names or of short noun phrases, all alike: all capitalised or all not.
      const capitalised = items.filter((i) => /^\p{Lu}/u.test(i.replace(/^the\s+/, ""))).length;
      if (capitalised !== 0 && capitalised !== items.length && !(start === 0 && capitalised === 1)) continue;
      // "scientists of the British Antarctic Survey, Joseph Farman, Brian Gardiner and Jonathan Shanklin":
      // an item with an article beside bare names is the noun the names stand in apposition to.
      const articled = items.filter((i) => /^(?:the|a|an)\s/i.test(i)).length;
      if (capitalised === items.length && articled > 0 && articled < items.length && items.length - articled >= 2) {
        const bare = items.filter((i) => !/^(?:the|a|an)\s/i.test(i));
        if (bare.every((i) => tagSentence(i).some((w) => is(w, "FirstName") || is(w, "Person")))) continue;
      }
      // "Jennifer Doudna of the University of California, Berkeley, and Emmanuelle Charpentier": after
      // "a person of", the commas belong to the person's place and the "and" to the people.
      const lead = /(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+)\s+of\s+$/u.exec(text.slice(0, start));
      if (lead && tagSentence(lead[1]!).some((w) => is(w, "FirstName") || is(w, "Person"))) continue;
      const after = text.slice(end);
      const prompt = `Fill in the ${countWord(items.length)} items: ${tidyClause(`${text.slice(0, start)}_____${after}`)}`;
      if (prompt.length > MAX_PROMPT) continue;
      taken.push([start, end]);
      drafts.push(card(prompt, items, sentence.id, explain, ", ", m[2]!));
    }
    }
    const pair = countedPair(text);
    if (pair && !taken.some(([a, b]) => pair.start < b && pair.end > a)) {
      const prompt = `Fill in the two items: ${tidyClause(`${text.slice(0, pair.start)}_____${text.slice(pair.end)}`)}`;
      if (prompt.length <= MAX_PROMPT) drafts.push(card(prompt, pair.items, sentence.id, explain));
    }
  }
  return drafts;
}

/**
 * Two items the text counts itself: "two south-western domains, Satsuma and Chōshū", or names
 * after "including"/"such as" ("crossing points including Bornholmer Strasse and Checkpoint Charlie").
 */
function countedPair(text: string): { items: string[]; start: number; end: number } | undefined {
  const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}`;
  const counted = new RegExp(String.raw`\b(?:two|both)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+s,\s+(${NAME})\s+and\s+(${NAME})(?=[,.;:]|$)`, "u").exec(text);
  const including = new RegExp(String.raw`\b(?:including|such as|namely)\s+(${NAME})\s+and\s+(${NAME})(?=[,.;:]|$)`, "u").exec(text);
  const m = counted ?? including;
  if (!m) return undefined;
  const first = m[1]!;
  const second = m[2]!;
  const start = m.index + m[0]!.lastIndexOf(first, m[0]!.length - second.length - 5);
  return { items: [first, second], start, end: m.index + m[0]!.length };
}

/**
 * A series of clauses parted by semicolons, the last opened by "and": "was to find ...; to map
 * the land; to record ...; and to establish ...", "include Egyptian antiquities; Near Eastern
 * antiquities; ...; and prints and drawings". The first item starts where the later ones' shape
 * starts ("to", or a name after the verb); an aside after an item's comma is not part of it.
 */
function semicolonSeries(text: string, words: readonly Word[]): { items: string[]; start: number; end: number } | undefined {
  const parts = text.replace(/[.!]$/, "").split(/;\s+/);
  if (parts.length < 3 || !/^and\s/.test(parts[parts.length - 1]!)) return undefined;
  const later = parts.slice(1).map((p, i) => (i === parts.length - 2 ? p.replace(/^and\s+/, "") : p));
  const first = parts[0]!;
  let firstStart: number;
  const toSeries = later.every((p) => /^to\s/.test(p));
  if (toSeries) {
    const to = first.lastIndexOf(" to ");
    if (to < 0) return undefined;
    // "was to _____": the shared "to" stays in the prompt.
    firstStart = to + 4;
    later.forEach((p, i) => (later[i] = p.replace(/^to\s+/, "")));
  } else {
    // After the clause's verb: "They include Kiyomizu-dera, ...", "departments include Egyptian antiquities".
    const verb = words.filter((w) => w.end <= first.length && (is(w, "Verb") && !is(w, "Gerund") && !is(w, "Participle") || is(w, "Copula"))).pop();
    if (!verb) return undefined;
    firstStart = verb.end + 1;
  }
  const items = [first.slice(firstStart), ...later].map((item) => item.replace(/,\s+(?:with|known|built|made|the|a|an|which|where|who|once|now|then|called|named)\b.*$/su, "").trim());
  if (items.some((i) => i.length === 0 || i.split(/\s+/).length > 14)) return undefined;
  // "the First Opium War; the Kowloon peninsula followed in 1860; and ...": clauses, not items.
  const finite = (item: string) => tagSentence(`the ${item}`).some((w) => is(w, "Verb") && (is(w, "PastTense") || is(w, "Copula") || is(w, "Modal")) && !is(w, "Participle") && !is(w, "Adjective"));
  if (!toSeries && items.some(finite)) return undefined;
  return { items, start: firstStart, end: text.replace(/[.!]$/, "").length };
}

interface PhraseAt {
  test: (from: number, to: number) => boolean;
  /** Longest item between commas. */
  maxWords: number;
  /** Whether a series may start at this offset (a verb series only after "could", "to"). */
  opens?: (at: number) => boolean;
}

/**
 * The items of a series match: the longest noun phrase (up to four words) before the first
 * comma and after "and", and the ones between. Undefined when any item is not a noun phrase.
 */
function readSeries(text: string, m: RegExpExecArray, phrase: PhraseAt): { items: string[]; start: number; end: number } | undefined {
  const before = text.slice(0, m.index);
  let start = -1;
  for (let n = phrase.maxWords; n >= 1; n--) {
    const head = /(?:^|\s)((?:\S+\s+){0,5}\S+)$/u.exec(before)?.[1]?.split(/\s+/).slice(-n).join(" ");
    if (!head || head.split(/\s+/).length !== n) continue;
    const at = m.index - head.length;
    if (!/[;:]/.test(head) && !VERBISH.test(head) && phrase.test(at, m.index) && (!phrase.opens || phrase.opens(at))) {
      start = at;
      break;
    }
  }
  // A first item right after a comma is the tail of a longer series the regex could not read.
  if (start < 0 || /,\s*$/.test(text.slice(0, start))) return undefined;
  const lastAt = m.index + m[0]!.length - m[3]!.length;
  const lastWords = m[3]!.split(/\s+/);
  let end = -1;
  for (let n = Math.min(phrase.maxWords, lastWords.length); n >= 1; n--) {
    const candidate = lastWords.slice(0, n).join(" ").replace(/[.,;:]+$/, "");
    if (!VERBISH.test(candidate) && phrase.test(lastAt, lastAt + candidate.length)) {
      end = lastAt + candidate.length;
      break;
    }
  }
  if (end < 0) return undefined;
  const middle: string[] = [];
  let at = m.index;
  for (const piece of m[1]!.split(/,\s+/).slice(1)) {
    at = text.indexOf(piece, at);
    if (VERBISH.test(piece) || piece.split(/\s+/).length > phrase.maxWords || !phrase.test(at, at + piece.length)) return undefined;
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

/** A base-form verb and its object: "build forts", "make treaties with Asian rulers". */
function isVerbPhrase(words: readonly Word[]): boolean {
  if (words.length === 0 || words.length > 6) return false;
  let [first, ...rest] = words;
  // "and wage war": out of context the tagger may take the verb for a noun; after "could" it cannot.
  if (!is(first, "Verb")) [, , first, ...rest] = tagSentence(`they could ${words.map((w) => w.text).join(" ")}`);
  if (!is(first, "Verb") || is(first, "PastTense") || is(first, "Gerund") || is(first, "Copula") || is(first, "Modal") || is(first, "Auxiliary")) return false;
  return rest.every((w) => !(is(w, "Verb") && !is(w, "Gerund") && !is(w, "Noun")) && !is(w, "Pronoun"));
}

function isModalBefore(words: readonly Word[], at: number): boolean {
  const before = words.filter((w) => w.end <= at).pop();
  return before !== undefined && /^(?:could|can|would|will|should|must|may|might|to)$/.test(before.norm);
}

function card(prompt: string, items: readonly string[], sentenceId: number, explain: (ids: number[]) => string, separator = ", ", conjunction = "and"): CardDraft {
  // Items that hold commas themselves ("Greek, Etruscan and Roman antiquities") are parted by semicolons, as written.
  const last = separator === "; " ? `; ${conjunction} ` : ` ${conjunction} `;
  const answer = items.length === 2 ? `${items[0]} ${conjunction} ${items[1]}` : `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
  // Where each item of a series begins and ends is read from word classes: worth a look.
  return { kind: "listRecall", prompt, answer, explanation: explain([sentenceId]), sourceSentenceIds: [sentenceId], confidence: 0.7 };
}
