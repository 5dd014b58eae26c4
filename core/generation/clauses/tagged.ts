// Part-of-speech tags from compromise (a maintained rule-based English tagger: no model
// download, deterministic), as plain tokens with offsets into the sentence. Everything the
// clause layer knows about word classes and verb forms comes through here.

import nlp from "compromise";

export interface Word {
  text: string;
  /** Lower-cased, without surrounding punctuation. */
  norm: string;
  start: number;
  end: number;
  /** Punctuation written right after the word ("," in "Janaki,"). */
  post: string;
  tags: ReadonlySet<string>;
}

/**
 * Short texts (names, list items, role nouns) are tagged again and again by the people, list and
 * term readers: their tags are remembered for one article (resetTagCache at each generation), so
 * a benchmark of many articles measures each one cold. The same text always gets the same tags.
 */
const tagged = new Map<string, Word[]>();
const MAX_CACHED_LENGTH = 60;

export function resetTagCache(): void {
  tagged.clear();
}

export function tagSentence(text: string): Word[] {
  // A copy each time: callers may pop or splice their list.
  const known = tagged.get(text);
  if (known) return known.slice();
  const words = tagWithCompromise(text);
  if (text.length <= MAX_CACHED_LENGTH) tagged.set(text, words);
  return words.slice();
}

function tagWithCompromise(text: string): Word[] {
  const doc = nlp(text).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ text: string; normal: string; post: string; tags: string[]; offset: { start: number; length: number } }>;
  }>;
  const words: Word[] = [];
  for (const sentence of doc) {
    for (const term of sentence.terms) {
      if (!term.text) continue;
      const start = term.offset.start;
      words.push({ text: term.text, norm: term.normal, start, end: start + term.offset.length, post: term.post.trim(), tags: new Set(term.tags) });
    }
  }
  return words;
}

const infinitives = new Map<string, string>();

/** "took" -> "take", "sailed" -> "sail"; the word itself when compromise knows no verb in it. */
export function infinitiveOf(verb: string): string {
  const key = verb.toLowerCase();
  let found = infinitives.get(key);
  if (found === undefined) {
    // A subject in front makes "left" a verb, not an adjective.
    const verbs = nlp(`they ${key}`).verbs();
    found = verbs.found ? verbs.toInfinitive().text().replace(/^they\s+/i, "") : key;
    if (!found) found = key;
    if (/\s/.test(found)) found = found.split(/\s+/)[0]!;
    infinitives.set(key, found);
  }
  return found;
}

export const is = (word: Word | undefined, tag: string): boolean => word !== undefined && word.tags.has(tag);
